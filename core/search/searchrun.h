#pragma once

#include "search/impactindex.h"
#include "search/postings.h"
#include "search/searchindex.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace plenum::core::search {

/// The MATCH text of phrase P alone, quoted as the query's expression quotes it.
QString phraseMatch(const QueryPhrase &p);
/// The postings cache's key of MATCH: RankState::matchOnly changes the tokens FTS5 reads.
std::string postingsKey(const QString &match, bool matchOnly);
/// At most how many rows phrase P matches: its rarest token's document frequency in DB's
/// search_terms (-1: unknown, a lone prefix).
std::int64_t rarestDf(Database &db, const QueryPhrase &p);
/// The token whose rows are exactly those the phrase TEXT matches, if any: a phrase of one token,
/// or a two-character Chinese word (its bigram).
std::optional<QString> soleToken(const QString &text);

/// Part of reading one phrase's postings: its rows in a row-id range, with an estimate of the work
/// (the postings FTS5 walks for it), and the rows once read.
struct PostingsPiece {
    std::size_t phrase = 0; ///< index into the phrases given to postingsPieces()
    RowRange range;
    double cost = 0;
    std::shared_ptr<PhrasePostings> postings;
};
/// The reading of PHRASES' postings in pieces of about PIECE_ROWS rows (at most 8 a phrase), cut
/// where each phrase's rarest token's rows lie (search_impacts), costliest first: two connections
/// read them at once, each taking the next piece when done with one (SearchRun::readMissingPhrases()).
/// The pieces of a phrase cover every row id, without overlap.
std::vector<PostingsPiece> postingsPieces(
    Database &db, const std::vector<const QueryPhrase *> &phrases, std::int64_t pieceRows);

/// A second connection to the same index file that reads phrase postings on a thread of its own
/// while the search's connection reads others (SearchRun::readMissingPhrases()).
struct PhraseHelper {
    Database *db = nullptr;
    RankState *rank = nullptr;
};

/// Sets RankState::matchOnly for the statements of one step (ranking, counting) and restores it.
class MatchOnly {
public:
    MatchOnly(RankState &state, bool on)
        : m_state(state)
        , m_was(state.matchOnly)
    {
        m_state.matchOnly = on;
    }
    MatchOnly(const MatchOnly &) = delete;
    MatchOnly &operator=(const MatchOnly &) = delete;
    ~MatchOnly() { m_state.matchOnly = m_was; }

private:
    RankState &m_state;
    bool m_was;
};

/// One search over an index connection, in named steps: rank the matches, highlight the page of
/// hits, count and facet. SearchIndex::search() runs them in that order; internal to core/search.
class SearchRun {
public:
    /// Row id and score (higher is better).
    using Ranked = QList<QPair<std::int64_t, double>>;

    /// DB: the index connection; RANK: its plenum_rank() state; TYPE_TERMS: the (type, term)
    /// keys of the index's row ids; REFERENCE: the average row length of the block bounds;
    /// RESULTS holds the parsed query and receives the rest.
    SearchRun(Database &db, RankState &rank, const std::set<int> &typeTerms, double reference,
        const SearchOptions &options, SearchResults &results);

    /// The page of hits (options.offset, options.limit) by score; sets total and exactRanking when known.
    [[nodiscard]] Ranked rank();
    /// Fills results.hits with the RANKED rows' titles and snippets.
    void highlight(const Ranked &ranked);
    /// Blocks rank() scored (for the benchmark).
    [[nodiscard]] int blocksScored() const { return m_blocksScored; }
    /// Fills the facets and total, or only the total, as the options ask.
    void count();
    /// Reads the postings of the query's phrases not held yet, when they fit in the cache;
    /// KEEP_GOING (when set) is asked before each phrase, and false stops with Error Cancelled.
    void holdPostings(const std::function<bool()> &keepGoing);
    /// Reads what rank() would read first for this query, and only that: the postings of a word
    /// with its aliases (synonymsFirst()); other queries read nothing. KEEP_GOING as in holdPostings().
    void readFirst(const std::function<bool()> &keepGoing);
    /// A connection on which the phrase postings this search lacks are read, half of them, while
    /// this one reads the others (a connection of the same index file, idle meanwhile).
    void setHelper(PhraseHelper helper) { m_helper = helper; }

    /// A row-id range a search walks.
    struct Range {
        std::int64_t low;
        std::int64_t high;
    };
    /// What the filters allow, as row-id bounds and field values.
    struct Bounds {
        std::int64_t low = 0;
        std::int64_t high = std::numeric_limits<std::int64_t>::max();
        std::int64_t typeMask = 0x7E;
        int yearLow = 0;
        int yearHigh = 255;
        int lang = 0;
    };

private:
    template <typename PerRange>
    void overRanges(Query &q, const QString &expression, bool descending, PerRange perRange);
    Query prepare(const char *sql);
    std::map<std::int64_t, std::array<QString, 6>> highlighted(const Ranked &ranked);
    std::map<std::int64_t, std::array<QString, 6>> lookedUp(const Ranked &ranked);
    std::vector<std::int64_t> documentFrequencies();
    Ranked rankExactly(int wanted);
    Ranked listFiltered(int wanted);
    bool blockRange(std::int64_t key, Range &range) const;
    Ranked rankByBlocks(std::vector<BlockBound> blocks, int wanted);
    const RowLengths *heldLengths();
    void readMissingPhrases();
    bool onHelper(const std::function<void(Database &)> &work);
    void keepPieces(
        const std::vector<const QueryPhrase *> &phrases, std::vector<PostingsPiece> pieces, const RowLengths &lengths);
    void synonymsFirst();
    void holdStoredNames();
    std::int64_t matchBound();
    struct Tally;
    void setFacets(Tally tally);
    const std::vector<std::int64_t> &linkedOnly();
    std::string pageKey();
    Ranked withLinked(Ranked ranked, int wanted);
    void countFacets();
    bool countFromBlocks();
    bool countFilteredLayouts();
    bool linkFilters() const;
    std::optional<PostingsQuery> postingsQuery(bool load);
    std::int64_t postingsBound();
    bool readMissing();
    RowFilter rowFilter();
    std::vector<std::int64_t> linkedRows();
    Ranked fromPostings(const PostingsQuery &q, int wanted);
    Ranked scoreEvery(int wanted);
    bool countFromPostings();

    Database &m_db;
    RankState &m_rank;
    double m_reference;
    int m_blocksScored = 0;
    std::optional<std::vector<std::int64_t>> m_linked; // linkedOnly(), once per search
    const SearchOptions &m_options;
    SearchResults &m_results;
    Bounds m_bounds;
    std::vector<Range> m_ranges;
    QByteArray m_filters;
    QByteArray m_blockFilters; // a block lies in one layout: only the row-id range and dead rows
    QByteArray m_structure; // FTS5's structure record in this search's transaction
    std::vector<double> m_idf; // each phrase's IDF for this search (rank())
    double m_average = 1; // FTS5's average row length (rank())
    std::optional<std::vector<std::int64_t>> m_dead; // search_dead, ascending, once per search
    std::function<bool()> m_keepGoing; // holdPostings(): asked before each phrase is read
    PhraseHelper m_helper; // setHelper(): reads half the phrases a query lacks
    std::optional<std::vector<std::int64_t>> m_linkedRows; // rows the link filters admit (rowFilter())
};

} // namespace plenum::core::search
