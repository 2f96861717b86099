#pragma once

#include "facade/knowledgebase.h"
#include "templatekb.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace plenum::test {

/// A temporary folder removed after the test.
class TempDir {
public:
    TempDir();
    /// A path inside the folder.
    [[nodiscard]] QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

/// The core::Error F throws; fails the test when it throws none.
core::Error failure(const std::function<void()> &f);
/// A file's bytes (empty when missing), read through SQLite's own file layer: its unix VFS keeps
/// the descriptor open while this process holds locks on the file, so reading a knowledge base that
/// a connection of this process still has open never drops that connection's locks (a QFile would).
/// Never use on a -shm file.
QByteArray readFile(const QString &path);
/// SHA-256 of a file's bytes (empty when missing), to prove a failed operation changed nothing.
/// Reads with readFile(), so it is safe on a knowledge base this process holds open.
QByteArray fileHash(const QString &path);
/// The plenum-cli executable of this build, for tests that need a second process.
QString cliBinary();
/// Writes BYTES to PATH.
void writeFile(const QString &path, const QByteArray &bytes);
/// A new knowledge base at PATH (bundled content unless EMPTY): a copy of the template that this
/// build of the test binary created the real way (templatekb.h), so a test costs a file copy.
/// Tests of creation itself (init, migrations, bundling) call core::KnowledgeBase::open instead.
std::unique_ptr<core::KnowledgeBase> createKb(const QString &path, bool empty = false);
/// Adds TEXTS as Chinese statements st-FIRST, st-FIRST+1, … dated March of 2005–2019, in one
/// transaction of a plain connection (as another program would).
void addTexts(const QString &kbPath, int first, const QStringList &texts);
/// Runs plenum-cli in-process; returns the exit code and fills OUT and ERR.
int runCli(const QStringList &args, QString &out, QString &err);

} // namespace plenum::test
