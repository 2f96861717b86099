#include "team/teamsync.h"

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

void TeamSync::resolve(const QString &entityId, const QString &field, Choice choice, const QString &merged)
{
    auto kb = KnowledgeBase::open(m_kbPath, false, KnowledgeBase::Content::Empty);
    Database &db = kb->database();
    Transaction tx(db);
    auto q
        = db.prepare("SELECT kind, local, remote, remote_data FROM sync_conflicts WHERE entity_id = ?1 AND field = ?2");
    q.bind(1, entityId).bind(2, field);
    if (!q.next())
        throw Error(
            ErrorCode::NotFound, QStringLiteral("There is no conflict on field “%1” of %2.").arg(field, entityId));
    const Row row { q.text(0), q.value(1), q.value(2), q.blob(3) };
    if (field == QLatin1String("*"))
        resolveWholeItem(kb->repository(), entityId, row, choice);
    else
        resolveField(kb->repository(), entityId, field, row, choice, merged);
    auto del = db.prepare("DELETE FROM sync_conflicts WHERE entity_id = ?1 AND field = ?2");
    del.bind(1, entityId).bind(2, field).run();
    // Journal the item again so the next push compares it with the server's version.
    auto journal = db.prepare("INSERT INTO changes(entity_id) VALUES (?1)");
    journal.bind(1, entityId).run();
    tx.commit();
}

} // namespace plenum::core::team
