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
    }
    return {};
}

ParseResult parse(Format format, const QByteArray &raw, const QString &fileName)
{
    const QByteArray data = normalizedText(raw);
    switch (format) {
    case Format::BibTeX:
        return parseBibtex(data, fileName);
    case Format::Ris: {
        ParseResult result;
        for (Entry e : parseRis(data, fileName)) {
            e.fields = referenceFromLegacy(e.fields);
            result.entries.append(e);
        }
        return result;
    }
    case Format::CslJson:
        return parseCslJson(data, fileName);
    }
    return {};
}

QByteArray write(Format format, const QList<QJsonObject> &references)
{
    switch (format) {
    case Format::BibTeX:
        return writeBibtex(references);
    case Format::Ris: {
        QList<QJsonObject> legacy;
        for (const QJsonObject &r : references)
            legacy.append(csl::legacyFields(r));
        return writeRis(legacy);
    }
    case Format::CslJson:
        return writeCslJson(references);
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
