#include "search/searchindex.h"

#include "search/searchrun.h"

#include <sqlite3.h>

// SearchIndex's phrase postings (postings.h, ADR 0028): read ahead, followed, forgotten.

namespace plenum::core::search {

// Brings the phrase postings this connection holds up to the rows its own catch-up APPENDED
// (PostingsCache::follow()) when no other connection has committed to the index since VERSION
// (data_version inside the catch-up's transaction), instead of dropping them.
void SearchIndex::followAppended(
    const QByteArray &before, std::int64_t version, const std::vector<std::int64_t> &appended)
{
    m_db.exec("BEGIN");
    try {
        const bool ours = m_db.pragmaInt("main.data_version") == version;
        m_rank->postings.follow(m_db, m_rank->matchOnly, before, ours ? ftsStructure(m_db) : QByteArray(), appended);
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_rank->postings.clear();
        throw;
    }
    m_db.exec("COMMIT");
}

PhraseHelper SearchIndex::helper()
{
    if (!m_helper) {
        try {
            m_helper.reset(new SearchIndex(openFile(m_kbPath), m_kbPath));
        } catch (const Error &) {
            return {}; // the search reads every phrase on its own connection, as before
        }
        m_helperHandle = m_helper->m_db.handle();
    }
    return { &m_helper->m_db, m_helper->m_rank };
}

void SearchIndex::warmUp()
{
    m_db.exec("BEGIN");
    try {
        m_rank->postings.validate(ftsStructure(m_db));
        (void)m_rank->postings.lengths(m_db);
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    m_db.exec("COMMIT");
}

std::int64_t SearchIndex::holdPostings(const QString &text, bool expandAliases, const std::function<bool()> &keepGoing)
{
    return readPostingsOf(text, expandAliases, [&keepGoing](SearchRun &run) { run.holdPostings(keepGoing); });
}

std::int64_t SearchIndex::readFirst(const QString &text, bool expandAliases, const std::function<bool()> &keepGoing)
{
    return readPostingsOf(text, expandAliases, [&keepGoing](SearchRun &run) { run.readFirst(keepGoing); });
}

std::int64_t SearchIndex::readPostingsOf(
    const QString &text, bool expandAliases, const std::function<void(SearchRun &)> &read)
{
    SearchOptions options;
    options.expandAliases = expandAliases;
    SearchResults r;
    r.query = parse(text, expandAliases);
    if (r.query.expression.isEmpty())
        return 0;
    const std::size_t before = m_rank->postings.entries();
    const PhraseHelper reader = helper();
    m_db.exec("BEGIN");
    try {
        SearchRun run(m_db, *m_rank, m_typeTerms, impactReference(), options, r);
        run.setHelper(reader);
        read(run);
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    m_db.exec("COMMIT");
    return std::int64_t(m_rank->postings.entries()) - std::int64_t(before);
}

std::int64_t SearchIndex::heldPostingRows() const
{
    return std::int64_t(m_rank->postings.entries());
}

void SearchIndex::forgetCaches()
{
    m_rank->postings.clear();
    m_rank->phraseDf.clear();
    m_rank->pageKey.clear();
    m_rank->pageRanked.clear();
    m_rank->pageWanted = 0;
}

} // namespace plenum::core::search
