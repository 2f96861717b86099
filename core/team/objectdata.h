#pragma once

#include "interchange/kbformat.h"
#include "team/attachmentdata.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace plenum::core {
class Repository;
}

namespace plenum::core::team {

/// An item as a team library object: its plenum-kb record (docs/format.md: fields, sources,
/// aliases, manual links) plus "tags". Top-level keys other than "type" and "id" are the fields
/// three-way merges compare. Absent when the item does not exist.
std::optional<QJsonObject> snapshot(Repository &repo, const QString &id);

/// The cheap checks of an object from the server: the ID's form, the type, BYTES (its size as
/// sent) at most 16 MB. Throws Error InvalidData naming the object.
void checkShape(const QString &id, const QString &type, const QJsonObject &data, qsizetype bytes);

/// Checks an object from the server before anything is written: the ID's form, the type, every
/// field through the plenum-kb reader, the tags, the size. Throws Error InvalidData naming the
/// object and field; a hostile server gets no further than this.
void validateRemote(const QString &id, const QString &type, const QJsonObject &data);

/// An object from the server read and checked in full (what validateRemote checks), ready to write.
struct CheckedObject {
    kb::Record record; ///< the item and its manual links
    QStringList tags;
    QList<SyncedAttachment> attachments;
};

/// Reads and checks object ID's DATA: every field through the plenum-kb reader, the tags, the
/// attachments. Throws Error InvalidData naming the object and field.
CheckedObject checkedObject(const QString &id, const QJsonObject &data);

/// Writes OBJECT as the new item ID, with its tags and attachments but not its links, inside the
/// caller's transaction (which a failure must roll back whole); the caller checked that ID is free.
void insertObject(Repository &repo, const QString &id, const CheckedObject &object);

/// Adds LINKS (from item ID) whose target exists; the same link already there is kept. Returns
/// how many were skipped because their target does not exist (yet).
int addLinks(Repository &repo, const QString &id, const QList<Link> &links);

/// Makes item ID what DATA says (creating, updating or changing its type), its manual links and
/// tags included, inside the caller's transaction. Links to items that do not exist (yet) are
/// skipped; returns how many.
int applyObject(Repository &repo, const QString &id, const QJsonObject &data);

/// Deletes item ID when it exists, inside the caller's transaction.
void deleteObject(Repository &repo, const QString &id);

/// True when ID has the form of an item ID (what the server schema also enforces).
bool isValidEntityId(const QString &id);

} // namespace plenum::core::team
