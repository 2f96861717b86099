#include "storage/legacyreference.h"

#include "model/cslitem.h"
#include "text/personname.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

namespace plenum::core {

namespace {

// Old field → CSL variable, for the fields that have one.
constexpr std::pair<const char *, const char *> kFields[]
    = { { "csl_type", "type" }, { "citation_key", "citation-key" }, { "title", "title" },
          { "container", "container-title" }, { "volume", "volume" }, { "issue", "issue" }, { "pages", "page" },
          { "doi", "DOI" }, { "url", "URL" }, { "publisher", "publisher" }, { "note", "note" } };

// "extra" keys (BibTeX field names and RIS tags kept by earlier imports) with a CSL variable.
constexpr std::pair<const char *, const char *> kExtraKeys[] = { { "address", "publisher-place" },
    { "location", "publisher-place" }, { "edition", "edition" }, { "isbn", "ISBN" }, { "issn", "ISSN" },
    { "abstract", "abstract" }, { "keywords", "keyword" }, { "language", "language" }, { "series", "collection-title" },
    { "type", "genre" }, { "chapter", "chapter-number" }, { "ris_ET", "edition" }, { "ris_M3", "genre" },
    { "ris_T3", "collection-title" }, { "ris_SN", "ISBN" }, { "ris_NV", "number-of-volumes" },
    { "ris_CY", "publisher-place" }, { "pmid", "PMID" }, { "pmcid", "PMCID" } };
// Keys holding names ("A and B" from BibTeX, "A; B" from RIS).
constexpr std::pair<const char *, const char *> kNameKeys[] = { { "editor", "editor" }, { "translator", "translator" },
    { "ris_A2", "editor" }, { "ris_A3", "collection-editor" } };

QJsonArray namesFrom(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("\\s+and\\s+|\\s*;\\s*"));
    QJsonArray out;
    for (QString part : text.split(separator, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}')))
            out.append(QJsonObject { { QStringLiteral("literal"), part.mid(1, part.size() - 2) } });
        else if (!part.isEmpty())
            out.append(names::parse(part));
    }
    return out;
}

// "2024-03-01" (or "2024-03", "2024") as a CSL date; empty when it is no such date.
QJsonObject isoDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?$"));
    const auto m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return csl::date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

int monthOf(const QString &text)
{
    static const QStringList months
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok)
        return n >= 1 && n <= 12 ? n : 0;
    return static_cast<int>(months.indexOf(text.trimmed().left(3).toLower())) + 1;
}

template <std::size_t N> const char *lookup(const std::pair<const char *, const char *> (&table)[N], const QString &key)
{
    for (const auto &[from, to] : table)
        if (key == QLatin1String(from))
            return to;
    return nullptr;
}

// Moves each "extra" key with a CSL variable into ITEM; returns the keys left over.
QJsonObject translateExtra(QJsonObject &item, const QJsonObject &extra)
{
    QJsonObject rest;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QString key = it.key();
        const QString value = it.value().isString() ? it.value().toString() : QString();
        QString target;
        QJsonValue converted;
        if (const char *n = lookup(kNameKeys, key); n && !value.isEmpty()) {
            target = QLatin1String(n);
            converted = namesFrom(value);
        } else if (csl::variableKind(key) && key != QLatin1String("type") && key != QLatin1String("id")) {
            target = key;
            converted = it.value();
        } else if (const char *v = lookup(kExtraKeys, key); v && !value.isEmpty()) {
            target = QLatin1String(v);
            converted = value;
        } else if ((key == QLatin1String("urldate") || key == QLatin1String("ris_Y2")) && !isoDate(value).isEmpty()) {
            target = QStringLiteral("accessed");
            converted = isoDate(value);
        }
        QJsonObject probe { { QStringLiteral("type"), QStringLiteral("book") },
            { QStringLiteral("title"), QStringLiteral("t") } };
        if (!target.isEmpty())
            probe.insert(target, converted);
        if (target.isEmpty() || item.contains(target) || !csl::problem(probe).isEmpty())
            rest.insert(key, it.value());
        else
            item.insert(target, converted);
    }
    return rest;
}

} // namespace

QJsonObject referenceFromLegacy(const QJsonObject &legacy)
{
    QJsonObject item;
    for (const auto &[from, to] : kFields) {
        const QJsonValue v = legacy.value(QLatin1String(from));
        if (v.isString() && !v.toString().isEmpty())
            item.insert(QLatin1String(to), v);
    }
    if (!csl::isItemType(item.value(QStringLiteral("type")).toString()))
        item.insert(QStringLiteral("type"), QStringLiteral("article-journal"));
    QJsonArray authors;
    for (const QJsonValue &a : legacy.value(QStringLiteral("authors")).toArray())
        authors.append(names::repaired(a.toObject()));
    if (!authors.isEmpty())
        item.insert(QStringLiteral("author"), authors);
    QJsonObject extra = legacy.value(QStringLiteral("extra")).toObject();
    const QJsonValue year = legacy.value(QStringLiteral("year"));
    if (year.isDouble() && !extra.value(QStringLiteral("issued")).isObject()) {
        const int month = monthOf(extra.value(QStringLiteral("month")).toString());
        if (month > 0)
            extra.remove(QStringLiteral("month"));
        item.insert(QStringLiteral("issued"), csl::date(year.toInt(), month));
    }
    item = csl::withExtra(item, translateExtra(item, extra));
    // A BibTeX master's or doctoral thesis says so in its type; CSL in its genre.
    const QString bibtexType = extra.value(QStringLiteral("bibtex_type")).toString();
    if (!item.contains(QStringLiteral("genre")) && bibtexType == QLatin1String("mastersthesis"))
        item.insert(QStringLiteral("genre"), QStringLiteral("Master's thesis"));
    else if (!item.contains(QStringLiteral("genre")) && bibtexType == QLatin1String("phdthesis"))
        item.insert(QStringLiteral("genre"), QStringLiteral("PhD thesis"));
    return item;
}

void registerLegacyReferenceFunction(sqlite3 *db)
{
    auto convert = [](sqlite3_context *context, int, sqlite3_value **argv) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        const QJsonObject legacy = QJsonDocument::fromJson(QByteArray(text ? text : "{}")).object();
        const QByteArray out = QJsonDocument(referenceFromLegacy(legacy)).toJson(QJsonDocument::Compact);
        sqlite3_result_text(context, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
    };
    sqlite3_create_function(
        db, "plenum_reference_csl", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, convert, nullptr, nullptr);
}

} // namespace plenum::core
