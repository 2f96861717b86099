#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace plenum::core {
class Database;
}

namespace plenum::core::team {

/// One attachment's metadata as a team library object holds it under "attachments"
/// (docs/team.md): never the file itself, never an absolute path.
struct SyncedAttachment {
    QString sha256; ///< 64 lower-case hex digits: the attachment's identity within its item
    std::int64_t size = 0;
    QString mime;
    bool linked = false; ///< a link to a member's own file: only its name travels
    QString name; ///< the file name, no folder
    QString path; ///< copies only: relative to "<kb>.files/", no "..", no absolute form
    int pages = 0;
};

/// The "attachments" value of item ID's object, sorted by sha256; empty when it has none.
QJsonArray attachmentsJson(Database &db, const QString &id);

/// The attachments DATA lists for item ID, each checked (hash, size, type, mode, name, and a copy's
/// path: relative, inside the files folder). Throws Error InvalidData naming the object; an object
/// without "attachments" has none.
QList<SyncedAttachment> attachmentsIn(const QString &id, const QJsonObject &data);

/// Makes item ID's attachment rows what LIST says, inside the caller's transaction: rows of other
/// hashes are removed (with their annotations), others updated or added. No file is read, written
/// or removed: a copy another member added shows as missing until its file is put in place.
void applyAttachments(Database &db, const QString &id, const QList<SyncedAttachment> &list);

} // namespace plenum::core::team
