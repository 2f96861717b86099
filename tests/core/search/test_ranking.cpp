#include "search/impactindex.h"
#include "search/searchindex.h"
#include "search/searchrun.h"
#include "search/searchtokenizer.h"
#include "testsupport.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>

using namespace plenum::core;
using namespace plenum::core::search;
using plenum::test::addTexts;
using plenum::test::TempDir;

namespace {

// Deterministic statements over a small vocabulary, so that the frequent words match most rows
// and rank by frequency and length, across years and both languages (many blocks).
void addStatements(const QString &kbPath, int first, int n)
{
    static const char *const zh[]
        = { "社会治理", "基层", "治理", "网格化管理", "社区", "服务", "枫桥经验", "调解", "平安建设", "乡村" };
    static const char *const en[] = { "social governance", "governance", "government", "grid management", "community",
        "services", "mediation", "the county" };
    Database db = Database::open(kbPath, Database::OpenMode::ReadWrite);
    Transaction tx(db);
    auto entity = db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'statement')");
    auto statement = db.prepare("INSERT INTO statements(id, text, language, date) VALUES (?1, ?2, ?3, ?4)");
    std::uint64_t seed = 0x9E3779B97F4A7C15ULL ^ std::uint64_t(first);
    auto next = [&](int m) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((seed >> 33) % std::uint64_t(m));
    };
    for (int i = first; i < first + n; ++i) {
        const bool chinese = next(10) < 7;
        QStringList words;
        const int count = 2 + next(10);
        for (int w = 0; w < count; ++w) {
            // Zipf-like: low indexes far more often.
            const int k = std::min(next(10), next(10));
            words.append(QString::fromUtf8(chinese ? zh[k] : en[std::min(k, 7)]));
        }
        const QString text = words.join(chinese ? QString() : QStringLiteral(" "))
            + (chinese ? QStringLiteral("。") : QStringLiteral("."));
        const QString id = QStringLiteral("st-%1").arg(i);
        entity.reset();
        entity.bindAll(id).run();
        statement.reset();
        statement
            .bindAll(id, text, chinese ? QStringLiteral("zh") : QStringLiteral("en"),
                QStringLiteral("%1-0%2-01").arg(2000 + next(25)).arg(1 + next(9)))
            .run();
    }
    tx.commit();
}

// The ranking by scoring every match with plenum_rank(), document frequencies counted by FTS5:
// entity ids, best first, ties by row id. Applies the type, year and language filters by row id.
QStringList exhaustive(const QString &kbPath, SearchIndex &index, const QString &text, int n)
{
    const ParsedQuery q = index.parse(text);
    Database db = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    RankState *state = registerTokenizer(db);
    for (const QueryPhrase &p : q.phrases)
        state->clauseOf.push_back(p.clause);
    auto all = db.prepare("SELECT d.entity_id, plenum_rank(search_fts, 10.0, 5.0, 1.0) AS score, f.rowid "
                          "FROM search_fts f JOIN search_docs d ON d.id = f.rowid WHERE search_fts MATCH ?1 "
                          "AND f.rowid NOT IN (SELECT id FROM search_dead) ORDER BY score, f.rowid");
    all.bindAll(q.expression);
    QStringList ids;
    while (all.next() && ids.size() < n) {
        const std::int64_t rowid = all.integer(2);
        const int year = 1900 + int((rowid >> 43) & 0xFF);
        if ((q.filters.yearFrom && year < *q.filters.yearFrom) || (q.filters.yearTo && year > *q.filters.yearTo))
            continue;
        ids.append(all.text(0));
    }
    return ids;
}

QStringList ids(const SearchResults &r)
{
    QStringList l;
    for (const auto &h : r.hits)
        l.append(h.id);
    return l;
}

// SCORE_ALL_BELOW 0: always rank block by block (this knowledge base is small). POSTINGS: Off
// keeps to FTS5 (the block walk, or one walk of every match); the tests of phrase postings ask
// for them.
SearchOptions page(int offset, int limit, std::int64_t scoreAllBelow = 0,
    SearchOptions::Postings postings = SearchOptions::Postings::Off)
{
    SearchOptions o;
    o.postings = postings;
    o.scoreAllBelow = scoreAllBelow;
    o.offset = offset;
    o.limit = limit;
    o.facets = false;
    o.count = false;
    return o;
}

const QStringList kQueries = { QStringLiteral("治"), QStringLiteral("治理"), QStringLiteral("社会治理"),
    QStringLiteral("governance"), QStringLiteral("\"social governance\""), QStringLiteral("社会治理 基层"),
    QStringLiteral("网格化管理 社区 服务"), QStringLiteral("治理 OR governance"), QStringLiteral("治理 OR 调解"),
    QStringLiteral("year:2015..2018 社会治理"), QStringLiteral("社区 -服务"), QStringLiteral("gov*"),
    QStringLiteral("year:2003..2020 治理"), QStringLiteral("year:2010..2016 社会治理 基层") };

// A new knowledge base KB with the bundled content (the concepts and their aliases) and N
// statements, indexed. STORED_NAMES false: the names' postings kept with the index are out of
// step, so searches read every phrase through FTS5 (the tests of those reads).
std::unique_ptr<SearchIndex> bundledWithStatements(const QString &kb, int n, bool storedNames = true)
{
    plenum::test::createKb(kb);
    addStatements(kb, 0, n);
    auto index = SearchIndex::open(kb);
    if (!storedNames) {
        Database db = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadWrite);
        db.exec("UPDATE search_meta SET value = '-1' WHERE key = 'names_serial'");
    }
    return index;
}

} // namespace

TEST_CASE("Every page of hits is the one scoring every match gives, however many match", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 4000);
    auto index = SearchIndex::open(kb);
    for (const QString &q : kQueries) {
        INFO(q.toStdString());
        const QStringList expected = exhaustive(kb, *index, q, 70);
        REQUIRE(expected.size() >= 20);
        CHECK(ids(index->search(q, page(0, 50))) == expected.mid(0, 50));
        CHECK(ids(index->search(q, page(50, 20))) == expected.mid(50, 20));
        // Scoring every match in one walk gives the same page.
        CHECK(ids(index->search(q, page(0, 50, 1000000))) == expected.mid(0, 50));
    }
}

TEST_CASE("Walks of many matches score with the row lengths kept with the index as FTS5 does", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 1500);
    auto index = SearchIndex::open(kb);
    // Rows added and edited by another connection after the lengths were first read: the search
    // catches up, and the new rows' lengths are read or looked up, never taken as another row's.
    CHECK(!index->search(QStringLiteral("治理"), page(0, 50)).hits.isEmpty());
    addStatements(kb, 1500, 120);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = '治理。' || text || text WHERE id IN ('st-3', 'st-1510', 'st-900')");
    for (const QString &q : { QStringLiteral("治理"), QStringLiteral("governance"), QStringLiteral("社会治理 基层"),
             QStringLiteral("治理 OR governance"), QStringLiteral("社区 -服务") }) {
        INFO(q.toStdString());
        // By blocks, and by one walk of every match; against each row looked up in FTS5's docsize.
        for (const std::int64_t scoreAll : { std::int64_t(0), std::int64_t(1000000) }) {
            SearchOptions held = page(0, 40, scoreAll);
            held.reusePages = false; // each search ranks, none continues the page before
            SearchOptions lookedUp = held;
            lookedUp.heldLengths = false;
            const auto expected = index->search(q, lookedUp).hits;
            const auto hits = index->search(q, held).hits;
            REQUIRE(expected.size() == 40);
            REQUIRE(hits.size() == 40);
            for (qsizetype i = 0; i < hits.size(); ++i) {
                CHECK(hits[i].id == expected[i].id);
                CHECK(hits[i].score == expected[i].score);
            }
        }
    }
}

TEST_CASE("Ranking stays exact after statements are added and edited with the sqlite3 tool", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    addStatements(kb, 2000, 150);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    // A short statement that repeats the word outranks everything.
    db.exec("UPDATE statements SET text = '治理治理治理。' WHERE id = 'st-7'");
    db.exec("UPDATE statements SET text = 'governance governance governance governance governance governance "
            "governance governance governance governance governance governance.' WHERE id = 'st-2100'");
    for (const QString &q : kQueries) {
        INFO(q.toStdString());
        const QStringList got = ids(index->search(q, page(0, 50)));
        CHECK(got == exhaustive(kb, *index, q, 50));
    }
    CHECK(ids(index->search(QStringLiteral("治理"), page(0, 1))) == QStringList { QStringLiteral("st-7") });
    CHECK(ids(index->search(QStringLiteral("governance"), page(0, 1))) == QStringList { QStringLiteral("st-2100") });
}

TEST_CASE("A multi-word search stays exact after an edit changes how often its words occur", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    const QStringList queries = { QStringLiteral("社会治理 基层"), QStringLiteral("网格化管理 社区 服务"),
        QStringLiteral("\"social governance\" mediation") };
    for (const QString &q : queries)
        REQUIRE(ids(index->search(q, page(0, 50))) == exhaustive(kb, *index, q, 50));
    // Half the Chinese statements now name 社会治理 and 网格化管理, so both weigh far less than before
    // (a search that kept the earlier document frequencies ranks 基层 and 社区 too low).
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = text || '社会治理网格化管理。' WHERE language = 'zh' AND substr(id, -1) IN "
            "('0', '2', '4', '6', '8')");
    db.exec("UPDATE statements SET text = text || ' social governance.' WHERE language = 'en' AND substr(id, -1) IN "
            "('0', '2', '4', '6', '8')");
    for (const QString &q : queries) {
        INFO(q.toStdString());
        // The search catches up with the edit first; the exhaustive ranking reads what it wrote.
        const QStringList got = ids(index->search(q, page(0, 50)));
        const QStringList expected = exhaustive(kb, *index, q, 50);
        CHECK(got == expected);
        CHECK(ids(index->search(q, page(0, 50, 1000000))) == expected);
    }
}

TEST_CASE("A year range returns every year of the range, ranked together", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 4000);
    auto index = SearchIndex::open(kb);
    SearchOptions o = page(0, 200);
    QSet<QString> years;
    Database db = Database::open(kb, Database::OpenMode::ReadOnly);
    for (const SearchHit &h : index->search(QStringLiteral("year:2015..2018 社会治理"), o).hits) {
        auto q = db.prepare("SELECT substr(date, 1, 4) FROM statements WHERE id = ?1");
        q.bindAll(h.id);
        REQUIRE(q.next());
        years.insert(q.text(0));
    }
    CHECK(years
        == QSet<QString> {
            QStringLiteral("2015"), QStringLiteral("2016"), QStringLiteral("2017"), QStringLiteral("2018") });
}

TEST_CASE("A query of filters alone lists what they select, newest first", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 300);
    auto index = SearchIndex::open(kb);
    SearchOptions o;
    o.limit = 400;
    const SearchResults all = index->search(QStringLiteral("type:statement"), o);
    CHECK(all.total == 300);
    REQUIRE(all.hits.size() == 300);
    CHECK(all.byType.size() == 1);
    CHECK_FALSE(all.hits.first().snippet.isEmpty());
    const SearchResults years = index->search(QStringLiteral("year:2013..2017"), o);
    CHECK(years.total > 0);
    CHECK(years.total == years.hits.size());
    int previous = 9999;
    for (const FacetCount &f : years.byYear) {
        CHECK(f.key.toInt() >= 2013);
        CHECK(f.key.toInt() <= 2017);
    }
    Database db = Database::open(kb, Database::OpenMode::ReadOnly);
    for (const SearchHit &h : years.hits) {
        auto q = db.prepare("SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM statements WHERE id = ?1");
        q.bindAll(h.id);
        REQUIRE(q.next());
        CHECK(q.integer(0) <= previous); // newest first
        previous = int(q.integer(0));
    }
    // Paging gives the same order.
    SearchOptions second;
    second.offset = 10;
    second.limit = 5;
    QStringList paged;
    for (const SearchHit &h : index->search(QStringLiteral("type:statement"), second).hits)
        paged.append(h.id);
    QStringList whole;
    for (qsizetype i = 10; i < 15; ++i)
        whole.append(all.hits[i].id);
    CHECK(paged == whole);
}

TEST_CASE("English stemming keeps governance and government apart", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec(
        "INSERT INTO entities(id, type) VALUES ('st-a', 'statement'), ('st-b', 'statement'), ('st-c', 'statement')");
    db.exec("INSERT INTO statements(id, text, language) VALUES ('st-a', 'Local governance improved.', 'en'),"
            " ('st-b', 'The government decided.', 'en'), ('st-c', 'Governing the county.', 'en')");
    auto index = SearchIndex::open(kb);
    CHECK(ids(index->search(QStringLiteral("governance"))) == QStringList { QStringLiteral("st-a") });
    CHECK(ids(index->search(QStringLiteral("government"))) == QStringList { QStringLiteral("st-b") });
    CHECK(ids(index->search(QStringLiteral("governments"))) == QStringList { QStringLiteral("st-b") });
}

namespace {

// Matches of TEXT by year (and in total, under key 0), counted by walking them in the index with
// the type, year and language filters applied by row id: what counts and facets must say.
std::map<int, std::int64_t> walkedYears(const QString &kbPath, SearchIndex &index, const QString &text)
{
    const ParsedQuery q = index.parse(text);
    Database db = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    registerTokenizer(db);
    auto all = db.prepare("SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ?1 "
                          "AND f.rowid NOT IN (SELECT id FROM search_dead)");
    all.bindAll(q.expression);
    std::map<int, std::int64_t> years;
    while (all.next()) {
        const std::int64_t rowid = all.integer(0);
        const int year = 1900 + int((rowid >> 43) & 0xFF);
        const int lang = int((rowid >> 41) & 3);
        if ((q.filters.yearFrom && year < *q.filters.yearFrom) || (q.filters.yearTo && year > *q.filters.yearTo)
            || (q.filters.language == QLatin1String("zh") && (lang & 1) == 0)
            || (!q.filters.types.isEmpty() && ((rowid >> 56) & 7) != 6))
            continue;
        ++years[year];
        ++years[0];
    }
    return years;
}

std::map<int, std::int64_t> reportedYears(const SearchResults &r)
{
    std::map<int, std::int64_t> years;
    for (const FacetCount &f : r.byYear)
        years[f.key.toInt()] = f.count;
    years[0] = r.total;
    return years;
}

} // namespace

TEST_CASE("Counts and facets of one-word queries are those of their matches, also after edits", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    const QStringList queries = { QStringLiteral("治"), QStringLiteral("治理"), QStringLiteral("governance"),
        QStringLiteral("社区 year:2005..2012"), QStringLiteral("type:statement 治理 lang:zh"),
        QStringLiteral("服务 year:2013"), QStringLiteral("社会治理"), QStringLiteral("社区 -服务") };
    auto check = [&] {
        for (const QString &q : queries) {
            INFO(q.toStdString());
            SearchOptions o;
            o.limit = 0;
            const SearchResults r = index->search(q, o);
            const auto walked = walkedYears(kb, *index, q);
            REQUIRE(walked.at(0) > 0);
            CHECK(reportedYears(r) == walked);
            o.facets = false;
            CHECK(index->search(q, o).total == walked.at(0));
        }
        // Filters alone count the live rows they select, by year (this knowledge base holds only
        // the statements added here).
        Database kbDb = Database::open(kb, Database::OpenMode::ReadOnly);
        const std::pair<const char *, const char *> filtersOnly[]
            = { { "type:statement", "1 = 1" }, { "year:2005..2012", "substr(date, 1, 4) BETWEEN '2005' AND '2012'" },
                  { "lang:zh year:2013..", "language = 'zh' AND substr(date, 1, 4) >= '2013'" } };
        for (const auto &[q, where] : filtersOnly) {
            INFO(q);
            std::map<int, std::int64_t> expected;
            const QByteArray sql = QByteArray("SELECT CAST(substr(date, 1, 4) AS INTEGER), count(*) FROM statements "
                                              "WHERE ")
                + where + " GROUP BY 1";
            auto years = kbDb.prepare(sql.constData());
            while (years.next()) {
                expected[int(years.integer(0))] = years.integer(1);
                expected[0] += years.integer(1);
            }
            SearchOptions o;
            o.limit = 0;
            CHECK(reportedYears(index->search(QString::fromUtf8(q), o)) == expected);
            o.facets = false;
            CHECK(index->search(QString::fromUtf8(q), o).total == expected[0]);
        }
    };
    check();
    // New rows add to the counts of the blocks they join; edited rows stay in the index as dead
    // rows, which the counts must leave out (a count that kept them says 3 more for 治).
    addStatements(kb, 2000, 300);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = 'nothing here.' WHERE id IN ('st-1', 'st-2', 'st-3', 'st-2100')");
    db.exec("UPDATE statements SET text = text || '治理社区。' WHERE id IN ('st-4', 'st-5', 'st-2200')");
    check();
    SearchOptions o;
    o.limit = 0;
    CHECK(index->search(QStringLiteral("nothing"), o).total == 4);
}

TEST_CASE("Consecutive pages continue one ranking, and an edit between pages is seen", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 3000);
    auto index = SearchIndex::open(kb);
    for (const QString &q : { QStringLiteral("治理"), QStringLiteral("社会治理 基层") }) {
        INFO(q.toStdString());
        const QStringList expected = exhaustive(kb, *index, q, 450);
        REQUIRE(expected.size() == 450);
        // As the GUI loads them while the list scrolls: each page from the ranking of the first.
        QStringList paged = ids(index->search(q, page(0, 50)));
        for (int offset = 50; offset < 450; offset += 100)
            paged += ids(index->search(q, page(offset, 100)));
        CHECK(paged == expected);
    }
    // Deeper pages are ranked ahead; an edit made before the next one is loaded must show in it.
    CHECK(ids(index->search(QStringLiteral("治理"), page(100, 50)))
        == exhaustive(kb, *index, QStringLiteral("治理"), 150).mid(100));
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = text || '治理治理治理治理。' WHERE id IN "
            "(SELECT id FROM statements WHERE language = 'zh' ORDER BY id LIMIT 200)");
    // The search catches up with the edit first; the exhaustive ranking reads what it wrote.
    const QStringList got = ids(index->search(QStringLiteral("治理"), page(150, 50)));
    CHECK(got == exhaustive(kb, *index, QStringLiteral("治理"), 200).mid(150, 50));
}

TEST_CASE("Chinese words rank, count and highlight the same without the character that ends them", "[search][ranking]")
{
    // Ranking and counting read a Chinese word without the last character the query tokenizer
    // adds after its last bigram (RankState::matchOnly); highlights keep it. Rows where the word
    // ends a row, meets Latin letters or punctuation, repeats its last character or is written in
    // Traditional characters must match, rank and count as the full phrase does.
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 1500);
    addTexts(kb, 1500,
        { QStringLiteral("治理"), QStringLiteral("治理理"), QStringLiteral("社会治理grid"),
            QStringLiteral("社会治理 grid 基层"), QStringLiteral("網格化管理社區服務"), QStringLiteral("治理。理"),
            QStringLiteral("grid治理"), QStringLiteral("理治理理理"), QStringLiteral("社会治理理") });
    auto index = SearchIndex::open(kb);
    const QStringList queries = { QStringLiteral("治理"), QStringLiteral("\"治理 理\""), QStringLiteral("治理理"),
        QStringLiteral("社会治理 grid"), QStringLiteral("\"社会治理 grid\""), QStringLiteral("網格化管理 社區"),
        QStringLiteral("理 治理"), QStringLiteral("社会治理 基层"), QStringLiteral("治理 -社会"),
        QStringLiteral("治理* 基层"), QStringLiteral("grid 治理 year:2005..2012") };
    for (const QString &q : queries) {
        INFO(q.toStdString());
        const QStringList expected = exhaustive(kb, *index, q, 60);
        REQUIRE(!expected.isEmpty());
        CHECK(ids(index->search(q, page(0, 60))) == expected);
        CHECK(ids(index->search(q, page(0, 60, 1000000))) == expected);
        SearchOptions o;
        o.limit = 0;
        CHECK(reportedYears(index->search(q, o)) == walkedYears(kb, *index, q));
    }
    // 治理 followed by 理 at the next position: 治理理 (st-1501, st-1508), 理治理理理, and 治理。理, since
    // punctuation takes no position.
    SearchOptions o;
    o.limit = 0;
    o.facets = false;
    CHECK(index->search(QStringLiteral("\"治理 理\""), o).total == 4);
    // Highlights mark the whole word, its last character too.
    SearchOptions marks = page(0, 5);
    marks.markOpen = QStringLiteral("[");
    marks.markClose = QStringLiteral("]");
    for (const QString &word : { QStringLiteral("治理"), QStringLiteral("社会治理") }) {
        INFO(word.toStdString());
        const SearchResults r = index->search(word, marks);
        REQUIRE(!r.hits.isEmpty());
        for (const SearchHit &h : r.hits)
            CHECK(h.snippet.contains(QLatin1Char('[') + word + QLatin1Char(']')));
    }
}

TEST_CASE("A page is highlighted the same by a walk of few matches as by looking each hit up", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 1500);
    addTexts(
        kb, 1500, { QStringLiteral("治理理"), QStringLiteral("社会治理grid"), QStringLiteral("網格化管理社區服務") });
    auto index = SearchIndex::open(kb);
    for (const QString &q : { QStringLiteral("治理"), QStringLiteral("社会治理 grid"), QStringLiteral("\"治理 理\""),
             QStringLiteral("網格化管理 -基层"), QStringLiteral("governance OR 调解"), QStringLiteral("gov*") }) {
        INFO(q.toStdString());
        SearchOptions walk = page(0, 30);
        walk.markOpen = QStringLiteral("[");
        walk.markClose = QStringLiteral("]");
        walk.highlightWalkBelow = std::numeric_limits<std::int64_t>::max();
        SearchOptions lookup = walk;
        lookup.highlightWalkBelow = -1;
        lookup.reusePages = false;
        const SearchResults a = index->search(q, walk), b = index->search(q, lookup);
        REQUIRE(!a.hits.isEmpty());
        REQUIRE(a.hits.size() == b.hits.size());
        for (qsizetype i = 0; i < a.hits.size(); ++i) {
            CHECK(a.hits[i].id == b.hits[i].id);
            CHECK(a.hits[i].title == b.hits[i].title);
            CHECK(a.hits[i].snippet == b.hits[i].snippet);
            CHECK(a.hits[i].snippet.contains(QLatin1Char('[')));
            CHECK(a.hits[i].linked == b.hits[i].linked);
        }
    }
}

namespace {

const QStringList kPostingsQueries = kQueries
    + QStringList { QStringLiteral("治理 -社会"), QStringLiteral("社会治理 OR 网格化管理 服务"),
          QStringLiteral("governance lang:en"), QStringLiteral("治 type:statement year:2005..2012"),
          QStringLiteral("\"grid management\" community -services"), QStringLiteral("治理 OR gov*"),
          QStringLiteral("community gov*") };

SearchOptions counted(SearchOptions::Postings postings)
{
    SearchOptions o = page(0, 0, 0, postings);
    o.facets = true;
    o.count = true;
    return o;
}

} // namespace

TEST_CASE("Queries ranked and counted from phrase postings equal scoring every match", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 3000);
    auto index = SearchIndex::open(kb);
    constexpr auto always = SearchOptions::Postings::Always;
    for (const QString &q : kPostingsQueries) {
        INFO(q.toStdString());
        const QStringList expected = exhaustive(kb, *index, q, 70);
        REQUIRE(expected.size() >= 20);
        CHECK(ids(index->search(q, page(0, 50, 0, always))) == expected.mid(0, 50));
        SearchOptions later = page(50, 20, 0, always);
        later.reusePages = false;
        CHECK(ids(index->search(q, later)) == expected.mid(50, 20));
        // The same scores as plenum_rank() gives, not only the same order.
        const SearchResults fromPostings = index->search(q, page(0, 10, 0, always));
        const SearchResults fromFts = index->search(q, page(0, 10, 1000000));
        REQUIRE(fromPostings.hits.size() == fromFts.hits.size());
        for (qsizetype i = 0; i < fromFts.hits.size(); ++i)
            CHECK(fromPostings.hits[i].score == fromFts.hits[i].score);
        const SearchResults c = index->search(q, counted(always));
        CHECK(reportedYears(c) == walkedYears(kb, *index, q));
        CHECK(c.byType.size() == index->search(q, counted(SearchOptions::Postings::Off)).byType.size());
    }
}

TEST_CASE("Held phrase postings are dropped when the index changes", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    const QStringList queries = { QStringLiteral("社会治理 基层"), QStringLiteral("网格化管理 社区 服务"),
        QStringLiteral("\"social governance\" mediation"), QStringLiteral("治理") };
    constexpr auto reuse = SearchOptions::Postings::Reuse;
    for (const QString &q : queries)
        REQUIRE(
            ids(index->search(q, page(0, 50, 0, SearchOptions::Postings::Always))) == exhaustive(kb, *index, q, 50));
    // New rows, edited rows (their old rows become dead) and new frequencies: postings read
    // before would miss the new rows, list dead ones and give the old scores.
    addStatements(kb, 2000, 300);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = text || '社会治理网格化管理基层社区服务。' WHERE language = 'zh' AND "
            "substr(id, -1) IN ('1', '3', '5')");
    db.exec("UPDATE statements SET text = '治理治理治理治理。' WHERE id = 'st-11'");
    db.exec("UPDATE statements SET text = text || ' social governance mediation.' WHERE language = 'en' AND "
            "substr(id, -1) IN ('1', '3', '5')");
    // Another connection (the CLI, another window) applies the edits: this one cannot know which
    // rows they touched.
    REQUIRE(SearchIndex::open(kb)->openedState() == IndexState::CaughtUp);
    for (const QString &q : queries) {
        INFO(q.toStdString());
        const QStringList got = ids(index->search(q, page(0, 50, 0, reuse)));
        CHECK(got == exhaustive(kb, *index, q, 50));
        CHECK(reportedYears(index->search(q, counted(reuse))) == walkedYears(kb, *index, q));
    }
    CHECK(ids(index->search(QStringLiteral("治理"), page(0, 1, 0, reuse))) == QStringList { QStringLiteral("st-11") });
}

TEST_CASE("Held phrase postings follow the edits this connection applies", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    const QStringList queries = { QStringLiteral("社会治理 基层"), QStringLiteral("网格化管理 社区 服务"),
        QStringLiteral("\"social governance\" mediation"), QStringLiteral("治理"), QStringLiteral("治理 -社会") };
    for (const QString &q : queries)
        REQUIRE(index->holdPostings(q) > 0);
    const std::int64_t held = index->heldPostingRows();
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    for (int round = 0; round < 3; ++round) {
        INFO(round);
        // A few new statements and edits, as a user makes them between searches.
        addStatements(kb, 2000 + 10 * round, 10);
        db.exec(QStringLiteral("UPDATE statements SET text = '社会治理基层社会治理基层。' WHERE id = 'st-%1'")
                    .arg(100 + round)
                    .toStdString()
                    .c_str());
        db.exec(QStringLiteral("UPDATE statements SET text = 'social governance mediation social governance.' "
                               "WHERE id = (SELECT id FROM statements WHERE language = 'en' LIMIT 1 OFFSET %1)")
                    .arg(round)
                    .toStdString()
                    .c_str());
        REQUIRE(index->catchUp() > 0);
        // Kept, with the new rows' entries added.
        CHECK(index->heldPostingRows() > held);
        for (const QString &q : queries) {
            INFO(q.toStdString());
            CHECK(
                ids(index->search(q, page(0, 50, 0, SearchOptions::Postings::Reuse))) == exhaustive(kb, *index, q, 50));
            CHECK(
                reportedYears(index->search(q, counted(SearchOptions::Postings::Reuse))) == walkedYears(kb, *index, q));
        }
    }
    // The edited statements are found through the followed postings.
    const QStringList top
        = ids(index->search(QStringLiteral("社会治理 基层"), page(0, 50, 0, SearchOptions::Postings::Reuse)));
    for (const char *id : { "st-100", "st-101", "st-102" })
        CHECK(top.contains(QString::fromLatin1(id)));
}

namespace {

// Rows whose length in search_lengths differs from FTS5's docsize (the sum of its columns' sizes).
int lengthMismatches(const QString &kbPath)
{
    Database db = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    registerTokenizer(db);
    const std::vector<std::uint32_t> lengths = readLengths(db);
    auto q = db.prepare("SELECT id, sz FROM search_fts_docsize");
    int wrong = 0, rows = 0;
    while (q.next()) {
        const QByteArray sz = q.blob(1);
        const auto *p = reinterpret_cast<const unsigned char *>(sz.constData());
        std::uint64_t total = 0;
        while (p < reinterpret_cast<const unsigned char *>(sz.constData()) + sz.size())
            total += readVarint(p, reinterpret_cast<const unsigned char *>(sz.constData()) + sz.size());
        const auto serial = std::size_t(q.integer(0) & ((std::int64_t(1) << 41) - 1));
        ++rows;
        wrong += serial < lengths.size() && lengths[serial] == total ? 0 : 1;
    }
    return rows > 0 ? wrong : -1;
}

} // namespace

TEST_CASE("Row lengths kept with the index are FTS5's, after a build and after edits", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 500);
    // Leading punctuation, Traditional characters, emoji, Latin inside Chinese, digits, a long row.
    addTexts(kb, 500,
        { QStringLiteral("。治理"), QStringLiteral("網格化管理社區服務"),
            QStringLiteral("社会治理🙂grid management 2024"), QStringLiteral("“枫桥经验”——基层（乡镇）"),
            QString(QStringLiteral("治理能力现代化。")).repeated(400), QStringLiteral("e\u0301tude naïve café") });
    auto index = SearchIndex::open(kb);
    CHECK(lengthMismatches(kb) == 0);
    addStatements(kb, 600, 40);
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = '　治理　治理' WHERE id = 'st-3'");
    REQUIRE(index->catchUp() > 0);
    CHECK(lengthMismatches(kb) == 0);
}

TEST_CASE("Milestone and concept filters give the same page from phrase postings as from FTS5", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb); // the bundled content, with its links
    addStatements(kb, 0, 1000);
    auto index = SearchIndex::open(kb);
    int matched = 0;
    for (const QString &q : { QStringLiteral("milestone:cc18-3 治理"), QStringLiteral("concept:social-governance 社会"),
             QStringLiteral("milestone:cc18-3 concept:social-governance 社会治理"),
             QStringLiteral("milestone:cc19-4 治理 -社会"),
             QStringLiteral("concept:grid-management governance OR 网格") }) {
        INFO(q.toStdString());
        const SearchResults fts = index->search(q, page(0, 30, 0, SearchOptions::Postings::Off));
        const SearchResults held = index->search(q, page(0, 30, 0, SearchOptions::Postings::Always));
        CHECK(ids(held) == ids(fts));
        REQUIRE(held.hits.size() == fts.hits.size());
        for (qsizetype i = 0; i < held.hits.size(); ++i)
            CHECK(held.hits[i].score == fts.hits[i].score);
        const SearchResults c = index->search(q, counted(SearchOptions::Postings::Always));
        CHECK(c.total == index->search(q, counted(SearchOptions::Postings::Off)).total);
        matched += fts.hits.isEmpty() ? 0 : 1;
    }
    CHECK(matched >= 4);
}

TEST_CASE("A query refined by a word reads only that word's postings and ranks from memory", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb, true);
    addStatements(kb, 0, 2000);
    auto index = SearchIndex::open(kb);
    constexpr auto reuse = SearchOptions::Postings::Reuse;
    // Nothing held: a search reads nothing itself.
    (void)index->search(QStringLiteral("社会治理 基层"), page(0, 50, 0, reuse));
    CHECK(index->heldPostingRows() == 0);
    REQUIRE(index->holdPostings(QStringLiteral("社会治理")) > 0);
    const std::int64_t one = index->heldPostingRows();
    // The word added is read by the search, the rest comes from memory, and the page is exact.
    const QString refined = QStringLiteral("社会治理 基层");
    CHECK(ids(index->search(refined, page(0, 50, 0, reuse))) == exhaustive(kb, *index, refined, 50));
    CHECK(index->heldPostingRows() > one);
    CHECK(reportedYears(index->search(refined, counted(reuse))) == walkedYears(kb, *index, refined));
}

TEST_CASE("The first search of a word with its aliases ranks from one read of their postings", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    auto index = bundledWithStatements(kb, 2000, false);
    // 社会治理 names the concept social-governance: its aliases ("social governance", 社会治理创新 …)
    // are synonyms in one clause. A word of one phrase reads nothing itself.
    const QString word = QStringLiteral("社会治理");
    REQUIRE(index->parse(word).phrases.size() > 2);
    SearchOptions fts = page(0, 50);
    fts.reusePages = false;
    const auto expected = index->search(word, fts).hits;
    REQUIRE(expected.size() == 50);
    SearchOptions alone = page(0, 50, 0, SearchOptions::Postings::Reuse);
    alone.expandAliases = false;
    (void)index->search(word, alone);
    CHECK(index->heldPostingRows() == 0);
    index->forgetCaches(); // as after opening: no phrase counted yet
    SearchOptions first = page(0, 50, 0, SearchOptions::Postings::Reuse);
    first.reusePages = false;
    // Read whole by each connection, or cut in pieces of 40 rows that both connections share.
    first.pieceRows = GENERATE(16000, 40);
    const auto hits = index->search(word, first).hits;
    CHECK(index->heldPostingRows() > 0);
    REQUIRE(hits.size() == expected.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        CHECK(hits[i].id == expected[i].id);
        CHECK(hits[i].score == expected[i].score);
    }
    // Counted from the postings held: the totals and years FTS5 gives (undated items have no year).
    const auto held = reportedYears(index->search(word, counted(SearchOptions::Postings::Reuse)));
    CHECK(held == reportedYears(index->search(word, counted(SearchOptions::Postings::Off))));
    CHECK(held.at(0) == walkedYears(kb, *index, word).at(0));
}

TEST_CASE("A phrase read in pieces by row id gives the postings of one read", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb);
    addStatements(kb, 0, 1500);
    auto index = SearchIndex::open(kb);
    const ParsedQuery q = index->parse(QStringLiteral("社会治理 governance"), false);
    REQUIRE(q.phrases.size() == 2);
    Database db = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadOnly);
    (void)registerTokenizer(db);
    const RowLengths lengths { readLengths(db) };
    std::vector<const QueryPhrase *> phrases { &q.phrases[0], &q.phrases[1] };
    std::vector<PostingsPiece> pieces = postingsPieces(db, phrases, 50);
    std::sort(pieces.begin(), pieces.end(), [](const PostingsPiece &x, const PostingsPiece &y) {
        return std::pair(x.phrase, x.range.low) < std::pair(y.phrase, y.range.low);
    });
    for (std::size_t phrase = 0; phrase < phrases.size(); ++phrase) {
        const QString match = phraseMatch(*phrases[phrase]);
        const auto whole = readPostings(db, match, lengths);
        REQUIRE(whole->rows.size() > 200);
        PhrasePostings joined;
        std::int64_t next = RowRange {}.low;
        int count = 0;
        for (const PostingsPiece &piece : pieces) {
            if (piece.phrase != phrase)
                continue;
            ++count;
            CHECK(piece.range.low == next); // no row id left out, none read twice
            next = piece.range.high == RowRange {}.high ? next : piece.range.high + 1;
            const auto part = readPostings(db, match, lengths, {}, piece.range);
            joined.rows.insert(joined.rows.end(), part->rows.begin(), part->rows.end());
            joined.frequency.insert(joined.frequency.end(), part->frequency.begin(), part->frequency.end());
            joined.length.insert(joined.length.end(), part->length.begin(), part->length.end());
        }
        CHECK(count == 8); // at most 8 pieces, each about 50 rows of the rarest token or more
        CHECK(joined.rows == whole->rows);
        CHECK(joined.frequency == whole->frequency);
        CHECK(joined.length == whole->length);
    }
}

TEST_CASE("Reading ahead of a search reads what its first search would read, and only that", "[search][ranking]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    auto index = bundledWithStatements(kb, 1200, false);
    // Several clauses, or one phrase alone: their first search walks FTS5, so nothing is read.
    CHECK(index->readFirst(QStringLiteral("社会治理 基层")) == 0);
    CHECK(index->readFirst(QStringLiteral("基层"), false) == 0);
    CHECK(index->heldPostingRows() == 0);
    // A word with its aliases: the postings its first search reads, and the same ranking from them.
    const QString word = QStringLiteral("社会治理");
    CHECK(index->readFirst(word) > 0);
    const std::int64_t held = index->heldPostingRows();
    SearchOptions fts = page(0, 50);
    fts.reusePages = false;
    SearchOptions reuse = page(0, 50, 0, SearchOptions::Postings::Reuse);
    reuse.reusePages = false;
    const auto expected = index->search(word, fts).hits, hits = index->search(word, reuse).hits;
    CHECK(index->heldPostingRows() == held); // the search read nothing more
    REQUIRE(hits.size() == expected.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        CHECK(hits[i].id == expected[i].id);
        CHECK(hits[i].score == expected[i].score);
    }
    // Stopped by a newer request: Cancelled, nothing kept.
    index->forgetCaches();
    CHECK_THROWS_AS(index->readFirst(word, true, [] { return false; }), Error);
    CHECK(index->heldPostingRows() == 0);
}
