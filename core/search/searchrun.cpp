#include "search/searchrun.h"

#include "search/rowid.h"
#include "text/scripts.h"
#include "text/searchtext.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include <sqlite3.h>

namespace plenum::core::search {

namespace {

using Bounds = SearchRun::Bounds;
using Range = SearchRun::Range;

// Every filter is a bound parameter; ?1 is the MATCH expression, ?2/?3 the row-id range. Only the
// filters a search uses are written into its statements (filterSql()), since every condition costs
// time per match and a frequent term has hundreds of thousands. %F marks where they go, %K the
// facet key (the row id from the year up: type, term, year).
// The weights are kColumnWeights (impactindex.h): names and aliases over body text.
#define PLENUM_SCORE "plenum_rank(search_fts, 10.0, 5.0, 1.0)"

const char kExactRank[] = "SELECT rowid, " PLENUM_SCORE " AS score FROM search_fts WHERE search_fts MATCH ?1"
                          "%F ORDER BY score, rowid LIMIT ?10";
const char kPhraseCount[] = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1";
// %M: the matches (search_fts MATCH ?1), or every item for a query of filters alone (?1 is then the
// empty expression, bound like any other).
const char kFacets[] = "SELECT %K, count(*) FROM %M%F GROUP BY %K";
const char kCount[] = "SELECT count(*) FROM %M%F";
const char kMatches[] = "search_fts WHERE search_fts MATCH ?1";
const char kEveryItem[] = "search_docs WHERE coalesce(?1, '') = ''";
// A query of filters alone lists what they select by row id, descending: by type (statements
// first, see rowid.h), then Central Committee term and year, most recent first.
const char kFilterList[] = "SELECT rowid, 0 FROM %M%F ORDER BY rowid DESC LIMIT ?10";
// Items linking to the milestone ?1 that do not match the text ?2, newest first (row id descending).
const char kLinkedOnly[] = "SELECT d.id FROM search_docs d WHERE d.entity_id IN (SELECT l.source_id FROM kb.links l "
                           "WHERE l.target_id = ?1 AND l.rejected = 0) AND d.entity_id <> ?1 AND d.id NOT IN "
                           "(SELECT rowid FROM search_fts WHERE search_fts MATCH ?2) ORDER BY d.id DESC";
constexpr std::int64_t kAllTypes = ((std::int64_t(1) << (rowid::kStatementCode + 1)) - 1) & ~std::int64_t(1);

bool hasYearFilter(const Bounds &b)
{
    return b.yearLow > 0 || b.yearHigh < rowid::kYear.max();
}
bool hasTypeFilter(const Bounds &b)
{
    return b.typeMask != kAllTypes;
}

QList<ItemType> allowedTypes(const QueryFilters &f, const SearchOptions &o, bool &none)
{
    QList<ItemType> types = f.types;
    if (o.type) {
        // The option narrows what the query allows; conflicting restrictions match nothing.
        types = types.isEmpty() || types.contains(*o.type) ? QList<ItemType> { *o.type } : QList<ItemType> {};
        none = types.isEmpty();
    }
    return types;
}

Bounds boundsFor(const QueryFilters &f, const SearchOptions &o)
{
    Bounds b;
    b.typeMask = kAllTypes;
    b.yearHigh = int(rowid::kYear.max());
    bool none = false;
    const QList<ItemType> types = allowedTypes(f, o, none);
    if (none)
        b.typeMask = 0;
    if (!types.isEmpty()) {
        b.typeMask = 0;
        int lo = int(rowid::kType.max()), hi = 0;
        for (const ItemType t : types) {
            b.typeMask |= std::int64_t(1) << rowid::typeCode(t);
            lo = std::min(lo, rowid::typeCode(t));
            hi = std::max(hi, rowid::typeCode(t));
        }
        b.low = rowid::kType.at(lo);
        b.high = rowid::kType.at(hi + 1) - 1;
    }
    const int maxYear = int(rowid::kYear.max());
    if (f.yearFrom)
        b.yearLow = std::clamp(*f.yearFrom - 1900, 1, maxYear);
    if (f.yearTo)
        b.yearHigh = std::clamp(*f.yearTo - 1900, 0, maxYear);
    if (f.yearFrom && !f.yearTo)
        b.yearHigh = maxYear;
    if (f.yearTo && !f.yearFrom)
        b.yearLow = 1;
    if (!f.language.isEmpty())
        b.lang = f.language == QLatin1String("zh") ? 1 : 2;
    return b;
}

// The conditions of a search's filters; parameters ?4 type bit mask, ?5/?6 year codes, ?7 language
// bits, ?8 milestone, ?9 concept. DEAD: search_dead has rows to skip.
QByteArray filterSql(const Bounds &b, const QueryFilters &f, bool dead)
{
    QByteArray sql = " AND rowid BETWEEN ?2 AND ?3";
    if (hasTypeFilter(b))
        sql += " AND ((?4 >> " + rowid::sql(rowid::kType) + ") & 1)";
    if (hasYearFilter(b))
        sql += " AND " + rowid::sql(rowid::kYear) + " BETWEEN ?5 AND ?6";
    if (b.lang != 0)
        sql += " AND (" + rowid::sql(rowid::kLang) + " & ?7) <> 0";
    for (const auto &[list, param] : { std::pair { &f.milestones, "?8" }, std::pair { &f.concepts, "?9" } })
        if (!list->isEmpty())
            sql += QByteArray(" AND rowid IN (SELECT d.id FROM search_docs d WHERE d.entity_id = ") + param
                + " OR d.entity_id IN (SELECT l.source_id FROM kb.links l WHERE l.target_id = " + param
                + " AND l.rejected = 0))";
    if (dead)
        sql += " AND rowid NOT IN (SELECT id FROM search_dead)";
    return sql;
}

void bindFilters(Query &q, const QString &expression, const Bounds &b, const QueryFilters &f, const Range &range)
{
    q.reset();
    q.bind(1, expression).bind(2, range.low).bind(3, range.high);
    if (hasTypeFilter(b))
        q.bind(4, b.typeMask);
    if (hasYearFilter(b))
        q.bind(5, b.yearLow).bind(6, b.yearHigh);
    if (b.lang != 0)
        q.bind(7, b.lang);
    if (!f.milestones.isEmpty())
        q.bind(8, f.milestones.first());
    if (!f.concepts.isEmpty())
        q.bind(9, f.concepts.first());
}

// The row-id ranges a search walks, ascending. The year sits below the type and the Central
// Committee term in the row id, so with a year filter each (type, term) present gets its own range
// and a search for recent years never walks the matches of older ones. TYPE_TERMS holds the row
// ids' bits from the term up.
std::vector<Range> scanRanges(const Bounds &b, const std::set<int> &typeTerms)
{
    if (!hasYearFilter(b))
        return { { b.low, b.high } };
    std::vector<Range> ranges;
    for (const int key : typeTerms) {
        const std::int64_t base = std::int64_t(key) << rowid::kTerm.shift;
        if (((b.typeMask >> rowid::kType.of(base)) & 1) == 0)
            continue;
        const std::int64_t low = std::max(b.low, base | rowid::kYear.at(b.yearLow));
        const std::int64_t high = std::min(b.high, (base | rowid::kYear.at(b.yearHigh)) + rowid::kYear.at(1) - 1);
        if (low <= high)
            ranges.push_back({ low, high });
    }
    return ranges;
}

// SQL with the filter conditions FILTERS (from filterSql()) and the facet key in place.
QByteArray withFilters(const char *sql, const QByteArray &filters)
{
    return QByteArray(sql).replace("%F", filters).replace("%K", rowid::sqlFrom(rowid::kYear));
}

bool byScore(const QPair<std::int64_t, double> &x, const QPair<std::int64_t, double> &y)
{
    return x.second != y.second ? x.second > y.second : x.first < y.first;
}

} // namespace

// The token whose rows are exactly those the phrase TEXT matches, if any: a phrase of one token,
// or a two-character Chinese word, which the query tokenizer writes as its bigram followed by its
// last character, and every row holding the bigram has that character right after it.
std::optional<QString> soleToken(const QString &text)
{
    QStringList toks = tokens(text, TokenizeMode::Query);
    if (toks.size() == 2 && toks[0].size() == 2 && toks[1].size() == 1 && toks[0].at(1) == toks[1].at(0)
        && scripts::isUnspacedLetter(toks[0].at(0).unicode()) && scripts::isUnspacedLetter(toks[1].at(0).unicode()))
        toks.removeLast();
    if (toks.size() != 1)
        return std::nullopt;
    return toks.first();
}

SearchRun::SearchRun(Database &db, RankState &rank, const std::set<int> &typeTerms, double reference,
    const SearchOptions &options, SearchResults &results)
    : m_db(db)
    , m_rank(rank)
    , m_reference(reference > 0 ? reference : 1.0)
    , m_options(options)
    , m_results(results)
{
    m_bounds = boundsFor(results.query.filters, options);
    m_ranges = scanRanges(m_bounds, typeTerms);
    bool dead = false;
    {
        auto q = m_db.prepare("SELECT EXISTS (SELECT 1 FROM search_dead)");
        dead = q.next() && q.integer(0) != 0;
    }
    m_filters = filterSql(m_bounds, results.query.filters, dead);
    m_blockFilters = filterSql(Bounds {}, QueryFilters {}, dead);
    // Postings read under another state of the index are dropped before any step reads them.
    m_structure = ftsStructure(m_db);
    if (sqlite3_txn_state(m_db.handle(), nullptr) != SQLITE_TXN_WRITE) {
        m_rank.postings.validate(m_structure);
        holdStoredNames();
    }
    // One set of document frequencies per search, shared by every statement below.
    m_rank.capped = false;
    m_rank.df.clear();
    m_rank.clauseOf.clear();
    ++m_rank.generation;
}

Query SearchRun::prepare(const char *raw)
{
    const QByteArray source
        = QByteArray(raw).replace("%M", m_results.query.expression.isEmpty() ? kEveryItem : kMatches);
    const char *sql = source.constData();
    return m_db.prepare(withFilters(sql, m_filters).constData());
}

// Runs Q over every range (most recent first when DESCENDING), rebinding; PER_RANGE binds the rest
// and reads the rows, and returns false to stop.
template <typename PerRange>
void SearchRun::overRanges(Query &q, const QString &expression, bool descending, PerRange perRange)
{
    for (std::size_t i = 0; i < m_ranges.size(); ++i) {
        const Range &range = m_ranges[descending ? m_ranges.size() - 1 - i : i];
        bindFilters(q, expression, m_bounds, m_results.query.filters, range);
        if (!perRange(q, range))
            return;
    }
}

// Each phrase's document frequency for plenum_rank() and the block bounds: one-token phrases from
// search_terms, others counted (a walk of their matches) once per state of the index. With a single
// positive phrase the IDF scales every score alike, so it is not counted (the score is then bm25
// over a constant IDF).
std::vector<std::int64_t> SearchRun::documentFrequencies()
{
    const QList<QueryPhrase> &phrases = m_results.query.phrases;
    const auto positive
        = std::count_if(phrases.begin(), phrases.end(), [](const QueryPhrase &p) { return p.clause >= 0; });
    std::vector<std::int64_t> df(std::size_t(phrases.size()), 0);
    // After a write in this transaction FTS5 reads rows not yet in a segment: no cache then.
    const bool cache = sqlite3_txn_state(m_db.handle(), nullptr) != SQLITE_TXN_WRITE;
    if (positive > 1 && (m_structure != m_rank.phraseDfStructure || !cache)) {
        m_rank.phraseDf.clear();
        m_rank.phraseDfStructure = m_structure;
    }
    auto count = m_db.prepare(kPhraseCount);
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const QueryPhrase &p = phrases[i];
        if (p.clause < 0 || positive == 1)
            continue;
        // A word of one token, or of two Chinese characters (the rows of its bigram), is in search_terms.
        if (const std::optional<QString> token = p.prefix ? std::nullopt : soleToken(p.text)) {
            df[std::size_t(i)] = tokenDf(m_db, *token);
            continue;
        }
        const QString match = phraseMatch(p);
        const std::string key = match.toStdString();
        if (const auto it = m_rank.phraseDf.find(key); cache && it != m_rank.phraseDf.end()) {
            df[std::size_t(i)] = it->second;
            continue;
        }
        // Held postings are this count (validated against the same structure record in rank()).
        if (const auto held = cache ? m_rank.postings.find(postingsKey(match, m_rank.matchOnly)) : nullptr) {
            df[std::size_t(i)] = std::int64_t(held->rows.size());
            m_rank.phraseDf[key] = df[std::size_t(i)];
            continue;
        }
        count.reset();
        count.bindAll(match);
        // Only a finished count is kept (an interrupted search throws before this).
        df[std::size_t(i)] = count.next() ? count.integer(0) : 0;
        if (cache)
            m_rank.phraseDf[key] = df[std::size_t(i)];
    }
    return df;
}

// The best WANTED matches by exact score, scoring every match.
SearchRun::Ranked SearchRun::rankExactly(int wanted)
{
    Ranked ranked;
    auto q = prepare(kExactRank);
    overRanges(q, m_results.query.expression, false, [&](Query &q, const Range &) {
        q.bind(10, wanted);
        while (q.next())
            ranked.append({ q.integer(0), -q.real(1) });
        return true;
    });
    std::sort(ranked.begin(), ranked.end(), byScore);
    return ranked.mid(0, wanted);
}

// True when the filters admit some row of block KEY; sets RANGE to its rows within the bounds.
bool SearchRun::blockRange(std::int64_t key, Range &range) const
{
    const std::int64_t low = key << kBlockShift;
    const std::int64_t high = low + (std::int64_t(1) << kBlockShift) - 1;
    const Bounds &b = m_bounds;
    const auto year = int(rowid::kYear.of(low));
    if (((b.typeMask >> rowid::kType.of(low)) & 1) == 0 || (hasYearFilter(b) && (year < b.yearLow || year > b.yearHigh))
        || (b.lang != 0 && (rowid::kLang.of(low) & b.lang) == 0))
        return false;
    range = { std::max(low, b.low), std::min(high, b.high) };
    return range.low <= range.high;
}

// The best WANTED matches by exact score, scoring block after block in the order of their bounds
// and stopping when no block left can reach the page: the result is rankExactly()'s. When the
// bounds are loose (several clauses whose best rows differ, a phrase of common words), so many
// blocks stay above the page that scoring every match costs less: then it does that instead.
// A single phrase's bounds are tight (a block's best row reaches its bound); when after kEarlyCheck
// blocks fewer than half of them reached kTight of their bound, the bounds are loose (clauses whose
// best rows differ) and the walk would not end soon.
SearchRun::Ranked SearchRun::rankByBlocks(std::vector<BlockBound> blocks, int wanted)
{
    constexpr std::size_t kEarlyCheck = 30; // blocks scored before the bounds are first judged
    constexpr std::size_t kCheckAfter = 100; // blocks scored before they are judged again
    constexpr std::size_t kMaxLeft = 400; // blocks still above the page that make scoring all cheaper
    constexpr double kTight = 0.9;
    Range range {};
    // Blocks the filters exclude never count as work left.
    std::erase_if(blocks, [&](const BlockBound &b) { return !blockRange(b.key, range); });
    std::stable_sort(
        blocks.begin(), blocks.end(), [](const BlockBound &x, const BlockBound &y) { return x.bound > y.bound; });
    Ranked ranked;
    std::swap(m_filters, m_blockFilters); // the block statement's conditions, for this prepare only
    auto q = prepare(kExactRank);
    std::swap(m_filters, m_blockFilters);
    const Bounds open;
    std::size_t tight = 0; // blocks whose best row reached kTight of their bound
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool full = ranked.size() >= wanted;
        if (full && ranked.back().second >= blocks[i].bound)
            break;
        const auto scored = std::size_t(m_blocksScored);
        if (full && (scored == kEarlyCheck || scored == kCheckAfter)) {
            const auto above = std::partition_point(blocks.begin() + std::ptrdiff_t(i), blocks.end(),
                [&](const BlockBound &b) { return b.bound > ranked.back().second; });
            const std::size_t left = std::size_t(above - blocks.begin()) - i;
            if (left > kMaxLeft && (scored == kCheckAfter || tight * 2 < scored))
                return scoreEvery(wanted);
        } else if (!full && scored == kCheckAfter && blocks.size() - i > kMaxLeft) {
            return scoreEvery(wanted);
        }
        (void)blockRange(blocks[i].key, range);
        bindFilters(q, m_results.query.expression, open, QueryFilters {}, range);
        q.bind(10, wanted);
        const qsizetype before = ranked.size();
        while (q.next())
            ranked.append({ q.integer(0), -q.real(1) });
        if (ranked.size() > before && ranked[before].second >= blocks[i].bound * kTight)
            ++tight;
        if (ranked.size() > before) {
            std::sort(ranked.begin(), ranked.end(), byScore);
            if (ranked.size() > wanted)
                ranked.resize(wanted);
        }
        ++m_blocksScored;
    }
    return ranked;
}

// At most how many rows match the query: each clause matches no more rows than the sum over its
// phrases of their rarest token's document frequency. -1 when unknown (a lone prefix).
std::int64_t SearchRun::matchBound()
{
    std::map<int, std::int64_t> clauses;
    for (const QueryPhrase &p : m_results.query.phrases) {
        if (p.clause < 0)
            continue;
        const std::int64_t rarest = rarestDf(m_db, p);
        if (rarest < 0)
            return -1;
        clauses[p.clause] += rarest;
    }
    std::int64_t bound = std::numeric_limits<std::int64_t>::max();
    for (const auto &[clause, n] : clauses)
        bound = std::min(bound, n);
    return bound;
}

// The items after the text matches when the query names a milestone (SearchResults::linkedTo):
// those linking to it without matching the text, newest first, within the filters.
const std::vector<std::int64_t> &SearchRun::linkedOnly()
{
    if (m_linked)
        return *m_linked;
    m_linked.emplace();
    if (m_results.linkedTo.isEmpty())
        return *m_linked;
    auto q = m_db.prepare(kLinkedOnly);
    q.bindAll(m_results.linkedTo, m_results.query.expression);
    Range range {};
    while (q.next()) {
        const std::int64_t id = q.integer(0);
        if (blockRange(id >> kBlockShift, range) && id >= range.low && id <= range.high)
            m_linked->push_back(id);
    }
    return *m_linked;
}

// The first WANTED items a query of filters alone selects, in kFilterList's order.
SearchRun::Ranked SearchRun::listFiltered(int wanted)
{
    Ranked listed;
    auto q = prepare(kFilterList);
    overRanges(q, QString(), true, [&](Query &q, const Range &) {
        q.bind(10, wanted - int(listed.size()));
        while (q.next())
            listed.append({ q.integer(0), 0.0 });
        return listed.size() < wanted;
    });
    return listed;
}

// What a ranking depends on: the query, its filters and the state of the index and the
// knowledge base (links decide link filters and linked items), and the path asked for (tests
// compare them). data_version changes when another
// connection commits to the file; this connection's own catch-up changes FTS5's structure record.
std::string SearchRun::pageKey()
{
    QByteArray key
        = m_results.query.expression.toUtf8() + '\x1f' + m_filters + '\x1f' + m_results.linkedTo.toUtf8() + '\x1f';
    for (const std::int64_t v : { m_bounds.low, m_bounds.high, m_bounds.typeMask, std::int64_t(m_bounds.yearLow),
             std::int64_t(m_bounds.yearHigh), std::int64_t(m_bounds.lang), m_db.pragmaInt("main.data_version"),
             m_db.pragmaInt("kb.data_version"), m_options.scoreAllBelow })
        key += QByteArray::number(qlonglong(v)) + ',';
    for (const QString &f : m_results.query.filters.milestones + m_results.query.filters.concepts)
        key += f.toUtf8() + ',';
    key += m_structure;
    return key.toStdString();
}

// RANKED (the text matches, best first, up to WANTED) and, when they are fewer than WANTED, the
// items linked to the milestone the query names after them.
SearchRun::Ranked SearchRun::withLinked(Ranked ranked, int wanted)
{
    for (const std::int64_t id : linkedOnly()) {
        if (ranked.size() >= wanted)
            break;
        ranked.append({ id, 0.0 });
    }
    return ranked;
}

namespace {

// Sets RANK's row lengths for the lifetime of this object (none when LENGTHS is null).
struct HeldLengths {
    RankState &rank;
    HeldLengths(RankState &r, const RowLengths *lengths)
        : rank(r)
    {
        rank.lengths = lengths;
    }
    HeldLengths(const HeldLengths &) = delete;
    HeldLengths &operator=(const HeldLengths &) = delete;
    ~HeldLengths() { rank.lengths = nullptr; }
};

} // namespace

// The row lengths of this state of the index, or null inside a write transaction (where the
// postings cache is not validated and rows may be uncommitted).
const RowLengths *SearchRun::heldLengths()
{
    if (!m_options.heldLengths || sqlite3_txn_state(m_db.handle(), nullptr) == SQLITE_TXN_WRITE)
        return nullptr;
    return &m_rank.postings.lengths(m_db);
}

// Exact ranking by plenum_rank() whatever the number of matches. Block bounds (impactindex.h)
// skip the blocks that cannot reach the page; filters on links, and phrases that cannot be
// bounded, score every match.
SearchRun::Ranked SearchRun::rank()
{
    if (m_options.limit <= 0)
        return {};
    const int offset = std::max(0, m_options.offset);
    const int wanted = offset + m_options.limit;
    if (m_results.query.expression.isEmpty())
        return listFiltered(wanted).mid(offset, m_options.limit);
    const MatchOnly matchOnly(m_rank, m_options.matchWithoutTail);
    const std::string key = pageKey();
    if (m_options.reusePages && key == m_rank.pageKey && wanted <= m_rank.pageWanted) {
        m_results.exactRanking = true;
        Ranked ranked;
        for (const auto &[id, score] : m_rank.pageRanked)
            ranked.append({ id, score });
        return withLinked(std::move(ranked), wanted).mid(offset, m_options.limit);
    }
    // A later page (offset > 0) ranks twice as deep, so the pages after it come from the cache.
    const int fetch = offset > 0 ? std::max(wanted, 2 * wanted) : wanted;
    const QList<QueryPhrase> &phrases = m_results.query.phrases;
    // A word with its aliases, searched first: its phrases' postings give their counts.
    synonymsFirst();
    m_rank.df = documentFrequencies();
    m_rank.clauseOf.clear();
    for (const QueryPhrase &p : phrases)
        m_rank.clauseOf.push_back(p.clause);
    const FtsTotals totals = ftsTotals(m_db);
    m_idf.clear();
    for (const std::int64_t df : m_rank.df)
        m_idf.push_back(rankIdf(totals.rows, df));
    m_average = totals.average();
    m_results.exactRanking = true;
    Ranked ranked;
    if (const auto held = postingsQuery(readMissing())) {
        ranked = fromPostings(*held, fetch);
    } else {
        // Few possible matches cost less to score than to bound.
        const std::int64_t possible = matchBound();
        const bool few = possible >= 0 && possible <= m_options.scoreAllBelow;
        std::optional<std::vector<BlockBound>> blocks;
        if (!linkFilters() && !few)
            blocks = blockBounds(m_db, phrases, m_idf, m_reference, m_average);
        // Walks of many matches take each row's length from memory, not from a lookup per row.
        const HeldLengths lengths(m_rank, few ? nullptr : heldLengths());
        ranked = blocks ? rankByBlocks(std::move(*blocks), fetch) : (few ? rankExactly(fetch) : scoreEvery(fetch));
    }
    m_rank.pageKey = key;
    m_rank.pageWanted = fetch;
    m_rank.pageRanked.assign(ranked.begin(), ranked.end());
    return withLinked(ranked.mid(0, wanted), wanted).mid(offset, m_options.limit);
}

// Matches by type, term and year, added up row id by row id (or layout by layout).
struct SearchRun::Tally {
    std::map<int, std::int64_t> types, terms, years;
    std::int64_t total = 0;

    // N matches whose row ids have ID's bits from the year up.
    void add(std::int64_t id, std::int64_t n)
    {
        total += n;
        types[int(rowid::kType.of(id))] += n;
        if (const int term = int(rowid::kTerm.of(id)))
            terms[term] += n;
        if (const int year = int(rowid::kYear.of(id)))
            years[1900 + year] += n;
    }
};

void SearchRun::setFacets(Tally t)
{
    for (const std::int64_t id : linkedOnly())
        t.add(id, 1);
    m_results.total = t.total;
    if (!m_options.facets)
        return;
    for (const ItemType type : kAllItemTypes)
        if (const auto it = t.types.find(rowid::typeCode(type)); it != t.types.end() && it->second > 0)
            m_results.byType.append({ typeName(type), it->second });
    for (const auto &[term, n] : t.terms)
        if (n > 0)
            m_results.byTerm.append({ QString::number(term), n });
    for (const auto &[year, n] : t.years)
        if (n > 0)
            m_results.byYear.append({ QString::number(year), n });
}

void SearchRun::countFacets()
{
    auto facets = prepare(kFacets);
    Tally tally;
    overRanges(facets, m_results.query.expression, false, [&](Query &q, const Range &) {
        while (q.next())
            tally.add(q.integer(0) << rowid::kYear.shift, q.integer(1)); // type, term, year
        return true;
    });
    setFacets(tally);
}

// Counts and facets of a one-token query from the rows search_impacts counts per token and block,
// less the dead rows holding the token, without walking the matches (治: 706,495 at 1M). False
// when the query is not one token, filters on links, or dead rows are too many to look up.
bool SearchRun::countFromBlocks()
{
    constexpr std::int64_t kMaxDead = 5000; // each costs one FTS5 lookup
    const ParsedQuery &query = m_results.query;
    if (query.phrases.size() != 1 || query.phrases.first().clause < 0 || query.phrases.first().prefix
        || !query.filters.milestones.isEmpty() || !query.filters.concepts.isEmpty())
        return false;
    const std::optional<QString> token = soleToken(query.phrases.first().text);
    if (!token)
        return false;
    std::int64_t deadRows = 0;
    {
        auto dead = m_db.prepare("SELECT count(*) FROM search_dead");
        deadRows = dead.next() ? dead.integer(0) : 0;
    }
    if (deadRows > kMaxDead)
        return false;
    std::map<std::uint32_t, std::int64_t> rows = tokenRows(m_db, *token);
    if (deadRows > 0) {
        // CROSS JOIN: one lookup per dead row, never a walk of the matches.
        auto dead = m_db.prepare("SELECT d.id FROM search_dead d CROSS JOIN search_fts f ON f.rowid = d.id "
                                 "WHERE search_fts MATCH ?1");
        dead.bindAll(query.expression);
        while (dead.next())
            --rows[std::uint32_t(dead.integer(0) >> kLayoutShift)];
    }
    Tally tally;
    Range range {};
    for (const auto &[layout, n] : rows) {
        // A layout is one block key's bits from the language up: blockRange() judges its filters.
        const std::int64_t id = std::int64_t(layout) << kLayoutShift;
        if (n > 0 && blockRange(id >> kBlockShift, range))
            tally.add(id, n);
    }
    setFacets(tally);
    return true;
}

// Counts and facets of a query of filters alone (no link filter): layout by layout, each counted
// over its row-id range in search_docs, which holds live rows only, instead of grouping every row.
bool SearchRun::countFilteredLayouts()
{
    const QueryFilters &f = m_results.query.filters;
    if (!m_results.query.expression.isEmpty() || !f.milestones.isEmpty() || !f.concepts.isEmpty())
        return false;
    auto first = m_db.prepare("SELECT id FROM search_docs WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT 1");
    auto count = m_db.prepare("SELECT count(*) FROM search_docs WHERE id BETWEEN ?1 AND ?2");
    constexpr std::int64_t kLayoutRows = std::int64_t(1) << kLayoutShift;
    Tally tally;
    Range block {};
    for (const Range &range : m_ranges) {
        for (std::int64_t low = range.low; low <= range.high;) {
            first.reset();
            first.bindAll(low, range.high);
            if (!first.next())
                break;
            const std::int64_t id = first.integer(0);
            const std::int64_t layoutEnd = (id | (kLayoutRows - 1));
            if (blockRange(id >> kBlockShift, block)) {
                count.reset();
                count.bindAll(id, std::min(layoutEnd, range.high));
                tally.add(id, count.next() ? count.integer(0) : 0);
            }
            if (layoutEnd >= range.high)
                break;
            low = layoutEnd + 1;
        }
    }
    setFacets(tally);
    return true;
}

// Counts and facets from held postings (the missing ones read as readMissing() says): every
// match, run by run of rows with the same type, term and year.
bool SearchRun::countFromPostings()
{
    const auto q = postingsQuery(readMissing());
    if (!q)
        return false;
    Tally tally;
    std::int64_t key = -1, run = 0;
    eachMatch(*q, rowFilter(), [&](std::int64_t row) {
        if (const std::int64_t k = row >> rowid::kYear.shift; k != key) {
            if (run > 0)
                tally.add(key << rowid::kYear.shift, run);
            key = k;
            run = 0;
        }
        ++run;
    });
    if (run > 0)
        tally.add(key << rowid::kYear.shift, run);
    setFacets(tally);
    return true;
}

void SearchRun::count()
{
    const MatchOnly matchOnly(m_rank, m_options.matchWithoutTail);
    SearchResults &r = m_results;
    if ((m_options.facets || m_options.count) && (countFromBlocks() || countFromPostings() || countFilteredLayouts())) {
        return;
    } else if (m_options.facets) {
        countFacets();
    } else if (m_options.count && (r.total < 0 || !r.exactRanking)) {
        auto count = prepare(kCount);
        r.total = 0;
        overRanges(count, r.query.expression, false, [&](Query &q, const Range &) {
            r.total += q.next() ? q.integer(0) : 0;
            return true;
        });
        r.total += std::int64_t(linkedOnly().size());
    } else if (!m_options.count && !r.exactRanking) {
        r.total = -1;
    }
}

} // namespace plenum::core::search
