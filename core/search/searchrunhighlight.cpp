#include "search/searchrun.h"

#include "search/rowid.h"
#include "search/snippets.h"

#include <algorithm>
#include <array>
#include <map>
#include <thread>

#include <sqlite3.h>

// SearchRun's step that highlights the page of hits (SearchRun::highlight()).

namespace plenum::core::search {

namespace {

const char kItemText[] = "SELECT d.entity_id, t.title, t.body, t.body, t.title, t.aliases FROM search_docs d "
                         "JOIN search_text t ON t.rowid = d.id WHERE d.id = ?1";
// FTS5's own snippet() may cut a multi-token phrase at the window's end, so hits carry the
// highlighted columns and cropSnippet() picks the window.
const char kHighlight[] = "SELECT d.entity_id, search_fts.title, search_fts.body, highlight(search_fts, 2, ?2, ?3), "
                          "highlight(search_fts, 0, ?2, ?3), highlight(search_fts, 1, ?2, ?3), search_fts.rowid "
                          "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?1 "
                          "AND search_fts.rowid = ?4";
// The same for a page (the JSON list ?4) over a walk of the matches between ?5 and ?6 (+rowid: not a lookup per row),
// for queries with few matches: looking a row up seeks every token's doclist, and a frequent token makes that cost more
// than walking a few thousand matches (170 us a row for 象杭暨县, whose 县 is in 174,520 rows, against 1.2 ms for all
// 36 matches, at 1M).
const char kHighlightWalk[]
    = "SELECT d.entity_id, search_fts.title, search_fts.body, highlight(search_fts, 2, ?2, ?3), "
      "highlight(search_fts, 0, ?2, ?3), highlight(search_fts, 1, ?2, ?3), search_fts.rowid "
      "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?1 "
      "AND search_fts.rowid BETWEEN ?5 AND ?6 AND +search_fts.rowid IN (SELECT value FROM json_each(?4))";

using HighlightedRows = std::map<std::int64_t, std::array<QString, 6>>;

// Keeps the row kHighlight or kHighlightWalk is on: its six columns, by its row id.
void readHighlighted(Query &q, HighlightedRows &rows)
{
    std::array<QString, 6> &row = rows[q.integer(6)];
    for (int c = 0; c < 6; ++c)
        row[std::size_t(c)] = q.text(c);
}

} // namespace

// The highlighted columns of the rows of RANKED that match the query: by a walk of the matches
// when they are few, else by looking each row up.
std::map<std::int64_t, std::array<QString, 6>> SearchRun::highlighted(const Ranked &ranked)
{
    std::map<std::int64_t, std::array<QString, 6>> rows;
    if (ranked.isEmpty() || m_results.query.expression.isEmpty())
        return rows;
    const std::int64_t possible = matchBound();
    if (possible < 0 || possible > m_options.highlightWalkBelow)
        return lookedUp(ranked);
    auto snip = m_db.prepare(kHighlightWalk);
    snip.bind(1, m_results.query.expression).bind(2, m_options.markOpen).bind(3, m_options.markClose);
    QByteArray list = "[";
    for (const auto &[id, score] : ranked)
        list += QByteArray::number(qlonglong(id)) + ',';
    list.back() = ']';
    const auto [low, high] = std::minmax_element(
        ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    snip.bind(4, QString::fromLatin1(list)).bind(5, low->first).bind(6, high->first);
    while (snip.next())
        readHighlighted(snip, rows);
    return rows;
}

// The highlighted columns of RANKED's rows looked up one by one (each seeks every token's
// doclist): the second half on the helper connection at once, when there is one and the page is
// long enough to gain from it.
std::map<std::int64_t, std::array<QString, 6>> SearchRun::lookedUp(const Ranked &ranked)
{
    const auto lookUp = [this, &ranked](Database &db, qsizetype from, qsizetype to, HighlightedRows &out) {
        auto snip = db.prepare(kHighlight);
        for (qsizetype i = from; i < to; ++i) {
            snip.reset();
            snip.bind(1, m_results.query.expression).bind(2, m_options.markOpen).bind(3, m_options.markClose);
            snip.bind(4, ranked[i].first);
            if (snip.next())
                readHighlighted(snip, out);
        }
    };
    constexpr qsizetype kShareFrom = 16;
    HighlightedRows rows, theirs;
    const qsizetype half = m_helper.db && ranked.size() >= kShareFrom ? ranked.size() / 2 : ranked.size();
    bool done = half == ranked.size();
    std::thread helper;
    if (!done)
        helper = std::thread([&] { done = onHelper([&](Database &db) { lookUp(db, half, ranked.size(), theirs); }); });
    try {
        lookUp(m_db, 0, half, rows);
    } catch (...) {
        if (helper.joinable()) {
            sqlite3_interrupt(m_helper.db->handle());
            helper.join();
        }
        throw;
    }
    if (helper.joinable())
        helper.join();
    if (!done) // the helper saw another state of the index, or failed: looked up here instead
        lookUp(m_db, half, ranked.size(), rows);
    rows.merge(theirs);
    return rows;
}

void SearchRun::highlight(const Ranked &ranked)
{
    Q_ASSERT(!m_rank.matchOnly); // highlight() marks every token of a phrase, the tail too
    const SearchOptions &o = m_options;
    const auto marked = highlighted(ranked);
    auto plain = m_db.prepare(kItemText);
    std::array<QString, 6> unmarked;
    for (const auto &[id, score] : ranked) {
        // Items without a text match (a query of filters alone, items linked to the milestone the
        // query names) show their text unmarked.
        const auto it = marked.find(id);
        if (it == marked.end()) {
            plain.reset();
            plain.bind(1, id);
            if (!plain.next())
                continue;
            for (int c = 0; c < 6; ++c)
                unmarked[std::size_t(c)] = plain.text(c);
        }
        const std::array<QString, 6> &q = it != marked.end() ? it->second : unmarked;
        SearchHit hit;
        hit.id = q[0];
        hit.type = rowid::typeOfCode(int(rowid::kType.of(id)));
        hit.title = hit.type == ItemType::Statement
            ? statementTitle(q[2])
            : q[1].split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(" · "));
        // The body where it matched, else the names, else the aliases.
        QString column = q[3];
        for (std::size_t c = 4; c <= 5 && (o.markOpen.isEmpty() || !column.contains(o.markOpen)); ++c)
            if (q[c].contains(o.markOpen))
                column = q[c];
        hit.snippet = cropSnippet(column, o.markOpen, o.markClose, std::max(o.snippetChars, 10));
        hit.score = score;
        hit.linked = !m_results.query.expression.isEmpty() && it == marked.end();
        m_results.hits.append(hit);
    }
}

} // namespace plenum::core::search
