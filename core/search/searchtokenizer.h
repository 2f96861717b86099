#pragma once

#include "storage/database.h"

#include <cstdint>
#include <vector>

namespace plenum::core::search {

/// The name index tables use in tokenize='…'.
inline constexpr char kTokenizerName[] = "plenum";

/// The FTS5 auxiliary function plenum_rank(fts, weight…): FTS5's bm25(fts, weight…) with the same
/// formula, except that each phrase's document frequency is counted only up to RankState::idfCountLimit
/// matches, so a frequent phrase costs a bounded amount instead of a walk over all its matches.
inline constexpr char kBoundedRankName[] = "plenum_rank";

/// What plenum_rank() shares between the statements of one search on a connection.
struct RankState {
    /// Document frequencies are counted up to this many rows; a phrase with more gets this count.
    std::int64_t idfCountLimit = 20000;
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
};

/// Registers the "plenum" FTS5 tokenizer (see searchtext.h) and plenum_rank() on DB's connection,
/// and returns the connection's RankState (owned by the connection). Every connection that reads or
/// writes the search index must call it first. Throws Error when FTS5 is missing.
RankState *registerTokenizer(Database &db);

} // namespace plenum::core::search
