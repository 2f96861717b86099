#pragma once

#include "torturetrial.h"

namespace torture {

/// The checks after a trial, once every process has ended, on the knowledge base DB whose logs are
/// in DIR. Adds to RESULT's failures, by category:
/// - "opens": plenum-cli refuses the file;
/// - "integrity": PRAGMA integrity_check is not ok;
/// - "lost write": an item or edit a process logged as committed is missing;
/// - "search": a committed item is not found by its word (plenum-cli search), or `check` is not
///   ok or had to rebuild an index that search had just opened;
/// - "alias edit not indexed": the alias the sqlite3 tool wrote is not found;
/// - "error shown: damage" / "error shown: index file I/O" / "error shown: search index" /
///   "error shown: check beside a writer" /
///   "error shown": a process that was not killed reported an error (disk I/O, malformed,
///   truncated …; the index's own errors; `check` failing while another process writes; others);
/// - "locked early": a "locked" error after waiting less than the busy timeout;
/// - "missed while running": a search or read during the trial did not find an item committed before it started.
void checkTrial(const Config &config, const QString &dir, const QString &db, TrialResult &result);

/// PRAGMA integrity_check through the SQLite C API ("ok" or the problems, or why it cannot open).
QString integrityCheck(const QString &db);

} // namespace torture
