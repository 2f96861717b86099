#pragma once

#include <QByteArray>
#include <QString>

namespace plenum::core {

/// Refuses PATH as a place to write an export, with a sentence naming it: a symbolic link (dangling
/// or not: an export never writes through one), a folder, a FIFO or device, a missing folder, or an
/// existing file unless REPLACE. Throws Conflict or FileError (exit code 2 in plenum-cli).
void checkExportTarget(const QString &path, bool replace);

/// Writes DATA to PATH all or nothing: into a temporary file in the same folder, flushed to disk,
/// then renamed over PATH (a link at PATH is replaced, never followed). On a full disk, a read-only
/// folder or any I/O error it throws FileError naming PATH, and PATH and its folder are as before.
void writeExportFile(const QString &path, const QByteArray &data);

} // namespace plenum::core
