#include "search/searchindex.h"

#include "model/resourcetext.h"
#include "search/impactindex.h"
#include "search/indexsource.h"
#include "search/namepostings.h"
#include "search/rowid.h"
#include "search/searchcontent.h"
#include "search/searchrun.h"
#include "search/searchtokenizer.h"
#include "storage/kbfiles.h"
#include "text/searchtext.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace plenum::core::search {

namespace {

// A write transaction on the index file that takes the file's write lock before it reads
// anything, so the row-id serial, the journal position and the counters it reads cannot be
// changed by another connection before it commits. The first statement writes: a transaction
// that reads first and writes later fails at once (no busy wait) when another connection wrote
// meanwhile, which is how two searches after an import used to fail in 30 ms. BEGIN IMMEDIATE
// would also write-lock the attached knowledge base and block the app's writes while the index
// catches up; this locks the index alone (the knowledge base is only read, at one snapshot).
class IndexWriteLock {
public:
    explicit IndexWriteLock(Database &db)
        : m_db(db)
    {
        m_db.exec("BEGIN");
        try {
            m_db.exec("UPDATE search_meta SET value = value WHERE key = 'version'");
        } catch (...) {
            rollback();
            throw;
        }
    }
    IndexWriteLock(const IndexWriteLock &) = delete;
    IndexWriteLock &operator=(const IndexWriteLock &) = delete;
    ~IndexWriteLock() { rollback(); }
    void commit()
    {
        m_db.exec("COMMIT");
        m_open = false;
    }
    void rollback() noexcept
    {
        if (std::exchange(m_open, false))
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }

private:
    Database &m_db;
    bool m_open = true;
};

// A bulk rebuild writes with synchronous = OFF; NORMAL again however it ends (SQLite refuses to
// change it inside a transaction, so this must outlive the rebuild's IndexWriteLock).
class BulkWrites {
public:
    explicit BulkWrites(Database &db)
        : m_db(db)
    {
        m_db.exec("PRAGMA synchronous = OFF");
    }
    BulkWrites(const BulkWrites &) = delete;
    BulkWrites &operator=(const BulkWrites &) = delete;
    ~BulkWrites() { sqlite3_exec(m_db.handle(), "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr); }

private:
    Database &m_db;
};

// Only for a file SQLite refuses to open at all: a file it can open is reset through SQLite
// (resetFile()), which respects other connections' locks.
void removeIndexFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            throw Error(ErrorCode::FileError,
                QStringLiteral("Cannot replace the search index %1: the file cannot be removed.").arg(file));
    }
}

QString metaValue(Database &db, const char *key)
{
    auto q = db.prepare("SELECT value FROM search_meta WHERE key = ?1");
    q.bindAll(QString::fromLatin1(key));
    return q.next() ? q.text(0) : QString();
}

void setMeta(Database &db, const char *key, const QString &value)
{
    db.prepare("INSERT OR REPLACE INTO search_meta(key, value) VALUES (?1, ?2)")
        .bindAll(QString::fromLatin1(key), value.isNull() ? QStringLiteral("") : value)
        .run();
}

std::int64_t countOf(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q.next() ? q.integer(0) : 0;
}

QString congressKey(const Congresses &congresses)
{
    QStringList parts;
    for (const auto &[start, term] : congresses)
        parts.append(start + QLatin1Char('=') + QString::number(term));
    return parts.join(QLatin1Char(','));
}

// The journal row at SEQ, which identifies the knowledge base's history up to there: a copy
// swapped in from before or beside it has another row there (or none).
const char kJournalMark[]
    = "SELECT seq || '|' || entity_id || '|' || changed_at FROM kb.changes WHERE seq = CAST(?1 AS INTEGER)";

} // namespace

// Where the index stands against the knowledge base's change journal.
struct SearchIndex::Journal {
    std::int64_t applied = 0; ///< last_seq
    std::int64_t head = 0; ///< the knowledge base's latest change
    bool sameHistory = true; ///< the journal row at last_seq is the one the index applied
    [[nodiscard]] bool current() const { return sameHistory && head == applied; }
};

QString SearchIndex::indexPath(const QString &kbPath)
{
    return searchIndexPath(kbPath);
}

SearchIndex::SearchIndex(Database db, QString kbPath)
    : m_db(std::move(db))
    , m_kbPath(std::move(kbPath))
{
    m_rank = registerTokenizer(m_db);
    registerContentModule(m_db, kOneSource);
    m_db.prepare("ATTACH DATABASE ?1 AS kb").bindAll(kbAttachName(m_kbPath)).run();
}

SearchIndex::~SearchIndex() = default;

Database SearchIndex::openFile(const QString &kbPath)
{
    Database db = Database::open(indexPath(kbPath), Database::OpenMode::Create);
    if (!db.prepare("SELECT 1 FROM sqlite_schema").next()) {
        // A new file: incremental auto-vacuum lets rebuild() hand back the pages merging leaves free.
        db.exec("PRAGMA auto_vacuum = INCREMENTAL");
        db.exec("VACUUM");
    }
    db.exec("PRAGMA cache_size = -65536");
    return db;
}

void SearchIndex::createSchema()
{
    m_db.execScript(resourceText(QStringLiteral(":/plenum/sql/search/index.sql")));
}

// Empties a damaged index file in place, through SQLite, so other connections to it (another
// window, plenum-cli) keep their locks and see an empty index instead of a deleted file.
void SearchIndex::resetFile()
{
    sqlite3 *handle = m_db.handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_RESET_DATABASE, 1, nullptr);
    int rc = sqlite3_exec(handle, "VACUUM", nullptr, nullptr, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_RESET_DATABASE, 0, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "PRAGMA auto_vacuum = INCREMENTAL", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "VACUUM", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("Cannot reset the damaged search index %1").arg(indexPath(m_kbPath)));
    createSchema();
}

// True when the file holds an index of this version that reads (a damaged file often opens fine
// and fails on the first real read; the caller repairs what throws).
bool SearchIndex::isBuilt()
{
    if (metaValue(m_db, "version") != QString::number(kVersion))
        return false;
    m_db.exec("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'plenum'");
    m_db.exec("SELECT max(id) FROM search_docs");
    return true;
}

// A connection to an index file SQLite can read, with the index's tables, repairing what it must.
std::unique_ptr<SearchIndex> SearchIndex::openConnection(const QString &kbPath)
{
    std::unique_ptr<SearchIndex> index;
    try {
        index.reset(new SearchIndex(openFile(kbPath), kbPath));
        index->createSchema();
        (void)index->isBuilt();
        return index;
    } catch (const Error &e) {
        // The knowledge base's problems are the caller's; the index's are ours to repair.
        if (e.code() == ErrorCode::Locked || e.code() == ErrorCode::ReadOnly || !QFile::exists(kbPath))
            throw;
        if (index && (e.code() == ErrorCode::Corrupt || e.code() == ErrorCode::NotADatabase)) {
            try {
                index->resetFile();
                return index;
            } catch (const Error &) {
                // beyond SQLite's reset: replace the files below
            }
        }
    }
    index.reset();
    removeIndexFiles(indexPath(kbPath));
    index.reset(new SearchIndex(openFile(kbPath), kbPath));
    index->createSchema();
    return index;
}

std::unique_ptr<SearchIndex> SearchIndex::open(const QString &kbPath, const Progress &progress)
{
    if (!QFile::exists(kbPath))
        throw Error(
            ErrorCode::NotFound, QStringLiteral("Cannot search %1: the knowledge base does not exist.").arg(kbPath));
    std::unique_ptr<SearchIndex> index = openConnection(kbPath);
    if (!index->isBuilt()) {
        // Another connection building the index holds its lock for longer than a busy timeout on a
        // large knowledge base: wait for it in rounds (the busy notifier tells the user).
        for (int round = 1;; ++round) {
            try {
                index->rebuildUnless(true, progress);
                break;
            } catch (const Error &e) {
                if (e.code() != ErrorCode::Locked || round >= kBuildWaitRounds)
                    throw;
            }
        }
        index->m_state = IndexState::Rebuilt;
        return index;
    }
    index->reloadState();
    if (index->catchUp(progress) > 0)
        index->m_state = index->m_rebuiltByCatchUp ? IndexState::Rebuilt : IndexState::CaughtUp;
    return index;
}

std::int64_t SearchIndex::lastAppliedSeq()
{
    return metaValue(m_db, "last_seq").toLongLong();
}

std::int64_t SearchIndex::journalHead()
{
    return countOf(m_db, "SELECT coalesce(max(seq), 0) FROM kb.changes");
}

QStringList SearchIndex::verify()
{
    // Another program may write the knowledge base between our catch-up and the check: then the
    // snapshot holds changes the index has not applied yet, which are not damage. Catch up and look
    // again; if writers keep ahead, check everything but the items they changed since.
    constexpr int kAttempts = 5;
    for (int attempt = 0;; ++attempt) {
        // Under the write lock: one snapshot of both files, which no catch-up changes meanwhile
        // (and FTS5's integrity check is a write statement). Nothing is written; the lock rolls back.
        IndexWriteLock lock(m_db);
        const Journal j = journal();
        if (!j.sameHistory || j.head == j.applied)
            return verifyLocked(j, {});
        if (attempt + 1 == kAttempts)
            return verifyLocked(j, pendingEntities(j.applied));
        lock.rollback();
        catchUp();
    }
}

// The items the journal changed after position APPLIED (in the current snapshot).
QSet<QString> SearchIndex::pendingEntities(std::int64_t applied)
{
    QSet<QString> ids;
    auto q = m_db.prepare("SELECT DISTINCT entity_id FROM kb.changes WHERE seq > ?1");
    q.bind(1, applied);
    while (q.next())
        ids.insert(q.text(0));
    return ids;
}

QStringList SearchIndex::verifyLocked(const Journal &j, const QSet<QString> &pending)
{
    QStringList problems;
    {
        auto q = m_db.prepare("PRAGMA main.integrity_check");
        if (q.next() && q.text(0) != QLatin1String("ok"))
            problems.append(QStringLiteral("The index file is damaged (%1).").arg(q.text(0)));
    }
    // FTS5 checks its postings against the text it reads from the knowledge base now. Rows of
    // edited items wait in search_dead with postings of their old text until the next rebuild,
    // so the check only means something while there are none.
    if (deadRows() == 0 && pending.isEmpty()) {
        try {
            m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
        } catch (const Error &e) {
            problems.append(QStringLiteral("The full-text index does not match its rows (%1)").arg(e.message()));
        }
    }
    // Ghost rows: postings of no item (they would count in totals and facets) or items without postings.
    if (const auto ghosts = countOf(m_db,
            "SELECT count(*) FROM search_fts_docsize z WHERE z.id NOT IN "
            "(SELECT id FROM search_docs) AND z.id NOT IN (SELECT id FROM search_dead)"))
        problems.append(QStringLiteral("%1 rows of the full-text index belong to no item.").arg(ghosts));
    if (const auto bare = countOf(m_db,
            "SELECT count(*) FROM search_docs d WHERE d.id NOT IN "
            "(SELECT id FROM search_fts_docsize)"))
        problems.append(QStringLiteral("%1 indexed items have no full-text entry.").arg(bare));
    verifyContent(problems, pending);
    // Names stale with their items are a consequence of what was just reported, not more damage.
    problems += namesProblems(m_db, pending.isEmpty() && problems.isEmpty());
    if (!j.sameHistory)
        problems.append(QStringLiteral("The index was built from another copy of the knowledge base."));
    else if (j.head != j.applied && pending.isEmpty())
        problems.append(QStringLiteral("The index has not applied the knowledge base's latest changes."));
    return problems;
}

// Every item of the knowledge base indexed once, with the text, aliases and row-id fields it has
// now; nothing else.
void SearchIndex::verifyContent(QStringList &problems, const QSet<QString> &pending)
{
    QHash<QString, QPair<std::int64_t, std::int64_t>> indexed; // entity id → row id, digest
    {
        auto q = m_db.prepare("SELECT entity_id, id, digest FROM search_docs");
        while (q.next())
            indexed.insert(q.text(0), { q.integer(1), q.integer(2) });
    }
    const Congresses congresses = loadCongresses(m_db);
    std::set<int> keys;
    for (const auto &[id, digest] : std::as_const(indexed))
        keys.insert(int(id >> rowid::kTerm.shift));
    std::int64_t missing = 0, stale = 0, unscanned = 0;
    auto source = m_db.prepare(kAllSources);
    while (source.next()) {
        const std::optional<IndexedItem> item = readIndexedItem(source, congresses);
        if (!item)
            continue;
        const auto it = indexed.constFind(item->entityId);
        if (pending.contains(item->entityId)) { // changed after the index's position: not compared
            if (it != indexed.cend())
                indexed.erase(it);
            continue;
        }
        if (it == indexed.cend()) {
            ++missing;
            continue;
        }
        if (it->second != item->digest || (it->first & ~rowid::kSerial.at(-1)) != item->layout)
            ++stale;
        indexed.erase(it);
    }
    for (const QString &id : pending)
        indexed.remove(id); // deleted after the index's position
    std::set<int> saved;
    for (const QString &key : metaValue(m_db, "type_terms").split(QLatin1Char(','), Qt::SkipEmptyParts))
        saved.insert(key.toInt());
    for (const int key : keys)
        unscanned += saved.count(key) ? 0 : 1;
    if (missing)
        problems.append(QStringLiteral("%1 items of the knowledge base are missing from the index.").arg(missing));
    if (!indexed.isEmpty())
        problems.append(QStringLiteral("%1 indexed items no longer exist in the knowledge base.").arg(indexed.size()));
    if (stale)
        problems.append(QStringLiteral("%1 indexed items have text, aliases, dates or terms that changed since they "
                                       "were indexed.")
                            .arg(stale));
    if (unscanned)
        problems.append(
            QStringLiteral("%1 groups of indexed items are missing from the index's year ranges.").arg(unscanned));
}

SearchIndex::Journal SearchIndex::journal()
{
    // One statement: one snapshot of both files.
    auto q
        = m_db.prepare("SELECT coalesce((SELECT value FROM search_meta WHERE key = 'last_seq'), '0'),"
                       " (SELECT coalesce(max(seq), 0) FROM kb.changes),"
                       " coalesce((SELECT value FROM search_meta WHERE key = 'journal_mark'), ''),"
                       " coalesce((SELECT seq || '|' || entity_id || '|' || changed_at FROM kb.changes"
                       "   WHERE seq = CAST((SELECT value FROM search_meta WHERE key = 'last_seq') AS INTEGER)), '')");
    Journal j;
    if (q.next()) {
        j.applied = q.text(0).toLongLong();
        j.head = q.integer(1);
        j.sameHistory = q.text(2) == q.text(3);
    }
    return j;
}

std::int64_t SearchIndex::itemCount()
{
    return countOf(m_db, "SELECT count(*) FROM search_docs");
}

int SearchIndex::synchronousMode()
{
    return int(m_db.pragmaInt("main.synchronous"));
}

void SearchIndex::loadCounters()
{
    m_serial = metaValue(m_db, "serial").toLongLong();
    m_typeTerms.clear();
    for (const QString &key : metaValue(m_db, "type_terms").split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_typeTerms.insert(key.toInt());
}

// Writes what this transaction changed: the serial, the (type, term) keys, the journal position
// applied and the row there.
void SearchIndex::saveCounters(const Journal &j)
{
    setMeta(m_db, "serial", QString::number(m_serial));
    QStringList keys;
    for (const int key : m_typeTerms)
        keys.append(QString::number(key));
    setMeta(m_db, "type_terms", keys.join(QLatin1Char(',')));
    setMeta(m_db, "last_seq", QString::number(j.head));
    auto mark = m_db.prepare(kJournalMark);
    mark.bindAll(QString::number(j.head));
    setMeta(m_db, "journal_mark", mark.next() ? mark.text(0) : QString());
    setMeta(m_db, "congresses", congressKey(m_congresses));
}

// What searches read besides the index tables, as the index and the knowledge base hold it now.
void SearchIndex::reloadState()
{
    // First: a commit by another connection while this loads makes the next search load again.
    m_dataVersion = m_db.pragmaInt("main.data_version");
    loadCounters();
    m_aliases.load(m_db);
    m_congresses = loadCongresses(m_db);
}

void SearchIndex::indexRows(Query &source, ImpactWriter &impacts, NameWriter &names, const Progress &progress,
    std::int64_t total, std::int64_t &done)
{
    auto doc = m_db.prepare("INSERT INTO search_docs(id, entity_id, digest) VALUES (?1, ?2, ?3)");
    auto fts = m_db.prepare("INSERT INTO search_fts(rowid, title, aliases, body) VALUES (?1, ?2, ?3, ?4)");
    while (source.next()) {
        const std::optional<IndexedItem> item = readIndexedItem(source, m_congresses);
        if (!item)
            continue;
        const std::int64_t id = item->layout | rowid::kSerial.at(++m_serial);
        if (m_appended)
            m_appended->push_back(id);
        doc.reset();
        doc.bindAll(id, item->entityId, item->digest).run();
        m_typeTerms.insert(int(id >> rowid::kTerm.shift));
        fts.reset();
        fts.bindAll(id, item->title, item->aliases, item->body).run();
        impacts.add(id, item->title, item->aliases, item->body);
        names.add(id, item->title, item->aliases, item->body);
        if ((++done % 1000 == 0 || done == 1) && progress && !progress(done, total))
            throw Error(ErrorCode::Cancelled, QStringLiteral("Indexing %1 was cancelled.").arg(m_kbPath));
    }
}

// The average row length of the first items of SOURCE (a kAllSources statement): the reference
// the block bounds are computed with. Later rows only widen the bounds by the ratio of the
// averages (see blockBounds()), so an estimate will do.
double SearchIndex::sampleAverageLength(Query &source)
{
    constexpr int kSample = 20000;
    std::int64_t rows = 0, tokens = 0;
    while (rows < kSample && source.next()) {
        const std::optional<IndexedItem> item = readIndexedItem(source, m_congresses);
        if (!item)
            continue;
        tokens += rowLength(item->title, item->aliases, item->body);
        ++rows;
    }
    return rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1.0;
}

// Drops and rebuilds every table inside the caller's IndexWriteLock.
void SearchIndex::rebuildLocked(const Progress &progress)
{
    for (const char *drop : { "DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_text",
             "DROP TABLE IF EXISTS search_docs", "DROP TABLE IF EXISTS search_dead",
             "DROP TABLE IF EXISTS search_terms", "DROP TABLE IF EXISTS search_impacts",
             "DROP TABLE IF EXISTS search_lengths", "DROP TABLE IF EXISTS search_names", "DELETE FROM search_meta" })
        m_db.exec(drop);
    createSchema();
    // Bulk build: buffer 64 MB of postings per segment and merge only once, in 'optimize' at the
    // end, instead of merging small segments over and over while rows arrive.
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 64)");
    m_congresses = loadCongresses(m_db);
    const Journal j = journal();
    const std::int64_t total = countOf(m_db, "SELECT count(*) FROM kb.entities");
    // Serials keep counting across rebuilds, so no row id of a rebuilt index is one another
    // connection's statements still hold for an older row.
    m_typeTerms.clear();
    std::int64_t done = 0;
    auto source = m_db.prepare(kAllSources);
    const double reference = sampleAverageLength(source);
    setMeta(m_db, "impact_reference", QString::number(reference, 'g', 17));
    source.reset();
    ImpactWriter impacts(m_db, reference);
    NameWriter names(m_db, wantedNames(m_db), true);
    indexRows(source, impacts, names, progress, total, done);
    impacts.flush();
    names.flush();
    m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
    // Back to FTS5's defaults for the small incremental writes of catchUp().
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)");
    m_db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 16)");
    setMeta(m_db, "version", QString::number(kVersion));
    saveCounters(j);
    setMeta(m_db, "names_serial", QString::number(m_serial));
}

void SearchIndex::rebuild(const Progress &progress)
{
    rebuildUnless(false, progress);
}

// UNLESS_BUILT: another connection may have built the index while this one waited for the lock.
void SearchIndex::rebuildUnless(bool unlessBuilt, const Progress &progress)
{
    for (int attempt = 0;; ++attempt) {
        try {
            BulkWrites bulk(m_db);
            IndexWriteLock lock(m_db);
            if (unlessBuilt && isBuilt())
                break;
            m_serial = metaValue(m_db, "serial").toLongLong();
            rebuildLocked(progress);
            lock.commit();
            break;
        } catch (const Error &e) {
            // A damaged file may fail to drop its tables: empty it and build once more.
            if (attempt > 0 || (e.code() != ErrorCode::Corrupt && e.code() != ErrorCode::NotADatabase))
                throw;
            resetFile();
        }
    }
    reloadState();
    // A rebuild writes the whole index through the WAL; fold it back so the file stays compact.
    m_db.exec("PRAGMA incremental_vacuum");
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (progress) {
        const std::int64_t items = itemCount();
        progress(items, items);
    }
}

// The row stays in search_fts (deleting it there needs the text it was indexed from, which may be
// gone); searches skip it through search_dead until the next rebuild.
void SearchIndex::removeEntity(const QString &id)
{
    auto old = m_db.prepare("SELECT id FROM search_docs WHERE entity_id = ?1");
    old.bindAll(id);
    if (!old.next())
        return;
    const std::int64_t rowid = old.integer(0);
    m_db.prepare("INSERT OR IGNORE INTO search_dead(id) VALUES (?1)").bindAll(rowid).run();
    m_db.prepare("DELETE FROM search_docs WHERE id = ?1").bindAll(rowid).run();
}

std::int64_t SearchIndex::deadRows()
{
    return countOf(m_db, "SELECT count(*) FROM search_dead");
}

// Reindexing item by item costs several times what a bulk rebuild costs per item, and every item
// reindexed leaves a dead row behind that searches must skip. A knowledge base with another
// history (a copy swapped in) or other congress dates (every dated item's term) is rebuilt.
bool SearchIndex::needsRebuild(const Journal &j, std::int64_t changed)
{
    if (!j.sameHistory || j.head < j.applied || congressKey(m_congresses) != metaValue(m_db, "congresses"))
        return true;
    const std::int64_t items = itemCount();
    return (changed > 20000 && changed > items / 4) || deadRows() + changed > std::max<std::int64_t>(1000, items / 10);
}

// The names' postings follow in the same transaction when they were in step before it (always,
// but for an index an older build wrote, which is rebuilt instead): rows added to the names they
// match, then names added or dropped with the aliases.
void SearchIndex::applyChanges(const Journal &j, std::int64_t changed, const Progress &progress)
{
    auto ids = m_db.prepare("SELECT DISTINCT entity_id FROM kb.changes WHERE seq > ?1 AND seq <= ?2");
    ids.bindAll(j.applied, j.head);
    auto source = m_db.prepare(kOneSource);
    std::int64_t done = 0;
    const bool namesKept = namesInStep(m_db);
    ImpactWriter impacts(m_db, metaValue(m_db, "impact_reference").toDouble());
    const std::map<QString, QString> stored = namesKept ? storedNameKeys(m_db) : std::map<QString, QString> {};
    NameWriter names(m_db, stored, false);
    while (ids.next()) {
        const QString id = ids.text(0);
        removeEntity(id);
        source.reset();
        source.bindAll(id);
        indexRows(source, impacts, names, progress, changed, done);
    }
    impacts.flush();
    saveCounters(j);
    if (namesKept) {
        names.flush();
        (void)storeNames(m_db, wantedNames(m_db), stored);
        setMeta(m_db, "names_serial", QString::number(m_serial));
    }
}

std::int64_t SearchIndex::catchUp(const Progress &progress)
{
    if (journal().current()) {
        // Another connection may have caught up or rebuilt meanwhile.
        if (m_db.pragmaInt("main.data_version") != m_dataVersion)
            reloadState();
        return 0;
    }
    IndexWriteLock lock(m_db);
    const Journal j = journal(); // again, now that no one else can apply it
    if (j.current()) {
        lock.rollback();
        reloadState();
        return 0;
    }
    loadCounters();
    m_congresses = loadCongresses(m_db);
    std::int64_t changed = 0;
    {
        auto q = m_db.prepare("SELECT count(DISTINCT entity_id) FROM kb.changes WHERE seq > ?1 AND seq <= ?2");
        q.bindAll(j.applied, j.head);
        changed = q.next() ? q.integer(0) : 0;
    }
    m_rebuiltByCatchUp = needsRebuild(j, changed);
    std::vector<std::int64_t> appended;
    QByteArray before;
    std::int64_t version = 0;
    if (m_rebuiltByCatchUp) {
        rebuildLocked(progress);
        changed = std::max<std::int64_t>(changed, itemCount());
    } else {
        before = ftsStructure(m_db);
        version = m_db.pragmaInt("main.data_version");
        m_appended = &appended;
        try {
            applyChanges(j, changed, progress);
        } catch (...) {
            m_appended = nullptr;
            throw;
        }
        m_appended = nullptr;
    }
    lock.commit();
    if (m_rebuiltByCatchUp)
        m_rank->postings.clear();
    else
        followAppended(before, version, appended);
    reloadState();
    if (progress && changed > 0)
        progress(changed, changed);
    return changed;
}

namespace {

// The milestone the whole query names: one alias expansion to a milestone, every positive phrase
// its alternatives, nothing negated, no filter on links. Empty otherwise.
QString namedMilestone(const ParsedQuery &q, const QSet<QString> &milestones)
{
    if (q.expansions.size() != 1 || !milestones.contains(q.expansions.first().entityId)
        || !q.filters.milestones.isEmpty() || !q.filters.concepts.isEmpty())
        return {};
    for (const QueryPhrase &p : q.phrases)
        if (p.clause != 0)
            return {};
    return q.expansions.first().entityId;
}

} // namespace

ParsedQuery SearchIndex::parse(const QString &text, bool expandAliases)
{
    AliasLookup lookup;
    if (expandAliases)
        lookup = [this](const QString &key) { return m_aliases.find(key); };
    return parseQuery(text, lookup);
}

SearchResults SearchIndex::search(const QString &text, const SearchOptions &options)
{
    try {
        catchUp();
    } catch (const Error &e) {
        // Another connection has held the index's write lock for the whole busy timeout (a
        // rebuild of a large knowledge base): search what it last committed instead of failing.
        if (e.code() != ErrorCode::Locked)
            throw;
    }
    SearchResults r;
    r.query = parse(text, options.expandAliases);
    r.linkedTo = namedMilestone(r.query, m_aliases.milestoneIds());
    if (r.query.expression.isEmpty() && r.query.filters.isEmpty() && !options.type) {
        r.total = 0;
        return r;
    }
    const PhraseHelper reader = helper();
    // One read transaction: every statement of the search sees the same committed state.
    m_db.exec("BEGIN");
    try {
        SearchRun run(m_db, *m_rank, m_typeTerms, impactReference(), options, r);
        run.setHelper(reader);
        run.highlight(run.rank());
        run.count();
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    m_db.exec("COMMIT");
    return r;
}

double SearchIndex::impactReference()
{
    return metaValue(m_db, "impact_reference").toDouble();
}

void SearchIndex::interrupt()
{
    if (sqlite3 *helper = m_helperHandle.load())
        sqlite3_interrupt(helper);
    sqlite3_interrupt(m_db.handle());
}

} // namespace plenum::core::search
