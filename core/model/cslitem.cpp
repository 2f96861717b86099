#include "model/cslitem.h"

#include "model/error.h"

#include <QSet>

namespace plenum::core::csl {

namespace {

// From the CSL 1.0.2 schema (resources/csl/csl-data.json, "items.properties.type.enum").
constexpr const char *kTypes[] = { "article", "article-journal", "article-magazine", "article-newspaper", "bill",
    "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance",
    "periodical", "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book",
    "software", "song", "speech", "standard", "thesis", "treaty", "webpage" };

// The item variables of the same schema, grouped by how it types them.
constexpr const char *kNames[] = { "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer", "guest", "host",
    "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
    "reviewed-author", "script-writer", "series-creator", "translator" };
constexpr const char *kDates[] = { "accessed", "available-date", "event-date", "issued", "original-date", "submitted" };
constexpr const char *kNumbers[] = { "chapter-number", "citation-number", "collection-number", "edition",
    "first-reference-note-number", "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page",
    "page-first", "part", "printing", "supplement", "volume" };
constexpr const char *kStandard[] = { "DOI", "ISBN", "ISSN", "PMCID", "PMID", "URL", "abstract", "annote", "archive",
    "archive-place", "archive_collection", "archive_location", "authority", "call-number", "citation-key",
    "citation-label", "collection-title", "container-title", "container-title-short", "dimensions", "division", "event",
    "event-place", "event-title", "genre", "journalAbbreviation", "jurisdiction", "keyword", "language", "medium",
    "note", "original-publisher", "original-publisher-place", "original-title", "part-title", "publisher",
    "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section", "shortTitle", "source",
    "status", "title", "title-short", "version", "volume-title", "volume-title-short", "year-suffix" };
constexpr const char *kOther[] = { "type", "id", "categories", "custom" };

// The keys of a name object (the schema's "name-variable"), plus the extension.
constexpr const char *kNameKeys[] = { "family", "given", "dropping-particle", "non-dropping-particle", "suffix",
    "comma-suffix", "static-ordering", "literal", "parse-names", kExtension };
constexpr const char *kDateKeys[] = { "date-parts", "season", "circa", "literal", "raw" };

template <std::size_t N> bool listed(const char *const (&list)[N], const QString &name)
{
    for (const char *entry : list)
        if (name == QLatin1String(entry))
            return true;
    return false;
}

template <std::size_t N> QStringList toList(const char *const (&list)[N])
{
    QStringList out;
    for (const char *entry : list)
        out.append(QLatin1String(entry));
    return out;
}

QString nameProblem(const QJsonValue &v)
{
    if (!v.isObject())
        return QStringLiteral("each name must be an object");
    const QJsonObject n = v.toObject();
    for (auto it = n.begin(); it != n.end(); ++it) {
        if (!listed(kNameKeys, it.key()))
            return QStringLiteral("a name has the unknown part \"%1\"").arg(it.key());
        const bool flag = it.key() == QLatin1String("comma-suffix") || it.key() == QLatin1String("static-ordering")
            || it.key() == QLatin1String("parse-names");
        if (it.key() == QLatin1String(kExtension) ? !it.value().isObject() : !(it.value().isString() || flag))
            return QStringLiteral("the name part \"%1\" must be a string").arg(it.key());
    }
    if (n.value(QStringLiteral("family")).toString().isEmpty()
        && n.value(QStringLiteral("literal")).toString().isEmpty())
        return QStringLiteral("each name needs a \"family\" or a \"literal\"");
    return {};
}

QString dateProblem(const QJsonValue &v)
{
    if (!v.isObject())
        return QStringLiteral("a date must be an object with \"date-parts\" or \"literal\"");
    const QJsonObject d = v.toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        if (!listed(kDateKeys, it.key()))
            return QStringLiteral("a date has the unknown part \"%1\"").arg(it.key());
    if (d.contains(QStringLiteral("date-parts"))) {
        const QJsonArray ranges = d.value(QStringLiteral("date-parts")).toArray();
        if (ranges.isEmpty() || ranges.size() > 2)
            return QStringLiteral("\"date-parts\" must hold one date or a range of two");
        for (const QJsonValue &r : ranges) {
            const QJsonArray parts = r.toArray();
            if (parts.isEmpty() || parts.size() > 3)
                return QStringLiteral(
                    "each date in \"date-parts\" must be [year], [year, month] or [year, month, day]");
            for (const QJsonValue &p : parts)
                if (!p.isDouble() && !p.isString())
                    return QStringLiteral("date parts must be numbers");
        }
    } else if (d.value(QStringLiteral("literal")).toString().isEmpty()
        && d.value(QStringLiteral("raw")).toString().isEmpty()) {
        return QStringLiteral("a date needs \"date-parts\", \"literal\" or \"raw\"");
    }
    for (const char *key : { "literal", "raw" })
        if (d.contains(QLatin1String(key)) && !d.value(QLatin1String(key)).isString())
            return QStringLiteral("\"%1\" of a date must be a string").arg(QLatin1String(key));
    return {};
}

QString valueProblem(const QString &key, const QJsonValue &v)
{
    if (key == QLatin1String(kExtension))
        return v.isObject() ? QString() : QStringLiteral("the extension must be an object");
    const auto kind = variableKind(key);
    if (!kind)
        return QStringLiteral("not a CSL 1.0.2 variable");
    switch (*kind) {
    case VariableKind::Standard:
        return v.isString() ? QString() : QStringLiteral("expected a string");
    case VariableKind::Number:
        return v.isString() || v.isDouble() ? QString() : QStringLiteral("expected a string or a number");
    case VariableKind::Date:
        return dateProblem(v);
    case VariableKind::Name: {
        if (!v.isArray())
            return QStringLiteral("expected an array of names");
        for (const QJsonValue &n : v.toArray())
            if (const QString p = nameProblem(n); !p.isEmpty())
                return p;
        return {};
    }
    case VariableKind::Other:
        break;
    }
    if (key == QLatin1String("type"))
        return isItemType(v.toString()) ? QString()
                                        : QStringLiteral("\"%1\" is not a CSL item type").arg(v.toVariant().toString());
    if (key == QLatin1String("id"))
        return v.isString() || v.isDouble() ? QString() : QStringLiteral("expected a string or a number");
    if (key == QLatin1String("custom"))
        return v.isObject() ? QString() : QStringLiteral("expected an object");
    for (const QJsonValue &c : v.toArray())
        if (!c.isString())
            return QStringLiteral("expected an array of strings");
    return v.isArray() ? QString() : QStringLiteral("expected an array of strings");
}

QJsonObject stripName(QJsonObject name)
{
    name.remove(QLatin1String(kExtension));
    return name;
}

} // namespace

std::span<const char *const> itemTypes()
{
    return kTypes;
}

bool isItemType(const QString &type)
{
    return listed(kTypes, type);
}

std::optional<VariableKind> variableKind(const QString &name)
{
    if (listed(kStandard, name))
        return VariableKind::Standard;
    if (listed(kNumbers, name))
        return VariableKind::Number;
    if (listed(kDates, name))
        return VariableKind::Date;
    if (listed(kNames, name))
        return VariableKind::Name;
    if (listed(kOther, name))
        return VariableKind::Other;
    return std::nullopt;
}

QStringList nameVariables()
{
    return toList(kNames);
}

QStringList dateVariables()
{
    return toList(kDates);
}

QString type(const QJsonObject &item)
{
    const QString t = item.value(QStringLiteral("type")).toString();
    return t.isEmpty() ? QStringLiteral("article-journal") : t;
}

QString text(const QJsonObject &item, const QString &variable)
{
    const QJsonValue v = item.value(variable);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString title(const QJsonObject &item)
{
    return text(item, QStringLiteral("title"));
}

QString containerTitle(const QJsonObject &item)
{
    return text(item, QStringLiteral("container-title"));
}

QString citationKey(const QJsonObject &item)
{
    return text(item, QStringLiteral("citation-key"));
}

QString doi(const QJsonObject &item)
{
    return text(item, QStringLiteral("DOI"));
}

QJsonArray names(const QJsonObject &item, const QString &variable)
{
    return item.value(variable).toArray();
}

QString nameText(const QJsonObject &name)
{
    const QString literal = name.value(QStringLiteral("literal")).toString();
    if (!literal.isEmpty())
        return literal;
    const QString family = (name.value(QStringLiteral("non-dropping-particle")).toString() + QLatin1Char(' ')
        + name.value(QStringLiteral("family")).toString())
                               .trimmed();
    const QString given = (name.value(QStringLiteral("given")).toString() + QLatin1Char(' ')
        + name.value(QStringLiteral("dropping-particle")).toString())
                              .trimmed();
    // A Chinese (or Japanese) name is written family first, without a space.
    const bool han = !family.isEmpty() && family.at(0).unicode() >= 0x2E80;
    QString out = han ? family + given : (given + QLatin1Char(' ') + family).trimmed();
    const QString suffix = name.value(QStringLiteral("suffix")).toString();
    if (!suffix.isEmpty())
        out += QStringLiteral(", ") + suffix;
    return out;
}

QString familyOrLiteral(const QJsonObject &name)
{
    const QString family = name.value(QStringLiteral("family")).toString();
    return family.isEmpty() ? name.value(QStringLiteral("literal")).toString() : family;
}

std::optional<int> year(const QJsonObject &item, const QString &variable)
{
    const QJsonValue first
        = item.value(variable).toObject().value(QStringLiteral("date-parts")).toArray().first().toArray().first();
    bool ok = first.isDouble();
    const int y = ok ? first.toInt() : first.toString().toInt(&ok);
    if (ok)
        return y;
    return std::nullopt;
}

QJsonObject date(int year, int month, int day)
{
    QJsonArray parts { year };
    if (month > 0) {
        parts.append(month);
        if (day > 0)
            parts.append(day);
    }
    return { { QStringLiteral("date-parts"), QJsonArray { parts } } };
}

QJsonObject extension(const QJsonObject &item)
{
    return item.value(QLatin1String(kExtension)).toObject();
}

QJsonObject extra(const QJsonObject &item)
{
    return extension(item).value(QStringLiteral("extra")).toObject();
}

QJsonObject withExtra(QJsonObject item, const QJsonObject &extra)
{
    QJsonObject ext = extension(item);
    if (extra.isEmpty())
        ext.remove(QStringLiteral("extra"));
    else
        ext.insert(QStringLiteral("extra"), extra);
    if (ext.isEmpty())
        item.remove(QLatin1String(kExtension));
    else
        item.insert(QLatin1String(kExtension), ext);
    return item;
}

QString problem(const QJsonObject &item)
{
    if (!isItemType(item.value(QStringLiteral("type")).toString()))
        return item.contains(QStringLiteral("type"))
            ? QStringLiteral("variable \"type\": \"%1\" is not a CSL item type")
                  .arg(item.value(QStringLiteral("type")).toVariant().toString())
            : QStringLiteral("variable \"type\": a CSL item type is required");
    if (title(item).trimmed().isEmpty())
        return QStringLiteral("variable \"title\": a title is required");
    for (auto it = item.begin(); it != item.end(); ++it)
        if (const QString p = valueProblem(it.key(), it.value()); !p.isEmpty())
            return QStringLiteral("variable \"%1\": %2").arg(it.key(), p);
    return {};
}

void validate(const QJsonObject &item)
{
    if (const QString p = problem(item); !p.isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("Not a valid CSL item: %1.").arg(p));
}

QJsonObject exportable(const QJsonObject &item, const QString &id)
{
    QJsonObject out = item;
    out.remove(QLatin1String(kExtension));
    for (const QString &variable : nameVariables()) {
        if (!out.contains(variable))
            continue;
        QJsonArray list;
        for (const QJsonValue &n : out.value(variable).toArray())
            list.append(stripName(n.toObject()));
        out.insert(variable, list);
    }
    out.insert(QStringLiteral("id"), id);
    return out;
}

QJsonObject legacyFields(const QJsonObject &item)
{
    QJsonObject o { { QStringLiteral("csl_type"), type(item) } };
    const std::pair<const char *, const char *> kFields[] = { { "citation-key", "citation_key" }, { "title", "title" },
        { "container-title", "container" }, { "volume", "volume" }, { "issue", "issue" }, { "page", "pages" },
        { "DOI", "doi" }, { "URL", "url" }, { "publisher", "publisher" }, { "note", "note" } };
    for (const auto &[variable, field] : kFields)
        if (!text(item, QLatin1String(variable)).isEmpty())
            o.insert(QLatin1String(field), plainText(text(item, QLatin1String(variable))));
    if (!names(item).isEmpty())
        o.insert(QStringLiteral("authors"), names(item));
    if (const auto y = csl::year(item))
        o.insert(QStringLiteral("year"), *y);
    QJsonObject kept = csl::extra(item);
    const std::pair<const char *, const char *> kExtra[] = { { "abstract", "abstract" }, { "keyword", "keywords" },
        { "ISSN", "issn" }, { "ISBN", "isbn" }, { "publisher-place", "address" }, { "language", "language" } };
    for (const auto &[variable, key] : kExtra)
        if (!text(item, QLatin1String(variable)).isEmpty())
            kept.insert(QLatin1String(key), text(item, QLatin1String(variable)));
    // The RIS tags the pre-CSL RIS reader kept these variables under.
    const std::pair<const char *, const char *> kRis[] = { { "genre", "ris_M3" }, { "edition", "ris_ET" },
        { "collection-title", "ris_T3" }, { "number-of-volumes", "ris_NV" } };
    for (const auto &[variable, key] : kRis)
        if (!text(item, QLatin1String(variable)).isEmpty() && !kept.contains(QLatin1String(key)))
            kept.insert(QLatin1String(key), text(item, QLatin1String(variable)));
    QStringList editors;
    for (const QJsonValue &n : names(item, QStringLiteral("editor")))
        editors.append(n.toObject().contains(QStringLiteral("literal"))
                ? n.toObject().value(QStringLiteral("literal")).toString()
                : (n.toObject().value(QStringLiteral("family")).toString() + QStringLiteral(", ")
                    + n.toObject().value(QStringLiteral("given")).toString()));
    if (!editors.isEmpty())
        kept.insert(QStringLiteral("editor"), editors.join(QStringLiteral("; ")));
    if (item.contains(QStringLiteral("accessed")))
        kept.insert(QStringLiteral("urldate"), dateText(item.value(QStringLiteral("accessed")).toObject()));
    if (!kept.isEmpty())
        o.insert(QStringLiteral("extra"), kept);
    return o;
}

QString plainText(QString text)
{
    for (const char *tag : { "<span class=\"nocase\">", "<span style=\"font-variant:small-caps;\">", "</span>", "<i>",
             "</i>", "<b>", "</b>", "<sup>", "</sup>", "<sub>", "</sub>" })
        text.remove(QLatin1String(tag));
    return text;
}

QString dateText(const QJsonObject &date)
{
    if (!date.value(QStringLiteral("literal")).toString().isEmpty())
        return date.value(QStringLiteral("literal")).toString();
    QStringList ranges;
    for (const QJsonValue &r : date.value(QStringLiteral("date-parts")).toArray()) {
        QStringList parts;
        for (const QJsonValue &p : r.toArray())
            parts.append(p.isDouble()
                    ? QString::number(p.toInt()).rightJustified(parts.isEmpty() ? 4 : 2, QLatin1Char('0'))
                    : p.toString());
        ranges.append(parts.join(QLatin1Char('-')));
    }
    QString out = ranges.join(QLatin1Char('/'));
    if (date.contains(QStringLiteral("season")))
        out += QStringLiteral(" (season %1)").arg(date.value(QStringLiteral("season")).toVariant().toString());
    if (date.value(QStringLiteral("circa")).toBool())
        out = QStringLiteral("circa ") + out;
    return out.isEmpty() ? date.value(QStringLiteral("raw")).toString() : out;
}

} // namespace plenum::core::csl
