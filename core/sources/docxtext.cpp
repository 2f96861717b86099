#include "sources/docxtext.h"

#include "model/error.h"
#include "sources/extractedtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zlib.h>

namespace plenum::core {

namespace {

constexpr qsizetype kMaxMember = 256 * 1024 * 1024; // a zip bomb stops here

quint32 le32(const QByteArray &d, qsizetype at)
{
    if (at < 0 || at + 4 > d.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(d.constData() + at);
    return p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
}

quint16 le16(const QByteArray &d, qsizetype at)
{
    if (at < 0 || at + 2 > d.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(d.constData() + at);
    return static_cast<quint16>(p[0] | (p[1] << 8));
}

Error damaged(const QString &fileName, const QString &what)
{
    return Error(ErrorCode::InvalidData, QStringLiteral("%1 is not a readable DOCX: %2.").arg(fileName, what));
}

QByteArray inflateRaw(const QByteArray &in, qsizetype expected, const QString &fileName)
{
    if (expected > kMaxMember)
        throw damaged(fileName, QStringLiteral("a part is larger than 256 MB"));
    QByteArray out(expected, Qt::Uninitialized);
    z_stream zs {};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        throw damaged(fileName, QStringLiteral("zlib could not start"));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw damaged(fileName, QStringLiteral("a compressed part is damaged"));
    out.resize(static_cast<qsizetype>(zs.total_out));
    return out;
}

// Word's paragraph style names for headings: "Heading 2", "heading 2", "标题 2".
int headingLevelOfStyle(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:heading|标题|title)\\s*([1-6])?$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(name.trimmed());
    return m.hasMatch() ? (m.captured(1).isEmpty() ? 1 : m.captured(1).toInt()) : 0;
}

QHash<QString, int> headingStyles(const QByteArray &stylesXml)
{
    QHash<QString, int> levels;
    QXmlStreamReader xml(stylesXml);
    QString id;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("style"))
            id = xml.attributes().value(QLatin1String("w:styleId")).toString();
        else if (xml.name() == QLatin1String("name") && !id.isEmpty())
            if (const int level = headingLevelOfStyle(xml.attributes().value(QLatin1String("w:val")).toString()))
                levels.insert(id, level);
    }
    return levels;
}

void readParagraphs(const QByteArray &documentXml, const QHash<QString, int> &styles, SourceDocument &out)
{
    QXmlStreamReader xml(documentXml);
    QString text;
    int level = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("p")) {
                text.clear();
                level = 0;
            } else if (name == QLatin1String("pStyle")) {
                const QString id = xml.attributes().value(QLatin1String("w:val")).toString();
                level = styles.value(id, headingLevelOfStyle(id));
            } else if (name == QLatin1String("outlineLvl") && level == 0) {
                level = xml.attributes().value(QLatin1String("w:val")).toInt() + 1;
            } else if (name == QLatin1String("t")) {
                text += xml.readElementText();
            } else if (name == QLatin1String("tab")) {
                text += QLatin1Char(' ');
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("p")) {
            const QString t = normalizeExtractedText(text).simplified();
            if (!t.isEmpty())
                out.blocks.append({ t, std::min(level, 6) });
        }
    }
    if (xml.hasError())
        out.problems.append(
            QStringLiteral("word/document.xml: %1 (the text after it was not read)").arg(xml.errorString()));
}

} // namespace

QByteArray zipMember(const QByteArray &data, const QString &name, const QString &fileName)
{
    // The end of central directory record is in the last 64 KiB + 22 bytes.
    const qsizetype eocd = data.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd < data.size() - 65557)
        throw damaged(fileName, QStringLiteral("it is not a ZIP archive"));
    const int entries = le16(data, eocd + 10);
    qsizetype at = le32(data, eocd + 16);
    const QByteArray wanted = name.toUtf8();
    for (int i = 0; i < entries; ++i) {
        if (le32(data, at) != 0x02014b50)
            throw damaged(fileName, QStringLiteral("its table of contents is damaged"));
        const int method = le16(data, at + 10);
        const quint32 compressed = le32(data, at + 20);
        const quint32 size = le32(data, at + 24);
        const int nameLen = le16(data, at + 28);
        const int extraLen = le16(data, at + 30);
        const int commentLen = le16(data, at + 32);
        const quint32 local = le32(data, at + 42);
        if (data.mid(at + 46, nameLen) == wanted) {
            if (le32(data, local) != 0x04034b50)
                throw damaged(fileName, QStringLiteral("part %1 is damaged").arg(name));
            const qsizetype start = local + 30 + le16(data, local + 26) + le16(data, local + 28);
            if (start + compressed > data.size())
                throw damaged(fileName, QStringLiteral("it ends early (truncated?)"));
            const QByteArray raw = data.mid(start, compressed);
            if (method == 0)
                return raw;
            if (method != 8)
                throw damaged(fileName, QStringLiteral("part %1 uses an unknown compression").arg(name));
            return inflateRaw(raw, size, fileName);
        }
        at += 46 + nameLen + extraLen + commentLen;
    }
    return {};
}

SourceDocument readDocx(const QByteArray &data, const QString &fileName)
{
    SourceDocument out;
    out.file = fileName;
    out.format = QStringLiteral("docx");
    const QByteArray document = zipMember(data, QStringLiteral("word/document.xml"), fileName);
    if (document.isEmpty())
        throw damaged(fileName, QStringLiteral("it has no word/document.xml"));
    readParagraphs(document, headingStyles(zipMember(data, QStringLiteral("word/styles.xml"), fileName)), out);
    QXmlStreamReader core(zipMember(data, QStringLiteral("docProps/core.xml"), fileName));
    while (!core.atEnd())
        if (core.readNext() == QXmlStreamReader::StartElement && core.name() == QLatin1String("title"))
            out.title = core.readElementText().simplified();
    if (out.title.isEmpty() && !out.blocks.isEmpty())
        out.title = out.blocks.first().text;
    return out;
}

} // namespace plenum::core
