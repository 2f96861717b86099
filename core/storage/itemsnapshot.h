#pragma once

#include "model/item.h"

#include <cstdint>
#include <utility>

namespace plenum::core {

class Repository;

/// Everything needed to bring a deleted item back: the item, its outgoing links (manual and
/// automatic), the links other items had to it, its tags and its places in collections.
struct ItemSnapshot {
    Item item;
    QList<Link> outgoing;
    QList<Link> incoming;
    QString importHash;
    QStringList tags;
    /// The collections it sat in, with its position in each.
    QList<std::pair<std::int64_t, std::int64_t>> collections;
};

/// Captures item ID; NotFound when it does not exist.
ItemSnapshot snapshotItem(Repository &repo, const QString &id);
/// Recreates a deleted item with its links, in one transaction (links to items that have since
/// gone are skipped).
void restoreItem(Repository &repo, const ItemSnapshot &snapshot);

} // namespace plenum::core
