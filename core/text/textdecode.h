#pragma once

#include <QByteArray>

namespace plenum::core {

/// Imported text as UTF-8 with LF line ends: UTF-16 (LE or BE, with its byte order mark) is
/// converted, a UTF-8 byte order mark dropped, CRLF and lone CR line ends become LF. Anything
/// else, invalid UTF-8 included, is returned as it is for the parser to judge.
QByteArray normalizedText(const QByteArray &data);

/// normalizedText(DATA) as a string. Bytes that are not valid UTF-8 are read as GB18030 (GBK) when
/// their high bytes pair up as Chinese double-byte characters do (CNKI's exports), else as
/// Windows-1252 (old EndNote and RIS files from Western databases).
QString decodedText(const QByteArray &data);

} // namespace plenum::core
