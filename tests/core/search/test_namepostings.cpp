#include "search/namepostings.h"
#include "search/searchindex.h"
#include "search/searchrun.h"
#include "search/searchtokenizer.h"
#include "storage/kbfiles.h"
#include "testsupport.h"

#include <cstdint>
#include <map>
#include <vector>

using namespace plenum::core;
using namespace plenum::core::search;
using plenum::test::addTexts;
using plenum::test::TempDir;

namespace {

using Rows = std::vector<std::pair<std::int64_t, std::uint32_t>>;

// Texts that hold names in every way a row can: repeated, overlapping, Traditional, mixed case,
// across punctuation (no match), in Latin runs, at the start and the end of a row.
QStringList trickyTexts(int copies)
{
    const QStringList texts = { QStringLiteral("社会治理社会治理，创新社会治理。"),
        QStringLiteral("社會治理與網格化管理"),
        QStringLiteral("Social Governance and SOCIAL governance, social-governance."), QStringLiteral("社会。治理"),
        QStringLiteral("网格化管理grid management网格化管理"), QStringLiteral("“枫桥经验”——基层社会治理"),
        QStringLiteral("grid managementgrid management"), QStringLiteral("治理治理治理"),
        QStringLiteral("Fengqiao experience 🙂 枫桥经验"), QStringLiteral("基层治理，网格员队伍走访居民") };
    QStringList out;
    for (int i = 0; i < copies; ++i)
        out += texts;
    return out;
}

// What FTS5 gives for every name the knowledge base has, and what search_names holds, by key.
struct Compared {
    std::map<QString, Rows> fts;
    std::map<QString, Rows> stored;
    bool inStep = false;
};

Compared compare(const QString &kbPath)
{
    Database db = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    (void)registerTokenizer(db);
    db.prepare("ATTACH DATABASE ?1 AS kb").bindAll(kbAttachName(kbPath)).run();
    Compared c;
    for (const auto &[key, text] : wantedNames(db)) {
        Rows &rows = c.fts[key];
        walkPhrase(db, phraseMatch(QueryPhrase { text, false, 0 }), {},
            [&rows](std::int64_t row, std::int64_t f) { rows.emplace_back(row, std::uint32_t(f)); });
    }
    c.stored = storedNames(db);
    c.inStep = namesInStep(db);
    return c;
}

std::int64_t rowsOf(const std::map<QString, Rows> &names, const QString &text)
{
    const auto it = names.find(nameKey(text));
    return it == names.end() ? -1 : std::int64_t(it->second.size());
}

// A new knowledge base KB with the bundled content and COPIES of trickyTexts(), indexed.
std::unique_ptr<SearchIndex> indexedTricky(const QString &kb, int copies)
{
    plenum::test::createKb(kb);
    addTexts(kb, 0, trickyTexts(copies));
    return SearchIndex::open(kb);
}

SearchOptions firstPage(bool stored)
{
    SearchOptions o;
    o.limit = 50;
    o.facets = false;
    o.count = false;
    o.reusePages = false;
    o.storedNames = stored;
    return o;
}

} // namespace

TEST_CASE("The names' postings kept with the index are FTS5's, after a build, edits and new aliases", "[search][names]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    auto index = indexedTricky(kb, 30);
    Compared c = compare(kb);
    CHECK(c.inStep);
    REQUIRE(c.fts.size() > 100); // the bundled concepts, milestones and documents
    CHECK(c.stored == c.fts);
    CHECK(rowsOf(c.stored, QStringLiteral("社会治理")) > 60); // Traditional and repeated rows too
    CHECK(rowsOf(c.stored, QStringLiteral("Social governance")) >= 30);

    // Rows added, edited and removed by another program, then caught up.
    addTexts(kb, 1000, trickyTexts(2));
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    db.exec("UPDATE statements SET text = '社会治理' || text WHERE id IN ('st-3', 'st-1004')");
    db.exec("DELETE FROM statements WHERE id = 'st-5'");
    REQUIRE(index->catchUp() > 0);
    c = compare(kb);
    CHECK(c.inStep);
    CHECK(c.stored == c.fts);

    // A new alias is read in the same catch-up; a removed one is dropped.
    const QString alias = QStringLiteral("网格员队伍");
    CHECK(rowsOf(c.stored, alias) == -1);
    db.exec("INSERT INTO aliases(entity_id, alias, language) VALUES ('grid-management', '网格员队伍', 'zh')");
    REQUIRE(index->catchUp() > 0);
    c = compare(kb);
    CHECK(c.stored == c.fts);
    CHECK(rowsOf(c.stored, alias) > 0);
    db.exec("DELETE FROM aliases WHERE alias = '网格员队伍'");
    REQUIRE(index->catchUp() > 0);
    c = compare(kb);
    CHECK(c.stored == c.fts);
    CHECK(rowsOf(c.stored, alias) == -1);
    CHECK(index->verify() == QStringList());

    // Rows lost from the table (a damaged file): verify() names the name.
    {
        Database idx = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadWrite);
        idx.prepare("DELETE FROM search_names WHERE key = ?1").bindAll(nameKey(QStringLiteral("网格化管理"))).run();
    }
    CHECK(index->verify()
        == QStringList { QStringLiteral("The search index keeps no rows of the name \"网格化管理\".") });
}

TEST_CASE("The first search of a concept with its aliases ranks from the stored names as from FTS5", "[search][names]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    auto index = indexedTricky(kb, 40);
    for (const QString &q :
        { QStringLiteral("社会治理"), QStringLiteral("social governance"), QStringLiteral("网格化管理 grid"),
            QStringLiteral("枫桥经验 -基层"), QStringLiteral("year:2006..2010 社会治理") }) {
        INFO(q.toStdString());
        SearchOptions fts = firstPage(false);
        fts.postings = SearchOptions::Postings::Off;
        const auto expected = index->search(q, fts).hits;
        REQUIRE(!expected.isEmpty());
        index->forgetCaches();
        const auto hits = index->search(q, firstPage(true)).hits;
        CHECK(index->heldPostingRows() > 0); // held from search_names, nothing read ahead
        REQUIRE(hits.size() == expected.size());
        for (qsizetype i = 0; i < hits.size(); ++i) {
            CHECK(hits[i].id == expected[i].id);
            CHECK(hits[i].score == expected[i].score);
        }
    }
    // Out of step (an index another build wrote rows to): not used, the search reads FTS5.
    {
        Database db = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadWrite);
        db.exec("UPDATE search_meta SET value = '0' WHERE key = 'names_serial'");
    }
    index->forgetCaches();
    SearchOptions alone = firstPage(true);
    alone.expandAliases = false;
    const auto hits = index->search(QStringLiteral("社会治理"), alone).hits;
    CHECK(index->heldPostingRows() == 0);
    SearchOptions fts = alone;
    fts.postings = SearchOptions::Postings::Off;
    CHECK(hits.size() == index->search(QStringLiteral("社会治理"), fts).hits.size());
}
