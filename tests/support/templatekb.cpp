#include "templatekb.h"

#include "model/error.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

namespace plenum::test {

namespace {

using Content = core::KnowledgeBase::Content;

// Schema, migrations and bundled records, as compiled into this binary.
QByteArray resourceHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList files;
    for (const QString &root : { QStringLiteral(":/plenum/sql"), QStringLiteral(":/plenum/kb") })
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            files.append(it.next());
    files.sort();
    for (const QString &name : files) {
        QFile file(name); // a Qt resource, never a database file
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(core::ErrorCode::FileError, QStringLiteral("Cannot read the resource %1.").arg(name));
        hash.addData(name.toUtf8());
        hash.addData(file.readAll());
    }
    return hash.result().toHex().left(16);
}

// The running binary: a relink (new linking rules, importer, …) gets a new template.
QFileInfo binary()
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath());
}

QString binaryStamp()
{
    const QFileInfo exe = binary();
    const QByteArray id = exe.absoluteFilePath().toUtf8() + QByteArray::number(exe.size())
        + QByteArray::number(exe.lastModified().toMSecsSinceEpoch());
    return exe.fileName() + QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(12));
}

void check(int rc, sqlite3 *db, const QString &what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        throw core::Error(core::ErrorCode::FileError,
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
}

// Page-by-page copy of FROM into TO with SQLite's backup API, so no file of a database is ever
// opened behind SQLite's back.
void backupFile(const QString &from, const QString &to)
{
    sqlite3 *src = nullptr;
    sqlite3 *dst = nullptr;
    const auto closeBoth = [&] {
        sqlite3_close(src);
        sqlite3_close(dst);
    };
    try {
        check(sqlite3_open_v2(from.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr), src, from);
        check(sqlite3_open_v2(to.toUtf8().constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), dst,
            to);
        sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
        if (!backup)
            check(SQLITE_ERROR, dst, to);
        const int stepped = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        check(stepped == SQLITE_DONE ? finished : stepped, dst, to);
    } catch (...) {
        closeBoth();
        throw;
    }
    closeBoth();
}

// Creates the template at PATH the way a user's knowledge base is created, then leaves it in
// rollback-journal mode (a single file, readable by many processes without a -shm).
void createTemplate(const QString &path, Content content)
{
    QTemporaryDir work(QFileInfo(path).absolutePath() + QStringLiteral("/building-XXXXXX"));
    if (!work.isValid())
        throw core::Error(core::ErrorCode::FileError, QStringLiteral("Cannot create a folder beside %1.").arg(path));
    const QString created = work.filePath(QStringLiteral("created.db"));
    const QString compact = work.filePath(QStringLiteral("template.db"));
    core::KnowledgeBase::open(created, true, content).reset();
    backupFile(created, compact);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(compact.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const int journal
        = rc == SQLITE_OK ? sqlite3_exec(db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) : rc;
    sqlite3_close(db);
    check(journal, nullptr, compact);
    // rename(2) replaces atomically: a process racing us finds either no file or a whole one.
    if (std::rename(QFile::encodeName(compact).constData(), QFile::encodeName(path).constData()) != 0)
        throw core::Error(core::ErrorCode::FileError, QStringLiteral("Cannot move the template to %1.").arg(path));
}

// Templates of earlier builds of this binary are never read again.
void removeStaleTemplates(const QString &current, const QString &binary)
{
    const QFileInfo info(current);
    const QString suffix = info.fileName().section(QLatin1Char('-'), -1);
    for (const QFileInfo &old : QDir(info.absolutePath()).entryInfoList({ QStringLiteral("v*.db") }, QDir::Files))
        if (old.fileName() != info.fileName() && old.fileName().contains(QLatin1Char('-') + binary + QLatin1Char('-'))
            && old.fileName().endsWith(QLatin1Char('-') + suffix))
            QFile::remove(old.absoluteFilePath()); // no connection of this process is open on it
}

} // namespace

QString templateKbPath(Content content)
{
    static const QString key = QStringLiteral("v%1-%2-%3")
                                   .arg(core::migrator::kLatestVersion)
                                   .arg(QString::fromLatin1(resourceHash()), binaryStamp());
    const QString dir = QStringLiteral(PLENUM_TEST_TEMPLATE_DIR);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2.db")
            .arg(key, content == Content::Empty ? QStringLiteral("empty") : QStringLiteral("bundled")));
    if (!QFileInfo::exists(path)) {
        createTemplate(path, content);
        removeStaleTemplates(path, binary().fileName());
    }
    return path;
}

std::unique_ptr<core::KnowledgeBase> copyTemplateKb(const QString &path, Content content)
{
    if (QFileInfo::exists(path))
        throw core::Error(
            core::ErrorCode::FileError, QStringLiteral("%1 exists; a template copy needs a new file.").arg(path));
    backupFile(templateKbPath(content), path);
    return core::KnowledgeBase::open(path, false, content);
}

} // namespace plenum::test
