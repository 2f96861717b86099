#pragma once

// What backup.cpp and backuprestore.cpp share: the online copy and the messages that name the
// file and the problem. Not a public header of the storage layer.
#include "model/progress.h"
#include "storage/database.h"

#include <QString>

struct sqlite3;

namespace plenum::core::backup::detail {

/// PATH with the platform's separators, for messages.
QString native(const QString &path);
/// Why PATH (about to be written) cannot be: a folder, a read-only place, a full disk, …; "" when
/// nothing is visibly wrong. SQLITE_RC is the failing result code (0 when none).
QString writeProblem(const QString &path, int sqliteRc);
/// Copies SOURCE's main database into DEST's with the online backup API, reporting PROGRESS in
/// pages; WHAT starts the message of the Error thrown on failure.
void runBackup(sqlite3 *dest, sqlite3 *source, const QString &what, const Progress &progress);
/// Copies SOURCE into a new file TARGET (absent) through TARGET.part, renamed when complete and
/// folded into one file (journal_mode DELETE). Nothing is left at TARGET or TARGET.part on failure.
void copyInto(sqlite3 *source, const QString &sourcePath, const QString &target, const Progress &progress);
/// True while this process is writing PATH (a ".part" of a copy under way on some thread).
bool isBeingWritten(const QString &path);
/// A new, unused path in the backups folder of DB_PATH for a backup made for REASON now; creates
/// the folder. Throws Error FileError naming the folder when it cannot be made.
QString newBackupPath(const QString &dbPath, const QString &reason);
/// Removes PATH and its -wal, -shm and -journal files.
void removeWithSidecars(const QString &path);

} // namespace plenum::core::backup::detail
