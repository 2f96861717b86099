#pragma once

#include "database.h"

namespace plenum::core::search {

/// The name index tables use in tokenize='…'.
inline constexpr char kTokenizerName[] = "plenum";

/// Registers the "plenum" FTS5 tokenizer (see searchtext.h) on DB's connection. Every connection
/// that reads or writes the search index must call it first. Throws Error when FTS5 is missing.
void registerTokenizer(Database &db);

} // namespace plenum::core::search
