// Checking, previewing and restoring backups (declared in storage/backup.h).
#include "storage/backup.h"

#include "storage/backupcopy.h"
#include "storage/kbfiles.h"
#include "storage/migrator.h"
#include "storage/repository.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace plenum::core::backup {

using detail::native;

namespace {

// Throws unless PATH names an existing regular file (not a folder, FIFO or device).
void requireRegularFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorCode::NotFound, QStringLiteral("%1: %2 does not exist.").arg(what, native(path)));
    if (info.isDir())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2 is a folder, not a file.").arg(what, native(path)));
    if (!info.isFile())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2 is not a regular file.").arg(what, native(path)));
}

// The first problems PRAGMA integrity_check reports, or "" when it says ok.
QString integrityProblems(Database &db)
{
    auto q = db.prepare("PRAGMA integrity_check(3)");
    QStringList problems;
    while (q.next())
        problems.append(q.text(0));
    if (problems == QStringList { QStringLiteral("ok") })
        return {};
    return problems.join(QStringLiteral("; "));
}

// True when the knowledge base at PATH opens and passes its check; false when it is damaged.
// Throws what stops it from being opened at all for other reasons (locked, read-only, …).
std::optional<Database> openIfSound(const QString &path)
{
    try {
        Database db = Database::open(path, Database::OpenMode::ReadWrite);
        if (db.isReadOnly())
            throw Error(ErrorCode::ReadOnly,
                QStringLiteral("Cannot restore %1: the file or its folder is read-only.").arg(native(path)));
        if (db.pragmaInt("application_id") == migrator::kApplicationId && integrityProblems(db).isEmpty())
            return db;
    } catch (const Error &e) {
        if (e.code() != ErrorCode::Corrupt && e.code() != ErrorCode::NotADatabase)
            throw;
    }
    return std::nullopt;
}

// Moves the damaged file at DB_PATH (and its -wal) into the backups folder, bytes untouched.
QString moveAside(const QString &dbPath, const QString &what)
{
    const QString aside = detail::newBackupPath(dbPath, QStringLiteral("before-restore-damaged"));
    if (!QFile::rename(dbPath, aside))
        throw Error(ErrorCode::FileError,
            QStringLiteral("%1: the damaged file cannot be moved to %2.").arg(what, native(aside)));
    const QString wal = dbPath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, aside + QStringLiteral("-wal"))) {
        QFile::rename(aside, dbPath);
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2 cannot be moved aside.").arg(what, native(wal)));
    }
    QFile::remove(dbPath + QStringLiteral("-shm"));
    return aside;
}

// Writes FILE as a new file at DB_PATH (absent); on failure puts ASIDE (if any) back.
void copyInPlace(const QString &file, const QString &dbPath, const QString &aside, const Progress &progress)
{
    try {
        Database source = Database::open(file, Database::OpenMode::ReadOnly);
        detail::copyInto(source.handle(), file, dbPath, progress);
    } catch (...) {
        if (!aside.isEmpty() && !QFileInfo::exists(dbPath)) {
            QFile::rename(aside, dbPath);
            QFile::rename(aside + QStringLiteral("-wal"), dbPath + QStringLiteral("-wal"));
        }
        throw;
    }
}

} // namespace

void verify(const QString &file)
{
    requireRegularFile(file, QStringLiteral("Cannot use %1 as a backup").arg(native(file)));
    Database db = Database::open(file, Database::OpenMode::ReadOnly);
    if (db.pragmaInt("application_id") != migrator::kApplicationId)
        throw Error(ErrorCode::NotADatabase,
            QStringLiteral("%1 is a SQLite database but not a Plenum knowledge base.").arg(native(file)));
    const QString problems = integrityProblems(db);
    if (!problems.isEmpty())
        throw Error(ErrorCode::Corrupt, QStringLiteral("%1 is damaged (%2).").arg(native(file), problems));
}

Contents inspect(const QString &file)
{
    verify(file);
    Database db = Database::open(file, Database::OpenMode::ReadOnly);
    Contents c;
    c.counts = Repository(db).counts();
    c.schemaVersion = db.pragmaInt("user_version");
    c.bytes = QFileInfo(file).size();
    return c;
}

QString latestGood(const QString &dbPath, QStringList *skipped)
{
    for (const Entry &e : entries(dbPath)) {
        try {
            verify(e.path);
            return e.path;
        } catch (const Error &error) {
            if (skipped)
                skipped->append(error.message());
        }
    }
    return {};
}

QString restore(const QString &dbPath, const QString &file, const Progress &progress)
{
    const QString what = QStringLiteral("Cannot restore %1 from %2").arg(native(dbPath), native(file));
    requireRegularFile(file, what);
    verify(file);
    if (QFileInfo(dbPath).isDir())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2 is a folder.").arg(what, native(dbPath)));
    const QString problem = detail::writeProblem(dbPath, 0);
    if (!problem.isEmpty())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2.").arg(what, problem));
    QString saved;
    if (!QFileInfo::exists(dbPath)) {
        copyInPlace(file, dbPath, {}, progress);
    } else if (std::optional<Database> current = openIfSound(dbPath)) {
        saved = create(*current, QStringLiteral("before-restore"));
        // Copying into the open file takes its write lock, so readers never see a half-written file,
        // and connections open on it (the GUI's) stay valid.
        Database source = Database::open(file, Database::OpenMode::ReadOnly);
        detail::runBackup(current->handle(), source.handle(), what, progress);
    } else {
        saved = moveAside(dbPath, what);
        copyInPlace(file, dbPath, saved, progress);
    }
    detail::removeWithSidecars(searchIndexPath(dbPath));
    return saved;
}

} // namespace plenum::core::backup
