#pragma once

#include "team/pgconnection.h"
#include "team/teamsync.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace plenum::core {
class KnowledgeBase;
}

namespace plenum::core::team {

/// The server schema version this Plenum writes (resources/sql/team/NNNN_*.sql).
inline constexpr int kServerSchemaVersion = 1;

/// The local side of a team library (migration 0012): settings, sync_base, sync_conflicts.
struct Settings {
    QString url, library, member, role;
    std::int64_t libraryId = 0, libraryVersion = 0, pullVersion = 0, pushedSeq = 0, pendingPushSeq = 0;
    QString pullEntity, pendingPushId, lastSync, lastError;
    QByteArray pendingPushData;
};

/// Reads the settings row; nullopt when the knowledge base is not joined.
std::optional<Settings> readSettings(KnowledgeBase &kb);
/// Writes the settings row (inside the caller's transaction when there is one).
void writeSettings(KnowledgeBase &kb, const Settings &s);

/// Installs or upgrades the server schema (resources/sql/team/); refuses a newer one.
void migrateServer(PgConnection &conn);
/// Refuses a server whose schema is missing or newer than this Plenum knows.
void checkServerSchema(PgConnection &conn, const QString &where);

/// Pulls every object newer than the local library version, merging with local edits; commits
/// between versions with the resume point. Adds the objects applied, those of them written by the
/// first-join bulk path (ADR 0024) and the new conflicts to REPORT.
void pull(KnowledgeBase &kb, PgConnection &conn, Settings &s, SyncReport &report, Progress *progress);
/// Pushes the pending local changes (a stored unacknowledged push first, with its id), reporting
/// items sent to PROGRESS between pushes. Returns the objects pushed; STALE is set when the server
/// had newer versions (pull, then push again).
qint64 push(
    KnowledgeBase &kb, PgConnection &conn, Settings &s, bool everything, bool &stale, Progress *progress = nullptr);
/// The local changes a push would send, as push entries ({entity_id, type, data, deleted}).
QJsonArray pendingChanges(KnowledgeBase &kb, const Settings &s, bool everything);

} // namespace plenum::core::team
