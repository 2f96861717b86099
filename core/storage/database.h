#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace plenum::core {

class Query;
class StatementCache;

/// Called while a connection waits for another program's write to finish: PATH is the database,
/// WAITED_MS how long this wait has lasted so far. Returning false stops waiting (the statement
/// then fails with Error Locked). Called on the waiting thread, about every 100 ms after the first 200 ms.
using BusyNotifier = std::function<bool(const QString &path, int waitedMs)>;

/// One SQLite connection, opened with foreign keys on, WAL and a busy handler. Move-only.
class Database {
public:
    enum class OpenMode {
        ReadWrite, ///< the file must exist; opened read-only when the file or its folder cannot be written
        Create, ///< create the file (not its folder) when missing
        ReadOnly ///< the file must exist; never written, even when it could be
    };

    /// Opens PATH; throws Error naming the file and the problem, creating nothing on failure.
    static Database open(const QString &path, OpenMode mode, int busyTimeoutMs = 5000);
    /// Sets the process-wide notifier every connection calls while waiting on another writer
    /// (the GUI shows a wait, plenum-cli prints one line on stderr). An empty function removes it.
    static void setBusyNotifier(BusyNotifier notifier);
    /// An in-memory database, for tests and scratch work.
    static Database openMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// The file this connection reads (":memory:" for an in-memory one).
    [[nodiscard]] const QString &path() const noexcept { return m_path; }
    /// True when the connection cannot write (a read-only file or folder, or OpenMode::ReadOnly).
    [[nodiscard]] bool isReadOnly() const noexcept;
    /// The raw handle, for code that registers extensions or uses the backup API.
    [[nodiscard]] sqlite3 *handle() const noexcept { return m_db; }

    /// Runs a script of several statements (schema and migration files only, never user input).
    void execScript(const QString &sql);
    /// Runs one statement that returns no rows.
    void exec(const char *sql);
    /// Prepares one statement; refuses text holding more than one. Statements are cached by their
    /// SQL text: a Query gives its statement back (reset, bindings cleared) when it is destroyed,
    /// and the next Query of the same text reuses it; a Query whose text is already in use gets a
    /// statement of its own.
    [[nodiscard]] Query prepare(const char *sql);
    /// Finalizes every cached statement (done after each script, so after every migration).
    void clearStatementCache() noexcept;
    /// How many statements the cache holds, idle, for tests.
    [[nodiscard]] int cachedStatements() const noexcept;
    /// Value of an integer PRAGMA such as user_version.
    [[nodiscard]] std::int64_t pragmaInt(const char *name);

    /// Looks for damaged pages (PRAGMA quick_check) for at most about BUDGET_MS, so its cost stays
    /// bounded on a large file; throws Error Corrupt naming the file when it finds any. Made once
    /// per file per process: while another connection of this process to the same file is alive,
    /// this one shares its check (waiting for it if it still runs) and reads nothing again.
    void checkPages(int budgetMs);
    /// Starts checkPages(BUDGET_MS) on a read-only connection of its own, on a thread of its own,
    /// and returns at once, so that opening goes on meanwhile (the GUI builds its window). The
    /// first write transaction on this connection waits for it, and throws what it found, as does
    /// awaitPageCheck(): nothing is written into a damaged file. Shared as checkPages() is: with
    /// another connection of this process to the file alive, no second check starts.
    void startPageCheck(int budgetMs);
    /// Waits for the check startPageCheck() began (returns at once when none is pending or it
    /// found nothing); throws its Error (Corrupt naming the file) every time after it found damage.
    void awaitPageCheck();

    /// Rows changed by the last statement.
    [[nodiscard]] int changes() const;
    /// Throws the Error that matches an SQLite result code.
    [[noreturn]] void fail(int rc, const QString &context) const;

    struct BusyState;

private:
    Database(sqlite3 *db, QString path);
    void close() noexcept;
    void checkPagesHere(int budgetMs);
    struct PendingCheck;
    static std::shared_ptr<PendingCheck> sharedCheck(const QString &path, bool &mine);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<BusyState> m_busy; // stable address for SQLite's busy handler
    std::shared_ptr<StatementCache> m_cache; // shared with live Queries, which may outlive the connection
    std::shared_ptr<PendingCheck> m_check; // the page check this connection made or shares
    friend class Query;
};

/// A prepared statement with bound parameters. Columns and parameters count from 0 / 1 as in SQLite.
class Query {
public:
    Query(Database &db, const char *sql);
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;
    ~Query();

    Query &bind(int index, const QString &value);
    Query &bind(int index, const char *value);
    Query &bind(int index, std::int64_t value);
    Query &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query &bind(int index, double value);
    Query &bind(int index, const QVariant &value);
    Query &bind(int index, const QByteArray &value); ///< as a BLOB
    Query &bindNull(int index);

    /// Binds each argument to parameters 1, 2, …
    template <typename... Args> Query &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    /// Advances to the next row; false when done.
    [[nodiscard]] bool next();
    /// Runs a statement that returns no rows.
    void run();
    /// Makes the statement ready to run again with new bindings.
    void reset();

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /// The column's bytes (a BLOB, or the UTF-8 of a text).
    [[nodiscard]] QByteArray blob(int column) const;
    /// The same without a copy: valid until the next step, reset or finalize of this query.
    [[nodiscard]] QByteArrayView blobView(int column) const;
    /// The column as a QVariant (null, integer, double or string).
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::shared_ptr<StatementCache> m_cache; // where m_stmt goes back to; null when not cacheable
    std::string m_sql; // the cache key
};

/// A transaction (a savepoint when nested) that rolls back unless committed; its destructor never throws.
class Transaction {
public:
    /// How BEGIN takes its locks (SQLite's BEGIN DEFERRED / IMMEDIATE / EXCLUSIVE).
    enum class Behaviour {
        Deferred, ///< reads take a snapshot; the write lock is taken by the first write, which then cannot wait
                  ///< for another writer (SQLITE_BUSY_SNAPSHOT): only for transactions that may never write
        Immediate, ///< takes the write lock at once, waiting up to the busy timeout: every writer uses this
        Exclusive ///< as Immediate; in WAL mode readers of other connections are still served
    };

    /// Begins a transaction on DB. Immediate and Exclusive throw Error ReadOnly on a read-only connection.
    explicit Transaction(Database &db, Behaviour behaviour = Behaviour::Immediate);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    /// Makes the changes durable; after this the destructor does nothing.
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_open = true;
};

} // namespace plenum::core
