#include "text/textdecode.h"

#include <QString>
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

namespace {

// True when every byte >= 0x80 starts or ends a GB2312/GBK pair (lead 0x81–0xFE, trail 0x40–0xFE
// but not 0x7F) and most trails are high bytes, as Chinese text is; Windows-1252 accents are mostly
// single high bytes between ASCII letters.
bool looksLikeGbk(const QByteArray &text)
{
    int pairs = 0, highTrails = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c < 0x80)
            continue;
        if (c == 0x80 || c == 0xFF || i + 1 >= text.size())
            return false;
        const auto t = static_cast<unsigned char>(text.at(++i));
        if (t < 0x40 || t == 0x7F || t == 0xFF)
            return false;
        ++pairs;
        highTrails += t >= 0xA1 ? 1 : 0;
    }
    return pairs > 0 && highTrails * 10 >= pairs * 8;
}

} // namespace

QString decodedText(const QByteArray &data)
{
    const QByteArray text = normalizedText(data);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(text);
    if (!utf8.hasError())
        return decoded;
    QStringDecoder legacy(looksLikeGbk(text) ? "GB18030" : "windows-1252");
    if (legacy.isValid())
        return legacy(text);
    return QString::fromLatin1(text);
}

} // namespace plenum::core
