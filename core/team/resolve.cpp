#include "team/resolve.h"

#include "facade/knowledgebase.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "team/objectdata.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core::team {

namespace {

struct Row {
    QString kind;
    QVariant local, remote;
    QByteArray remoteData;
};

QJsonValue storedToJson(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray a = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Undefined) : a.first();
}

void resolveWholeItem(Repository &repo, const QString &id, const Row &row, Choice choice)
{
    if (choice == Choice::Merged)
        throw Error(ErrorCode::Usage, QStringLiteral("A deleted item has no merged version: choose local or remote."));
    if (choice == Choice::Local)
        return; // the local state (deleted, or edited) is pushed by the next sync
    if (row.kind == QLatin1String("delete-edit"))
        applyObject(repo, id, QJsonDocument::fromJson(row.remoteData).object());
    else
        deleteObject(repo, id);
}

void resolveField(
    Repository &repo, const QString &id, const QString &field, const Row &row, Choice choice, const QString &merged)
{
    const auto local = snapshot(repo, id);
    if (!local)
        throw Error(ErrorCode::NotFound, QStringLiteral("The item %1 no longer exists here.").arg(id));
    QJsonObject object = *local;
    const QJsonValue value = choice == Choice::Merged ? QJsonValue(merged)
        : choice == Choice::Local                     ? storedToJson(row.local)
                                                      : storedToJson(row.remote);
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);
    validateRemote(id, object.value(QStringLiteral("type")).toString(), object);
    applyObject(repo, id, object);
}

} // namespace

namespace {

std::optional<StoredConflict> findConflict(Database &db, const QString &entityId, const QString &field)
{
    auto q = db.prepare("SELECT kind, base, local, remote, merged, remote_version, remote_data FROM sync_conflicts "
                        "WHERE entity_id = ?1 AND field = ?2");
    q.bind(1, entityId).bind(2, field);
    if (!q.next())
        return std::nullopt;
    return StoredConflict { entityId, field, q.text(0), q.value(1), q.value(2), q.value(3), q.text(4), q.integer(5),
        q.value(6) };
}

void writeConflict(Database &db, const StoredConflict &c)
{
    auto q = db.prepare("INSERT OR REPLACE INTO sync_conflicts(entity_id, field, kind, base, local, remote, merged, "
                        "remote_version, remote_data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, c.entityId).bind(2, c.field).bind(3, c.kind).bind(4, c.base).bind(5, c.local).bind(6, c.remote);
    q.bind(7, c.merged).bind(8, static_cast<std::int64_t>(c.remoteVersion)).bind(9, c.remoteData).run();
}

void deleteConflict(Database &db, const QString &entityId, const QString &field)
{
    auto del = db.prepare("DELETE FROM sync_conflicts WHERE entity_id = ?1 AND field = ?2");
    del.bind(1, entityId).bind(2, field).run();
}

// Journals the item again so the next push compares it with the server's version (a choice that
// left the item as it was writes nothing the triggers would see).
void journal(Database &db, const QString &entityId)
{
    auto q = db.prepare("INSERT INTO changes(entity_id) VALUES (?1)");
    q.bind(1, entityId).run();
}

// What a sync changes for ENTITY_ID: its sync_base row (a pull or an acknowledged push rewrites
// it) and whether the push stored for sending again holds it.
QString syncMark(Database &db, const QString &entityId)
{
    auto base = db.prepare("SELECT version, deleted, coalesce(data, '') FROM sync_base WHERE entity_id = ?1");
    base.bind(1, entityId);
    QString mark = base.next() ? QStringLiteral("%1:%2:%3").arg(base.integer(0)).arg(base.integer(1)).arg(base.text(2))
                               : QStringLiteral("none");
    auto pending
        = db.prepare("SELECT pending_push_data FROM team_settings WHERE id = 1 AND pending_push_id IS NOT NULL");
    if (pending.next()) {
        const QJsonArray changes = QJsonDocument::fromJson(pending.blob(0)).array();
        for (const QJsonValue &c : changes)
            if (c.toObject().value(QStringLiteral("entity_id")).toString() == entityId)
                mark += QStringLiteral(":in-flight");
    }
    return mark;
}

void makeItem(Repository &repo, const QString &id, const std::optional<QJsonObject> &object)
{
    if (object)
        applyObject(repo, id, *object);
    else
        deleteObject(repo, id);
}

} // namespace

Resolution resolveConflict(
    Repository &repo, const QString &entityId, const QString &field, Choice choice, const QString &merged)
{
    Database &db = repo.database();
    Transaction tx(db);
    Resolution done;
    const auto found = findConflict(db, entityId, field);
    if (!found)
        throw Error(
            ErrorCode::NotFound, QStringLiteral("There is no conflict on field “%1” of %2.").arg(field, entityId));
    done.conflict = *found;
    done.before = snapshot(repo, entityId);
    done.syncMark = syncMark(db, entityId);
    const StoredConflict &c = done.conflict;
    const Row row { c.kind, c.local, c.remote, c.remoteData.toString().toUtf8() };
    if (field == QLatin1String("*"))
        resolveWholeItem(repo, entityId, row, choice);
    else
        resolveField(repo, entityId, field, row, choice, merged);
    deleteConflict(db, entityId, field);
    journal(db, entityId);
    done.after = snapshot(repo, entityId);
    tx.commit();
    return done;
}

bool unresolveConflict(Repository &repo, const Resolution &resolution)
{
    Database &db = repo.database();
    Transaction tx(db);
    const QString &id = resolution.conflict.entityId;
    const bool untouched = syncMark(db, id) == resolution.syncMark;
    makeItem(repo, id, resolution.before);
    if (untouched)
        writeConflict(db, resolution.conflict);
    journal(db, id);
    tx.commit();
    return untouched;
}

bool reresolveConflict(Repository &repo, const Resolution &resolution)
{
    Database &db = repo.database();
    Transaction tx(db);
    const StoredConflict &was = resolution.conflict;
    // The conflict that unresolveConflict() put back, not one a later sync found (nor none: resolved
    // meanwhile with plenum-cli team resolve); else the value is made again as an edit.
    const auto now = findConflict(db, was.entityId, was.field);
    const bool back = now && syncMark(db, was.entityId) == resolution.syncMark && now->kind == was.kind
        && now->remoteVersion == was.remoteVersion && now->remote == was.remote;
    makeItem(repo, was.entityId, resolution.after);
    if (back)
        deleteConflict(db, was.entityId, was.field);
    journal(db, was.entityId);
    tx.commit();
    return back;
}

void TeamSync::resolve(const QString &entityId, const QString &field, Choice choice, const QString &merged)
{
    auto kb = KnowledgeBase::open(m_kbPath, false, KnowledgeBase::Content::Empty);
    resolveConflict(kb->repository(), entityId, field, choice, merged);
}

} // namespace plenum::core::team
