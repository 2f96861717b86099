#include "storage/itemsnapshot.h"

#include "storage/repository.h"

namespace plenum::core {

ItemSnapshot snapshotItem(Repository &repo, const QString &id)
{
    ItemSnapshot s { repo.item(id), repo.outgoingLinks(id), repo.backlinks(id), {} };
    auto q = repo.database().prepare("SELECT import_hash FROM entities WHERE id = ?1");
    q.bind(1, id);
    if (q.next())
        s.importHash = q.text(0);
    return s;
}

void restoreItem(Repository &repo, const ItemSnapshot &snapshot)
{
    Transaction tx(repo.database());
    repo.createItem(snapshot.item);
    // Keeps a restored bundled item recognisable as unedited bundled content.
    auto hash = repo.database().prepare("UPDATE entities SET import_hash = ?2 WHERE id = ?1");
    hash.bindAll(snapshot.item.id, snapshot.importHash.isEmpty() ? QVariant() : QVariant(snapshot.importHash)).run();
    for (const QList<Link> *links : { &snapshot.outgoing, &snapshot.incoming })
        for (const Link &l : *links) {
            const QString other = l.sourceId == snapshot.item.id ? l.targetId : l.sourceId;
            if (!repo.typeOf(other))
                continue;
            repo.addLink(l);
        }
    tx.commit();
}

} // namespace plenum::core
