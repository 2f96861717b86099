#include "interchange/kbformat.h"

#include "text/textdecode.h"

#include "model/cslitem.h"
#include "model/fieldtable.h"
#include "model/jsonpath.h"
#include "storage/legacyreference.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace plenum::core::kb {

namespace {

class Reader {
public:
    Reader(QString file, int line, int version)
        : m_file(std::move(file))
        , m_line(line)
        , m_version(version)
    {
    }

    [[noreturn]] void fail(const QString &field, const QString &problem) const
    {
        const QString where = field.isEmpty() ? QString() : QStringLiteral(", field \"%1\"").arg(field);
        throw Error(ErrorCode::InvalidData, QStringLiteral("%1:%2%3: %4.").arg(m_file).arg(m_line).arg(where, problem));
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path, QStringLiteral("a value is required"));
            return {};
        }
        if (!v.isString())
            fail(path, QStringLiteral("expected a string"));
        return v.toString();
    }

    // A milestone no source dates has neither date; one with a start has an end (never half a range).
    void checkMilestoneDates(const Item &item) const
    {
        const bool start = item.fields.contains(QStringLiteral("start_date"));
        const bool end = item.fields.contains(QStringLiteral("end_date"));
        if (start != end)
            fail(start ? QStringLiteral("end_date") : QStringLiteral("start_date"),
                QStringLiteral("a value is required when %1 is given")
                    .arg(start ? QStringLiteral("start_date") : QStringLiteral("end_date")));
    }

    Record record(const QJsonObject &o) const
    {
        Record r;
        r.file = m_file;
        r.line = m_line;
        const QString typeText = string(o, QStringLiteral("type"), QStringLiteral("type"), true);
        const auto type = typeFromName(typeText);
        if (!type)
            fail(QStringLiteral("type"), QStringLiteral("unknown record type \"%1\"").arg(typeText));
        r.item.type = *type;
        r.item.id = string(o, QStringLiteral("id"), QStringLiteral("id"), true);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,199}$"));
        if (!idPattern.match(r.item.id).hasMatch())
            fail(QStringLiteral("id"), QStringLiteral("\"%1\" is not a valid ID").arg(r.item.id));

        QSet<QString> known = { QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("sources"),
            QStringLiteral("aliases"), QStringLiteral("links") };
        if (*type == ItemType::Reference)
            readReference(o, r.item, known);
        readFields(o, r.item, known);
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown field for a %1").arg(typeText));
        for (const QString &nested : { QStringLiteral("verification"), QStringLiteral("statistic") }) {
            const QJsonValue v = o.value(nested);
            if (!v.isUndefined() && !v.isNull() && !v.isObject())
                fail(nested, QStringLiteral("expected an object"));
        }
        if (r.item.type == ItemType::Milestone)
            checkMilestoneDates(r.item);
        readSources(o, r.item);
        readAliases(o, r.item);
        r.links = readLinks(o, r.item.id);
        return r;
    }

private:
    // The fields of the item's type (model/fieldtable.h), each checked for its kind; KNOWN gets their names.
    void readFields(const QJsonObject &o, Item &item, QSet<QString> &known) const
    {
        for (const Field &f : fieldsOf(item.type)) {
            if (f.kind == FieldKind::CslItem)
                continue;
            const QString key = QString::fromLatin1(f.key);
            known.insert(key.section(QLatin1Char('.'), 0, 0));
            const QJsonValue v = jsonpath::get(o, key);
            if (v.isUndefined() || v.isNull()) {
                if (f.required)
                    fail(key, QStringLiteral("a value is required"));
                continue;
            }
            const bool ok = (f.kind == FieldKind::Text && v.isString())
                || ((f.kind == FieldKind::Integer || f.kind == FieldKind::Real) && v.isDouble())
                || (f.kind == FieldKind::JsonArray && v.isArray()) || (f.kind == FieldKind::JsonObject && v.isObject());
            if (!ok)
                fail(key,
                    QStringLiteral("expected %1")
                        .arg(f.kind == FieldKind::Text            ? QStringLiteral("a string")
                                : f.kind == FieldKind::JsonArray  ? QStringLiteral("an array")
                                : f.kind == FieldKind::JsonObject ? QStringLiteral("an object")
                                                                  : QStringLiteral("a number")));
            if (f.kind == FieldKind::Integer && v.toDouble() != static_cast<double>(v.toInteger()))
                fail(key, QStringLiteral("expected a whole number"));
            if (f.required && v.isString() && v.toString().trimmed().isEmpty())
                fail(key, QStringLiteral("a value is required"));
            if (!(v.isString() && v.toString().isEmpty()) && !(v.isArray() && v.toArray().isEmpty())
                && !(v.isObject() && v.toObject().isEmpty()))
                jsonpath::set(item.fields, key, v);
        }
    }

    // The "sources" array: non-empty strings.
    void readSources(const QJsonObject &o, Item &item) const
    {
        const QJsonValue sources = o.value(QStringLiteral("sources"));
        if (!sources.isUndefined() && !sources.isArray())
            fail(QStringLiteral("sources"), QStringLiteral("expected an array of strings"));
        const QJsonArray sourceList = sources.toArray();
        for (qsizetype i = 0; i < sourceList.size(); ++i) {
            if (!sourceList.at(i).isString() || sourceList.at(i).toString().trimmed().isEmpty())
                fail(QStringLiteral("sources[%1]").arg(i), QStringLiteral("expected a non-empty string"));
            item.sources.append(sourceList.at(i).toString());
        }
    }

    // The "aliases" array: {"text", "lang": "en" or "zh"}, each once.
    void readAliases(const QJsonObject &o, Item &item) const
    {
        const QJsonValue aliases = o.value(QStringLiteral("aliases"));
        if (!aliases.isUndefined() && !aliases.isArray())
            fail(QStringLiteral("aliases"), QStringLiteral("expected an array"));
        const QJsonArray aliasList = aliases.toArray();
        for (qsizetype i = 0; i < aliasList.size(); ++i) {
            const QString path = QStringLiteral("aliases[%1]").arg(i);
            if (!aliasList.at(i).isObject())
                fail(path, QStringLiteral("expected an object with \"text\" and \"lang\""));
            const QJsonObject a = aliasList.at(i).toObject();
            const QString text = string(a, QStringLiteral("text"), path + QStringLiteral(".text"), true).trimmed();
            const QString lang = string(a, QStringLiteral("lang"), path + QStringLiteral(".lang"), true);
            if (lang != QLatin1String("en") && lang != QLatin1String("zh"))
                fail(path + QStringLiteral(".lang"), QStringLiteral("expected \"en\" or \"zh\""));
            if (text.isEmpty())
                fail(path + QStringLiteral(".text"), QStringLiteral("a value is required"));
            if (!item.aliases.contains(Alias { text, lang }))
                item.aliases.append({ text, lang });
        }
    }

    // The "links" array of a record from ID.
    QList<Link> readLinks(const QJsonObject &o, const QString &id) const
    {
        QList<Link> out;
        const QJsonValue links = o.value(QStringLiteral("links"));
        if (!links.isUndefined() && !links.isArray())
            fail(QStringLiteral("links"), QStringLiteral("expected an array"));
        const QJsonArray linkList = links.toArray();
        for (qsizetype i = 0; i < linkList.size(); ++i) {
            const QString path = QStringLiteral("links[%1]").arg(i);
            if (!linkList.at(i).isObject())
                fail(path, QStringLiteral("expected an object with \"relation\" and \"target\""));
            const QJsonObject l = linkList.at(i).toObject();
            Link link;
            link.sourceId = id;
            const QString relation = string(l, QStringLiteral("relation"), path + QStringLiteral(".relation"), true);
            const auto known = relationFromName(relation);
            if (!known)
                fail(path + QStringLiteral(".relation"), QStringLiteral("unknown relation \"%1\"").arg(relation));
            link.relation = *known;
            link.targetId = string(l, QStringLiteral("target"), path + QStringLiteral(".target"), true);
            if (link.targetId == id)
                fail(path + QStringLiteral(".target"), QStringLiteral("an item cannot link to itself"));
            link.note = string(l, QStringLiteral("note"), path + QStringLiteral(".note"), false);
            const QJsonValue pos = l.value(QStringLiteral("position"));
            if (!pos.isUndefined() && !pos.isNull()) {
                if (!pos.isDouble() || pos.toDouble() != static_cast<double>(pos.toInt()))
                    fail(path + QStringLiteral(".position"), QStringLiteral("expected a whole number"));
                link.position = pos.toInt();
            }
            readRejection(l, path, link);
            out.append(link);
        }
        return out;
    }

    // "rejected": true marks an automatic link the user turned down; "matched" (the text the linker
    // matched) and "span" keep it rejected when the linker runs again after an import.
    void readRejection(const QJsonObject &l, const QString &path, Link &link) const
    {
        const QJsonValue rejected = l.value(QStringLiteral("rejected"));
        if (rejected.isUndefined() || rejected.isNull())
            return;
        if (!rejected.isBool())
            fail(path + QStringLiteral(".rejected"), QStringLiteral("expected true or false"));
        if (!rejected.toBool())
            return;
        link.origin = LinkOrigin::Auto;
        link.rejected = true;
        link.matched = string(l, QStringLiteral("matched"), path + QStringLiteral(".matched"), false);
        const QJsonValue span = l.value(QStringLiteral("span"));
        if (span.isUndefined() || span.isNull())
            return;
        const QJsonArray pair = span.toArray();
        const bool whole = pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble()
            && pair.at(0).toDouble() == pair.at(0).toInt() && pair.at(1).toDouble() == pair.at(1).toInt()
            && pair.at(0).toInt() >= 0 && pair.at(1).toInt() >= pair.at(0).toInt();
        if (!whole)
            fail(path + QStringLiteral(".span"),
                QStringLiteral("expected [start, end], whole numbers with start <= end"));
        link.spanStart = pair.at(0).toInt();
        link.spanEnd = pair.at(1).toInt();
    }

    // A reference: its CSL item under "csl" (version 2), or the flat fields of version 1.
    void readReference(const QJsonObject &o, Item &item, QSet<QString> &known) const
    {
        if (m_version >= 2) {
            known.insert(QStringLiteral("csl"));
            const QJsonValue v = o.value(QStringLiteral("csl"));
            if (!v.isObject())
                fail(QStringLiteral("csl"), QStringLiteral("expected the reference's CSL item (an object)"));
            item.fields = v.toObject();
        } else {
            static const char *const kLegacy[] = { "csl_type", "citation_key", "title", "authors", "container", "year",
                "volume", "issue", "pages", "doi", "url", "publisher", "note", "extra" };
            QJsonObject legacy;
            for (const char *key : kLegacy) {
                known.insert(QLatin1String(key));
                if (o.contains(QLatin1String(key)))
                    legacy.insert(QLatin1String(key), o.value(QLatin1String(key)));
            }
            if (legacy.value(QStringLiteral("title")).toString().trimmed().isEmpty())
                fail(QStringLiteral("title"), QStringLiteral("a value is required"));
            item.fields = referenceFromLegacy(legacy);
        }
        if (const QString p = csl::problem(item.fields); !p.isEmpty())
            fail(QStringLiteral("csl"), p);
    }

    QString m_file;
    int m_line;
    int m_version;
};

QByteArray encode(const QJsonValue &value)
{
    // QJsonDocument only serializes arrays and objects; wrap and unwrap a single value.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void sortLinks(QList<Link> &links)
{
    std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        // By relation name, as the file has always been ordered (its hashes depend on it).
        return std::tuple(relationName(a.relation), a.position.value_or(-1), a.targetId, a.rejected,
                   a.spanStart.value_or(-1), a.note)
            < std::tuple(relationName(b.relation), b.position.value_or(-1), b.targetId, b.rejected,
                b.spanStart.value_or(-1), b.note);
    });
}

} // namespace

QList<Record> parse(const QByteArray &raw, const QString &fileName)
{
    const QByteArray data = normalizedText(raw);
    QList<Record> records;
    int lineNo = 0;
    qsizetype start = 0;
    bool headerSeen = false;
    int version = kFormatVersion;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(start, end - start);
        start = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        const Reader reader(fileName, lineNo, version);
        if (line.trimmed().isEmpty())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(line);
        if (decoder.hasError())
            reader.fail(QString(), QStringLiteral("the line is not valid UTF-8"));
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            reader.fail(QString(),
                QStringLiteral("invalid JSON at column %1 (%2)").arg(error.offset + 1).arg(error.errorString()));
        if (!doc.isObject())
            reader.fail(QString(), QStringLiteral("expected a JSON object"));
        const QJsonObject object = doc.object();
        if (!headerSeen) {
            if (object.value(QStringLiteral("format")).toString() != QLatin1String("plenum-kb"))
                reader.fail(QStringLiteral("format"),
                    QStringLiteral("the first line must be the header {\"format\":\"plenum-kb\",\"version\":2}"));
            const QJsonValue given = object.value(QStringLiteral("version"));
            if (!given.isDouble() || given.toInt() < 1 || given.toInt() > kFormatVersion
                || given.toDouble() != given.toInt())
                reader.fail(QStringLiteral("version"),
                    QStringLiteral("unsupported format version %1 (this Plenum reads versions 1 to %2)")
                        .arg(QString::fromUtf8(encode(given)))
                        .arg(kFormatVersion));
            version = given.toInt();
            headerSeen = true;
            continue;
        }
        records.append(reader.record(object));
    }
    if (!headerSeen)
        Reader(fileName, 1, kFormatVersion)
            .fail(QString(), QStringLiteral("the file is empty; a plenum-kb file starts with its header line"));
    return records;
}

Record recordFromJson(const QJsonObject &object, const QString &fileName, int line)
{
    return Reader(fileName, line, kFormatVersion).record(object);
}

QByteArray serialize(const Record &record)
{
    QByteArray out("{\"type\":");
    out += encode(typeName(record.item.type));
    out += ",\"id\":" + encode(record.item.id);
    QSet<QString> written;
    if (record.item.type == ItemType::Reference)
        out += ",\"csl\":" + QJsonDocument(record.item.fields).toJson(QJsonDocument::Compact);
    for (const Field &f : fieldsOf(record.item.type)) {
        if (f.kind == FieldKind::CslItem)
            continue;
        const QString top = QString::fromLatin1(f.key).section(QLatin1Char('.'), 0, 0);
        if (written.contains(top) || !record.item.fields.contains(top))
            continue;
        written.insert(top);
        out += "," + encode(top) + ":" + encode(record.item.fields.value(top));
    }
    if (!record.item.aliases.isEmpty()) {
        QList<Alias> aliases = record.item.aliases;
        std::sort(aliases.begin(), aliases.end(),
            [](const Alias &a, const Alias &b) { return std::tie(b.language, a.text) < std::tie(a.language, b.text); });
        out += ",\"aliases\":";
        QByteArray items;
        for (const Alias &a : aliases)
            items += (items.isEmpty() ? "" : ",") + QByteArray("{\"text\":") + encode(a.text)
                + ",\"lang\":" + encode(a.language) + "}";
        out += "[" + items + "]";
    }
    if (!record.links.isEmpty()) {
        QList<Link> links = record.links;
        sortLinks(links);
        QByteArray items;
        for (const Link &l : links) {
            QByteArray one = "{\"relation\":" + encode(relationName(l.relation)) + ",\"target\":" + encode(l.targetId);
            if (!l.note.isEmpty())
                one += ",\"note\":" + encode(l.note);
            if (l.position)
                one += ",\"position\":" + QByteArray::number(*l.position);
            if (l.rejected) {
                one += ",\"rejected\":true,\"matched\":" + encode(l.matched);
                if (l.spanStart && l.spanEnd)
                    one += ",\"span\":[" + QByteArray::number(*l.spanStart) + "," + QByteArray::number(*l.spanEnd)
                        + "]";
            }
            items += (items.isEmpty() ? "" : ",") + one + "}";
        }
        out += ",\"links\":[" + items + "]";
    }
    if (!record.item.sources.isEmpty())
        out += ",\"sources\":"
            + QJsonDocument(QJsonArray::fromStringList(record.item.sources)).toJson(QJsonDocument::Compact);
    return out + "}";
}

QString hash(const Record &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(serialize(record), QCryptographicHash::Sha1).toHex());
}

Record readRecord(Repository &repo, const QString &id)
{
    Record r;
    r.item = repo.item(id);
    for (const Link &l : repo.outgoingLinks(id))
        if (l.origin == LinkOrigin::Manual || l.rejected) // a rejection is the user's decision too
            r.links.append(l);
    return r;
}

QByteArray exportFile(Repository &repo, const QStringList &ids)
{
    QByteArray out = "{\"format\":\"plenum-kb\",\"version\":" + QByteArray::number(kFormatVersion) + "}\n";
    const QSet<QString> wanted(ids.begin(), ids.end());
    for (ItemType type : kAllItemTypes)
        for (const QString &id : repo.itemIds(type))
            if (wanted.isEmpty() || wanted.contains(id))
                out += serialize(readRecord(repo, id)) + "\n";
    return out;
}

} // namespace plenum::core::kb
