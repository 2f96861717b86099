#pragma once

#include <QString>

namespace plenum::core {

/// Renders MARKDOWN with cmark-gfm, a CommonMark parser (GitHub's tables, strikethrough and
/// autolinks; footnotes), in process, for the note preview and the HTML export. Raw HTML is dropped, links keep only
/// targets safeLinkTarget allows (others keep their text), images become their description.
QString markdownToHtml(const QString &markdown);

/// Escapes &, <, >, " and ' for HTML text and attribute values.
QString htmlEscape(const QString &text);

/// A self-contained HTML page (UTF-8, inline style, a Content-Security-Policy that forbids scripts)
/// around BODY_HTML; TITLE is escaped.
QString htmlDocument(const QString &title, const QString &bodyHtml, const QString &language);

} // namespace plenum::core
