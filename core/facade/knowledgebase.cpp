#include "facade/knowledgebase.h"
#include "model/resourcetext.h"

#include "linking/linker.h"
#include "storage/backup.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace plenum::core {

namespace {

constexpr char kBundleKey[] = "bundle_hash";
constexpr char kNoBundle[] = "none";

QString meta(Database &db, const char *key)
{
    auto q = db.prepare("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    return q.next() ? q.text(0) : QString();
}

void setMeta(Database &db, const char *key, const QString &value)
{
    auto q = db.prepare(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bindAll(key, value).run();
}

// A fingerprint of the bundled files, so an unchanged bundle costs nothing at start-up.
QString bundleFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QString list = resourceText(QStringLiteral(":/plenum/kb/bundle.txt"));
    hash.addData(list.toUtf8());
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        QFile file(QStringLiteral(":/plenum/kb/") + line.trimmed());
        if (!line.trimmed().isEmpty() && file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

// How long opening may spend looking for damaged pages: quick_check reads about 250 MB a second
// from the page cache, so a knowledge base of up to ~60 MB is checked whole (docs/reliability.md).
constexpr int kPageCheckBudgetMs = 250;

// An existing file of zero bytes is not a new knowledge base to fill: it is one that lost its
// content (a failed copy, a full disk). Looked at with stat(2) before SQLite opens it, since even
// enabling WAL writes a header into an empty file. (A new file's first content may still be only
// in its WAL, so a non-empty WAL beside it is SQLite's to read.)
void refuseEmptyFile(const QString &path)
{
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0 && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        throw Error(ErrorCode::Corrupt,
            QStringLiteral("Cannot open %1: the file is empty (0 bytes), so it holds no knowledge base; it was left as "
                           "it is. Restore a backup, or choose another file to start a new knowledge base.")
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace

KnowledgeBase::KnowledgeBase(Database db)
    : m_db(std::move(db))
    , m_repo(m_db)
{
}

QString KnowledgeBase::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("plenum.db"));
}

namespace {

// Runs OPEN; an Error saying PATH is damaged comes out naming its latest backup, if any.
template <typename Open> auto namingBackup(const QString &path, Open open)
{
    try {
        return open();
    } catch (const Error &e) {
        if (e.code() != ErrorCode::Corrupt && e.code() != ErrorCode::NotADatabase)
            throw;
        const QString latest = backup::latest(path);
        if (latest.isEmpty())
            throw;
        // The damaged file is left as it is; restoring is the user's choice.
        throw Error(e.code(),
            QStringLiteral("%1 The latest backup is %2 (restore it with: plenum-cli --db %3 restore %2).")
                .arg(e.message(), QDir::toNativeSeparators(latest), QDir::toNativeSeparators(path)));
    }
}

} // namespace

std::unique_ptr<KnowledgeBase> KnowledgeBase::open(
    const QString &path, bool create, Content content, Access access, PageCheck pages)
{
    return namingBackup(path, [&] { return openChecked(path, create, content, access, pages); });
}

void KnowledgeBase::confirmPages()
{
    namingBackup(m_db.path(), [this] { m_db.awaitPageCheck(); });
}

std::unique_ptr<KnowledgeBase> KnowledgeBase::openChecked(
    const QString &path, bool create, Content content, Access access, PageCheck pages)
{
    const bool existed = QFileInfo::exists(path);
    const auto mode = access == Access::ReadOnly ? Database::OpenMode::ReadOnly
        : create                                 ? Database::OpenMode::Create
                                                 : Database::OpenMode::ReadWrite;
    if (existed)
        refuseEmptyFile(path);
    auto db = Database::open(path, mode);
    // Damage is looked for before anything writes: an import must never add to a damaged file.
    if (existed && !db.isReadOnly() && pages == PageCheck::Now)
        db.checkPages(kPageCheckBudgetMs);
    else if (existed && !db.isReadOnly())
        db.startPageCheck(kPageCheckBudgetMs); // the first write waits for it
    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(std::move(db)));
    if (kb->isReadOnly()) {
        migrator::migrate(kb->m_db); // refuses a file that would need upgrading
        return kb;
    }
    try {
        const auto outcome = migrator::migrate(kb->m_db);
        kb->m_created = outcome.created;
        const QString stored = meta(kb->m_db, kBundleKey);
        // Databases from before automatic linking get their links once, on the migration to version 3.
        bool relink = !outcome.created && outcome.fromVersion < 3 && outcome.fromVersion != outcome.toVersion;
        if (outcome.created && content == Content::Empty) {
            setMeta(kb->m_db, kBundleKey, QString::fromLatin1(kNoBundle));
        } else if (stored != QLatin1String(kNoBundle)) {
            const QString fingerprint = bundleFingerprint();
            if (stored != fingerprint) {
                Transaction tx(kb->m_db);
                kb->m_bundle = kb::refreshBundled(kb->m_repo);
                Linker(kb->m_repo).linkAll();
                setMeta(kb->m_db, kBundleKey, fingerprint);
                tx.commit();
                relink = false;
            }
        }
        if (relink)
            Linker(kb->m_repo).linkAll();
    } catch (...) {
        if (!existed) {
            kb.reset();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        throw;
    }
    return kb;
}

} // namespace plenum::core
