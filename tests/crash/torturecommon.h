#pragma once

// What the torture harness (crash_torture) and its GUI-like process (torture_gui) share: the
// unique words that make every committed item findable, and the commit logs both write.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace torture {

/// A word no other item holds: "zq", nine letters for N, "x" (letters only, so the tokenizer keeps
/// it whole; the final x keeps the English stemmer from folding two of them together).
QString token(std::uint64_t n);

/// Appends LINE and a newline to the log at PATH in one write(2), so a SIGKILL never leaves half a
/// line and lines of several threads never interleave. Plain POSIX: a log is never a database file.
void appendLine(const QString &path, const QString &line);

/// The lines of the log at PATH (none when it does not exist).
QStringList readLines(const QString &path);

/// Writes BYTES to PATH (not a database file).
void writeFile(const QString &path, const QByteArray &bytes);

/// A BibTeX entry whose citation key, and word in its title, is TOKEN: it imports as ref-TOKEN.
QByteArray bibEntry(const QString &token);

/// A plenum-kb file holding one note ID whose title and body carry TOKEN.
QByteArray kbNote(const QString &id, const QString &token);

/// The milliseconds the busy handler waits before a writer sees Error Locked (Database::open's default).
constexpr int kBusyTimeoutMs = 5000;

} // namespace torture
