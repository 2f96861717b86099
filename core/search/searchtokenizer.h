#pragma once

#include "search/postings.h"
#include "storage/database.h"

#include <QByteArray>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace plenum::core::search {

/// The name index tables use in tokenize='…'.
inline constexpr char kTokenizerName[] = "plenum";

/// The FTS5 auxiliary function plenum_rank(fts, weight…): FTS5's bm25(fts, weight…) with the same
/// formula (k1, b, column weights, length normalisation over all columns, IDF floor), with two
/// differences: document frequencies can be given (RankState::df) instead of counted by a walk over
/// every match, and phrases of one query clause (a word and its aliases, or words joined by OR) are
/// synonyms: the clause scores its best phrase, so an alias adds recall without inflating scores.
inline constexpr char kBoundedRankName[] = "plenum_rank";

/// The FTS5 auxiliary function plenum_postings(fts, weight…) of a one-phrase query: the phrase's
/// weighted frequency in the row (weights summed over its instances, as plenum_rank() sums them).
/// Weights must be whole numbers.
inline constexpr char kPostingsName[] = "plenum_postings";

/// bm25's k1 and b, as FTS5's bm25() has them.
inline constexpr double kRankK1 = 1.2;
inline constexpr double kRankB = 0.75;

/// bm25's term part for a phrase of weighted frequency F in a row of LENGTH tokens (all columns),
/// AVERAGE tokens per row: below kRankK1 + 1, rising with F, falling with LENGTH.
inline double rankTerm(double f, double length, double average)
{
    return (f * (kRankK1 + 1)) / (f + kRankK1 * (1 - kRankB + kRankB * length / average));
}

/// bm25's IDF of a phrase in DF of ROWS rows, with FTS5's floor.
inline double rankIdf(std::int64_t rows, std::int64_t df)
{
    const double idf = std::log((double(rows) - double(df) + 0.5) / (double(df) + 0.5));
    return idf > 0 ? idf : 1e-6;
}

/// What plenum_rank() shares between the statements of one search on a connection.
struct RankState {
    /// Document frequencies are counted up to this many rows; a phrase with more gets this count.
    std::int64_t idfCountLimit = std::numeric_limits<std::int64_t>::max();
    /// When it has one entry per phrase: each phrase's document frequency, used instead of counting.
    std::vector<std::int64_t> df;
    /// When it has one entry per phrase: the query clause of each phrase (-1: a NOT phrase, never
    /// scored). Phrases of one clause are synonyms (the clause scores its best); otherwise every
    /// phrase is its own clause, as in bm25().
    std::vector<int> clauseOf;
    /// Bump to make the next call recount document frequencies (one search = one generation, so
    /// statements over several row-id ranges share one count).
    std::uint64_t generation = 1;
    /// Set when, in a query of several phrases, one reached idfCountLimit in this generation: the
    /// order then approximates bm25's (with one phrase the IDF scales every score alike).
    bool capped = false;
    // Cache of the generation counted last.
    std::uint64_t countedGeneration = 0;
    std::vector<double> idf;
    double averageLength = 1;
    /// Document frequencies of multi-token phrases counted by earlier searches (MATCH string →
    /// rows), valid while the FTS5 structure record equals phraseDfStructure: every write to the
    /// index changes that record (a new segment, its write counter), so a stale count is never used.
    std::map<std::string, std::int64_t> phraseDf;
    QByteArray phraseDfStructure;
    /// The text matches of the last search ranked (row id, score), best first, up to pageWanted of
    /// them (fewer: all there are), valid while pageKey (query, filters and the state of both
    /// files) is unchanged: the next page of a list continues it without ranking again.
    std::string pageKey;
    std::vector<std::pair<std::int64_t, double>> pageRanked;
    int pageWanted = 0;
    /// While set, query phrases ending in a CJK bigram and its last character are tokenized
    /// without that character (same rows, same instances, one doclist less to read): for matching,
    /// ranking and counting, never for highlight(), whose marks need the character's position.
    bool matchOnly = false;
    /// Phrase postings read by earlier searches on this connection (postings.h).
    PostingsCache postings;
    /// While set (by a search, for its walks of many matches): every row's length, read once per
    /// state of the index, so plenum_rank() needs no search_fts_docsize lookup per row. A row it
    /// does not know (length 0) is looked up as before.
    const RowLengths *lengths = nullptr;
    // Per-row buffers of plenum_rank(), kept so scoring a row allocates nothing.
    std::vector<double> frequency;
    std::vector<double> best;
};

/// Registers the "plenum" FTS5 tokenizer (see searchtext.h) and plenum_rank() on DB's connection,
/// and returns the connection's RankState (owned by the connection). Every connection that reads or
/// writes the search index must call it first. Throws Error when FTS5 is missing.
RankState *registerTokenizer(Database &db);

} // namespace plenum::core::search
