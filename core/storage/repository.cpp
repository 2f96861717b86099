#include "storage/repository.h"

#include "model/cslitem.h"
#include "model/fieldtable.h"
#include "model/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace plenum::core {

namespace {

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,199}$"));
    return pattern.match(id).hasMatch();
}

QByteArray selectSql(ItemType type)
{
    QByteArray sql("SELECT ");
    bool first = true;
    for (const Field &f : fieldsOf(type)) {
        if (!first)
            sql += ", ";
        sql += f.column;
        first = false;
    }
    return sql + " FROM " + tableName(type) + " WHERE id = ?1";
}

QByteArray insertSql(ItemType type)
{
    QByteArray columns("id"), values("?1");
    int i = 1;
    for (const Field &f : fieldsOf(type)) {
        columns += QByteArray(", ") + f.column;
        values += ", ?" + QByteArray::number(++i);
    }
    return QByteArray("INSERT INTO ") + tableName(type) + " (" + columns + ") VALUES (" + values + ")";
}

QByteArray updateSql(ItemType type)
{
    QByteArray sql = QByteArray("UPDATE ") + tableName(type) + " SET ";
    int i = 1;
    for (const Field &f : fieldsOf(type))
        sql += QByteArray(f.column) + " = ?" + QByteArray::number(++i) + ", ";
    return sql + "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
}

// The value to store for a field; absent fields take the column's default (NULL, '' or '[]').
QVariant columnValue(const Field &f, const QJsonObject &fields)
{
    if (f.kind == FieldKind::CslItem)
        return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    const QJsonValue v = jsonpath::get(fields, QString::fromLatin1(f.key));
    if (v.isUndefined() || v.isNull()) {
        if (f.nullable)
            return {};
        switch (f.kind) {
        case FieldKind::JsonArray:
            return QStringLiteral("[]");
        case FieldKind::JsonObject:
        case FieldKind::CslItem:
            return QStringLiteral("{}");
        default:
            return QStringLiteral("");
        }
    }
    switch (f.kind) {
    case FieldKind::Integer:
        return QVariant::fromValue<qlonglong>(v.toInteger());
    case FieldKind::Real:
        return v.toDouble();
    case FieldKind::JsonArray:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case FieldKind::JsonObject:
    case FieldKind::CslItem:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case FieldKind::Text:
        return v.isString() ? v.toString() : v.toVariant().toString();
    }
    return {};
}

// The JSON form of a stored column; undefined for NULL and empty values so items stay canonical.
QJsonValue jsonValue(const Field &f, const Query &q, int column)
{
    if (q.isNull(column))
        return QJsonValue::Undefined;
    switch (f.kind) {
    case FieldKind::Integer:
        return QJsonValue(static_cast<qint64>(q.integer(column)));
    case FieldKind::Real:
        return QJsonValue(q.real(column));
    case FieldKind::JsonArray: {
        const QJsonArray a = QJsonDocument::fromJson(q.text(column).toUtf8()).array();
        return a.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(a);
    }
    case FieldKind::JsonObject:
    case FieldKind::CslItem: {
        const QJsonObject o = QJsonDocument::fromJson(q.text(column).toUtf8()).object();
        return o.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(o);
    }
    case FieldKind::Text: {
        const QString s = q.text(column);
        return s.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(s);
    }
    }
    return QJsonValue::Undefined;
}

Link readLink(const Query &q)
{
    Link l;
    l.rowId = q.integer(0);
    l.sourceId = q.text(1);
    l.targetId = q.text(2);
    l.relation = relationFromName(q.text(3)).value_or(Relation::Related);
    l.origin = originFromName(q.text(4)).value_or(LinkOrigin::Manual);
    l.note = q.text(5);
    if (!q.isNull(6))
        l.position = static_cast<int>(q.integer(6));
    if (!q.isNull(7))
        l.spanStart = static_cast<int>(q.integer(7));
    if (!q.isNull(8))
        l.spanEnd = static_cast<int>(q.integer(8));
    l.matched = q.text(9);
    l.rejected = q.integer(10) != 0;
    return l;
}

QString sourcesJson(const QStringList &sources)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sources)).toJson(QJsonDocument::Compact));
}

} // namespace

Repository::Repository(Database &db)
    : m_db(db)
{
}

void Repository::writeFields(const Item &item, bool insert)
{
    if (item.type == ItemType::Reference)
        if (const QString p = csl::problem(item.fields); !p.isEmpty())
            throw Error(
                ErrorCode::InvalidData, QStringLiteral("reference %1 is not a valid CSL item: %2.").arg(item.id, p));
    for (const Field &f : fieldsOf(item.type))
        if (f.kind != FieldKind::CslItem && f.required && columnValue(f, item.fields).toString().isEmpty())
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1 %2 needs a value for \"%3\".")
                    .arg(typeName(item.type), item.id, QLatin1String(f.key)));
    const QByteArray sql = insert ? insertSql(item.type) : updateSql(item.type);
    auto q = m_db.prepare(sql.constData());
    q.bind(1, item.id);
    int i = 1;
    for (const Field &f : fieldsOf(item.type))
        q.bind(++i, columnValue(f, item.fields));
    try {
        q.run();
    } catch (const Error &e) {
        throw Error(e.code(), QStringLiteral("Cannot save %1 %2: %3").arg(typeName(item.type), item.id, e.message()));
    }
}

void Repository::writeAliases(const Item &item)
{
    auto del = m_db.prepare("DELETE FROM aliases WHERE entity_id = ?1");
    del.bind(1, item.id).run();
    auto ins = m_db.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias, language) VALUES (?1, ?2, ?3)");
    for (const Alias &a : item.aliases) {
        const QString text = a.text.trimmed();
        if (text.isEmpty())
            continue;
        if (a.language != QLatin1String("en") && a.language != QLatin1String("zh"))
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("Alias \"%1\" of %2 has language \"%3\"; use en or zh.").arg(text, item.id, a.language));
        ins.bindAll(item.id, text, a.language).run();
    }
}

void Repository::createItem(const Item &item)
{
    if (typeOf(item.id))
        throw Error(ErrorCode::Conflict, QStringLiteral("An item with ID %1 already exists.").arg(item.id));
    Transaction tx(m_db);
    insertNewItem(item);
    tx.commit();
}

void Repository::insertNewItem(const Item &item)
{
    if (!validId(item.id))
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("\"%1\" is not a valid ID: use lower-case letters, digits, '-', '_' or '.'.").arg(item.id));
    auto q = m_db.prepare("INSERT INTO entities (id, type, sources) VALUES (?1, ?2, ?3)");
    q.bindAll(item.id, typeName(item.type), sourcesJson(item.sources)).run();
    writeFields(item, true);
    writeAliases(item);
}

void Repository::updateItem(const Item &item)
{
    const auto type = typeOf(item.id);
    if (!type)
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID %1.").arg(item.id));
    if (*type != item.type)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 is a %2, not a %3.").arg(item.id, typeName(*type), typeName(item.type)));
    Transaction tx(m_db);
    auto q = m_db.prepare(
        "UPDATE entities SET sources = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    q.bindAll(item.id, sourcesJson(item.sources)).run();
    writeFields(item, false);
    writeAliases(item);
    tx.commit();
}

void Repository::deleteItem(const QString &id)
{
    Transaction tx(m_db);
    auto q = m_db.prepare("DELETE FROM entities WHERE id = ?1");
    q.bind(1, id).run();
    if (m_db.changes() == 0)
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID %1.").arg(id));
    tx.commit();
}

std::optional<ItemType> Repository::typeOf(const QString &id)
{
    auto q = m_db.prepare("SELECT type FROM entities WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return typeFromName(q.text(0));
}

std::optional<Item> Repository::findItem(const QString &id)
{
    auto e = m_db.prepare("SELECT type, sources FROM entities WHERE id = ?1");
    e.bind(1, id);
    if (!e.next())
        return std::nullopt;
    const auto type = typeFromName(e.text(0));
    if (!type)
        return std::nullopt;
    Item item;
    item.type = *type;
    item.id = id;
    for (const QJsonValue &s : QJsonDocument::fromJson(e.text(1).toUtf8()).array())
        item.sources.append(s.toString());
    const QByteArray sql = selectSql(*type);
    auto q = m_db.prepare(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    int column = 0;
    for (const Field &f : fieldsOf(*type)) {
        const QJsonValue v = jsonValue(f, q, column++);
        if (f.kind == FieldKind::CslItem)
            item.fields = v.toObject();
        else if (!v.isUndefined())
            jsonpath::set(item.fields, QString::fromLatin1(f.key), v);
    }
    item.aliases = aliases(id);
    return item;
}

Item Repository::item(const QString &id)
{
    auto found = findItem(id);
    if (!found)
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID %1.").arg(id));
    return *std::move(found);
}

QStringList Repository::itemIds(ItemType type)
{
    auto q = m_db.prepare("SELECT id FROM entities WHERE type = ?1 ORDER BY id");
    q.bind(1, typeName(type));
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    return ids;
}

QString Repository::resolve(const QString &idOrAlias)
{
    const QString key = idOrAlias.trimmed();
    if (key.isEmpty())
        return {};
    if (typeOf(key))
        return key;
    auto q = m_db.prepare("SELECT entity_id FROM aliases WHERE alias = ?1 "
                          "UNION ALL SELECT entity_id FROM aliases WHERE lower(alias) = lower(?1) "
                          "UNION ALL SELECT id FROM concepts WHERE name_zh = ?1 OR lower(name_en) = lower(?1) "
                          "UNION ALL SELECT id FROM refs WHERE citation_key = ?1 LIMIT 1");
    q.bind(1, key);
    return q.next() ? q.text(0) : QString();
}

QString Repository::title(const QString &id)
{
    auto q = m_db.prepare("SELECT e.type, coalesce(m.name_en, c.name_en, d.title_en, r.title, n.title, s.text), "
                          "       coalesce(m.name_zh, c.name_zh, d.title_zh, '') "
                          "FROM entities e LEFT JOIN milestones m ON m.id = e.id LEFT JOIN concepts c ON c.id = e.id "
                          "LEFT JOIN documents d ON d.id = e.id LEFT JOIN refs r ON r.id = e.id "
                          "LEFT JOIN notes n ON n.id = e.id LEFT JOIN statements s ON s.id = e.id WHERE e.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return {};
    QString en = q.text(1);
    const QString zh = q.text(2);
    if (en.size() > 120)
        en = en.left(119) + QChar(0x2026);
    if (en.isEmpty())
        return zh.isEmpty() ? id : zh;
    return zh.isEmpty() ? en : QStringLiteral("%1 · %2").arg(en, zh);
}

QList<Alias> Repository::aliases(const QString &id)
{
    auto q = m_db.prepare("SELECT alias, language FROM aliases WHERE entity_id = ?1 ORDER BY language DESC, alias");
    q.bind(1, id);
    QList<Alias> list;
    while (q.next())
        list.append({ q.text(0), q.text(1) });
    return list;
}

std::int64_t Repository::addLink(const Link &link)
{
    auto q = m_db.prepare("INSERT INTO links (source_id, target_id, relation, origin, note, position, span_start, "
                          "span_end, matched, rejected) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    auto opt = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    q.bindAll(link.sourceId, link.targetId, relationName(link.relation), originName(link.origin),
        link.note.isNull() ? QStringLiteral("") : link.note, opt(link.position), opt(link.spanStart), opt(link.spanEnd),
        link.matched.isEmpty() ? QVariant() : QVariant(link.matched), link.rejected ? 1 : 0);
    try {
        q.run();
    } catch (const Error &e) {
        throw Error(e.code(),
            QStringLiteral("Cannot link %1 to %2 (%3): %4")
                .arg(link.sourceId, link.targetId, relationName(link.relation), e.message()));
    }
    auto id = m_db.prepare("SELECT last_insert_rowid()");
    return id.next() ? id.integer(0) : 0;
}

void Repository::removeLink(std::int64_t rowId)
{
    auto q = m_db.prepare("DELETE FROM links WHERE id = ?1");
    q.bind(1, rowId).run();
}

void Repository::rejectLink(std::int64_t rowId)
{
    auto q = m_db.prepare("UPDATE links SET rejected = 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id "
                          "= ?1 AND origin = 'auto'");
    q.bind(1, rowId).run();
    if (m_db.changes() == 0)
        throw Error(ErrorCode::NotFound, QStringLiteral("No automatic link with number %1.").arg(rowId));
}

void Repository::unrejectLink(std::int64_t rowId)
{
    auto q = m_db.prepare(
        "UPDATE links SET rejected = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    q.bind(1, rowId).run();
}

#define PLENUM_LINK_COLUMNS                                                                                            \
    "id, source_id, target_id, relation, origin, note, position, span_start, span_end, matched, rejected"

QList<Link> Repository::outgoingLinks(const QString &id)
{
    auto q = m_db.prepare("SELECT " PLENUM_LINK_COLUMNS " FROM links WHERE source_id = ?1 "
                          "ORDER BY relation, position, target_id, span_start");
    q.bind(1, id);
    QList<Link> list;
    while (q.next())
        list.append(readLink(q));
    return list;
}

QList<Link> Repository::linksBetween(const QString &source, const QString &target)
{
    auto q
        = m_db.prepare("SELECT " PLENUM_LINK_COLUMNS " FROM links WHERE source_id = ?1 AND target_id = ?2 ORDER BY id");
    q.bindAll(source, target);
    QList<Link> list;
    while (q.next())
        list.append(readLink(q));
    return list;
}

QList<Link> Repository::backlinks(const QString &id)
{
    auto q = m_db.prepare("SELECT " PLENUM_LINK_COLUMNS " FROM links WHERE target_id = ?1 "
                          "ORDER BY relation, source_id, span_start");
    q.bind(1, id);
    QList<Link> list;
    while (q.next())
        list.append(readLink(q));
    return list;
}

QList<Milestone> Repository::milestones()
{
    auto q = m_db.prepare(
        "SELECT id, kind, coalesce(term, 0), coalesce(session, 0), name_en, name_zh, start_date, "
        "end_date, summary_en, summary_zh, coalesce(verification_status, ''), verification_evidence FROM milestones "
        "ORDER BY start_date IS NULL, start_date, id");
    QList<Milestone> list;
    while (q.next()) {
        list.append({ q.text(0), milestoneKindFromName(q.text(1)).value_or(MilestoneKind::OtherEvent),
            static_cast<int>(q.integer(2)), static_cast<int>(q.integer(3)), q.text(4), q.text(5), q.text(6), q.text(7),
            q.text(8), q.text(9), q.text(10), q.text(11) });
    }
    return list;
}

Counts Repository::counts()
{
    // Each kind's own table, which holds one row per item of the kind (its id references the
    // entity): SQLite counts a whole table from its pages without reading a row. Grouping the
    // entities by type read every row, 180 ms at a million statements, at every change the window
    // showed.
    auto q = m_db.prepare("SELECT (SELECT count(*) FROM milestones), (SELECT count(*) FROM documents),"
                          " (SELECT count(*) FROM statements), (SELECT count(*) FROM refs),"
                          " (SELECT count(*) FROM concepts), (SELECT count(*) FROM notes)");
    Counts c;
    if (q.next()) {
        c.milestones = q.integer(0);
        c.documents = q.integer(1);
        c.statements = q.integer(2);
        c.references = q.integer(3);
        c.concepts = q.integer(4);
        c.notes = q.integer(5);
    }
    auto l = m_db.prepare("SELECT count(*) FROM links WHERE rejected = 0");
    if (l.next())
        c.links = l.integer(0);
    return c;
}

} // namespace plenum::core
