#pragma once

#include <QString>

namespace plenum::core {

/// Renders the Markdown Plenum writes and notes use (headings, paragraphs, lists, block quotes,
/// emphasis, code, links) as HTML. Every piece of text is escaped; links keep only http, https
/// and mailto targets, so `javascript:` and raw HTML in the input come out as inert text.
QString markdownToHtml(const QString &markdown);

/// A self-contained HTML page (UTF-8, inline style, a Content-Security-Policy that forbids scripts)
/// around BODY_HTML; TITLE is escaped.
QString htmlDocument(const QString &title, const QString &bodyHtml, const QString &language);

} // namespace plenum::core
