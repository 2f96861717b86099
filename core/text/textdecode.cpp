#include "text/textdecode.h"

#include <QStringDecoder>

namespace plenum::core {

QByteArray normalizedText(const QByteArray &data)
{
    QByteArray text = data;
    const bool le = text.startsWith("\xFF\xFE");
    if (le || text.startsWith("\xFE\xFF")) {
        QStringDecoder decode(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = QString(decode(QByteArrayView(text).sliced(2))).toUtf8();
    } else if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.mid(3);
    }
    if (text.contains('\r'))
        text.replace("\r\n", "\n").replace('\r', '\n');
    return text;
}

} // namespace plenum::core
