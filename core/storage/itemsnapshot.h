#pragma once

#include "model/item.h"

namespace plenum::core {

class Repository;

/// Everything needed to bring a deleted item back: the item, its outgoing links (manual and
/// automatic) and the links other items had to it.
struct ItemSnapshot {
    Item item;
    QList<Link> outgoing;
    QList<Link> incoming;
    QString importHash;
};

/// Captures item ID; NotFound when it does not exist.
ItemSnapshot snapshotItem(Repository &repo, const QString &id);
/// Recreates a deleted item with its links, in one transaction (links to items that have since
/// gone are skipped).
void restoreItem(Repository &repo, const ItemSnapshot &snapshot);

} // namespace plenum::core
