#include "storage/backupcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStorageInfo>

#include <sqlite3.h>

#include <cstdio>

namespace plenum::core::backup::detail {

namespace {

QMutex g_writingMutex;
QSet<QString> g_writing; // ".part" files being written by this process

// Registers a ".part" file as being written for as long as it lives.
class WritingMark {
public:
    explicit WritingMark(QString path)
        : m_path(std::move(path))
    {
        QMutexLocker lock(&g_writingMutex);
        g_writing.insert(m_path);
    }
    WritingMark(const WritingMark &) = delete;
    WritingMark &operator=(const WritingMark &) = delete;
    ~WritingMark()
    {
        QMutexLocker lock(&g_writingMutex);
        g_writing.remove(m_path);
    }

private:
    QString m_path;
};

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// The message for a failed step: the problem with TARGET when one is visible, else SQLite's words.
Error stepError(int rc, const QString &what, const QString &target)
{
    if (isBusy(rc))
        return Error(ErrorCode::Locked,
            QStringLiteral("%1: another program kept the knowledge base locked; try again.").arg(what));
    QString problem = target.isEmpty() ? QString() : writeProblem(target, rc);
    if (problem.isEmpty())
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    return Error(ErrorCode::FileError, QStringLiteral("%1: %2.").arg(what, problem));
}

} // namespace

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isBeingWritten(const QString &path)
{
    QMutexLocker lock(&g_writingMutex);
    return g_writing.contains(path);
}

QString writeProblem(const QString &path, int sqliteRc)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("%1 is a folder, not a file").arg(native(path));
    if (info.exists() && !info.isFile())
        return QStringLiteral("%1 is not a regular file").arg(native(path));
    const QFileInfo parent(info.absolutePath());
    if (!parent.exists())
        return QStringLiteral("the folder %1 does not exist").arg(native(parent.filePath()));
    if (!parent.isDir())
        return QStringLiteral("%1 is a file, not a folder").arg(native(parent.filePath()));
    const QStorageInfo volume(parent.absoluteFilePath());
    if ((sqliteRc & 0xff) == SQLITE_FULL)
        return QStringLiteral("the disk is full");
    if (volume.isValid() && volume.isReadOnly())
        return QStringLiteral("%1 is on read-only media").arg(native(parent.filePath()));
    if (!parent.isWritable())
        return QStringLiteral("the folder %1 is read-only").arg(native(parent.filePath()));
    if (volume.isValid() && volume.bytesAvailable() == 0)
        return QStringLiteral("the disk is full");
    return {};
}

void runBackup(sqlite3 *dest, sqlite3 *source, const QString &what, const Progress &progress)
{
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
    if (!b)
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2.").arg(what, QString::fromUtf8(sqlite3_errmsg(dest))));
    // Without progress one step copies everything under one read transaction; with it, steps of
    // 512 pages (a write by another program in between restarts the copy, which stays consistent).
    const int pagesPerStep = progress ? 512 : -1;
    int rc = SQLITE_OK;
    int busyWaits = 0;
    for (;;) {
        rc = sqlite3_backup_step(b, pagesPerStep);
        if (isBusy(rc) && ++busyWaits < 250) {
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int total = sqlite3_backup_pagecount(b);
        if (!progress(total - sqlite3_backup_remaining(b), total)) {
            sqlite3_backup_finish(b);
            throw Error(ErrorCode::Cancelled, QStringLiteral("%1: cancelled.").arg(what));
        }
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        const char *file = sqlite3_db_filename(dest, "main");
        throw stepError(rc, what, file ? QString::fromUtf8(file) : QString());
    }
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

void copyInto(sqlite3 *source, const QString &sourcePath, const QString &target, const Progress &progress)
{
    const QString what = QStringLiteral("Cannot copy %1 to %2").arg(native(sourcePath), native(target));
    if (QFileInfo(target).isDir())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2 is a folder.").arg(what, native(target)));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        throw Error(ErrorCode::Conflict, QStringLiteral("%1: the file already exists.").arg(what));
    // Each process writes its own ".part": two programs backing up in the same millisecond pick the
    // same target name, and neither may remove or write into the other's copy.
    QString part = target;
    part.insert(part.endsWith(QLatin1String(".db")) ? part.size() - 3 : part.size(),
        QStringLiteral("-p%1").arg(QCoreApplication::applicationPid()));
    part += QStringLiteral(".part");
    const WritingMark mark(part);
    removeWithSidecars(part);
    sqlite3 *dest = nullptr;
    const int rc
        = sqlite3_open_v2(part.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(dest);
        removeWithSidecars(part);
        const QString problem = writeProblem(part, rc);
        throw Error(ErrorCode::FileError,
            QStringLiteral("%1: the file cannot be created (%2).")
                .arg(what, problem.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : problem));
    }
    try {
        runBackup(dest, source, what, progress);
        // A copy of a WAL database is a WAL database: fold everything into the one file.
        const int mode = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (mode != SQLITE_OK)
            throw stepError(mode, what, part);
    } catch (...) {
        sqlite3_close(dest);
        removeWithSidecars(part);
        throw;
    }
    sqlite3_close(dest);
    // POSIX rename: atomic, and a copy another program finished under the same name is replaced
    // by this one, made at the same moment (QFile::rename refuses an existing target).
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        removeWithSidecars(part);
        throw Error(ErrorCode::FileError, QStringLiteral("%1: the finished copy cannot be renamed.").arg(what));
    }
}

} // namespace plenum::core::backup::detail
