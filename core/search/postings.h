#pragma once

#include "search/rowid.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace plenum::core::search {

/// The rows one query phrase matches in search_fts, ascending, with what plenum_rank() reads of
/// each: the phrase's weighted frequency (column weights summed over its instances, in the order
/// FTS5 lists them) and the row's length in tokens. Read by one walk of the phrase
/// (plenum_postings()); a query whose phrases are all held is ranked and counted from them
/// without FTS5 (ADR 0028).
struct PhrasePostings {
    std::vector<std::int64_t> rows;
    std::vector<float> frequency; // integral sums of the integral weights: exact in a float
    std::vector<std::uint32_t> length;
    std::uint64_t lastUse = 0;
};

/// Every row's length in tokens, all columns, as FTS5's xColumnSize(-1) gives it, by the row id's
/// serial (search_lengths, written with the rows): read once per state of the index instead of one
/// docsize lookup per posting (three quarters of what reading postings cost at 1M rows).
struct RowLengths {
    std::vector<std::uint32_t> bySerial; // 0: no row
    [[nodiscard]] std::uint32_t of(std::int64_t rowid) const
    {
        const auto serial = std::uint64_t(rowid::kSerial.of(rowid));
        return serial < bySerial.size() ? bySerial[serial] : 0;
    }
};

/// The phrase postings one index connection holds, by MATCH text, valid while FTS5's structure
/// record is the one they were read under (every write to the index changes it), least recently
/// used dropped first beyond kMaxEntries rows in all.
class PostingsCache {
public:
    /// Rows held in all phrases together (about 16 bytes each: 128 MB at the limit).
    static constexpr std::size_t kMaxEntries = 8'000'000;

    /// Forgets everything unless STRUCTURE is the record the postings were read under.
    void validate(const QByteArray &structure);
    /// The postings of MATCH, or null.
    [[nodiscard]] std::shared_ptr<const PhrasePostings> find(const std::string &match);
    /// Keeps POSTINGS as MATCH's, dropping the least recently used beyond kMaxEntries.
    void keep(const std::string &match, std::shared_ptr<PhrasePostings> postings);
    /// Forgets everything (another state of the index, or a test).
    void clear();
    [[nodiscard]] std::size_t entries() const { return m_entries; }
    /// The row lengths of this state of the index, read from DB the first time they are asked.
    const RowLengths &lengths(Database &db);
    /// After this connection's own catch-up appended ROWS to search_fts, moving FTS5's structure
    /// record from BEFORE to AFTER (empty: another connection wrote too): when the postings held
    /// were read under BEFORE, adds the rows' entries to every phrase and length (one lookup of
    /// the rows per phrase, under the tokenizer mode its key names, set through MATCH_ONLY) and
    /// moves to AFTER; otherwise, or beyond kMaxFollowed rows, forgets everything. FTS5 only gains
    /// rows between rebuilds (an edited item leaves a dead row, skipped at search time).
    void follow(Database &db, bool &matchOnly, const QByteArray &before, const QByteArray &after,
        const std::vector<std::int64_t> &rows);
    /// Rows appended beyond which follow() forgets instead (each costs a lookup per phrase held).
    static constexpr std::size_t kMaxFollowed = 200;

private:
    QByteArray m_structure;
    std::unique_ptr<RowLengths> m_lengths;
    std::map<std::string, std::shared_ptr<PhrasePostings>> m_byMatch;
    std::uint64_t m_clock = 0;
    std::size_t m_entries = 0;
};

/// FTS5's structure record of DB's search_fts (its segments and write counter): changes with
/// every write to the index.
QByteArray ftsStructure(Database &db);

/// Row ids from LOW to HIGH, both included.
struct RowRange {
    std::int64_t low = std::numeric_limits<std::int64_t>::min();
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
};

/// Calls EACH with every row MATCH (one phrase) matches in DB's search_fts within RANGE, ascending,
/// and its weighted frequency (by plenum_postings()), by one walk.
void walkPhrase(
    Database &db, const QString &match, RowRange range, const std::function<void(std::int64_t, std::int64_t)> &each);

/// Every row MATCH (one phrase) matches in DB's search_fts within RANGE, with its weighted
/// frequency (by plenum_postings()) and its length from LENGTHS, by one walk. Throws Error when
/// interrupted, or Corrupt when a row has no length. ONLY_ROWS, when not empty, is a JSON list of
/// the row ids to look up instead of walking the matches (RANGE is then not used).
std::shared_ptr<PhrasePostings> readPostings(
    Database &db, const QString &match, const RowLengths &lengths, const QString &onlyRows = {}, RowRange range = {});

/// A query over held postings: each phrase's postings and clause (-1: a NOT phrase), as in
/// RankState::clauseOf, and its IDF; the clauses are ANDed, the phrases of a clause are synonyms.
struct PostingsQuery {
    std::vector<std::shared_ptr<const PhrasePostings>> phrases;
    std::vector<int> clauseOf;
    std::vector<double> idf;
    double averageLength = 1;
};

/// Whether a matching row is in the result (the search's filters and dead rows).
using RowFilter = std::function<bool(std::int64_t rowid)>;

/// The WANTED best rows matching Q that ACCEPT admits, by plenum_rank()'s score computed the way
/// it computes it (same operations in the same order, so the same doubles), best first, ties by
/// row id ascending.
std::vector<std::pair<std::int64_t, double>> rankPostings(const PostingsQuery &q, int wanted, const RowFilter &accept);

/// Calls EACH with every row matching Q that ACCEPT admits, ascending.
void eachMatch(const PostingsQuery &q, const RowFilter &accept, const std::function<void(std::int64_t)> &each);

} // namespace plenum::core::search
