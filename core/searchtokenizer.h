#pragma once

#include "database.h"

namespace plenum::core::search {

/// The name index tables use in tokenize='…'.
inline constexpr char kTokenizerName[] = "plenum";

/// The FTS5 auxiliary function that ranks like bm25(…weights) but without document frequencies,
/// so it costs nothing per match that is not scored (for bounded candidate sets).
inline constexpr char kBoundedRankName[] = "plenum_rank";

/// Registers the "plenum" FTS5 tokenizer (see searchtext.h) and plenum_rank() on DB's connection.
/// Every connection that reads or writes the search index must call it first. Throws Error when
/// FTS5 is missing.
void registerTokenizer(Database &db);

} // namespace plenum::core::search
