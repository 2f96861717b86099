#pragma once

#include <QString>

namespace plenum::core {

/// The derived search index of the knowledge base at KB_PATH: "<kb>.search.sqlite" beside it, or in
/// the per-user cache (QStandardPaths::CacheLocation/search-index/) when its folder is read-only.
/// Storage owns the name so backups and restores can retire a stale index without knowing the search layer.
QString searchIndexPath(const QString &kbPath);

/// Throws Error Usage when PATH is the knowledge base at KB_PATH or one of its working files (-wal,
/// -shm, the search index): reading one with anything but SQLite while a connection is open drops
/// the process's locks on it, and replacing one destroys it. Given as an import or export file, it is refused.
void refuseKnowledgeBaseFile(const QString &path, const QString &kbPath);

/// A file: URI that opens the database at PATH read-only (SQLite's mode=ro; with IMMUTABLE also
/// immutable=1, which never looks at a WAL or -shm). Needs a connection opened with SQLITE_OPEN_URI.
QByteArray readOnlyUri(const QString &path, bool immutable);

/// The name under which a connection that only reads the knowledge base at KB_PATH ATTACHes it (the
/// search index does): the path itself; in a read-only folder, where no -shm can be made, an
/// immutable read-only URI (when its WAL is empty; one with content cannot be read there at all).
/// A mode=ro attachment beside a live writer is avoided: with SQLite 3.40 it ended in "disk I/O
/// error" after some hundred writes (tests/core/search, "Edited items leave no stale hits").
QString kbAttachName(const QString &kbPath);

} // namespace plenum::core
