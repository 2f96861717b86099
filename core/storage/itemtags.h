#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace plenum::core {

class Repository;

/// A tag and how many items carry it.
struct TagCount {
    QString name;
    std::int64_t items = 0;
};

/// A tag name as stored: trimmed, inner whitespace collapsed. Throws InvalidData naming the tag
/// when it is empty, longer than 64 characters or holds a comma (lists are comma-separated).
QString normalisedTag(const QString &name);
/// The tags of item ID, sorted; NotFound when the item does not exist.
QStringList tagsOf(Repository &repo, const QString &id);
/// Makes TAGS (normalised, duplicates dropped) the tags of item ID, in one transaction; tags no
/// item carries any longer are removed. NotFound for a missing item, InvalidData for a bad tag.
void setTags(Repository &repo, const QString &id, const QStringList &tags);
/// Every tag with its number of items, by name.
QList<TagCount> allTags(Repository &repo);
/// The items carrying TAG, sorted by ID.
QStringList itemsTagged(Repository &repo, const QString &tag);

} // namespace plenum::core
