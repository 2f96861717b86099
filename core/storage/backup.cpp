#include "storage/backup.h"

#include "storage/kbfiles.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

namespace plenum::core::backup {

namespace {

constexpr char kIntervalKey[] = "backup_interval_hours";
constexpr char kKeepKey[] = "backup_keep";
constexpr char kStampFormat[] = "yyyyMMdd'T'HHmmsszzz'Z'";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QRegularExpression namePattern(const QString &dbPath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}T\\d{9}Z)-[a-z0-9-]+\\.db$")
                                  .arg(QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())));
}

QString metaValue(Database &db, const char *key)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = ?1");
    q.bindAll(key);
    return q.next() ? q.text(0) : QString();
}

void setMetaValue(Database &db, const char *key, int value)
{
    db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bindAll(key, QString::number(value))
        .run();
}

void prune(const QString &dbPath, int keep)
{
    const QStringList all = list(dbPath);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
}

QString newBackupPath(const QString &dbPath, const QString &reason, const QDateTime &now)
{
    const QDir dir(folder(dbPath));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot back up %1: the folder %2 cannot be created.")
                .arg(native(dbPath), native(dir.path())));
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    QString tag = reason.toLower().replace(unsafe, QStringLiteral("-"));
    if (tag.isEmpty())
        tag = QStringLiteral("manual");
    QDateTime stamp = now.toUTC();
    QString path;
    do { // two backups in the same millisecond get distinct names
        path = dir.filePath(
            QStringLiteral("%1-%2-%3.db")
                .arg(QFileInfo(dbPath).completeBaseName(), stamp.toString(QLatin1String(kStampFormat)), tag));
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(path));
    return path;
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// Runs the online backup from SOURCE into DEST's main database in one step.
void runBackup(sqlite3 *dest, Database &source, const QString &what)
{
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (!b)
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2.").arg(what, QString::fromUtf8(sqlite3_errmsg(dest))));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 250; ++attempt) {
        rc = sqlite3_backup_step(b, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(20);
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        const ErrorCode code
            = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? ErrorCode::Locked : ErrorCode::FileError;
        throw Error(code, QStringLiteral("%1: %2.").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

} // namespace

QString folder(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList list(const QString &dbPath)
{
    const QDir dir(folder(dbPath));
    const QRegularExpression pattern = namePattern(dbPath);
    QList<QPair<QString, QString>> found; // timestamp, path
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            found.append({ m.captured(1), dir.filePath(name) });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList paths;
    for (const auto &f : found)
        paths.append(f.second);
    return paths;
}

QString latest(const QString &dbPath)
{
    const QStringList all = list(dbPath);
    return all.isEmpty() ? QString() : all.first();
}

void copyTo(Database &db, const QString &target)
{
    const QString what = QStringLiteral("Cannot back up %1 to %2").arg(native(db.path()), native(target));
    if (QFileInfo::exists(target))
        throw Error(ErrorCode::Conflict, QStringLiteral("%1: the file already exists.").arg(what));
    const QString part = target + QStringLiteral(".part");
    removeWithSidecars(part);
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(part.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(dest);
        removeWithSidecars(part);
        throw Error(ErrorCode::FileError, QStringLiteral("%1: the file cannot be created.").arg(what));
    }
    try {
        runBackup(dest, db, what);
    } catch (...) {
        sqlite3_close(dest);
        removeWithSidecars(part);
        throw;
    }
    // A copy of a WAL database is a WAL database: fold everything into the one file.
    sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (!QFile::rename(part, target)) {
        removeWithSidecars(part);
        throw Error(ErrorCode::FileError, QStringLiteral("%1: the copy cannot be renamed.").arg(what));
    }
}

QString create(Database &db, const QString &reason, int keep)
{
    if (keep < 0)
        keep = settings(db).keep;
    const QString path = newBackupPath(db.path(), reason, QDateTime::currentDateTimeUtc());
    copyTo(db, path);
    prune(db.path(), std::max(keep, 1));
    return path;
}

Settings settings(Database &db)
{
    Settings s;
    bool ok = false;
    const int interval = metaValue(db, kIntervalKey).toInt(&ok);
    if (ok && interval >= 0)
        s.intervalHours = interval;
    const int keep = metaValue(db, kKeepKey).toInt(&ok);
    if (ok && keep >= 1)
        s.keep = keep;
    return s;
}

void setSettings(Database &db, const Settings &s)
{
    if (s.intervalHours < 0)
        throw Error(ErrorCode::Usage, QStringLiteral("The backup interval must be 0 (off) or a number of hours."));
    if (s.keep < 1)
        throw Error(ErrorCode::Usage, QStringLiteral("At least one backup must be kept."));
    Transaction tx(db);
    setMetaValue(db, kIntervalKey, s.intervalHours);
    setMetaValue(db, kKeepKey, s.keep);
    tx.commit();
}

QString createIfDue(Database &db, const QDateTime &now)
{
    const Settings s = settings(db);
    if (s.intervalHours == 0)
        return {};
    const QString last = latest(db.path());
    if (!last.isEmpty()) {
        const auto m = namePattern(db.path()).match(QFileInfo(last).fileName());
        const QDateTime parsed = QDateTime::fromString(m.captured(1), QLatin1String(kStampFormat));
        const QDateTime at(parsed.date(), parsed.time(), Qt::UTC);
        if (at.isValid() && at.secsTo(now) < qint64(s.intervalHours) * 3600)
            return {};
    }
    return create(db, QStringLiteral("scheduled"), s.keep);
}

QString createBeforeImport(Database &db, qint64 inputBytes)
{
    if (inputBytes < kLargeImportBytes || db.isReadOnly())
        return {};
    return create(db, QStringLiteral("before-import"));
}

void verify(const QString &file)
{
    Database db = Database::open(file, Database::OpenMode::ReadOnly);
    if (db.pragmaInt("application_id") != migrator::kApplicationId)
        throw Error(ErrorCode::NotADatabase,
            QStringLiteral("%1 is a SQLite database but not a Plenum knowledge base.").arg(native(file)));
    auto q = db.prepare("PRAGMA quick_check");
    if (!q.next() || q.text(0) != QLatin1String("ok"))
        throw Error(ErrorCode::Corrupt, QStringLiteral("%1 is damaged (%2).").arg(native(file), q.text(0)));
}

QString restore(const QString &dbPath, const QString &file)
{
    if (!QFileInfo::exists(file))
        throw Error(ErrorCode::NotFound, QStringLiteral("Cannot restore %1: it does not exist.").arg(native(file)));
    verify(file);
    const QString what = QStringLiteral("Cannot restore %1 from %2").arg(native(dbPath), native(file));
    QString saved;
    std::optional<Database> current;
    if (QFileInfo::exists(dbPath)) {
        try {
            current.emplace(Database::open(dbPath, Database::OpenMode::ReadWrite));
        } catch (const Error &e) {
            if (e.code() == ErrorCode::Locked || e.code() == ErrorCode::ReadOnly || e.code() == ErrorCode::FileError)
                throw;
        }
        if (current && current->isReadOnly())
            throw Error(ErrorCode::ReadOnly, QStringLiteral("%1: the file or its folder is read-only.").arg(what));
        if (current) {
            saved = create(*current, QStringLiteral("before-restore"));
        } else { // too damaged to open: keep its bytes as they are
            saved = newBackupPath(dbPath, QStringLiteral("before-restore-damaged"), QDateTime::currentDateTimeUtc());
            if (!QFile::copy(dbPath, saved))
                throw Error(
                    ErrorCode::FileError, QStringLiteral("%1: the damaged file cannot be copied aside.").arg(what));
            if (QFileInfo::exists(dbPath + QStringLiteral("-wal")))
                QFile::copy(dbPath + QStringLiteral("-wal"), saved + QStringLiteral("-wal"));
        }
    }
    if (current) {
        // Copying into the open file takes its write lock, so readers never see a half-written file.
        Database source = Database::open(file, Database::OpenMode::ReadOnly);
        runBackup(current->handle(), source, what);
        current.reset();
    } else {
        const QString part = dbPath + QStringLiteral(".restoring");
        QFile::remove(part);
        if (!QFile::copy(file, part))
            throw Error(ErrorCode::FileError, QStringLiteral("%1: the copy cannot be written.").arg(what));
        removeWithSidecars(dbPath);
        if (!QFile::rename(part, dbPath))
            throw Error(ErrorCode::FileError, QStringLiteral("%1: the copy cannot be renamed.").arg(what));
    }
    removeWithSidecars(searchIndexPath(dbPath));
    return saved;
}

} // namespace plenum::core::backup
