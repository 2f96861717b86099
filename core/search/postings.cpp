#include "search/postings.h"

#include "search/impactindex.h"
#include "search/rowid.h"
#include "search/searchtokenizer.h"

#include <algorithm>

namespace plenum::core::search {

void PostingsCache::validate(const QByteArray &structure)
{
    if (structure != m_structure) {
        clear();
        m_structure = structure;
    }
}

std::shared_ptr<const PhrasePostings> PostingsCache::find(const std::string &match)
{
    const auto it = m_byMatch.find(match);
    if (it == m_byMatch.end())
        return nullptr;
    it->second->lastUse = ++m_clock;
    return it->second;
}

void PostingsCache::keep(const std::string &match, std::shared_ptr<PhrasePostings> postings)
{
    if (postings->rows.size() > kMaxEntries)
        return;
    if (const auto it = m_byMatch.find(match); it != m_byMatch.end()) {
        m_entries -= it->second->rows.size();
        m_byMatch.erase(it);
    }
    while (m_entries + postings->rows.size() > kMaxEntries && !m_byMatch.empty()) {
        const auto oldest = std::min_element(m_byMatch.begin(), m_byMatch.end(),
            [](const auto &x, const auto &y) { return x.second->lastUse < y.second->lastUse; });
        m_entries -= oldest->second->rows.size();
        m_byMatch.erase(oldest);
    }
    postings->lastUse = ++m_clock;
    m_entries += postings->rows.size();
    m_byMatch.emplace(match, std::move(postings));
}

void PostingsCache::clear()
{
    m_byMatch.clear();
    m_entries = 0;
    m_lengths.reset();
}

namespace {

// The weights are kColumnWeights (impactindex.h), as in plenum_rank()'s calls.
// FTS5 seeks its doclists to the row-id bounds (a piece of the rows, see RowRange).
const char kPostingsWalk[] = "SELECT rowid, plenum_postings(search_fts, 10.0, 5.0, 1.0) FROM search_fts WHERE "
                             "search_fts MATCH ?1 AND rowid >= ?2 AND rowid <= ?3";
// The same for the rows of a JSON list (one lookup each).
const char kPostingsOfRows[] = "SELECT rowid, plenum_postings(search_fts, 10.0, 5.0, 1.0) FROM search_fts WHERE "
                               "search_fts MATCH ?1 AND rowid IN (SELECT value FROM json_each(?2)) ORDER BY rowid";

// The order of HELD's and ADDED's rows (both ascending) merged: an index below held.size() is
// HELD's, above it ADDED's.
std::vector<std::size_t> mergeOrder(const std::vector<std::int64_t> &held, const std::vector<std::int64_t> &added)
{
    std::vector<std::size_t> order;
    order.reserve(held.size() + added.size());
    std::size_t i = 0, j = 0;
    while (i < held.size() || j < added.size())
        if (j == added.size() || (i < held.size() && held[i] < added[j]))
            order.push_back(i++);
        else
            order.push_back(held.size() + j++);
    return order;
}

// HELD and ADDED in ORDER (mergeOrder()).
template <typename T>
void mergeInto(std::vector<T> &held, const std::vector<T> &added, const std::vector<std::size_t> &order)
{
    std::vector<T> out;
    out.reserve(order.size());
    for (const std::size_t i : order)
        out.push_back(i < held.size() ? held[i] : added[i - held.size()]);
    held = std::move(out);
}

QString jsonList(const std::vector<std::int64_t> &rows)
{
    QString json = QStringLiteral("[");
    for (const std::int64_t r : rows)
        json += QString::number(r) + QLatin1Char(',');
    if (json.size() > 1)
        json.chop(1);
    return json + QLatin1Char(']');
}

} // namespace

const RowLengths &PostingsCache::lengths(Database &db)
{
    if (!m_lengths)
        m_lengths = std::make_unique<RowLengths>(RowLengths { readLengths(db) });
    return *m_lengths;
}

void PostingsCache::follow(Database &db, bool &matchOnly, const QByteArray &before, const QByteArray &after,
    const std::vector<std::int64_t> &rows)
{
    if (after.isEmpty() || before != m_structure || rows.size() > kMaxFollowed) {
        clear();
        m_structure.clear();
        return;
    }
    const QString json = jsonList(rows);
    if (m_lengths) {
        std::vector<std::int64_t> chunks;
        for (const std::int64_t row : rows)
            chunks.push_back(rowid::kSerial.of(row) >> kBlockShift);
        std::sort(chunks.begin(), chunks.end());
        chunks.erase(std::unique(chunks.begin(), chunks.end()), chunks.end());
        readLengths(db, chunks, m_lengths->bySerial);
    }
    // The tokenizer mode comes back however this ends (an interrupted lookup throws).
    struct Restore {
        bool &flag;
        bool was;
        ~Restore() { flag = was; }
    } restore { matchOnly, matchOnly };
    for (auto &[key, postings] : m_byMatch) {
        matchOnly = key.front() == 'm';
        const std::shared_ptr<PhrasePostings> found
            = readPostings(db, QString::fromStdString(key.substr(1)), *m_lengths, json);
        m_entries += found->rows.size();
        const std::vector<std::size_t> order = mergeOrder(postings->rows, found->rows);
        mergeInto(postings->frequency, found->frequency, order);
        mergeInto(postings->length, found->length, order);
        mergeInto(postings->rows, found->rows, order);
    }
    m_structure = after;
}

QByteArray ftsStructure(Database &db)
{
    auto q = db.prepare("SELECT block FROM search_fts_data WHERE id = 10");
    return q.next() ? q.blob(0) : QByteArray();
}

void walkPhrase(
    Database &db, const QString &match, RowRange range, const std::function<void(std::int64_t, std::int64_t)> &each)
{
    Query q = db.prepare(kPostingsWalk);
    q.bindAll(match, range.low, range.high);
    while (q.next())
        each(q.integer(0), q.integer(1));
}

std::shared_ptr<PhrasePostings> readPostings(
    Database &db, const QString &match, const RowLengths &lengths, const QString &onlyRows, RowRange range)
{
    auto postings = std::make_shared<PhrasePostings>();
    const auto keep = [&](std::int64_t row, std::int64_t frequency) {
        // Every row holds a token when it matches: a length of 0 means search_lengths lacks it.
        const std::uint32_t length = lengths.of(row);
        if (length == 0)
            throw Error(ErrorCode::Corrupt,
                QStringLiteral("The search index %1 is damaged: row %2 has no length.").arg(db.path()).arg(row));
        postings->rows.push_back(row);
        postings->frequency.push_back(float(frequency));
        postings->length.push_back(length);
    };
    if (onlyRows.isEmpty()) {
        walkPhrase(db, match, range, keep);
        return postings;
    }
    Query q = db.prepare(kPostingsOfRows);
    q.bindAll(match, onlyRows);
    while (q.next())
        keep(q.integer(0), q.integer(1));
    return postings;
}

namespace {

// A position in one phrase's rows that only moves forward.
struct Cursor {
    const PhrasePostings *postings = nullptr;
    std::size_t pos = 0;

    // Moves to the first row at or after ROW (galloping, then a binary search); true when it is ROW.
    bool seek(std::int64_t row)
    {
        const std::vector<std::int64_t> &rows = postings->rows;
        if (pos < rows.size() && rows[pos] < row) {
            std::size_t step = 1, low = pos;
            while (low + step < rows.size() && rows[low + step] < row) {
                low += step;
                step *= 2;
            }
            const auto end = rows.begin() + std::ptrdiff_t(std::min(rows.size(), low + step + 1));
            pos = std::size_t(std::lower_bound(rows.begin() + std::ptrdiff_t(low), end, row) - rows.begin());
        }
        return pos < rows.size() && rows[pos] == row;
    }
};

struct Plan {
    std::vector<std::vector<int>> clauses; // phrase indexes of each positive clause
    std::vector<int> negatives;
    std::size_t driver = 0; // the clause with the fewest rows
};

Plan planFor(const PostingsQuery &q)
{
    Plan plan;
    for (std::size_t p = 0; p < q.phrases.size(); ++p) {
        const int c = q.clauseOf[p];
        if (c < 0) {
            plan.negatives.push_back(int(p));
            continue;
        }
        if (std::size_t(c) >= plan.clauses.size())
            plan.clauses.resize(std::size_t(c) + 1);
        plan.clauses[std::size_t(c)].push_back(int(p));
    }
    std::size_t fewest = SIZE_MAX;
    for (std::size_t c = 0; c < plan.clauses.size(); ++c) {
        std::size_t rows = 0;
        for (const int p : plan.clauses[c])
            rows += q.phrases[std::size_t(p)]->rows.size();
        if (!plan.clauses[c].empty() && rows < fewest) {
            fewest = rows;
            plan.driver = c;
        }
    }
    return plan;
}

// The rows of the driver clause: one phrase's rows, or the union of its phrases' rows.
std::vector<std::int64_t> driverRows(const PostingsQuery &q, const std::vector<int> &phrases)
{
    std::vector<std::int64_t> rows;
    for (const int p : phrases) {
        const std::vector<std::int64_t> &more = q.phrases[std::size_t(p)]->rows;
        const auto middle = rows.insert(rows.end(), more.begin(), more.end());
        std::inplace_merge(rows.begin(), middle, rows.end());
    }
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

// Calls ON(row, cursors, present) for every row matching Q that ACCEPT admits, ascending;
// PRESENT[p] tells whether phrase p occurs in the row (its cursor then points at it).
template <typename On> void walk(const PostingsQuery &q, const RowFilter &accept, On on)
{
    const Plan plan = planFor(q);
    if (plan.clauses.empty() || plan.clauses[plan.driver].empty())
        return;
    std::vector<Cursor> cursors(q.phrases.size());
    for (std::size_t p = 0; p < q.phrases.size(); ++p)
        cursors[p].postings = q.phrases[p].get();
    std::vector<char> present(q.phrases.size(), 0);
    const std::vector<int> &lead = plan.clauses[plan.driver];
    const std::vector<std::int64_t> merged = lead.size() > 1 ? driverRows(q, lead) : std::vector<std::int64_t> {};
    const std::vector<std::int64_t> &rows = lead.size() > 1 ? merged : q.phrases[std::size_t(lead[0])]->rows;
    for (const std::int64_t row : rows) {
        bool match = true;
        for (std::size_t c = 0; c < plan.clauses.size() && match; ++c) {
            bool any = plan.clauses[c].empty();
            for (const int p : plan.clauses[c]) {
                present[std::size_t(p)] = cursors[std::size_t(p)].seek(row) ? 1 : 0;
                any = any || present[std::size_t(p)] != 0;
            }
            match = any;
        }
        for (std::size_t n = 0; n < plan.negatives.size() && match; ++n)
            match = !cursors[std::size_t(plan.negatives[n])].seek(row);
        if (match && accept(row))
            on(row, cursors, present);
    }
}

bool better(const std::pair<std::int64_t, double> &x, const std::pair<std::int64_t, double> &y)
{
    return x.second != y.second ? x.second > y.second : x.first < y.first;
}

// Keeps the WANTED best hits in HEAP, the worst kept one at the front.
class TopHits {
public:
    explicit TopHits(int wanted)
        : m_wanted(std::size_t(std::max(wanted, 0)))
    {
    }
    void offer(std::int64_t row, double score)
    {
        const std::pair<std::int64_t, double> hit { row, score };
        if (m_heap.size() < m_wanted) {
            m_heap.push_back(hit);
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        } else if (better(hit, m_heap.front())) {
            std::pop_heap(m_heap.begin(), m_heap.end(), better);
            m_heap.back() = hit;
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        }
    }
    std::vector<std::pair<std::int64_t, double>> best()
    {
        std::sort(m_heap.begin(), m_heap.end(), better);
        return std::move(m_heap);
    }

private:
    std::size_t m_wanted;
    std::vector<std::pair<std::int64_t, double>> m_heap;
};

// A query of one phrase: its rows in order, no cursors. The score is plenum_rank()'s: the clause's
// best (the one phrase's term score, never below 0) added to 0.
std::vector<std::pair<std::int64_t, double>> rankOnePhrase(
    const PhrasePostings &p, double idf, double average, int wanted, const RowFilter &accept)
{
    TopHits top(wanted);
    for (std::size_t i = 0; i < p.rows.size(); ++i)
        if (accept(p.rows[i]))
            top.offer(p.rows[i], 0.0 + std::max(0.0, idf * rankTerm(double(p.frequency[i]), p.length[i], average)));
    return top.best();
}

} // namespace

std::vector<std::pair<std::int64_t, double>> rankPostings(const PostingsQuery &q, int wanted, const RowFilter &accept)
{
    if (wanted <= 0)
        return {};
    if (q.phrases.size() == 1 && q.clauseOf[0] == 0)
        return rankOnePhrase(*q.phrases[0], q.idf[0], q.averageLength, wanted, accept);
    TopHits top(wanted);
    const std::size_t phrases = q.phrases.size();
    std::vector<double> best(phrases, 0.0);
    walk(q, accept, [&](std::int64_t row, const std::vector<Cursor> &cursors, const std::vector<char> &present) {
        std::uint32_t length = 0;
        for (std::size_t p = 0; p < phrases; ++p)
            if (present[p] != 0) {
                length = cursors[p].postings->length[cursors[p].pos];
                break;
            }
        // plenum_rank()'s arithmetic, step for step: each phrase's term score, each clause's best,
        // the clauses summed in order.
        std::fill(best.begin(), best.end(), 0.0);
        for (std::size_t p = 0; p < phrases; ++p) {
            const double f = present[p] != 0 ? double(cursors[p].postings->frequency[cursors[p].pos]) : 0.0;
            const double s = q.idf[p] * rankTerm(f, length, q.averageLength);
            if (const int c = q.clauseOf[p]; c >= 0 && std::size_t(c) < phrases)
                best[std::size_t(c)] = std::max(best[std::size_t(c)], s);
        }
        double score = 0;
        for (const double s : best)
            score += s;
        top.offer(row, score);
    });
    return top.best();
}

void eachMatch(const PostingsQuery &q, const RowFilter &accept, const std::function<void(std::int64_t)> &each)
{
    walk(q, accept, [&](std::int64_t row, const std::vector<Cursor> &, const std::vector<char> &) { each(row); });
}

} // namespace plenum::core::search
