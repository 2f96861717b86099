#include "search/searchindex.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace plenum::core;
using namespace plenum::core::search;
using plenum::test::TempDir;

namespace {

// Writes with a plain connection and raw SQL, as the stock sqlite3 tool would.
void rawSql(const QString &kbPath, std::initializer_list<const char *> statements)
{
    Database db = Database::open(kbPath, Database::OpenMode::ReadWrite);
    for (const char *sql : statements)
        db.exec(sql);
}

// A small knowledge base whose ranking and facets are known.
QString fixture(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(path, true);
    rawSql(path,
        { "INSERT INTO entities(id, type) VALUES ('grid-management', 'concept'), ('cc18-3', 'milestone'),"
          " ('st-a', 'statement'), ('st-b', 'statement'), ('st-c', 'statement'), ('st-d', 'statement')",
            "INSERT INTO concepts(id, name_en, name_zh, definition_en) VALUES ('grid-management', 'Grid management',"
            " '网格化管理', 'Dividing a city into small cells, each watched by a grid worker.')",
            "INSERT INTO aliases(entity_id, alias, language) VALUES ('grid-management', '網格化管理', 'zh'),"
            " ('cc18-3', '十八届三中全会', 'zh'), ('cc18-3', 'Third Plenum of the 18th Central Committee', 'en')",
            "INSERT INTO milestones(id, kind, term, session, name_en, name_zh, start_date, end_date) VALUES"
            " ('cc18-3', 'cc_plenum', 18, 3, '3rd Plenum of the 18th CPC Central Committee', '中共十八届三中全会',"
            " '2013-11-09', '2013-11-12')",
            "INSERT INTO statements(id, text, language, date) VALUES"
            " ('st-a', '各地推行网格化管理，网格化管理覆盖城乡社区。', 'zh', '2014-03-01'),"
            " ('st-b', '该市在老城区试行网格化管理，并配备专职网格员和志愿者队伍，定期走访居民。', 'zh', '2016-05-01'),"
            " ('st-c', 'The Third Plenum of the 18th Central Committee called for innovation in social governance.',"
            " 'en', '2013-11-12'),"
            " ('st-d', '會議強調創新社會治理體制。', 'zh', '2013-11-12')",
            "INSERT INTO links(source_id, target_id, relation) VALUES ('st-c', 'cc18-3', 'about')" });
    return path;
}

QStringList ids(const SearchResults &r)
{
    QStringList l;
    for (const auto &h : r.hits)
        l.append(h.id);
    return l;
}

std::int64_t facet(const QList<FacetCount> &facets, const char *key)
{
    for (const auto &f : facets)
        if (f.key == QLatin1String(key))
            return f.count;
    return 0;
}

SearchOptions noExpand()
{
    SearchOptions o;
    o.expandAliases = false;
    return o;
}

SearchOptions onlyStatements()
{
    SearchOptions o;
    o.type = ItemType::Statement;
    return o;
}

} // namespace

TEST_CASE("A new index is built next to the knowledge base and finds Chinese text", "[search][index]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    const QByteArray before = plenum::test::fileHash(kb);
    auto index = SearchIndex::open(kb);
    CHECK(index->openedState() == IndexState::Rebuilt);
    CHECK(QFile::exists(kb + QStringLiteral(".search.sqlite")));
    CHECK(index->itemCount() == 6);

    const auto r = index->search(QStringLiteral("网格"));
    CHECK(ids(r) == QStringList { QStringLiteral("grid-management"), QStringLiteral("st-a"), QStringLiteral("st-b") });
    CHECK(r.total == 3);
    CHECK(r.hits[1].snippet.contains(QStringLiteral("\u0002网格\u0003化管理")));
    CHECK(index->search(QStringLiteral("格")).total == 3);
    // Traditional in the text, Simplified in the query, and the reverse.
    CHECK(ids(index->search(QStringLiteral("社会治理体制"))) == QStringList { QStringLiteral("st-d") });
    CHECK(ids(index->search(QStringLiteral("網格員"))) == QStringList { QStringLiteral("st-b") });
    // Custom marks, for the GUI.
    SearchOptions o;
    o.markOpen = QStringLiteral("<b>");
    o.markClose = QStringLiteral("</b>");
    CHECK(index->search(QStringLiteral("志愿者"), o).hits.value(0).snippet.contains(QStringLiteral("<b>志愿者</b>")));
    // The knowledge base file itself is not touched by indexing.
    CHECK(plenum::test::fileHash(kb) == before);
}

TEST_CASE(
    "Snippets begin and end on word boundaries in English and anywhere between Chinese characters", "[search][index]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    // The match sits deep in long texts, so both ends of each snippet are cut.
    const QString english = QStringLiteral("Accountability mechanisms strengthened considerably throughout "
                                           "municipalities everywhere while neighbourhood committees coordinated "
                                           "volunteers, and the grassroots mediation committees resolved "
                                           "disputes before litigation became necessary for residents throughout "
                                           "provinces nationwide, consolidating participatory institutions.");
    const QString chinese = QStringLiteral("各地在推进基层治理现代化的过程中不断完善制度建设，社区居民委员会协调"
                                           "志愿者参与邻里纠纷的调解，人民调解委员会在诉讼之前化解矛盾纠纷，"
                                           "并且持续加强社区服务体系建设和基层党组织的领导作用。");
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('st-long-en', 'statement'), ('st-long-zh', 'statement')",
            QStringLiteral("INSERT INTO statements(id, text, language, date) VALUES ('st-long-en', '%1', 'en', "
                           "'2015-01-01'), ('st-long-zh', '%2', 'zh', '2015-01-01')")
                .arg(english, chinese)
                .toUtf8()
                .constData() });
    auto index = SearchIndex::open(kb);
    SearchOptions o = noExpand();
    o.snippetChars = 60;
    const QString cut = index->search(QStringLiteral("mediation"), o).hits.value(0).snippet;
    REQUIRE(cut.startsWith(QStringLiteral("…")));
    REQUIRE(cut.endsWith(QStringLiteral("…")));
    QString plain = cut.mid(1, cut.size() - 2);
    plain.remove(o.markOpen).remove(o.markClose);
    // Every word of the snippet is a whole word of the text.
    const QStringList words = english.split(QRegularExpression(QStringLiteral("[\\s,.]+")), Qt::SkipEmptyParts);
    for (const QString &w : plain.split(QRegularExpression(QStringLiteral("[\\s,.]+")), Qt::SkipEmptyParts))
        CHECK(words.contains(w));
    CHECK(cut.contains(o.markOpen + QStringLiteral("mediation") + o.markClose));
    // Chinese is cut between characters: the snippet holds the match and is about as long as asked.
    const QString zh = index->search(QStringLiteral("调解委员会"), o).hits.value(0).snippet;
    CHECK(zh.contains(o.markOpen));
    CHECK(zh.size() <= 60 + 6);
    CHECK(zh.size() >= 40);
}

TEST_CASE("Names rank above body text, and repeated matches above single ones", "[search][index]")
{
    TempDir dir;
    auto index = SearchIndex::open(fixture(dir));
    const auto r = index->search(QStringLiteral("网格化管理"), noExpand());
    REQUIRE(r.hits.size() == 3);
    CHECK(ids(r) == QStringList { QStringLiteral("grid-management"), QStringLiteral("st-a"), QStringLiteral("st-b") });
    CHECK(r.hits[0].score > r.hits[1].score);
    CHECK(r.hits[1].score > r.hits[2].score);
    CHECK(r.hits[0].title == QStringLiteral("Grid management · 网格化管理"));
}

TEST_CASE("Alias expansion finds other names, is reported and can be turned off", "[search][index]")
{
    TempDir dir;
    auto index = SearchIndex::open(fixture(dir));
    const auto r = index->search(QStringLiteral("十八届三中全会"));
    CHECK(ids(r).contains(QStringLiteral("st-c")));
    CHECK(ids(r).contains(QStringLiteral("cc18-3")));
    REQUIRE(r.query.expansions.size() == 1);
    CHECK(r.query.expansions[0].entityId == QStringLiteral("cc18-3"));
    CHECK(r.query.expansions[0].added.contains(QStringLiteral("Third Plenum of the 18th Central Committee")));

    const auto off = index->search(QStringLiteral("十八届三中全会"), noExpand());
    CHECK(off.query.expansions.isEmpty());
    CHECK(ids(off) == QStringList { QStringLiteral("cc18-3") });
}

TEST_CASE("Facets count matches by type, term and year; filters restrict", "[search][index]")
{
    TempDir dir;
    auto index = SearchIndex::open(fixture(dir));
    const auto r = index->search(QStringLiteral("网格 OR governance OR 治理"), noExpand());
    CHECK(r.total == 5);
    CHECK(facet(r.byType, "concept") == 1);
    CHECK(facet(r.byType, "statement") == 4);
    CHECK(facet(r.byYear, "2013") == 2);
    CHECK(facet(r.byYear, "2014") == 1);
    CHECK(facet(r.byTerm, "18") == 1); // st-c, through its link to cc18-3 (no congress dates here)

    auto only = [&](const char *q) { return ids(index->search(QString::fromUtf8(q), noExpand())); };
    CHECK(only("网格 type:concept") == QStringList { QStringLiteral("grid-management") });
    CHECK(only("网格 year:2015..2017") == QStringList { QStringLiteral("st-b") });
    CHECK(only("governance OR 治理 lang:en") == QStringList { QStringLiteral("st-c") });
    CHECK(only("governance OR 治理 milestone:cc18-3") == QStringList { QStringLiteral("st-c") });
    CHECK(only("网格 concept:grid-management") == QStringList { QStringLiteral("grid-management") });
    CHECK(index->search(QStringLiteral("网格"), onlyStatements()).total == 2);

    // A year filter walks one row-id range per term: st-c (2013, term 18 through its link), st-d
    // (2013) and st-a (2014, both without a term) are counted and ranked together.
    const auto years = index->search(QStringLiteral("网格 OR governance OR 治理 year:2013..2014"), noExpand());
    CHECK(years.total == 3);
    CHECK(facet(years.byYear, "2013") == 2);
    CHECK(facet(years.byTerm, "18") == 1);
    QStringList found = ids(years);
    found.sort();
    CHECK(found == QStringList { QStringLiteral("st-a"), QStringLiteral("st-c"), QStringLiteral("st-d") });
    CHECK(years.exactRanking);
}

TEST_CASE("The index catches up with changes made by another tool while it was closed", "[search][index]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    SearchIndex::open(kb).reset();
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('st-new', 'statement')",
            "INSERT INTO statements(id, text) VALUES ('st-new', '枫桥经验强调矛盾不上交。')",
            "UPDATE statements SET text = '老城区推行楼长制。' WHERE id = 'st-b'",
            "DELETE FROM statements WHERE id = 'st-a'",
            "INSERT INTO aliases(entity_id, alias, language) VALUES ('grid-management', 'gridded governance', 'en')" });
    auto index = SearchIndex::open(kb);
    CHECK(index->openedState() == IndexState::CaughtUp);
    CHECK(ids(index->search(QStringLiteral("枫桥经验"))) == QStringList { QStringLiteral("st-new") });
    CHECK(ids(index->search(QStringLiteral("网格"), noExpand())) == QStringList { QStringLiteral("grid-management") });
    CHECK(ids(index->search(QStringLiteral("楼长制"))) == QStringList { QStringLiteral("st-b") });
    CHECK(ids(index->search(QStringLiteral("gridded"))) == QStringList { QStringLiteral("grid-management") });
    CHECK(index->itemCount() == 6);

    // Changes made while the index is open are picked up by the next search.
    rawSql(kb, { "UPDATE statements SET text = '社区议事会' WHERE id = 'st-new'" });
    CHECK(ids(index->search(QStringLiteral("议事会"))) == QStringList { QStringLiteral("st-new") });
    CHECK(index->search(QStringLiteral("枫桥经验")).total == 0);
}

TEST_CASE("Edited items leave no stale hits, and stale rows are bounded by rebuilds", "[search][index]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    auto index = SearchIndex::open(kb);
    Database raw = Database::open(kb, Database::OpenMode::ReadWrite);
    for (int round = 0; round < 300; ++round) {
        raw.prepare("UPDATE statements SET text = ?1 WHERE id IN ('st-a', 'st-b', 'st-d', 'st-c')")
            .bindAll(QStringLiteral("第%1轮修订的社区议事会记录。").arg(round))
            .run();
        const auto r = index->search(QStringLiteral("第%1轮").arg(round));
        REQUIRE(r.total == 4);
        CHECK(r.hits.value(0).snippet.contains(QStringLiteral("\u0002第%1轮\u0003").arg(round)));
        if (round > 0)
            REQUIRE(index->search(QStringLiteral("第%1轮").arg(round - 1)).total == 0);
    }
    CHECK(index->itemCount() == 6);
    CHECK(index->search(QStringLiteral("网格化管理")).total == 1); // only the concept now
    // 1,200 reindexed rows, but a rebuild has cleared the stale ones on the way.
    Database file = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadWrite);
    auto dead = file.prepare("SELECT count(*) FROM search_dead");
    REQUIRE(dead.next());
    CHECK(dead.integer(0) < 1000);
}

TEST_CASE("A deleted, damaged or outdated index is rebuilt", "[search][index]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    const QString file = SearchIndex::indexPath(kb);
    SearchIndex::open(kb).reset();

    QFile::remove(file);
    CHECK(SearchIndex::open(kb)->openedState() == IndexState::Rebuilt);

    plenum::test::writeFile(file, QByteArray("this is not a database").repeated(400));
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    {
        std::int64_t reported = 0;
        auto index = SearchIndex::open(kb, [&](std::int64_t done, std::int64_t) { return (reported = done), true; });
        CHECK(index->openedState() == IndexState::Rebuilt);
        CHECK(reported == 6);
        CHECK(index->search(QStringLiteral("网格")).total == 3);
    }
    {
        Database db = Database::open(file, Database::OpenMode::ReadWrite);
        db.exec("UPDATE search_meta SET value = '0' WHERE key = 'version'");
    }
    CHECK(SearchIndex::open(kb)->openedState() == IndexState::Rebuilt);
    CHECK(SearchIndex::open(kb)->openedState() == IndexState::UpToDate);
}

TEST_CASE("A cancelled rebuild throws Cancelled and the next open rebuilds", "[search][index]")
{
    TempDir dir;
    const QString kb = plenum::test::createKb(dir.path(QStringLiteral("kb.db")))->database().path();
    try {
        SearchIndex::open(kb, [](std::int64_t, std::int64_t) { return false; });
        FAIL("no exception");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Cancelled);
    }
    auto index = SearchIndex::open(kb);
    CHECK(index->openedState() == IndexState::Rebuilt);
    CHECK(index->search(QStringLiteral("枫桥经验")).total > 0);
}

TEST_CASE("plenum-cli search and reindex", "[search][cli]")
{
    TempDir dir;
    const QString kb = fixture(dir);
    QString out, err;
    REQUIRE(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("reindex") }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("Indexed 6 items")));
    REQUIRE(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("--json"), QStringLiteral("search"),
                                     QStringLiteral("网格"), QStringLiteral("--limit"), QStringLiteral("2") },
                out, err)
        == 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("total")).toInt() == 3);
    const QJsonArray rows = o.value(QStringLiteral("results")).toArray();
    REQUIRE(rows.size() == 2);
    for (const char *key : { "id", "type", "title", "snippet", "score" })
        CHECK(rows[0].toObject().contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("facets"))
              .toObject()
              .value(QStringLiteral("type"))
              .toObject()
              .value(QStringLiteral("statement"))
              .toInt()
        == 2);

    CHECK(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("search"), QStringLiteral("网格"),
                                   QStringLiteral("--type"), QStringLiteral("statement") },
              out, err)
        == 0);
    CHECK(out.startsWith(QStringLiteral("2 matches")));
    CHECK(out.contains(QStringLiteral("«网格»")));
    CHECK(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("search") }, out, err) == 1);
    CHECK(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("search"), QStringLiteral("x"),
                                   QStringLiteral("--limit"), QStringLiteral("many") },
              out, err)
        == 1);
    // Hostile text is a search, not an error.
    CHECK(plenum::test::runCli(
              { QStringLiteral("--db"), kb, QStringLiteral("search"), QStringLiteral("\"NEAR( OR") }, out, err)
        == 0);
}

TEST_CASE("A search for a milestone's name also lists the items that link to it", "[search][index]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb); // the bundled content: cc18-3 and the items linking to it
    {
        Database db = Database::open(kb, Database::OpenMode::ReadWrite);
        db.exec("INSERT INTO entities(id, type) VALUES ('st-only-link', 'statement')");
        db.exec("INSERT INTO statements(id, text, language, date) VALUES ('st-only-link', "
                "'A passage that names no meeting at all.', 'en', '2014-05-01')");
        db.exec("INSERT INTO links(source_id, target_id, relation, origin) VALUES "
                "('st-only-link', 'cc18-3', 'about', 'manual')");
    }
    QSet<QString> linking;
    {
        Database db = Database::open(kb, Database::OpenMode::ReadOnly);
        auto q = db.prepare("SELECT DISTINCT source_id FROM links WHERE target_id = 'cc18-3' AND rejected = 0");
        while (q.next())
            linking.insert(q.text(0));
    }
    REQUIRE(linking.contains(QStringLiteral("st-only-link")));
    auto index = SearchIndex::open(kb);
    SearchOptions all;
    all.limit = 1000;
    const SearchResults zh = index->search(QStringLiteral("十八届三中全会"), all);
    CHECK(zh.linkedTo == QStringLiteral("cc18-3"));
    QSet<QString> found;
    bool linkedPart = false;
    for (const SearchHit &h : zh.hits) {
        INFO(h.id.toStdString());
        // Text matches first, by score; then the items that only link, unmarked.
        CHECK((!linkedPart || h.linked));
        linkedPart = h.linked;
        if (h.linked) {
            CHECK(h.score == 0);
            CHECK_FALSE(h.snippet.contains(all.markOpen));
        }
        found.insert(h.id);
    }
    CHECK(found.contains(linking));
    CHECK(found.contains(QStringLiteral("cc18-3")));
    CHECK(zh.total == zh.hits.size());
    std::int64_t byType = 0;
    for (const FacetCount &f : zh.byType)
        byType += f.count;
    CHECK(byType == zh.total);
    CHECK(std::any_of(zh.hits.begin(), zh.hits.end(),
        [](const SearchHit &h) { return h.id == QStringLiteral("st-only-link") && h.linked; }));
    // The English name the linker knows finds the same items; pages continue into the linked part.
    const SearchResults en = index->search(QStringLiteral("Third Plenary Session of the 18th Central Committee"), all);
    CHECK(en.linkedTo == QStringLiteral("cc18-3"));
    CHECK(en.total == zh.total);
    SearchOptions tail;
    tail.offset = int(zh.hits.size()) - 3;
    tail.limit = 3;
    QStringList last3, expected;
    for (const SearchHit &h : index->search(QStringLiteral("十八届三中全会"), tail).hits)
        last3.append(h.id);
    for (qsizetype i = zh.hits.size() - 3; i < zh.hits.size(); ++i)
        expected.append(zh.hits[i].id);
    CHECK(last3 == expected);
    // Filters apply to the linked items too; other queries and turned-off expansion list none.
    const SearchResults en2014 = index->search(QStringLiteral("十八届三中全会 lang:en year:2014"), all);
    CHECK(std::any_of(en2014.hits.begin(), en2014.hits.end(),
        [](const SearchHit &h) { return h.id == QStringLiteral("st-only-link"); }));
    CHECK(index->search(QStringLiteral("十八届三中全会 year:2015"), all).hits.size() < zh.hits.size());
    for (const SearchResults &r : { index->search(QStringLiteral("十八届三中全会 社会治理"), all),
             index->search(QStringLiteral("三中全会"), all) }) {
        CHECK(r.linkedTo.isEmpty());
        CHECK(std::none_of(r.hits.begin(), r.hits.end(), [](const SearchHit &h) { return h.linked; }));
    }
    SearchOptions plain = all;
    plain.expandAliases = false;
    CHECK(index->search(QStringLiteral("十八届三中全会"), plain).linkedTo.isEmpty());

    QString out, err;
    REQUIRE(
        plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("--json"), QStringLiteral("search"),
                                 QStringLiteral("十八届三中全会"), QStringLiteral("--limit"), QStringLiteral("1000") },
            out, err)
        == 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("linked_to")).toString() == QStringLiteral("cc18-3"));
    const QJsonArray rows = o.value(QStringLiteral("results")).toArray();
    REQUIRE(!rows.isEmpty());
    CHECK(rows.last().toObject().value(QStringLiteral("linked")).toBool());
    CHECK_FALSE(rows.first().toObject().value(QStringLiteral("linked")).toBool());
    REQUIRE(
        plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("search"), QStringLiteral("十八届三中全会"),
                                 QStringLiteral("--limit"), QStringLiteral("1000") },
            out, err)
        == 0);
    CHECK(out.contains(
        QStringLiteral("st-only-link  [statement]  A passage that names no meeting at all.  (links to cc18-3)")));
}
