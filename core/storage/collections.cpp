#include "storage/collections.h"

#include "model/error.h"
#include "storage/repository.h"

namespace plenum::core {

namespace {

QString checkedName(const QString &name, const QString &what)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("A %1 needs a name.").arg(what));
    if (n.size() > 200)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("The %1 name \"%2…\" is longer than 200 characters.").arg(what, n.left(20)));
    return n;
}

void requireNameFree(Repository &repo, const QString &name, std::int64_t except)
{
    auto q = repo.database().prepare("SELECT id FROM collections WHERE name = ?1 AND id <> ?2");
    q.bindAll(name, except);
    if (q.next())
        throw Error(ErrorCode::Conflict, QStringLiteral("A collection called \"%1\" already exists.").arg(name));
}

void requireCollection(Repository &repo, std::int64_t id)
{
    auto q = repo.database().prepare("SELECT 1 FROM collections WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        throw Error(ErrorCode::NotFound, QStringLiteral("No collection number %1.").arg(id));
}

} // namespace

QList<Collection> collections(Repository &repo)
{
    auto q = repo.database().prepare("SELECT c.id, c.name, count(ci.entity_id) FROM collections c "
                                     "LEFT JOIN collection_items ci ON ci.collection_id = c.id GROUP BY c.id "
                                     "ORDER BY c.name");
    QList<Collection> list;
    while (q.next())
        list.append({ q.integer(0), q.text(1), q.integer(2) });
    return list;
}

Collection collectionNamed(Repository &repo, const QString &name)
{
    for (const Collection &c : collections(repo))
        if (c.name == name.simplified())
            return c;
    throw Error(ErrorCode::NotFound, QStringLiteral("No collection called \"%1\".").arg(name));
}

Collection createCollection(Repository &repo, const QString &name)
{
    const QString n = checkedName(name, QStringLiteral("collection"));
    Transaction tx(repo.database());
    requireNameFree(repo, n, -1);
    auto q = repo.database().prepare("INSERT INTO collections (name) VALUES (?1) RETURNING id");
    q.bind(1, n);
    Collection c { q.next() ? q.integer(0) : 0, n, 0 };
    q.reset();
    tx.commit();
    return c;
}

void renameCollection(Repository &repo, std::int64_t id, const QString &name)
{
    const QString n = checkedName(name, QStringLiteral("collection"));
    Transaction tx(repo.database());
    requireCollection(repo, id);
    requireNameFree(repo, n, id);
    auto q = repo.database().prepare(
        "UPDATE collections SET name = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    q.bindAll(id, n).run();
    tx.commit();
}

void deleteCollection(Repository &repo, std::int64_t id)
{
    Transaction tx(repo.database());
    requireCollection(repo, id);
    auto q = repo.database().prepare("DELETE FROM collections WHERE id = ?1");
    q.bind(1, id).run();
    tx.commit();
}

void restoreCollection(Repository &repo, const Collection &collection, const QStringList &items)
{
    const QString n = checkedName(collection.name, QStringLiteral("collection"));
    Transaction tx(repo.database());
    requireNameFree(repo, n, collection.id);
    auto taken = repo.database().prepare("SELECT 1 FROM collections WHERE id = ?1");
    taken.bind(1, collection.id);
    if (taken.next())
        throw Error(ErrorCode::Conflict, QStringLiteral("Collection number %1 exists already.").arg(collection.id));
    taken.reset();
    repo.database().prepare("INSERT INTO collections (id, name) VALUES (?1, ?2)").bindAll(collection.id, n).run();
    auto add = repo.database().prepare("INSERT OR IGNORE INTO collection_items (collection_id, entity_id, position) "
                                       "SELECT ?1, id, ?3 FROM entities WHERE id = ?2");
    for (qsizetype i = 0; i < items.size(); ++i) {
        add.bindAll(collection.id, items.at(i), static_cast<std::int64_t>(i + 1)).run();
        add.reset();
    }
    tx.commit();
}

QStringList collectionItems(Repository &repo, std::int64_t id)
{
    auto q = repo.database().prepare(
        "SELECT entity_id FROM collection_items WHERE collection_id = ?1 ORDER BY position, entity_id");
    q.bind(1, id);
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    return ids;
}

QStringList collectionsOf(Repository &repo, const QString &itemId)
{
    auto q = repo.database().prepare("SELECT c.name FROM collection_items ci JOIN collections c ON c.id = "
                                     "ci.collection_id WHERE ci.entity_id = ?1 ORDER BY c.name");
    q.bind(1, itemId);
    QStringList names;
    while (q.next())
        names.append(q.text(0));
    return names;
}

void addToCollection(Repository &repo, std::int64_t id, const QString &itemId)
{
    Transaction tx(repo.database());
    requireCollection(repo, id);
    if (!repo.typeOf(itemId))
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID %1.").arg(itemId));
    auto q = repo.database().prepare("INSERT OR IGNORE INTO collection_items (collection_id, entity_id, position) "
                                     "SELECT ?1, ?2, coalesce(max(position), 0) + 1 FROM collection_items "
                                     "WHERE collection_id = ?1");
    q.bindAll(id, itemId).run();
    tx.commit();
}

void removeFromCollection(Repository &repo, std::int64_t id, const QString &itemId)
{
    Transaction tx(repo.database());
    auto q = repo.database().prepare("DELETE FROM collection_items WHERE collection_id = ?1 AND entity_id = ?2");
    q.bindAll(id, itemId).run();
    if (repo.database().changes() == 0)
        throw Error(ErrorCode::NotFound, QStringLiteral("%1 is not in collection number %2.").arg(itemId).arg(id));
    tx.commit();
}

QList<SavedSearch> savedSearches(Repository &repo)
{
    auto q = repo.database().prepare("SELECT name, query FROM saved_searches ORDER BY name");
    QList<SavedSearch> list;
    while (q.next())
        list.append({ q.text(0), q.text(1) });
    return list;
}

void saveSearch(Repository &repo, const SavedSearch &search)
{
    const QString n = checkedName(search.name, QStringLiteral("saved search"));
    if (search.query.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("The saved search \"%1\" needs a query.").arg(n));
    auto q = repo.database().prepare("INSERT INTO saved_searches (name, query) VALUES (?1, ?2) ON CONFLICT(name) "
                                     "DO UPDATE SET query = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    q.bindAll(n, search.query.trimmed()).run();
}

void deleteSavedSearch(Repository &repo, const QString &name)
{
    auto q = repo.database().prepare("DELETE FROM saved_searches WHERE name = ?1");
    q.bind(1, name.simplified()).run();
    if (repo.database().changes() == 0)
        throw Error(ErrorCode::NotFound, QStringLiteral("No saved search called \"%1\".").arg(name));
}

} // namespace plenum::core
