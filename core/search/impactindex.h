#pragma once

#include "search/queryparser.h"
#include "storage/database.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace plenum::core::search {

/// A block is the rows of one layout (type, term, year, language: the row id's bits from the
/// language up) whose serials share the bits above kBlockShift: its key is rowid >> kBlockShift.
inline constexpr int kBlockShift = 14;

/// A layout is the row id's bits from the language up (type, term, year, language).
inline constexpr int kLayoutShift = 41; // rowid::kLang.shift, checked in impactindex.cpp

/// Column weights of the ranking (title, aliases, body): names and aliases over body text.
inline constexpr double kColumnWeights[3] = { 10.0, 5.0, 1.0 };

/// Collects, while rows are indexed, each token's document frequency and, for every block, the
/// highest bm25 term score (rankTerm() over the weighted frequency) any row of the block gives the
/// token, computed with a reference average row length, and how many of its rows hold it; writes them to search_terms
/// and search_impacts, and each row's length to search_lengths, in the caller's transaction. Rows must come in
/// ascending serial order.
class ImpactWriter {
public:
    /// REFERENCE: the average row length the scores are computed with (see scaleFor()).
    ImpactWriter(Database &db, double reference);
    ImpactWriter(const ImpactWriter &) = delete;
    ImpactWriter &operator=(const ImpactWriter &) = delete;

    /// Adds the row ROWID with these columns.
    void add(std::int64_t rowid, const QString &title, const QString &aliases, const QString &body);
    /// Writes what was collected, merging with what the tables hold.
    void flush();

private:
    void flushChunk();
    void flushLengths();

    Database &m_db;
    double m_reference;
    std::int64_t m_chunk = -1;
    struct Collected {
        double best = 0; // highest term score in the block
        int rows = 0; // rows holding the token
    };
    std::unordered_map<std::string, std::unordered_map<std::uint32_t, Collected>> m_impacts; // token → layout →
    std::unordered_map<std::string, std::int64_t> m_df;
    std::vector<std::pair<std::int64_t, std::uint32_t>> m_lengths; // (serial, length) of the chunk's rows
};

/// Every row's length by serial, from search_lengths: LENGTHS[serial] (0: no row).
std::vector<std::uint32_t> readLengths(Database &db);
/// The same for the serial chunks CHUNKS only, written into LENGTHS (grown as needed).
void readLengths(Database &db, const std::vector<std::int64_t> &chunks, std::vector<std::uint32_t> &lengths);

/// Tokens (all columns, colocated tokens not counted, as FTS5 counts them) of one row.
int rowLength(const QString &title, const QString &aliases, const QString &body);

/// Rows and tokens of the FTS5 table search_fts, from its averages record (what bm25 uses).
struct FtsTotals {
    std::int64_t rows = 0;
    std::int64_t tokens = 0;
    [[nodiscard]] double average() const { return rows > 0 ? double(tokens) / double(rows) : 1.0; }
};
FtsTotals ftsTotals(Database &db);

/// A block and the most a query can score in it.
struct BlockBound {
    std::int64_t key; ///< rowid >> kBlockShift
    double bound;
};

/// The blocks where every positive clause of PHRASES has a phrase whose every token occurs, each
/// with an upper bound of the query's score there (clauses summed, synonyms by their best, IDF
/// from IDF, one per phrase), ascending by key. REFERENCE: the index's reference average;
/// AVERAGE: FTS5's average now. nullopt when a phrase cannot be bounded (a lone prefix).
std::optional<std::vector<BlockBound>> blockBounds(
    Database &db, const QList<QueryPhrase> &phrases, const std::vector<double> &idf, double reference, double average);

/// How many rows of search_fts hold TOKEN, per layout (rows of dead items included, as in FTS5):
/// the counts and facets of a one-token query without walking its matches.
std::map<std::uint32_t, std::int64_t> tokenRows(Database &db, const QString &token);

/// How many rows of search_fts hold TOKEN in each of its blocks (key: rowid >> kBlockShift),
/// ascending by key: where a frequent token's rows lie, to read them in pieces.
std::vector<std::pair<std::int64_t, std::int64_t>> tokenBlockRows(Database &db, const QString &token);

/// Reads one FTS5 varint at P (advanced past it), not beyond END.
std::uint64_t readVarint(const unsigned char *&p, const unsigned char *end);

/// The document frequency search_terms holds for TOKEN (0 when none).
std::int64_t tokenDf(Database &db, const QString &token);

} // namespace plenum::core::search
