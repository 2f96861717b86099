#include "team/bulkpull.h"

#include "facade/knowledgebase.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "team/objectdata.h"

#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace plenum::core::team {

std::int64_t journalEnd(Database &db)
{
    auto q = db.prepare("SELECT coalesce(max(seq), 0) FROM changes");
    return q.next() ? q.integer(0) : 0;
}

bool bulkJoinAllowed(KnowledgeBase &kb, const Settings &s)
{
    if (s.libraryVersion != 0 || !s.pendingPushId.isEmpty())
        return false;
    auto q = kb.database().prepare(
        "SELECT NOT EXISTS (SELECT 1 FROM sync_conflicts) AND NOT EXISTS (SELECT 1 FROM entities e WHERE NOT EXISTS "
        "(SELECT 1 FROM sync_base b WHERE b.entity_id = e.id))");
    return q.next() && q.integer(0) != 0;
}

namespace {

/// Whether every object of PAGE is new here: no item, no sync_base row, no second copy in PAGE.
bool allNew(Database &db, const QList<RemoteObject> &page)
{
    QSet<QString> seen;
    seen.reserve(page.size());
    auto known = db.prepare("SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?1) "
                            "OR EXISTS (SELECT 1 FROM sync_base WHERE entity_id = ?1)");
    for (const RemoteObject &r : page) {
        if (seen.contains(r.id))
            return false;
        seen.insert(r.id);
        known.bind(1, r.id);
        const bool exists = known.next() && known.integer(0) != 0;
        known.reset();
        if (exists)
            return false;
    }
    return true;
}

} // namespace

bool applyPageInBulk(KnowledgeBase &kb, const PullPage &pulled, Settings &s)
{
    Database &db = kb.database();
    Repository &repo = kb.repository();
    const QList<RemoteObject> &page = pulled.objects;
    const std::vector<CheckedObject> &checked = pulled.checked;
    if (!allNew(db, page))
        return false;
    const std::int64_t before = journalEnd(db);
    for (qsizetype i = 0; i < page.size(); ++i)
        if (!page.at(i).deleted)
            insertObject(repo, page.at(i).id, checked[static_cast<std::size_t>(i)]);
    std::vector<bool> linksPending(checked.size(), false);
    for (qsizetype i = 0; i < page.size(); ++i) // every item of the page exists now: fewer links wait
        if (!page.at(i).deleted)
            linksPending[static_cast<std::size_t>(i)]
                = addLinks(repo, page.at(i).id, checked[static_cast<std::size_t>(i)].record.links) > 0;
    const std::int64_t end = journalEnd(db);
    auto base = db.prepare("INSERT INTO sync_base(entity_id, version, deleted, data, seq, links_pending) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (qsizetype i = 0; i < page.size(); ++i) {
        const RemoteObject &r = page.at(i);
        base.bind(1, r.id).bind(2, r.version).bind(3, r.deleted ? 1 : 0);
        r.deleted ? base.bindNull(4) : base.bind(4, QString::fromUtf8(r.data));
        base.bind(5, end).bind(6, linksPending[static_cast<std::size_t>(i)] ? 1 : 0).run();
        base.reset();
    }
    if (s.pushedSeq == before) // the page's journal rows are the pull's own: nothing to push
        s.pushedSeq = end;
    return true;
}

QStringList completeUntouchedLinks(Repository &repo, bool &converged)
{
    Database &db = repo.database();
    auto q = db.prepare("SELECT b.entity_id, b.data, NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_id = "
                        "b.entity_id AND c.seq > b.seq) FROM sync_base b WHERE b.links_pending = 1 AND b.deleted = 0");
    struct Pending {
        QString id;
        QByteArray data;
    };
    std::vector<Pending> untouched;
    QStringList others;
    while (q.next()) {
        if (q.integer(2) != 0 && repo.typeOf(q.text(0)))
            untouched.push_back({ q.text(0), q.blob(1) });
        else
            others << q.text(0);
    }
    converged = true;
    QStringList complete;
    for (const Pending &p : untouched) {
        // As written by the pull: only links are missing, so adding those whose target is there
        // now gives what applying the object again would give.
        const CheckedObject object = checkedObject(p.id, QJsonDocument::fromJson(p.data).object());
        if (addLinks(repo, p.id, object.record.links) == 0)
            complete << p.id;
        else
            converged = false;
    }
    const std::int64_t end = journalEnd(db);
    auto agreed = db.prepare("UPDATE sync_base SET seq = ?1 WHERE entity_id = ?2");
    for (const QString &id : complete) { // now the server's object exactly: nothing to push
        agreed.bind(1, end).bind(2, id).run();
        agreed.reset();
    }
    return others;
}

} // namespace plenum::core::team
