#include "interchange/bibformats.h"

#include "model/cslitem.h"
#include "model/error.h"
#include "storage/legacyreference.h"
#include "text/personname.h"
#include "text/textdecode.h"

#include <QFileInfo>

namespace plenum::core::bib {

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("bibtex") || n == QLatin1String("bib") || n == QLatin1String("biblatex"))
        return Format::BibTeX;
    if (n == QLatin1String("ris"))
        return Format::Ris;
    if (n == QLatin1String("csljson") || n == QLatin1String("csl-json") || n == QLatin1String("json"))
        return Format::CslJson;
    if (n == QLatin1String("endnote") || n == QLatin1String("enw"))
        return Format::EndNote;
    if (n == QLatin1String("refworks"))
        return Format::RefWorks;
    if (n == QLatin1String("noteexpress"))
        return Format::NoteExpress;
    return std::nullopt;
}

std::optional<Format> formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("bib") || suffix == QLatin1String("bibtex"))
        return Format::BibTeX;
    if (suffix == QLatin1String("ris"))
        return Format::Ris;
    if (suffix == QLatin1String("json"))
        return Format::CslJson;
    if (suffix == QLatin1String("enw"))
        return Format::EndNote;
    if (suffix == QLatin1String("net") || suffix == QLatin1String("ne"))
        return Format::NoteExpress;
    return std::nullopt;
}

std::optional<Format> formatFromContent(const QByteArray &data)
{
    static const QRegularExpression first(
        QStringLiteral("^\\s*(?:(TY\\s{1,2}- )|(%0 )|(RT )|(\\{Reference Type\\}\\s*[:：])|"
                       "(@[A-Za-z]+\\s*[{(])|(\\[\\s*(?:\\{|\\]))|(\\{\\s*\"))"));
    const QString text = QString::fromUtf8(normalizedText(data.left(4096)));
    constexpr Format kinds[] = { Format::Ris, Format::EndNote, Format::RefWorks, Format::NoteExpress, Format::BibTeX,
        Format::CslJson, Format::CslJson };
    int looked = 0;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const auto m = first.match(line); m.hasMatch())
            for (int i = 1; i <= 7; ++i)
                if (m.capturedLength(i) > 0)
                    return kinds[i - 1];
        if (++looked > 5) // the first few lines decide, as in Zotero's detectImport
            break;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return QStringLiteral("bibtex");
    case Format::Ris:
        return QStringLiteral("ris");
    case Format::CslJson:
        return QStringLiteral("csljson");
    case Format::EndNote:
        return QStringLiteral("endnote");
    case Format::RefWorks:
        return QStringLiteral("refworks");
    case Format::NoteExpress:
        return QStringLiteral("noteexpress");
    }
    return {};
}

ParseResult parse(Format format, const QByteArray &raw, const QString &fileName)
{
    const QByteArray data = normalizedText(raw);
    switch (format) {
    case Format::BibTeX:
        return parseBibtex(data, fileName);
    case Format::Ris:
        return parseRis(raw, fileName);
    case Format::CslJson:
        return parseCslJson(data, fileName);
    case Format::EndNote:
        return parseEndNote(raw, fileName);
    case Format::RefWorks:
        return parseRefWorks(raw, fileName);
    case Format::NoteExpress:
        return parseNoteExpress(raw, fileName);
    }
    return {};
}

QByteArray write(Format format, const QList<QJsonObject> &references)
{
    switch (format) {
    case Format::BibTeX:
        return writeBibtex(references);
    case Format::Ris:
        return writeRis(references);
    case Format::CslJson:
        return writeCslJson(references);
    case Format::EndNote:
        return writeEndNote(references);
    case Format::RefWorks:
        return writeRefWorks(references);
    case Format::NoteExpress:
        return writeNoteExpress(references);
    }
    return {};
}

QJsonObject parseName(const QString &name)
{
    const QString n = name.simplified();
    if (n.size() >= 2 && n.startsWith(QLatin1Char('{')) && n.endsWith(QLatin1Char('}'))) {
        int depth = 0;
        qsizetype close = 0;
        for (qsizetype i = 0; i < n.size() && close == 0; ++i) {
            if (n[i] == QLatin1Char('{'))
                ++depth;
            else if (n[i] == QLatin1Char('}') && --depth == 0)
                close = i;
        }
        if (close == n.size() - 1) // one group around the whole name: an organisation
            return { { QStringLiteral("literal"), n.mid(1, n.size() - 2).trimmed() } };
    }
    return names::parse(n);
}

} // namespace plenum::core::bib
