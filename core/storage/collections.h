#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace plenum::core {

class Repository;

/// A named group of items the user made (a reading list, a chapter's sources); an item can sit in several.
struct Collection {
    std::int64_t id = 0;
    QString name;
    std::int64_t items = 0;
};

/// A search the user keeps in the navigator.
struct SavedSearch {
    QString name;
    QString query;
};

/// Every collection with its number of items, by name.
QList<Collection> collections(Repository &repo);
/// The collection called NAME; NotFound when there is none.
Collection collectionNamed(Repository &repo, const QString &name);
/// Makes a new collection; InvalidData for an empty or over-long name, Conflict when the name is taken.
Collection createCollection(Repository &repo, const QString &name);
/// Renames collection ID; the same errors as createCollection, NotFound when it does not exist.
void renameCollection(Repository &repo, std::int64_t id, const QString &name);
/// Deletes collection ID (its items stay in the knowledge base); NotFound when it does not exist.
void deleteCollection(Repository &repo, std::int64_t id);
/// Brings back a deleted collection under its old ID and NAME with ITEMS in that order (items no
/// longer in the knowledge base are left out), so that what refers to it by ID finds it again;
/// Conflict when the ID or the name is taken.
void restoreCollection(Repository &repo, const Collection &collection, const QStringList &items);
/// The items of collection ID in the order they were added.
QStringList collectionItems(Repository &repo, std::int64_t id);
/// The names of the collections item ITEM_ID sits in.
QStringList collectionsOf(Repository &repo, const QString &itemId);
/// Puts ITEM_ID at the end of collection ID (nothing when it is there already); NotFound for either missing.
void addToCollection(Repository &repo, std::int64_t id, const QString &itemId);
/// Takes ITEM_ID out of collection ID; NotFound when it was not in it.
void removeFromCollection(Repository &repo, std::int64_t id, const QString &itemId);

/// The saved searches, by name.
QList<SavedSearch> savedSearches(Repository &repo);
/// Saves (or replaces) the search NAME; InvalidData when the name or query is empty.
void saveSearch(Repository &repo, const SavedSearch &search);
/// Forgets the search NAME; NotFound when there is none.
void deleteSavedSearch(Repository &repo, const QString &name);

} // namespace plenum::core
