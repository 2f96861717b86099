#include "interchange/bibformats.h"

#include "model/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core::bib {

namespace {

// CSL variables stored in a named reference field.
struct Mapping {
    const char *csl;
    const char *field;
};
constexpr Mapping kMapped[] = { { "type", "csl_type" }, { "id", "citation_key" }, { "title", "title" },
    { "container-title", "container" }, { "volume", "volume" }, { "issue", "issue" }, { "page", "pages" },
    { "DOI", "doi" }, { "URL", "url" }, { "publisher", "publisher" }, { "note", "note" } };

int lineOf(const QByteArray &data, qsizetype offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

// Byte offsets where each top-level array element starts, so messages can name a line.
QList<qsizetype> itemOffsets(const QByteArray &data)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1)
                offsets.append(i);
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return offsets;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace

QList<Entry> parseCslJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected CSL-JSON, but the JSON is malformed: %3.")
                .arg(fileName)
                .arg(lineOf(data, error.offset))
                .arg(error.errorString()));
    if (!doc.isArray())
        throw Error(ErrorCode::InvalidData, QStringLiteral("%1:1: expected a JSON array of CSL items.").arg(fileName));
    const QList<qsizetype> offsets = itemOffsets(data);
    QList<Entry> entries;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = i < offsets.size() ? lineOf(data, offsets[i]) : 1;
        auto fail = [&](const QString &expected) {
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1:%2: item %3: expected %4.").arg(fileName).arg(line).arg(i + 1).arg(expected));
        };
        if (!items[i].isObject())
            fail(QStringLiteral("an object"));
        QJsonObject item = items[i].toObject();
        QJsonObject o, extra;
        for (const Mapping &m : kMapped) {
            const QJsonValue v = item.take(QLatin1String(m.csl));
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isString() && !v.isDouble())
                fail(QStringLiteral("\"%1\" to be a string").arg(QLatin1String(m.csl)));
            if (!scalarText(v).isEmpty())
                o.insert(QLatin1String(m.field), scalarText(v));
        }
        if (o.value(QStringLiteral("title")).toString().isEmpty())
            fail(QStringLiteral("a \"title\""));
        if (!o.contains(QStringLiteral("csl_type")))
            fail(QStringLiteral("a \"type\""));
        if (item.contains(QStringLiteral("author"))) {
            const QJsonValue authors = item.take(QStringLiteral("author"));
            if (!authors.isArray())
                fail(QStringLiteral("\"author\" to be an array of names"));
            for (const QJsonValue &a : authors.toArray())
                if (!a.isObject()
                    || (!a.toObject().contains(QStringLiteral("family"))
                        && !a.toObject().contains(QStringLiteral("literal"))))
                    fail(QStringLiteral("each author to have \"family\" or \"literal\""));
            o.insert(QStringLiteral("authors"), authors);
        }
        const QJsonValue issued = item.value(QStringLiteral("issued"));
        const QJsonArray parts = issued.toObject().value(QStringLiteral("date-parts")).toArray().first().toArray();
        if (!parts.isEmpty() && parts.first().isDouble()) {
            o.insert(QStringLiteral("year"), parts.first().toInteger());
            // Only a bare year fits the year field; keep anything richer as it was.
            if (!(parts.size() == 1 && issued.toObject().size() == 1))
                extra.insert(QStringLiteral("issued"), item.take(QStringLiteral("issued")));
            else
                item.remove(QStringLiteral("issued"));
        }
        for (auto it = item.constBegin(); it != item.constEnd(); ++it)
            extra.insert(it.key(), it.value());
        if (!extra.isEmpty())
            o.insert(QStringLiteral("extra"), extra);
        entries.append({ o, line });
    }
    return entries;
}

QByteArray writeCslJson(const QList<QJsonObject> &references)
{
    QJsonArray items;
    for (const QJsonObject &r : references) {
        QJsonObject item = r.value(QStringLiteral("extra")).toObject();
        // Keys from BibTeX or RIS that CSL does not know are kept too; CSL processors ignore them.
        for (const Mapping &m : kMapped) {
            const QJsonValue v = r.value(QLatin1String(m.field));
            if (!v.toString().isEmpty())
                item.insert(QLatin1String(m.csl), v);
        }
        if (r.contains(QStringLiteral("authors")))
            item.insert(QStringLiteral("author"), r.value(QStringLiteral("authors")));
        if (r.contains(QStringLiteral("year")) && !item.contains(QStringLiteral("issued")))
            item.insert(QStringLiteral("issued"),
                QJsonObject { { QStringLiteral("date-parts"),
                    QJsonArray { QJsonArray { r.value(QStringLiteral("year")).toInteger() } } } });
        items.append(item);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace plenum::core::bib
