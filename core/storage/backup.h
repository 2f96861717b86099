#pragma once

#include "model/item.h"
#include "model/progress.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core::backup {

/// The newest backups always kept (docs/user-guide.md, "Backups").
inline constexpr int kDefaultKeep = 10;
/// Beyond the newest KEEP, the newest backup of each of this many past weeks is kept too.
inline constexpr int kWeeksKept = 8;
/// The default schedule: a backup on the first open of each day (local time).
inline constexpr int kDaily = 24;
/// Imports of at least this many bytes of input are preceded by a backup.
inline constexpr qint64 kLargeImportBytes = 256 * 1024;
/// A half-written backup (".part") untouched for this long, and locked by nobody, is removed.
inline constexpr qint64 kStalePartSeconds = 10 * 60;

/// The user's backup schedule, stored in the knowledge base's meta table.
struct Settings {
    /// 0: no scheduled backups (migrations, large imports and restores still make one);
    /// kDaily (the default): the first open of each day; other values: every so many hours.
    int intervalHours = kDaily;
    int keep = kDefaultKeep; ///< newest backups kept in the backups folder (plus one a week, kWeeksKept)
};

/// One backup in the backups folder.
struct Entry {
    QString path;
    QDateTime created; ///< UTC, from the file name
    QString reason; ///< the tag the file name ends with: "daily", "manual", "before-restore", …
    qint64 bytes = 0;
};

/// What a backup holds, for a preview before restoring it.
struct Contents {
    Counts counts;
    qint64 schemaVersion = 0;
    qint64 bytes = 0;
};

/// The folder holding the backups of the knowledge base at DB_PATH: "backups/" next to it.
QString folder(const QString &dbPath);
/// The backups of the knowledge base at DB_PATH, newest first.
QStringList list(const QString &dbPath);
/// The backups of DB_PATH with their date, reason and size, newest first.
QList<Entry> entries(const QString &dbPath);
/// The newest backup of DB_PATH, or an empty string when there is none.
QString latest(const QString &dbPath);
/// The newest backup of DB_PATH that passes verify() (integrity_check), or "" when none does;
/// the damaged ones skipped on the way are added to SKIPPED.
QString latestGood(const QString &dbPath, QStringList *skipped = nullptr);
/// The backups retention deletes from NEWEST_FIRST: all but the newest KEEP and, of the rest,
/// the newest of each of the kWeeksKept ISO weeks before the newest backup's week.
QStringList retired(const QList<Entry> &newestFirst, int keep);

/// Copies DB (a consistent snapshot, taken with SQLite's online backup API while others may
/// write) into a new timestamped file in the backups folder, then applies retention with KEEP
/// (the stored setting when negative). REASON ("manual", "before-migration-4", …) ends the
/// file name. Returns the new file's path; throws Error FileError naming the file and the problem.
QString create(Database &db, const QString &reason, int keep = -1, const Progress &progress = {});
/// Copies DB into TARGET (which must not exist) with the online backup API; nothing is left
/// at TARGET when it fails.
void copyTo(Database &db, const QString &target, const Progress &progress = {});
/// Removes half-written backups (".part" files) of DB_PATH that nobody has touched for
/// kStalePartSeconds and no connection holds a lock on. Returns how many were removed.
int removeStaleParts(const QString &dbPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

/// The stored schedule (defaults when never set).
[[nodiscard]] Settings settings(Database &db);
/// Stores the schedule; throws Error Usage for a negative interval or a keep below 1.
void setSettings(Database &db, const Settings &settings);
/// True when the schedule asks for a backup at NOW: interval set and no backup recent enough
/// (for kDaily: none made today, local time).
[[nodiscard]] bool isDue(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// Makes a scheduled backup when isDue(). Returns the new file's path, or "" when none was due.
QString createIfDue(
    Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc(), const Progress &progress = {});
/// Makes a backup before an import of INPUT_BYTES when that is at least kLargeImportBytes.
QString createBeforeImport(Database &db, qint64 inputBytes);

/// Throws Error NotADatabase or Corrupt unless FILE is an undamaged Plenum knowledge base
/// (PRAGMA integrity_check).
void verify(const QString &file);
/// Verifies FILE and reads what it holds.
[[nodiscard]] Contents inspect(const QString &file);
/// Replaces the knowledge base at DB_PATH by the backup FILE (verified first). The current file
/// is first saved in the backups folder: copied with the backup API when it is sound, moved
/// there unchanged when it is damaged (then no connection to it may be open in this process).
/// A sound file is overwritten through the backup API, so connections open on it stay valid.
/// The search index is dropped so it is rebuilt. Returns the saved copy ("" if there was no file).
QString restore(const QString &dbPath, const QString &file, const Progress &progress = {});

} // namespace plenum::core::backup
