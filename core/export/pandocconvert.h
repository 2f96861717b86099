#pragma once

#include <QByteArray>
#include <QString>

namespace plenum::core {

/// MARKDOWN (inert, as exports make it: see inertmarkdown.h) converted by pandoc to FORMAT:
/// "html" (a fragment), "docx", "odt" or "plain". Pandoc's Markdown reader is a full parser
/// (lists, tables, footnotes, nested emphasis, code, ^superscript^); raw HTML, TeX and
/// attributes are off and resources/pandoc/inert.lua turns images into their description (html
/// and plain also run sandboxed), so a note can neither inject markup nor pull a local file in. TITLE and LANGUAGE go
/// into the document's metadata. Throws FileError when pandoc is missing or fails.
QByteArray convertMarkdown(
    const QString &markdown, const QString &format, const QString &title = {}, const QString &language = {});

/// DATA (a docx or odt file) read back by pandoc as plain text; for tests and `plenum-cli`.
QString documentText(const QByteArray &data, const QString &format);

} // namespace plenum::core
