#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace plenum::core::backup {

/// Backups kept per knowledge base unless the user chose another number.
inline constexpr int kDefaultKeep = 10;
/// Imports of at least this many bytes of input are preceded by a backup.
inline constexpr qint64 kLargeImportBytes = 256 * 1024;

/// The user's backup schedule, stored in the knowledge base's meta table.
struct Settings {
    int intervalHours = 0; ///< 0: no scheduled backups (migrations and large imports still make one)
    int keep = kDefaultKeep; ///< newest backups kept in the backups folder
};

/// The folder holding the backups of the knowledge base at DB_PATH: "backups/" next to it.
QString folder(const QString &dbPath);
/// The backups of the knowledge base at DB_PATH, newest first.
QStringList list(const QString &dbPath);
/// The newest backup of DB_PATH, or an empty string when there is none.
QString latest(const QString &dbPath);

/// Copies DB (a consistent snapshot, taken with SQLite's online backup API while others may
/// write) into a new timestamped file in the backups folder, then deletes all but the newest
/// KEEP (the stored setting when negative). REASON ("manual", "before-migration-4", …) ends the
/// file name. Returns the new file's path; throws Error FileError when it cannot be written.
QString create(Database &db, const QString &reason, int keep = -1);
/// Copies DB into TARGET (which must not exist) with the online backup API.
void copyTo(Database &db, const QString &target);

/// The stored schedule (defaults when never set).
[[nodiscard]] Settings settings(Database &db);
/// Stores the schedule; throws Error Usage for a negative interval or a keep below 1.
void setSettings(Database &db, const Settings &settings);
/// Makes a scheduled backup when one is due at NOW (interval set and the last backup older than
/// it). Returns the new file's path, or an empty string when none was due. The GUI calls this on a timer.
QString createIfDue(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// Makes a backup before an import of INPUT_BYTES when that is at least kLargeImportBytes.
QString createBeforeImport(Database &db, qint64 inputBytes);

/// Throws Error NotADatabase or Corrupt unless FILE is an undamaged Plenum knowledge base.
void verify(const QString &file);
/// Replaces the knowledge base at DB_PATH by the backup FILE (verified first). The current file
/// is first backed up itself (copied byte for byte when it is too damaged to open). Needs no
/// other writer to be active (waits like any write, then fails with Error Locked). The search
/// index is dropped so it is rebuilt. Returns the backup made of the current file ("" if none existed).
QString restore(const QString &dbPath, const QString &file);

} // namespace plenum::core::backup
