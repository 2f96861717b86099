#include "team/syncengine.h"

#include "facade/knowledgebase.h"
#include "model/error.h"
#include "model/resourcetext.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "team/bulkpull.h"
#include "team/merge.h"
#include "team/objectdata.h"
#include "team/pagefetcher.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace plenum::core::team {

namespace {

QString optText(const Query &q, int column)
{
    return q.isNull(column) ? QString() : q.text(column);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A field value as stored in sync_conflicts: wrapped in an array so scalars survive; NULL when absent.
QVariant storedValue(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
}

struct Base {
    bool exists = false, deleted = false;
    QJsonObject data;
};

Base readBase(Database &db, const QString &id)
{
    auto q = db.prepare("SELECT deleted, data FROM sync_base WHERE entity_id = ?1");
    q.bind(1, id);
    Base b;
    if (q.next()) {
        b.exists = true;
        b.deleted = q.integer(0) != 0;
        b.data = parseObject(q.blob(1));
    }
    return b;
}

void writeBase(
    Database &db, const QString &id, std::int64_t version, bool deleted, const QByteArray &data, std::int64_t seq)
{
    auto q = db.prepare(
        "INSERT OR REPLACE INTO sync_base(entity_id, version, deleted, data, seq) VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, id).bind(2, version).bind(3, deleted ? 1 : 0);
    if (deleted)
        q.bindNull(4);
    else
        q.bind(4, QString::fromUtf8(data));
    q.bind(5, seq).run();
}

void addConflict(Database &db, const QString &id, const QString &field, const QString &kind, const QVariant &base,
    const QVariant &local, const QVariant &remote, const QString &merged, std::int64_t version,
    const QByteArray &remoteData)
{
    auto q = db.prepare("INSERT OR REPLACE INTO sync_conflicts(entity_id, field, kind, base, local, remote, merged, "
                        "remote_version, remote_data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bind(1, id).bind(2, field).bind(3, kind).bind(4, base).bind(5, local).bind(6, remote).bind(7, merged);
    q.bind(8, version).bind(9, QString::fromUtf8(remoteData)).run();
}

using Remote = RemoteObject;

/// Applies one remote object to the local copy, three-way against sync_base. Returns the number
/// of new conflicts; CONVERGED tells whether the local item now equals the server's.
std::int64_t applyRemote(Repository &repo, const Remote &r, bool &converged)
{
    Database &db = repo.database();
    const QJsonObject remote = r.deleted ? QJsonObject() : parseObject(r.data);
    if (!isValidEntityId(r.id))
        throw Error(ErrorCode::InvalidData, QStringLiteral("The team server sent an object with an invalid ID."));
    if (!r.deleted)
        checkShape(r.id, r.type, remote, r.data.size()); // applyObject() checks the fields before writing
    const Base base = readBase(db, r.id);
    const auto local = snapshot(repo, r.id);
    const bool baseLive = base.exists && !base.deleted;
    const bool unchanged = local ? (baseLive && base.data == *local) : !baseLive;
    // The server's object is the one already agreed (our own push coming back, say): only the local
    // side changed, and it stays as it is, to be pushed.
    const bool remoteAsBase = base.exists && (base.deleted ? r.deleted : !r.deleted && remote == base.data);
    if (!unchanged && !r.deleted)
        validateRemote(r.id, r.type, remote); // kept in a conflict or merged: checked before either
    std::int64_t found = 0;
    bool linksPending = false;
    converged = unchanged || (local ? !r.deleted && *local == remote : r.deleted);
    if (remoteAsBase && !unchanged) {
        // nothing to apply; sync_base takes the version below
    } else if (unchanged) { // no local edit: take the server's
        if (r.deleted)
            deleteObject(repo, r.id);
        else if (applyObject(repo, r.id, remote) > 0)
            linksPending = true;
    } else if (r.deleted && local) {
        addConflict(db, r.id, QStringLiteral("*"), QStringLiteral("edit-delete"), {},
            QString::fromUtf8(compact(*local)), {}, {}, r.version, {});
        found = 1;
    } else if (!local && !r.deleted) {
        addConflict(db, r.id, QStringLiteral("*"), QStringLiteral("delete-edit"),
            baseLive ? QVariant(QString::fromUtf8(compact(base.data))) : QVariant(), {}, QString::fromUtf8(r.data), {},
            r.version, r.data);
        found = 1;
    } else if (local && !r.deleted && *local != remote) {
        const MergeResult m = mergeObjects(baseLive ? base.data : QJsonObject(), *local, remote);
        if (m.merged != *local && applyObject(repo, r.id, m.merged) > 0)
            linksPending = true;
        converged = m.merged == remote;
        for (const FieldConflict &c : m.conflicts)
            addConflict(db, r.id, c.field, QStringLiteral("edit-edit"), storedValue(c.base), storedValue(c.local),
                storedValue(c.remote), c.merged, r.version, r.data);
        found = m.conflicts.size();
    }
    writeBase(db, r.id, r.version, r.deleted, r.data, 0);
    if (linksPending) {
        auto mark = db.prepare("UPDATE sync_base SET links_pending = 1 WHERE entity_id = ?1");
        mark.bind(1, r.id).run();
    }
    return found;
}

/// Links skipped because their target had not arrived yet: made now that the pull is complete,
/// for items still as the server has them apart from those links. When S.pushedSeq was the
/// journal's end and every such item is now whole, it moves past these writes.
void completeLinks(Repository &repo, Settings &s)
{
    Database &db = repo.database();
    const std::int64_t before = journalEnd(db);
    bool converged = true;
    const QStringList ids = completeUntouchedLinks(repo, converged); // the rest: edited meanwhile
    const auto withoutLinks = [](QJsonObject o) {
        o.remove(QStringLiteral("links"));
        return o;
    };
    for (const QString &id : ids) {
        const Base base = readBase(db, id);
        const auto local = snapshot(repo, id);
        if (local && !base.deleted && withoutLinks(*local) == withoutLinks(base.data) && *local != base.data)
            applyObject(repo, id, base.data);
    }
    db.exec("UPDATE sync_base SET links_pending = 0 WHERE links_pending = 1");
    if (converged && ids.isEmpty() && s.pushedSeq == before)
        s.pushedSeq = journalEnd(db);
}

/// Applies BATCH in the open transaction; items that now equal the server's are marked as the
/// pull's own writes, so they are never pushed back. BULK: try the first-join bulk path first
/// (cleared when a page cannot take it). Returns the objects written in bulk.
qsizetype applyPage(KnowledgeBase &kb, const PullPage &page, Settings &s, bool &bulk, qint64 &conflicts)
{
    const QList<Remote> &batch = page.objects;
    if (bulk && applyPageInBulk(kb, page, s))
        return batch.size();
    bulk = false; // an object known here: the careful path from now on
    QStringList converged;
    for (const Remote &r : batch) {
        bool same = false;
        conflicts += applyRemote(kb.repository(), r, same);
        if (same)
            converged << r.id;
    }
    const std::int64_t end = journalEnd(kb.database());
    auto mark = kb.database().prepare("UPDATE sync_base SET seq = ?1 WHERE entity_id = ?2");
    for (const QString &id : converged) {
        mark.bind(1, end).bind(2, id).run();
        mark.reset();
    }
    return 0;
}

/// The server schema's version, MISSING when the database has none.
std::int64_t serverSchemaVersion(PgConnection &conn, std::int64_t missing)
{
    if (conn.exec("SELECT to_regclass('plenum.schema_version') IS NULL").text(0, 0) == QLatin1String("t"))
        return missing;
    return conn.exec("SELECT max(version) FROM plenum.schema_version").integer(0, 0);
}

} // namespace

std::optional<Settings> readSettings(KnowledgeBase &kb)
{
    auto q = kb.database().prepare(
        "SELECT url, library, member, role, library_id, library_version, pull_version, pull_entity, pushed_seq, "
        "pending_push_id, pending_push_seq, pending_push_data, last_sync, last_error FROM team_settings WHERE id = 1");
    if (!q.next())
        return std::nullopt;
    Settings s;
    s.url = q.text(0);
    s.library = q.text(1);
    s.member = q.text(2);
    s.role = q.text(3);
    s.libraryId = q.integer(4);
    s.libraryVersion = q.integer(5);
    s.pullVersion = q.integer(6);
    s.pullEntity = q.text(7);
    s.pushedSeq = q.integer(8);
    s.pendingPushId = optText(q, 9);
    s.pendingPushSeq = q.integer(10);
    s.pendingPushData = q.blob(11);
    s.lastSync = optText(q, 12);
    s.lastError = q.text(13);
    return s;
}

void writeSettings(KnowledgeBase &kb, const Settings &s)
{
    auto q = kb.database().prepare(
        "INSERT OR REPLACE INTO team_settings(id, url, library, member, role, library_id, library_version, "
        "pull_version, pull_entity, pushed_seq, pending_push_id, pending_push_seq, pending_push_data, last_sync, "
        "last_error) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    q.bindAll(
        s.url, s.library, s.member, s.role, s.libraryId, s.libraryVersion, s.pullVersion, s.pullEntity, s.pushedSeq);
    s.pendingPushId.isEmpty() ? q.bindNull(10) : q.bind(10, s.pendingPushId);
    q.bind(11, s.pendingPushSeq);
    s.pendingPushId.isEmpty() ? q.bindNull(12) : q.bind(12, QString::fromUtf8(s.pendingPushData));
    s.lastSync.isEmpty() ? q.bindNull(13) : q.bind(13, s.lastSync);
    q.bind(14, s.lastError).run();
}

void pull(KnowledgeBase &kb, PgConnection &conn, Settings &s, SyncReport &report, Progress *progress)
{
    const PgResult head = conn.exec(
        "SELECT version, (SELECT count(*) FROM plenum.objects WHERE library_id = $1 "
        "AND (version > $2 OR (version = $2 AND $3 <> '' AND entity_id > $3))) FROM plenum.libraries WHERE id = $1",
        { QByteArray::number(s.libraryId), QByteArray::number(s.pullVersion), s.pullEntity.toUtf8() });
    if (head.rows() != 1)
        throw Error(ErrorCode::ReadOnly,
            QStringLiteral("The team server no longer lets %1 read the library %2.").arg(s.member, s.library));
    const std::int64_t serverVersion = head.integer(0, 0), total = head.integer(0, 1);
    std::int64_t done = 0;
    Repository &repo = kb.repository();
    // Local commits fall only between versions: an interrupted pull leaves the knowledge base as
    // the library was at some version (plus local edits), never half of one member's push.
    std::optional<Transaction> tx;
    bool bulk = total > 0 && bulkJoinAllowed(kb, s);
    {
        PageFetcher fetcher(conn, s.libraryId, s.pullVersion, s.pullEntity); // reads ahead on its own thread
        for (;;) {
            if (progress)
                reportProgress(*progress, done, total, "team sync");
            std::optional<PullPage> page = fetcher.next();
            if (!page)
                break;
            if (!tx)
                tx.emplace(kb.database());
            report.pulledInBulk += applyPage(kb, *page, s, bulk, report.conflicts);
            s.pullVersion = page->objects.back().version;
            s.pullEntity = page->objects.back().id;
            writeSettings(kb, s);
            if (page->complete) {
                tx->commit();
                tx.reset();
            }
            done += page->objects.size(); // a short page is not the end (pages are bounded in bytes too)
        }
    }
    if (tx)
        tx->commit();
    Transaction last(kb.database());
    completeLinks(repo, s);
    s.libraryVersion = std::max({ s.libraryVersion, s.pullVersion, serverVersion });
    s.pullVersion = s.libraryVersion;
    s.pullEntity.clear();
    writeSettings(kb, s);
    last.commit();
    if (progress)
        reportProgress(*progress, total, total, "team sync");
    report.pulled += done;
}

namespace {

constexpr qsizetype kPushChunk = 5000;

/// Items that may differ from what the server has: journaled since the last push and not yet
/// agreed (sync_base.seq), none in conflict; EVERYTHING: every item (team create).
QStringList candidateIds(KnowledgeBase &kb, const Settings &s, bool everything)
{
    Database &db = kb.database();
    auto q = everything
        ? db.prepare("SELECT id FROM entities ORDER BY id")
        : db.prepare("SELECT c.entity_id FROM changes c LEFT JOIN sync_base b ON b.entity_id = c.entity_id "
                     "WHERE c.seq > ?1 AND c.entity_id NOT IN (SELECT entity_id FROM sync_conflicts) "
                     "GROUP BY c.entity_id HAVING max(c.seq) > coalesce(max(b.seq), 0) ORDER BY 1");
    if (!everything)
        q.bind(1, s.pushedSeq);
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

/// The push entries of the IDS that differ from sync_base.
QJsonArray changesOf(KnowledgeBase &kb, const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids) {
        if (!isValidEntityId(id))
            continue;
        const auto local = snapshot(kb.repository(), id);
        const Base base = readBase(kb.database(), id);
        const bool baseLive = base.exists && !base.deleted;
        if (local ? (baseLive && base.data == *local) : !baseLive)
            continue;
        QJsonObject change { { QStringLiteral("entity_id"), id } };
        change.insert(QStringLiteral("type"), (local ? *local : base.data).value(QStringLiteral("type")));
        change.insert(QStringLiteral("deleted"), !local);
        if (local)
            change.insert(QStringLiteral("data"), *local);
        out.append(change);
    }
    return out;
}

/// Records CHANGES as the pending push (before sending: a cut connection is retried with the same
/// id); acknowledging it moves pushed_seq to SEQ.
void recordPush(KnowledgeBase &kb, Settings &s, const QJsonArray &changes, std::int64_t seq)
{
    Transaction tx(kb.database());
    s.pendingPushId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.pendingPushSeq = seq;
    s.pendingPushData = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    writeSettings(kb, s);
    tx.commit();
}

/// Sends the pending push; on success sync_base takes what was sent. Returns the objects sent
/// (0 with STALE set when the server had newer versions of some).
std::int64_t sendPending(KnowledgeBase &kb, PgConnection &conn, Settings &s, bool &stale)
{
    Database &db = kb.database();
    const PgResult res = conn.exec("SELECT plenum.push($1, $2, $3, $4::jsonb)::text",
        { QByteArray::number(s.libraryId), QByteArray::number(s.libraryVersion), s.pendingPushId.toUtf8(),
            s.pendingPushData });
    const QJsonObject answer = parseObject(res.bytes(0, 0));
    const QJsonArray sent = QJsonDocument::fromJson(s.pendingPushData).array();
    Transaction tx(db);
    stale = answer.value(QStringLiteral("status")).toString() != QLatin1String("ok");
    if (!stale) {
        const std::int64_t version = answer.value(QStringLiteral("version")).toInteger();
        for (const QJsonValue &v : sent) {
            const QJsonObject c = v.toObject();
            writeBase(db, c.value(QStringLiteral("entity_id")).toString(), version,
                c.value(QStringLiteral("deleted")).toBool(), compact(c.value(QStringLiteral("data")).toObject()),
                s.pendingPushSeq);
        }
        if (version == s.libraryVersion + 1) // nobody else pushed in between: nothing to pull up to here
            s.libraryVersion = s.pullVersion = version;
        s.pushedSeq = std::max(s.pushedSeq, s.pendingPushSeq);
    }
    s.pendingPushId.clear(); // a stale push was neither applied nor recorded: computed afresh next time
    s.pendingPushData.clear();
    writeSettings(kb, s);
    tx.commit();
    return stale ? 0 : sent.size();
}

} // namespace

QJsonArray pendingChanges(KnowledgeBase &kb, const Settings &s, bool everything)
{
    return changesOf(kb, candidateIds(kb, s, everything));
}

qint64 push(KnowledgeBase &kb, PgConnection &conn, Settings &s, bool everything, bool &stale, Progress *progress)
{
    stale = false;
    if (!s.pendingPushId.isEmpty())
        return sendPending(kb, conn, s, stale);
    const std::int64_t seq = journalEnd(kb.database());
    const QStringList ids = candidateIds(kb, s, everything);
    qint64 pushed = 0;
    // Pushes of at most 5,000 items, each its own version; pushed_seq moves with the last one only,
    // so a push cut between chunks leaves the rest pending.
    for (qsizetype from = 0; from < ids.size() || from == 0; from += kPushChunk) {
        const bool last = from + kPushChunk >= ids.size();
        const QJsonArray changes = changesOf(kb, ids.mid(from, kPushChunk));
        if (changes.isEmpty() && !last)
            continue;
        if (changes.isEmpty()) {
            Transaction tx(kb.database());
            s.pushedSeq = seq;
            writeSettings(kb, s);
            tx.commit();
            break;
        }
        recordPush(kb, s, changes, last ? seq : s.pushedSeq);
        pushed += sendPending(kb, conn, s, stale);
        if (stale)
            break;
        if (progress && !last) // between two pushes: each is complete on both sides
            reportProgress(*progress, from + kPushChunk, ids.size(), "team sync");
    }
    return pushed;
}

void checkServerSchema(PgConnection &conn, const QString &where)
{
    const std::int64_t version = serverSchemaVersion(conn, -1);
    if (version < 0)
        throw Error(ErrorCode::NotFound,
            QStringLiteral("The server %1 holds no team libraries (create one with "
                           "`plenum-cli team create`).")
                .arg(where));
    if (version > kServerSchemaVersion)
        throw Error(ErrorCode::NewerVersion,
            QStringLiteral("The team server %1 uses schema version %2, newer than this Plenum knows (%3): "
                           "update Plenum.")
                .arg(where)
                .arg(version)
                .arg(kServerSchemaVersion));
}

void migrateServer(PgConnection &conn)
{
    conn.exec("BEGIN");
    conn.exec("SELECT pg_advisory_xact_lock(18001800)"); // two creates at once: one migrates
    const std::int64_t version = serverSchemaVersion(conn, 0);
    if (version > kServerSchemaVersion) {
        conn.exec("ROLLBACK");
        checkServerSchema(conn, conn.server());
    }
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/plenum/sql/team"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch() && m.captured(1).toInt() > version)
            conn.execScript(resourceText(dir.filePath(file)).toUtf8());
    }
    conn.exec("COMMIT");
}

} // namespace plenum::core::team
