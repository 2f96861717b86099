#pragma once

#include <string>
#include <unordered_map>

struct sqlite3_stmt;

namespace plenum::core {

/// Idle prepared statements of one connection, keyed by their SQL text (storage-internal; used by
/// Database and Query). A statement is either held here (idle, reset, no bindings) or by exactly
/// one live Query, never both: take() removes it, give() puts it back or finalizes it.
class StatementCache {
public:
    /// At most this many idle statements are kept; past it a returned statement is finalized
    /// (SQL built with a varying number of parameters cannot grow the cache without bound).
    static constexpr std::size_t capacity = 512;

    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;
    ~StatementCache() { clear(); }

    /// The idle statement for SQL, now owned by the caller; null when none is idle.
    sqlite3_stmt *take(const std::string &sql) noexcept;
    /// Takes STMT back from a Query: reset, bindings cleared, kept for reuse if no statement of
    /// that text is idle already and the cache is open; else finalized.
    void give(std::string &&sql, sqlite3_stmt *stmt) noexcept;
    /// Finalizes every idle statement.
    void clear() noexcept;
    /// Finalizes every idle statement and never keeps one again (the connection is closing).
    void close() noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return m_idle.size(); }

private:
    std::unordered_map<std::string, sqlite3_stmt *> m_idle;
    bool m_closed = false;
};

} // namespace plenum::core
