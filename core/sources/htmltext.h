#pragma once

#include "sources/sourcedocument.h"

#include <QByteArray>

namespace plenum::core {

/// Reads a saved web page: its main text without navigation, ads and footers (the element whose
/// paragraphs carry the most text with the fewest links, as Readability chooses it), headings
/// and paragraphs in order, and the title, date, source and URL from its metadata (og:,
/// meta name= as gov.cn and Xinhua write it, <time>, "来源：" lines). DATA in UTF-8 or the
/// charset its <meta> names (GBK, GB18030 …).
SourceDocument readHtml(const QByteArray &data, const QString &fileName);

/// Reads a page saved as MHTML (multipart/related): its text/html part, quoted-printable or
/// base64, then readHtml(). Throws InvalidData naming the file when there is no HTML part.
SourceDocument readMhtml(const QByteArray &data, const QString &fileName);

} // namespace plenum::core
