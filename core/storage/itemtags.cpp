#include "storage/itemtags.h"

#include "model/error.h"
#include "storage/repository.h"

#include <QSet>

namespace plenum::core {

namespace {

void requireItem(Repository &repo, const QString &id)
{
    if (!repo.typeOf(id))
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID %1.").arg(id));
}

} // namespace

QString normalisedTag(const QString &name)
{
    const QString tag = name.simplified();
    if (tag.isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("A tag needs at least one letter or digit."));
    if (tag.contains(QLatin1Char(',')))
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("Tag \"%1\" holds a comma; commas separate tags, so use another character.").arg(tag));
    if (tag.size() > 64)
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("Tag \"%1…\" is longer than 64 characters.").arg(tag.left(20)));
    return tag;
}

QStringList tagsOf(Repository &repo, const QString &id)
{
    requireItem(repo, id);
    auto q = repo.database().prepare(
        "SELECT t.name FROM entity_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entity_id = ?1 ORDER BY t.name");
    q.bind(1, id);
    QStringList tags;
    while (q.next())
        tags.append(q.text(0));
    return tags;
}

void setTags(Repository &repo, const QString &id, const QStringList &tags)
{
    QStringList wanted;
    for (const QString &t : tags) {
        const QString tag = normalisedTag(t);
        if (!wanted.contains(tag))
            wanted.append(tag);
    }
    Database &db = repo.database();
    Transaction tx(db);
    requireItem(repo, id);
    const QStringList current = tagsOf(repo, id);
    auto drop
        = db.prepare("DELETE FROM entity_tags WHERE entity_id = ?1 AND tag_id = (SELECT id FROM tags WHERE name = ?2)");
    for (const QString &tag : current)
        if (!wanted.contains(tag))
            drop.bindAll(id, tag).run();
    auto make = db.prepare("INSERT OR IGNORE INTO tags (name) VALUES (?1)");
    auto add
        = db.prepare("INSERT OR IGNORE INTO entity_tags (entity_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2");
    for (const QString &tag : wanted) {
        if (current.contains(tag))
            continue;
        make.bind(1, tag).run();
        add.bindAll(id, tag).run();
    }
    db.exec("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entity_tags)");
    tx.commit();
}

QList<TagCount> allTags(Repository &repo)
{
    auto q = repo.database().prepare("SELECT t.name, count(et.entity_id) FROM tags t "
                                     "JOIN entity_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY t.name");
    QList<TagCount> list;
    while (q.next())
        list.append({ q.text(0), q.integer(1) });
    return list;
}

QStringList itemsTagged(Repository &repo, const QString &tag)
{
    auto q = repo.database().prepare("SELECT et.entity_id FROM entity_tags et JOIN tags t ON t.id = et.tag_id "
                                     "WHERE t.name = ?1 ORDER BY et.entity_id");
    q.bind(1, tag.simplified());
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    return ids;
}

} // namespace plenum::core
