#pragma once

#include "sources/sourcedocument.h"

#include <QByteArray>

namespace plenum::core {

/// Reads a Word file (DOCX): headings (Heading 1–6 or 标题 1–6 styles, or an outline level) and
/// paragraphs of word/document.xml in order, the title from docProps/core.xml. The ZIP container
/// is read with zlib and the XML with QXmlStreamReader (docs/adr/0015), so no external program
/// runs. Throws InvalidData naming the file when it is not a DOCX or its parts are damaged.
SourceDocument readDocx(const QByteArray &data, const QString &fileName);

/// The uncompressed bytes of member NAME of the ZIP archive DATA; empty when there is none.
/// Throws InvalidData naming FILE_NAME when the archive is damaged or the member too large.
QByteArray zipMember(const QByteArray &data, const QString &name, const QString &fileName);

} // namespace plenum::core
