#pragma once

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

/// Makes item ID what DATA says (creating, updating or changing its type), its manual links and
/// tags included, inside the caller's transaction. Links to items that do not exist (yet) are
/// skipped; returns how many.
int applyObject(Repository &repo, const QString &id, const QJsonObject &data);

/// Deletes item ID when it exists, inside the caller's transaction.
void deleteObject(Repository &repo, const QString &id);

/// True when ID has the form of an item ID (what the server schema also enforces).
bool isValidEntityId(const QString &id);

} // namespace plenum::core::team
