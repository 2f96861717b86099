#include "storage/backup.h"

#include "storage/backupcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>

namespace plenum::core::backup {

using detail::native;

namespace {

constexpr char kIntervalKey[] = "backup_interval_hours";
constexpr char kKeepKey[] = "backup_keep";
constexpr char kStampFormat[] = "yyyyMMdd'T'HHmmsszzz'Z'";

QRegularExpression namePattern(const QString &dbPath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}T\\d{9}Z)-([a-z0-9-]+)\\.db$")
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
    for (const QString &path : retired(entries(dbPath), keep))
        detail::removeWithSidecars(path);
}

// The first day of the ISO week holding DAY.
QDate weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// Refuses to start a copy that cannot fit: a full disk is said before anything is written.
void checkRoomFor(Database &db, const QString &target)
{
    const qint64 needed = db.pragmaInt("page_count") * db.pragmaInt("page_size");
    const QStorageInfo volume(QFileInfo(target).absolutePath());
    if (!volume.isValid())
        return;
    if (volume.isReadOnly())
        throw Error(ErrorCode::ReadOnly,
            QStringLiteral("Cannot back up %1: %2 is on read-only media.").arg(native(db.path()), native(target)));
    if (volume.bytesAvailable() >= 0 && volume.bytesAvailable() < needed + 64 * 1024)
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot back up %1 to %2: the disk is full (%3 free, %4 needed).")
                .arg(native(db.path()), native(target), QLocale::c().formattedDataSize(volume.bytesAvailable()),
                    QLocale::c().formattedDataSize(needed + 64 * 1024)));
}

} // namespace

QString detail::newBackupPath(const QString &dbPath, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dirPath = folder(dbPath);
    const QFileInfo info(dirPath);
    if (info.exists() && !info.isDir())
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot back up %1: %2 is a file, not a folder.").arg(native(dbPath), native(dirPath)));
    if (!info.exists() && !QDir().mkpath(dirPath)) {
        const QString problem = detail::writeProblem(dirPath, 0);
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot back up %1: the folder %2 cannot be created%3.")
                .arg(native(dbPath), native(dirPath),
                    problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem)));
    }
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    QString tag = reason.toLower().replace(unsafe, QStringLiteral("-"));
    if (tag.isEmpty())
        tag = QStringLiteral("manual");
    const QDir dir(dirPath);
    QDateTime stamp = now.toUTC();
    QString path;
    do { // two backups in the same millisecond get distinct names
        path = dir.filePath(
            QStringLiteral("%1-%2-%3.db")
                .arg(QFileInfo(dbPath).completeBaseName(), stamp.toString(QLatin1String(kStampFormat)), tag));
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part")));
    return path;
}

namespace {

// True when some connection holds a lock on PATH (a copy being written by another program).
bool isLocked(const QString &path)
{
    sqlite3 *probe = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &probe, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(probe);
        return false;
    }
    const int rc = sqlite3_exec(probe, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    sqlite3_exec(probe, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(probe);
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

} // namespace

QString folder(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<Entry> entries(const QString &dbPath)
{
    const QDir dir(folder(dbPath));
    const QRegularExpression pattern = namePattern(dbPath);
    QList<Entry> found;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        const auto m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime parsed = QDateTime::fromString(m.captured(1), QLatin1String(kStampFormat));
        found.append(
            { info.absoluteFilePath(), QDateTime(parsed.date(), parsed.time(), Qt::UTC), m.captured(2), info.size() });
    }
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return found;
}

QStringList list(const QString &dbPath)
{
    QStringList paths;
    for (const Entry &e : entries(dbPath))
        paths.append(e.path);
    return paths;
}

QString latest(const QString &dbPath)
{
    const QStringList all = list(dbPath);
    return all.isEmpty() ? QString() : all.first();
}

QStringList retired(const QList<Entry> &newestFirst, int keep)
{
    QStringList out;
    if (newestFirst.isEmpty())
        return out;
    const QDate newestWeek = weekStart(newestFirst.first().created.toLocalTime().date());
    QSet<qint64> weeksHeld;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const Entry &e = newestFirst.at(i);
        const QDate week = weekStart(e.created.toLocalTime().date());
        const qint64 weeksAgo = week.daysTo(newestWeek) / 7;
        if (i < keep) {
            weeksHeld.insert(week.toJulianDay());
        } else if (weeksAgo >= 1 && weeksAgo <= kWeeksKept && !weeksHeld.contains(week.toJulianDay())) {
            weeksHeld.insert(week.toJulianDay()); // the newest of a past week stands for that week
        } else {
            out.append(e.path);
        }
    }
    return out;
}

void copyTo(Database &db, const QString &target, const Progress &progress)
{
    checkRoomFor(db, target);
    detail::copyInto(db.handle(), db.path(), target, progress);
}

QString create(Database &db, const QString &reason, int keep, const Progress &progress)
{
    if (keep < 0)
        keep = settings(db).keep;
    removeStaleParts(db.path());
    const QString path = detail::newBackupPath(db.path(), reason);
    copyTo(db, path, progress);
    prune(db.path(), std::max(keep, 1));
    return path;
}

int removeStaleParts(const QString &dbPath, const QDateTime &now)
{
    const QDir dir(folder(dbPath));
    const QString base = QFileInfo(dbPath).completeBaseName();
    QStringList candidates;
    for (const QString &name : dir.entryList({ base + QStringLiteral("-*.db.part") }, QDir::Files))
        candidates.append(dir.filePath(name));
    for (const char *suffix : { ".part", ".restoring" }) // restores write beside the knowledge base
        if (QFileInfo(dbPath + QLatin1String(suffix)).isFile())
            candidates.append(dbPath + QLatin1String(suffix));
    int removed = 0;
    for (const QString &part : candidates) {
        QDateTime touched = QFileInfo(part).lastModified();
        const QFileInfo journal(part + QStringLiteral("-journal"));
        if (journal.exists())
            touched = std::max(touched, journal.lastModified());
        if (touched.secsTo(now) < kStalePartSeconds || detail::isBeingWritten(part) || isLocked(part))
            continue;
        detail::removeWithSidecars(part);
        ++removed;
    }
    return removed;
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

bool isDue(Database &db, const QDateTime &now)
{
    const Settings s = settings(db);
    if (s.intervalHours == 0)
        return false;
    const QList<Entry> all = entries(db.path());
    if (all.isEmpty())
        return true;
    const QDateTime last = all.first().created;
    if (s.intervalHours == kDaily)
        return last.toLocalTime().date() < now.toLocalTime().date();
    return last.secsTo(now) >= qint64(s.intervalHours) * 3600;
}

QString createIfDue(Database &db, const QDateTime &now, const Progress &progress)
{
    if (db.isReadOnly() || !isDue(db, now))
        return {};
    const bool daily = settings(db).intervalHours == kDaily;
    return create(db, daily ? QStringLiteral("daily") : QStringLiteral("scheduled"), -1, progress);
}

QString createBeforeImport(Database &db, qint64 inputBytes)
{
    if (inputBytes < kLargeImportBytes || db.isReadOnly())
        return {};
    return create(db, QStringLiteral("before-import"));
}

} // namespace plenum::core::backup
