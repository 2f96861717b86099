#include "storage/database.h"
#include "storage/kbfiles.h"
#include "storage/statementcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include <sqlite3.h>

namespace plenum::core {

namespace {

// Up to 128 MB of page cache (filled only as needed): see Database::open().
constexpr const char *kPageCache = "PRAGMA cache_size = -131072";

// SQLite counts every allocation under one process-wide mutex unless it is told otherwise before
// its first use (SQLITE_CONFIG_MEMSTATUS). A search reads on two connections at once, and that
// mutex took most of the gain: a page of highlights took as long on two threads as on one. Set
// while the program starts, before any connection; nothing reads sqlite3_memory_used().
[[maybe_unused]] const int kMemoryStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

} // namespace

namespace {

ErrorCode codeFor(int rc)
{
    if (rc == SQLITE_CONSTRAINT_CHECK || rc == SQLITE_CONSTRAINT_NOTNULL || rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        return ErrorCode::InvalidData;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Conflict;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
        return ErrorCode::FileError;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return ErrorCode::InvalidData;
    default:
        return ErrorCode::Internal;
    }
}

QString describe(ErrorCode code, const QString &fallback)
{
    switch (code) {
    case ErrorCode::Locked:
        return QStringLiteral("the knowledge base is locked by another program");
    case ErrorCode::NotADatabase:
        return QStringLiteral("the file is not a SQLite database");
    case ErrorCode::Corrupt:
        return QStringLiteral("the database file is damaged");
    case ErrorCode::ReadOnly:
        return QStringLiteral("the file or its folder is read-only");
    default:
        return fallback;
    }
}

[[noreturn]] void refuse(ErrorCode code, const QString &path, const QString &problem)
{
    throw Error(code, QStringLiteral("Cannot open %1: %2.").arg(QDir::toNativeSeparators(path), problem));
}

struct Precheck {
    bool creating = false;
    bool readOnly = false;
};

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// What stat(2) says PATH is, when it is not a regular file: a FIFO or a device would block or
// misbehave under SQLite's open(), so it is refused before anything opens it.
QString notAFile(std::filesystem::file_type type)
{
    using std::filesystem::file_type;
    switch (type) {
    case file_type::directory:
        return QStringLiteral("it is a folder, not a file");
    case file_type::fifo:
        return QStringLiteral("it is a named pipe (FIFO), not a file");
    case file_type::block:
    case file_type::character:
        return QStringLiteral("it is a device, not a file");
    case file_type::socket:
        return QStringLiteral("it is a socket, not a file");
    default:
        return QStringLiteral("it is not a regular file");
    }
}

// Checks everything we can before SQLite touches the file, so a failed open creates nothing.
// Only stat(2) and access(2) here, never open(2): closing any descriptor of a database file drops
// every POSIX lock this process holds on it, including those of connections already open (SQLite's
// "How To Corrupt An SQLite Database File", 2.2). The file's content is SQLite's to judge.
Precheck precheck(const QString &path, Database::OpenMode mode)
{
    if (path.isEmpty())
        throw Error(ErrorCode::Usage, QStringLiteral("No knowledge base path given."));
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        refuse(
            ErrorCode::FileError, path, QStringLiteral("the folder %1 does not exist").arg(folder.absoluteFilePath()));
    std::error_code ec;
    const auto type = std::filesystem::status(nativePath(path), ec).type();
    if (type == std::filesystem::file_type::not_found) {
        if (std::filesystem::is_symlink(std::filesystem::symlink_status(nativePath(path), ec)))
            refuse(ErrorCode::NotFound, path, QStringLiteral("it is a link to a file that does not exist"));
        if (mode != Database::OpenMode::Create)
            refuse(
                ErrorCode::NotFound, path, QStringLiteral("the file does not exist (create it with plenum-cli init)"));
        if (!folder.isWritable())
            refuse(
                ErrorCode::ReadOnly, path, QStringLiteral("the folder %1 is read-only").arg(folder.absoluteFilePath()));
        return { true, false };
    }
    if (type != std::filesystem::file_type::regular)
        refuse(ErrorCode::FileError, path,
            ec ? QStringLiteral("the file cannot be examined (%1)").arg(QString::fromStdString(ec.message()))
               : notAFile(type));
    if (!info.isReadable())
        refuse(ErrorCode::FileError, path, QStringLiteral("the file cannot be read (permission denied)"));
    const bool readOnly = mode == Database::OpenMode::ReadOnly || !info.isWritable() || !folder.isWritable();
    return { false, readOnly };
}

QMutex notifierMutex;
BusyNotifier busyNotifier;

BusyNotifier currentNotifier()
{
    QMutexLocker lock(&notifierMutex);
    return busyNotifier;
}

} // namespace

struct Database::BusyState {
    QString path;
    int timeoutMs = 0;
    bool readOnly = false;
    QElapsedTimer timer;
    qint64 lastNotified = 0;
};

namespace {

// SQLite calls this while another connection holds the write lock: wait in short sleeps, tell
// the notifier (a progress wait instead of an error), and give up after the timeout.
int waitWhileBusy(void *data, int attempt)
{
    auto *state = static_cast<Database::BusyState *>(data);
    if (attempt == 0) {
        state->timer.start();
        state->lastNotified = 0;
    }
    const qint64 waited = state->timer.elapsed();
    if (waited >= state->timeoutMs)
        return 0;
    if (waited >= 200 && waited - state->lastNotified >= 100) {
        state->lastNotified = waited;
        if (const BusyNotifier notify = currentNotifier(); notify && !notify(state->path, int(waited)))
            return 0;
    }
    sqlite3_sleep(attempt < 10 ? 5 : 25);
    return 1;
}

// Every connection takes URIs (the search index ATTACHes its knowledge base read-only by one); a
// path is always passed as one, so a file whose name starts with "file:" is not misread.
QByteArray readWriteUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded).toUtf8();
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_cache(std::make_shared<StatementCache>())
{
}

void Database::setBusyNotifier(BusyNotifier notifier)
{
    QMutexLocker lock(&notifierMutex);
    busyNotifier = std::move(notifier);
}

bool Database::isReadOnly() const noexcept
{
    return m_busy && m_busy->readOnly;
}

Database Database::open(const QString &path, OpenMode mode, int busyTimeoutMs)
{
    const Precheck check = precheck(path, mode);
    const bool creating = check.creating;
    // A read-only folder cannot hold the WAL index: reading then needs immutable=1.
    const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    const auto connect = [&](bool immutable) {
        sqlite3 *raw = nullptr;
        int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
        if (check.readOnly)
            flags |= SQLITE_OPEN_READONLY;
        else
            flags |= SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
        const QByteArray name = check.readOnly ? readOnlyUri(path, immutable) : readWriteUri(path);
        const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_close(raw);
            refuse(codeFor(rc), path, describe(codeFor(rc), QString::fromUtf8(sqlite3_errstr(rc))));
        }
        Database db(raw, path);
        db.m_busy = std::make_unique<BusyState>();
        db.m_busy->path = path;
        db.m_busy->timeoutMs = busyTimeoutMs;
        db.m_busy->readOnly = check.readOnly;
        sqlite3_extended_result_codes(raw, 1);
        sqlite3_busy_handler(raw, waitWhileBusy, db.m_busy.get());
        return db;
    };
    Database db = connect(false);
    try {
        // Reading the schema is the first real I/O: it is where "not a database" and damage show.
        try {
            db.exec("SELECT count(*) FROM sqlite_schema");
        } catch (const Error &e) {
            // Without a writable folder the -shm cannot be made: SQLite says CANTOPEN or READONLY_CANTINIT.
            if (!check.readOnly || folderWritable
                || (e.code() != ErrorCode::FileError && e.code() != ErrorCode::ReadOnly))
                throw;
            // immutable=1 never looks at the WAL: only safe when there is none with content.
            if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
                refuse(ErrorCode::ReadOnly, path,
                    QStringLiteral("its folder is read-only and its latest changes are still in %1; open it once "
                                   "where it can be written (or copy the folder) to fold them in")
                        .arg(QDir::toNativeSeparators(path + QStringLiteral("-wal"))));
            db = connect(true);
            db.exec("SELECT count(*) FROM sqlite_schema");
        }
        db.exec("PRAGMA foreign_keys = ON");
        // Up to 128 MB of page cache (filled only as needed): with SQLite's 2 MB default, a bulk
        // import into a large knowledge base rereads index pages from the OS for every row, since
        // text ids land at random places in the id indexes.
        db.exec(kPageCache);
        if (check.readOnly) {
            db.exec("PRAGMA query_only = ON");
        } else {
            auto journal = db.prepare("PRAGMA journal_mode = WAL");
            if (!journal.next() || journal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                refuse(ErrorCode::FileError, path, QStringLiteral("write-ahead logging could not be enabled"));
        }
    } catch (const Error &e) {
        db.close();
        if (creating)
            QFile::remove(path);
        if (e.message().startsWith(QLatin1String("Cannot open")))
            throw;
        refuse(e.code(), path, describe(e.code(), e.message()));
    }
    if (!sqlite3_compileoption_used("ENABLE_FTS5"))
        refuse(ErrorCode::Internal, path, QStringLiteral("this SQLite library was built without FTS5"));
    return db;
}

Database Database::openMemory()
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
        sqlite3_close(raw);
        throw Error(ErrorCode::Internal, QStringLiteral("Cannot open an in-memory database."));
    }
    Database db(raw, QStringLiteral(":memory:"));
    sqlite3_extended_result_codes(raw, 1);
    db.exec("PRAGMA foreign_keys = ON");
    return db;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_busy(std::move(other.m_busy))
    , m_cache(std::move(other.m_cache))
    , m_check(std::move(other.m_check))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_busy = std::move(other.m_busy);
        m_cache = std::move(other.m_cache);
        m_check = std::move(other.m_check);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close() noexcept
{
    if (m_db) {
        if (m_cache)
            m_cache->close(); // a Query still alive finalizes its own statement when it ends
        // Fold the WAL back into the file and empty it, so that a clean close leaves one
        // self-contained .db that a user can copy. Never waits: if another connection is reading,
        // its own close (or SQLite's automatic checkpoints) does it later, and nothing is lost.
        if (m_busy && !m_busy->readOnly && sqlite3_get_autocommit(m_db) != 0) {
            sqlite3_busy_handler(m_db, nullptr, nullptr);
            sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        }
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::fail(int rc, const QString &context) const
{
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const ErrorCode code = codeFor(rc);
    if (rc == SQLITE_BUSY_SNAPSHOT)
        // Not a wait that timed out: a read-then-write transaction lost its snapshot to another writer.
        detail = QStringLiteral("another program changed the knowledge base while this change was being prepared; "
                                "try again");
    else if (code == ErrorCode::Locked && m_busy)
        detail = QStringLiteral("the knowledge base is locked: another program kept it busy for more than %1 s; try "
                                "again when it has finished")
                     .arg(m_busy->timeoutMs / 1000.0);
    else if (code == ErrorCode::ReadOnly && isReadOnly())
        detail = QStringLiteral("the knowledge base is open read-only, so nothing can be changed");
    throw Error(code, QStringLiteral("%1: %2.").arg(context, detail));
}

void Database::execScript(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    clearStatementCache(); // a script changes the schema (migrations): prepare afresh
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(codeFor(rc), QStringLiteral("%1: %2.").arg(QDir::toNativeSeparators(m_path), detail));
    }
}

void Database::exec(const char *sql)
{
    Query q(*this, sql);
    while (q.next()) { }
}

Query Database::prepare(const char *sql)
{
    return Query(*this, sql);
}

void Database::clearStatementCache() noexcept
{
    if (m_cache)
        m_cache->clear();
}

int Database::cachedStatements() const noexcept
{
    return m_cache ? static_cast<int>(m_cache->size()) : 0;
}

std::int64_t Database::pragmaInt(const char *name)
{
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    Query q(*this, sql.constData());
    return q.next() ? q.integer(0) : 0;
}

namespace {

/// Interrupts CONNECTION once BUDGET_MS have passed, unless stopped first. quick_check spends
/// most of its time inside one VM instruction (the b-tree walk), where SQLite 3.40 never calls
/// a progress handler but does notice sqlite3_interrupt(), which is safe from another thread.
class CheckWatchdog {
public:
    CheckWatchdog(sqlite3 *connection, int budgetMs)
        : m_thread([this, connection, budgetMs] {
            std::unique_lock lock(m_mutex);
            if (!m_stop.wait_for(lock, std::chrono::milliseconds(budgetMs), [this] { return m_done; }))
                sqlite3_interrupt(connection);
        })
    {
    }
    /// Stops the watchdog; after this returns it can no longer interrupt anything.
    ~CheckWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_stop.notify_one();
        m_thread.join();
    }
    CheckWatchdog(const CheckWatchdog &) = delete;
    CheckWatchdog &operator=(const CheckWatchdog &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

void Database::checkPagesHere(int budgetMs)
{
    // quick_check reads each page once: 4 MB of cache is enough, and spares the kernel zeroing the
    // memory a larger one takes page by page (half of the check's time at 1M statements).
    exec("PRAGMA cache_size = -4096");
    struct CacheBack {
        Database &db;
        ~CacheBack() { sqlite3_exec(db.m_db, kPageCache, nullptr, nullptr, nullptr); }
    } cacheBack { *this };
    QString verdict;
    try {
        Query q(*this, "PRAGMA quick_check(5)");
        CheckWatchdog watchdog(m_db, budgetMs);
        while (q.next())
            verdict += (verdict.isEmpty() ? QString() : QStringLiteral("; ")) + q.text(0);
    } catch (const Error &e) {
        if (e.code() == ErrorCode::Cancelled) // past the budget: the rest is noticed on first read
            return;
        refuse(e.code() == ErrorCode::Locked ? e.code() : ErrorCode::Corrupt, m_path,
            describe(e.code() == ErrorCode::Locked ? e.code() : ErrorCode::Corrupt, {}));
    }
    if (verdict != QLatin1String("ok"))
        refuse(ErrorCode::Corrupt, m_path, QStringLiteral("the database file is damaged (%1)").arg(verdict.left(300)));
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Query::Query(Database &db, const char *sql)
    : m_db(&db)
{
    std::string key(sql);
    if (db.m_cache) {
        m_stmt = db.m_cache->take(key);
        if (m_stmt) {
            m_cache = db.m_cache;
            m_sql = std::move(key);
            return;
        }
    }
    const char *tail = nullptr;
    // Persistent: the statement is expected to be kept (in the cache) and reused.
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK)
        db.fail(rc, QStringLiteral("%1").arg(QDir::toNativeSeparators(db.path())));
    while (tail && *tail && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == ';'))
        ++tail;
    if (tail && *tail) {
        sqlite3_finalize(m_stmt);
        throw Error(ErrorCode::Internal, QStringLiteral("Refusing SQL with more than one statement."));
    }
    m_cache = db.m_cache;
    m_sql = std::move(key);
}

Query::Query(Query &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_sql(std::move(other.m_sql))
{
}

Query::~Query()
{
    if (m_cache)
        m_cache->give(std::move(m_sql), m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Query &Query::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("Binding parameter %1").arg(index));
    return *this;
}

Query &Query::bind(int index, const char *value)
{
    return bind(index, QString::fromUtf8(value));
}

Query &Query::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("Binding parameter %1").arg(index));
    return *this;
}

Query &Query::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("Binding parameter %1").arg(index));
    return *this;
}

Query &Query::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, static_cast<std::int64_t>(value.toLongLong()));
    case QMetaType::Double:
        return bind(index, value.toDouble());
    default:
        return bind(index, value.toString());
    }
}

Query &Query::bind(int index, const QByteArray &value)
{
    const int rc
        = sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("Binding parameter %1").arg(index));
    return *this;
}

Query &Query::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("Binding parameter %1").arg(index));
    return *this;
}

bool Query::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, QDir::toNativeSeparators(m_db->path()));
}

void Query::run()
{
    // Test-only (docs/reliability.md): slows every write so the crash harness's kills land inside
    // transactions. Never set in production.
    static const int writeDelayUs = qEnvironmentVariableIntValue("PLENUM_TEST_WRITE_DELAY_US");
    if (writeDelayUs > 0)
        QThread::usleep(static_cast<unsigned long>(writeDelayUs));
    while (next()) { }
    reset();
}

void Query::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Query::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Query::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView Query::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

std::int64_t Query::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}
bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
int Query::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant Query::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(integer(column));
    case SQLITE_FLOAT:
        return real(column);
    default:
        return text(column);
    }
}

Transaction::Transaction(Database &db, Behaviour behaviour)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    if (behaviour != Behaviour::Deferred && !db.isReadOnly())
        db.awaitPageCheck(); // nothing is written into a file before its pages are known good
    if (behaviour != Behaviour::Deferred && db.isReadOnly())
        throw Error(ErrorCode::ReadOnly,
            QStringLiteral("Cannot change %1: the knowledge base is open read-only.")
                .arg(QDir::toNativeSeparators(db.path())));
    // Inside an outer transaction a savepoint gives the same all-or-nothing promise; the locks are
    // the outer transaction's.
    if (m_nested)
        m_db.exec("SAVEPOINT plenum_tx");
    else if (behaviour == Behaviour::Deferred)
        m_db.exec("BEGIN DEFERRED");
    else if (behaviour == Behaviour::Immediate)
        m_db.exec("BEGIN IMMEDIATE");
    else
        m_db.exec("BEGIN EXCLUSIVE");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO plenum_tx; RELEASE plenum_tx", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE plenum_tx" : "COMMIT");
    m_open = false;
}

} // namespace plenum::core
