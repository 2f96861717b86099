#include "search/searchrun.h"

#include "search/namepostings.h"

#include "text/searchtext.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

#include <sqlite3.h>

// SearchRun's steps over phrase postings (postings.h, ADR 0028).

namespace plenum::core::search {

// The MATCH text of phrase P alone, quoted as the query's expression quotes it.
QString phraseMatch(const QueryPhrase &p)
{
    QString text = p.text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"') + (p.prefix ? QStringLiteral("*") : QString());
}

// The postings cache's key of MATCH: RankState::matchOnly changes the tokens FTS5 reads.
std::string postingsKey(const QString &match, bool matchOnly)
{
    std::string key = match.toStdString();
    key.insert(key.begin(), matchOnly ? 'm' : 'f');
    return key;
}

namespace {

// Phrase P's tokens that FTS5 must find in a row (a prefix phrase's last token is not one).
QStringList phraseTokens(const QueryPhrase &p)
{
    QStringList toks = tokens(p.text, p.prefix ? TokenizeMode::Prefix : TokenizeMode::Query);
    if (p.prefix && !toks.isEmpty())
        toks.removeLast();
    return toks;
}

} // namespace

// At most how many rows phrase P matches: its rarest token's document frequency (-1: unknown, a
// lone prefix).
std::int64_t rarestDf(Database &db, const QueryPhrase &p)
{
    const QStringList toks = phraseTokens(p);
    if (toks.isEmpty())
        return -1;
    std::int64_t rarest = std::numeric_limits<std::int64_t>::max();
    for (const QString &t : toks)
        rarest = std::min(rarest, tokenDf(db, t));
    return rarest;
}

namespace {

// Phrase PHRASE's rows cut into COUNT pieces of about as many rows each, by BLOCKS (its rarest
// token's rows per block, ascending): a cut falls after the block where the rows seen reach the
// next share. WALKED: the postings FTS5 walks for the whole phrase, shared by rows.
void cutPieces(std::size_t phrase, const std::vector<std::pair<std::int64_t, std::int64_t>> &blocks, std::int64_t count,
    double walked, std::vector<PostingsPiece> &pieces)
{
    std::int64_t total = 0;
    for (const auto &[key, rows] : blocks)
        total += rows;
    std::int64_t low = RowRange {}.low, from = 0, seen = 0, made = 0;
    const auto share = [&](std::int64_t rows) { return total > 0 ? walked * double(rows) / double(total) : walked; };
    for (const auto &[key, rows] : blocks) {
        seen += rows;
        if (made + 1 < count && seen * count >= total * (made + 1)) {
            const std::int64_t high = ((key + 1) << kBlockShift) - 1;
            pieces.push_back({ phrase, { low, high }, share(seen - from), {} });
            from = seen;
            low = high + 1;
            ++made;
        }
    }
    pieces.push_back({ phrase, { low, RowRange {}.high }, share(total - from), {} });
}

} // namespace

std::vector<PostingsPiece> postingsPieces(
    Database &db, const std::vector<const QueryPhrase *> &phrases, std::int64_t pieceRows)
{
    constexpr std::int64_t kMaxPieces = 8;
    std::vector<PostingsPiece> pieces;
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const QStringList toks = phraseTokens(*phrases[i]);
        if (toks.isEmpty()) { // a lone prefix: its rows are not known, so it is read first and whole
            pieces.push_back({ i, {}, std::numeric_limits<double>::max(), {} });
            continue;
        }
        QString rarest;
        std::int64_t rows = std::numeric_limits<std::int64_t>::max();
        double walked = 0;
        for (const QString &t : toks) {
            const std::int64_t df = tokenDf(db, t);
            walked += double(df);
            if (df < rows)
                std::tie(rows, rarest) = std::pair(df, t);
        }
        const std::int64_t count = std::clamp(rows / std::max<std::int64_t>(1, pieceRows), std::int64_t(1), kMaxPieces);
        if (count == 1)
            pieces.push_back({ i, {}, walked, {} });
        else
            cutPieces(i, tokenBlockRows(db, rarest), count, walked, pieces);
    }
    std::stable_sort(pieces.begin(), pieces.end(), [](const auto &x, const auto &y) { return x.cost > y.cost; });
    return pieces;
}

// Holds the stored postings (search_names) of every phrase of the query that is a name or alias
// and not held yet, when they are in step with this search's state of the index: the first search
// of a concept with its aliases then reads no phrase through FTS5.
void SearchRun::holdStoredNames()
{
    if (!m_options.storedNames || m_options.postings == SearchOptions::Postings::Off || !namesInStep(m_db))
        return;
    for (const QueryPhrase &p : m_results.query.phrases) {
        if (p.prefix)
            continue;
        const std::string key = postingsKey(phraseMatch(p), m_options.matchWithoutTail);
        if (m_rank.postings.find(key))
            continue;
        const QString name = nameKey(p.text);
        if (name.isEmpty())
            continue;
        const auto lengths = [this]() -> const RowLengths & { return m_rank.postings.lengths(m_db); };
        if (std::shared_ptr<PhrasePostings> stored = storedName(m_db, name, lengths))
            m_rank.postings.keep(key, std::move(stored));
    }
}

bool SearchRun::linkFilters() const
{
    const QueryFilters &f = m_results.query.filters;
    return !f.milestones.isEmpty() || !f.concepts.isEmpty();
}

// The query over its phrases' postings when this connection holds them all, reading the ones it
// lacks when LOAD (kept for later searches); nullopt when postings are off, the query filters on
// links or has no text, a write transaction is open (FTS5 then reads rows of no segment), or a
// phrase is not held. rank() has validated the cache against the index's state.
std::optional<PostingsQuery> SearchRun::postingsQuery(bool load)
{
    if (m_options.postings == SearchOptions::Postings::Off || m_results.query.expression.isEmpty()
        || sqlite3_txn_state(m_db.handle(), nullptr) == SQLITE_TXN_WRITE)
        return std::nullopt;
    PostingsQuery q;
    const QList<QueryPhrase> &phrases = m_results.query.phrases;
    if (load)
        readMissingPhrases();
    for (const QueryPhrase &p : phrases) {
        const std::string key = postingsKey(phraseMatch(p), m_rank.matchOnly);
        std::shared_ptr<const PhrasePostings> held = m_rank.postings.find(key);
        if (!held && !load)
            return std::nullopt;
        if (!held) {
            if (m_keepGoing && !m_keepGoing())
                throw Error(ErrorCode::Cancelled, QStringLiteral("Reading phrase postings was cancelled."));
            // An interrupted read throws before anything is kept.
            std::shared_ptr<PhrasePostings> read = readPostings(m_db, phraseMatch(p), m_rank.postings.lengths(m_db));
            m_rank.postings.keep(key, read);
            held = read;
        }
        q.phrases.push_back(std::move(held));
        q.clauseOf.push_back(p.clause);
    }
    q.idf = m_idf;
    q.idf.resize(q.phrases.size(), 1e-6);
    q.averageLength = m_average;
    return q;
}

namespace {

// True when every phrase of PHRASES is in the first clause (or a NOT phrase): a word and its
// aliases, or a phrase alone.
bool oneClause(const QList<QueryPhrase> &phrases)
{
    return std::none_of(phrases.begin(), phrases.end(), [](const QueryPhrase &p) { return p.clause > 0; });
}

} // namespace

// Reads the postings of the phrases not held, on this connection and the helper at once, in
// pieces (postingsPieces()): each connection takes the next piece, costliest first, until none is
// left, so both finish together. The helper reads only if its snapshot is this search's (the same
// FTS5 structure record); the pieces it does not bring back are read here.
void SearchRun::readMissingPhrases()
{
    if (m_helper.db == nullptr)
        return;
    std::vector<const QueryPhrase *> missing;
    for (const QueryPhrase &p : m_results.query.phrases)
        if (!m_rank.postings.find(postingsKey(phraseMatch(p), m_rank.matchOnly)))
            missing.push_back(&p);
    std::vector<PostingsPiece> pieces = postingsPieces(m_db, missing, m_options.pieceRows);
    if (pieces.size() < 2)
        return;
    const RowLengths &lengths = m_rank.postings.lengths(m_db);
    std::atomic<std::size_t> next { 0 };
    std::atomic<bool> stop { false };
    const auto readPieces = [&](Database &db) {
        for (std::size_t i = next++; i < pieces.size() && !stop; i = next++) {
            if (m_keepGoing && !m_keepGoing())
                throw Error(ErrorCode::Cancelled, QStringLiteral("Reading phrase postings was cancelled."));
            pieces[i].postings
                = readPostings(db, phraseMatch(*missing[pieces[i].phrase]), lengths, {}, pieces[i].range);
        }
    };
    std::thread helper([&] { (void)onHelper(readPieces); });
    try {
        readPieces(m_db);
    } catch (...) {
        stop = true;
        sqlite3_interrupt(m_helper.db->handle());
        helper.join();
        throw;
    }
    helper.join();
    keepPieces(missing, std::move(pieces), lengths);
}

// Keeps each phrase's postings, its PIECES joined in row order, reading here any piece the helper
// did not bring back.
void SearchRun::keepPieces(
    const std::vector<const QueryPhrase *> &phrases, std::vector<PostingsPiece> pieces, const RowLengths &lengths)
{
    std::sort(pieces.begin(), pieces.end(), [](const PostingsPiece &x, const PostingsPiece &y) {
        return std::pair(x.phrase, x.range.low) < std::pair(y.phrase, y.range.low);
    });
    for (std::size_t at = 0; at < pieces.size();) {
        const QString match = phraseMatch(*phrases[pieces[at].phrase]);
        auto whole = std::make_shared<PhrasePostings>();
        for (const std::size_t phrase = pieces[at].phrase; at < pieces.size() && pieces[at].phrase == phrase; ++at) {
            std::shared_ptr<PhrasePostings> piece = pieces[at].postings;
            if (!piece)
                piece = readPostings(m_db, match, lengths, {}, pieces[at].range);
            whole->rows.insert(whole->rows.end(), piece->rows.begin(), piece->rows.end());
            whole->frequency.insert(whole->frequency.end(), piece->frequency.begin(), piece->frequency.end());
            whole->length.insert(whole->length.end(), piece->length.begin(), piece->length.end());
        }
        m_rank.postings.keep(postingsKey(match, m_rank.matchOnly), std::move(whole));
    }
}

// On the helper's thread: WORK on the helper's connection, in a snapshot of its own that must
// hold this search's state of the index; true when it ran to its end. Reports nothing: what it
// does not do (another state, an error, an interruption) the search does itself, or fails on.
bool SearchRun::onHelper(const std::function<void(Database &)> &work)
{
    Database &db = *m_helper.db;
    const MatchOnly same(*m_helper.rank, m_rank.matchOnly);
    bool done = false;
    try {
        db.exec("BEGIN");
        if (ftsStructure(db) == m_structure) {
            work(db);
            done = true;
        }
    } catch (...) {
        // done here instead (see above); nothing may leave the thread
    }
    sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return done;
}

// Whether a search should read the postings it lacks itself: some of its phrases are held (the
// query refined by a word) and the rest hold at most kReadInSearch rows (a walk of 60 ms or so at
// 0.2 us a row), or the options say Always.
bool SearchRun::readMissing()
{
    constexpr std::int64_t kReadInSearch = 300000;
    if (m_options.postings == SearchOptions::Postings::Always)
        return true;
    if (m_options.postings == SearchOptions::Postings::Off)
        return false;
    bool anyHeld = false;
    std::int64_t missing = 0;
    for (const QueryPhrase &p : m_results.query.phrases) {
        if (m_rank.postings.find(postingsKey(phraseMatch(p), m_rank.matchOnly))) {
            anyHeld = true;
            continue;
        }
        const std::int64_t n = rarestDf(m_db, p);
        if (n < 0)
            return false;
        missing += n;
    }
    return anyHeld && missing <= kReadInSearch;
}

// At most how many rows the postings of every phrase hold together (-1: unknown, a lone prefix).
std::int64_t SearchRun::postingsBound()
{
    std::int64_t rows = 0;
    for (const QueryPhrase &p : m_results.query.phrases) {
        const std::int64_t n = rarestDf(m_db, p);
        if (n < 0)
            return -1;
        rows += n;
    }
    return rows;
}

// Whether a matching row is in the result: the filters as row-id bounds (blockRange()), no dead row.
RowFilter SearchRun::rowFilter()
{
    if (!m_dead) {
        m_dead.emplace();
        auto q = m_db.prepare("SELECT id FROM search_dead ORDER BY id");
        while (q.next())
            m_dead->push_back(q.integer(0));
    }
    if (linkFilters() && !m_linkedRows)
        m_linkedRows = linkedRows();
    return [this, key = std::int64_t(-1), range = Range {}, admitted = false](std::int64_t row) mutable {
        if ((row >> kBlockShift) != key) {
            key = row >> kBlockShift;
            admitted = blockRange(key, range);
        }
        return admitted && row >= range.low && row <= range.high
            && !std::binary_search(m_dead->begin(), m_dead->end(), row)
            && (!m_linkedRows || std::binary_search(m_linkedRows->begin(), m_linkedRows->end(), row));
    };
}

// The live rows the link filters admit, ascending: the milestone or concept itself and the items
// linking to it (both filters: rows in both), as filterSql() selects them.
std::vector<std::int64_t> SearchRun::linkedRows()
{
    const QueryFilters &f = m_results.query.filters;
    std::optional<std::vector<std::int64_t>> rows;
    auto q
        = m_db.prepare("SELECT d.id FROM search_docs d WHERE d.entity_id = ?1 OR d.entity_id IN "
                       "(SELECT l.source_id FROM kb.links l WHERE l.target_id = ?1 AND l.rejected = 0) ORDER BY d.id");
    for (const QStringList *list : { &f.milestones, &f.concepts }) {
        if (list->isEmpty())
            continue;
        q.reset();
        q.bindAll(list->first());
        std::vector<std::int64_t> these;
        while (q.next())
            these.push_back(q.integer(0));
        if (rows) {
            std::vector<std::int64_t> both;
            std::set_intersection(rows->begin(), rows->end(), these.begin(), these.end(), std::back_inserter(both));
            these = std::move(both);
        }
        rows = std::move(these);
    }
    return rows ? *rows : std::vector<std::int64_t> {};
}

SearchRun::Ranked SearchRun::fromPostings(const PostingsQuery &q, int wanted)
{
    Ranked ranked;
    for (const auto &[row, score] : rankPostings(q, wanted, rowFilter()))
        ranked.append({ row, score });
    return ranked;
}

void SearchRun::holdPostings(const std::function<bool()> &keepGoing)
{
    m_keepGoing = keepGoing;
    const MatchOnly matchOnly(m_rank, m_options.matchWithoutTail);
    const std::int64_t rows = postingsBound();
    if (rows >= 0 && rows <= std::int64_t(PostingsCache::kMaxEntries))
        (void)postingsQuery(true);
}

void SearchRun::readFirst(const std::function<bool()> &keepGoing)
{
    m_keepGoing = keepGoing;
    const MatchOnly matchOnly(m_rank, m_options.matchWithoutTail);
    synonymsFirst();
}

// Whether the first search of a word with its aliases should read its postings before anything
// else: one clause of several phrases (synonyms), some of several tokens whose document frequency
// is not known yet. Their counts would walk each phrase's matches, and the block bounds of a
// clause of synonyms are loose (each phrase's best row is another), so the search would walk them
// again to score them: one walk that reads and keeps them gives the counts (their sizes) and the
// ranking.
void SearchRun::synonymsFirst()
{
    const QList<QueryPhrase> &phrases = m_results.query.phrases;
    const auto positive
        = std::count_if(phrases.begin(), phrases.end(), [](const QueryPhrase &p) { return p.clause >= 0; });
    if (!oneClause(phrases) || positive < 2 || m_options.postings == SearchOptions::Postings::Off)
        return;
    const bool unknown = std::any_of(phrases.begin(), phrases.end(), [this](const QueryPhrase &p) {
        const QString match = phraseMatch(p);
        return p.clause >= 0 && (p.prefix || !soleToken(p.text))
            && !m_rank.postings.find(postingsKey(match, m_rank.matchOnly))
            && (m_structure != m_rank.phraseDfStructure || !m_rank.phraseDf.contains(match.toStdString()));
    });
    const std::int64_t rows = unknown ? postingsBound() : -1;
    if (rows >= 0 && rows <= std::int64_t(PostingsCache::kMaxEntries))
        (void)postingsQuery(true);
}

// The best WANTED matches when every match has to be scored. A query of one clause (a phrase,
// or a word and its aliases) matches about as many rows as its phrases hold, and reading them
// (0.2 us a row) costs less than scoring each match through FTS5 (1–3 us, more with aliases):
// its postings are read and kept. Several clauses match far fewer rows than their phrases hold
// (社会治理 基层: 22,762 of 265,000), so one FTS5 walk of the matches is cheaper the first time;
// the GUI reads their postings after showing the page (SearchIndex::holdPostings()).
SearchRun::Ranked SearchRun::scoreEvery(int wanted)
{
    // (With Always, rank() has read them already.)
    if (oneClause(m_results.query.phrases) && m_options.postings != SearchOptions::Postings::Off) {
        const std::int64_t rows = postingsBound();
        if (rows >= 0 && rows <= std::int64_t(PostingsCache::kMaxEntries))
            if (const auto q = postingsQuery(true))
                return fromPostings(*q, wanted);
    }
    return rankExactly(wanted);
}

} // namespace plenum::core::search
