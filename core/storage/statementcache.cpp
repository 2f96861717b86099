#include "storage/statementcache.h"

#include <sqlite3.h>

namespace plenum::core {

sqlite3_stmt *StatementCache::take(const std::string &sql) noexcept
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return nullptr;
    sqlite3_stmt *stmt = it->second;
    m_idle.erase(it);
    return stmt;
}

void StatementCache::give(std::string &&sql, sqlite3_stmt *stmt) noexcept
{
    if (!stmt)
        return;
    if (m_closed || m_idle.size() >= capacity || m_idle.count(sql) != 0) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    try {
        m_idle.emplace(std::move(sql), stmt);
    } catch (...) { // out of memory: the statement is simply not kept
        sqlite3_finalize(stmt);
    }
}

void StatementCache::clear() noexcept
{
    for (auto &[sql, stmt] : m_idle)
        sqlite3_finalize(stmt);
    m_idle.clear();
}

void StatementCache::close() noexcept
{
    clear();
    m_closed = true;
}

} // namespace plenum::core
