#include "storage/itemsnapshot.h"

#include "storage/itemtags.h"
#include "storage/repository.h"

namespace plenum::core {

ItemSnapshot snapshotItem(Repository &repo, const QString &id)
{
    ItemSnapshot s { repo.item(id), repo.outgoingLinks(id), repo.backlinks(id), {}, tagsOf(repo, id), {} };
    auto q = repo.database().prepare("SELECT import_hash FROM entities WHERE id = ?1");
    q.bind(1, id);
    if (q.next())
        s.importHash = q.text(0);
    auto c = repo.database().prepare("SELECT collection_id, position FROM collection_items WHERE entity_id = ?1");
    c.bind(1, id);
    while (c.next())
        s.collections.append({ c.integer(0), c.integer(1) });
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
    setTags(repo, snapshot.item.id, snapshot.tags);
    // Back in the collections that still exist, at its old place.
    auto c = repo.database().prepare("INSERT OR IGNORE INTO collection_items (collection_id, entity_id, position) "
                                     "SELECT id, ?2, ?3 FROM collections WHERE id = ?1");
    for (const auto &[collection, position] : snapshot.collections)
        c.bindAll(collection, snapshot.item.id, position).run();
    tx.commit();
}

} // namespace plenum::core
