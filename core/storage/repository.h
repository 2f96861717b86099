#pragma once

#include "model/item.h"
#include "storage/database.h"

#include <optional>

namespace plenum::core {

/// Create, read, update and delete every kind of item, their aliases and links.
/// Every multi-row write runs in one transaction; errors throw core::Error.
class Repository {
public:
    explicit Repository(Database &db);

    /// Adds a new item; Conflict when the ID is taken, InvalidData when a field breaks a rule.
    void createItem(const Item &item);
    /// createItem for bulk writers (a team library's first join): the caller has checked that the ID
    /// is free and runs its own transaction, which a failure here must roll back whole.
    void insertNewItem(const Item &item);
    /// Replaces an item's fields, sources and aliases; NotFound when it does not exist.
    void updateItem(const Item &item);
    /// Deletes an item with its aliases and every link to or from it; NotFound when absent.
    void deleteItem(const QString &id);
    /// The item with ID, if any.
    [[nodiscard]] std::optional<Item> findItem(const QString &id);
    /// The item with ID; NotFound when absent.
    [[nodiscard]] Item item(const QString &id);
    /// The type of item ID, if it exists.
    [[nodiscard]] std::optional<ItemType> typeOf(const QString &id);
    /// IDs of all items of TYPE, sorted.
    [[nodiscard]] QStringList itemIds(ItemType type);
    /// An ID, or the item an alias or name names exactly (case-insensitive for Latin); empty if none.
    [[nodiscard]] QString resolve(const QString &idOrAlias);
    /// A one-line human title for an item (its English and Chinese names where both exist).
    [[nodiscard]] QString title(const QString &id);

    /// Aliases of an item.
    [[nodiscard]] QList<Alias> aliases(const QString &id);

    /// Adds a link and returns its row id; Conflict when the same link exists.
    std::int64_t addLink(const Link &link);
    /// Removes a link by row id.
    void removeLink(std::int64_t rowId);
    /// Marks an auto link as rejected so re-linking does not bring it back.
    void rejectLink(std::int64_t rowId);
    /// Takes back a rejection (undo).
    void unrejectLink(std::int64_t rowId);
    /// Every link from SOURCE to TARGET, rejected ones included.
    [[nodiscard]] QList<Link> linksBetween(const QString &source, const QString &target);
    /// Links from an item, ordered by relation, position and target.
    [[nodiscard]] QList<Link> outgoingLinks(const QString &id);
    /// Links to an item (its backlinks), ordered by relation and source.
    [[nodiscard]] QList<Link> backlinks(const QString &id);

    /// All milestones in chronological order.
    [[nodiscard]] QList<Milestone> milestones();
    /// Counts of every item type and of links.
    [[nodiscard]] Counts counts();

    /// The underlying connection.
    [[nodiscard]] Database &database() noexcept { return m_db; }

private:
    void writeFields(const Item &item, bool insert);
    void writeAliases(const Item &item);

    Database &m_db;
};

} // namespace plenum::core
