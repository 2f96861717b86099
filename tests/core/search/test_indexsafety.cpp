// The search index shared by several connections (GUI threads, plenum-cli processes) and edited
// behind its back (the sqlite3 tool, a file swapped under it, damage): it must stay consistent.
#include "facade/dbcheck.h"
#include "search/rowid.h"
#include "search/searchindex.h"
#include "testsupport.h"

#include <QFile>

#include <atomic>
#include <thread>

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

QString emptyKb(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(path, true);
    return path;
}

// A word no other item contains, nor starts with (Latin words also match as prefixes): "zq"
// and N < 26³ in three letters.
QString word(int n)
{
    QString w = QStringLiteral("zq");
    for (int i = 0; i < 3; ++i, n /= 26)
        w += QLatin1Char(char('a' + n % 26));
    return w;
}

QStringList hitIds(SearchIndex &index, const QString &text)
{
    QStringList ids;
    for (const SearchHit &h : index.search(text).hits)
        ids.append(h.id);
    return ids;
}

// What one importing connection saw.
struct ImportRun {
    int searchErrors = 0;
    QString firstError;
};

// Imports COUNT references numbered from FIRST in batches of BATCH, each batch one transaction,
// searching through its own index connection after each batch as the app does after an import.
// A failed search does not stop the import (the user goes on).
ImportRun importAndSearch(const QString &kb, int first, int count, int batch)
{
    ImportRun run;
    Database db = Database::open(kb, Database::OpenMode::ReadWrite);
    std::unique_ptr<SearchIndex> index;
    for (int done = 0; done < count; done += batch) {
        {
            Transaction tx(db);
            for (int i = first + done; i < first + std::min(count, done + batch); ++i) {
                const QString id = QStringLiteral("ref-%1").arg(i);
                db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'reference')").bindAll(id).run();
                db.prepare("INSERT INTO refs(id, csl) VALUES (?1, json_object('type', 'book', 'title', ?2))")
                    .bindAll(id, QStringLiteral("Imported reference %1").arg(word(i)))
                    .run();
            }
            tx.commit();
        }
        try {
            if (!index)
                index = SearchIndex::open(kb);
            (void)index->search(word(first + done));
        } catch (const Error &e) {
            if (run.searchErrors++ == 0)
                run.firstError = e.message();
        }
    }
    return run;
}

} // namespace

TEST_CASE("Two connections importing and searching at once leave every item findable", "[search][concurrency]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    SearchIndex::open(kb).reset();
    constexpr int kPerWriter = 600;
    ImportRun runs[2];
    std::thread a([&] { runs[0] = importAndSearch(kb, 0, kPerWriter, 7); });
    std::thread b([&] { runs[1] = importAndSearch(kb, kPerWriter, kPerWriter, 5); });
    a.join();
    b.join();
    CHECK(runs[0].firstError == QString());
    CHECK(runs[1].firstError == QString());
    CHECK(runs[0].searchErrors + runs[1].searchErrors == 0);

    auto index = SearchIndex::open(kb);
    CHECK(index->openedState() == IndexState::UpToDate);
    {
        Database db = Database::open(kb, Database::OpenMode::ReadOnly);
        auto q = db.prepare("SELECT count(*) FROM refs");
        REQUIRE(q.next());
        REQUIRE(q.integer(0) == 2 * kPerWriter);
    }
    int unfindable = 0;
    for (int i = 0; i < 2 * kPerWriter; ++i)
        if (hitIds(*index, word(i)) != QStringList { QStringLiteral("ref-%1").arg(i) })
            ++unfindable;
    CHECK(unfindable == 0);
    CHECK(index->itemCount() == 2 * kPerWriter);
    CHECK(index->verify() == QStringList());
    CHECK(checkKnowledgeBase(kb).index == QStringLiteral("ok"));
}

TEST_CASE("Two searches started together after an import both succeed", "[search][concurrency]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    SearchIndex::open(kb).reset();
    for (int round = 0; round < 5; ++round) {
        {
            Database db = Database::open(kb, Database::OpenMode::ReadWrite);
            Transaction tx(db);
            for (int i = round * 300; i < (round + 1) * 300; ++i) {
                const QString id = QStringLiteral("ref-%1").arg(i);
                db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'reference')").bindAll(id).run();
                db.prepare("INSERT INTO refs(id, csl) VALUES (?1, json_object('type', 'book', 'title', ?2))")
                    .bindAll(id, QStringLiteral("Imported reference %1").arg(word(i)))
                    .run();
            }
            tx.commit();
        }
        auto first = SearchIndex::open(kb);
        auto second = SearchIndex::open(kb);
        // open() caught up with the import; an edit of every item gives both searches work to do.
        {
            Database db = Database::open(kb, Database::OpenMode::ReadWrite);
            db.exec("UPDATE refs SET csl = json_set(csl, '$.title', title || ' revised') WHERE id LIKE 'ref-%'");
        }
        std::atomic<int> ready = 0;
        QString errors[2];
        std::int64_t totals[2] = { -1, -1 };
        const auto run = [&](int k, SearchIndex &index) {
            ++ready;
            while (ready < 2) { }
            try {
                totals[k] = index.search(QStringLiteral("revised")).total;
            } catch (const Error &e) {
                errors[k] = e.message();
            }
        };
        std::thread a([&] { run(0, *first); });
        std::thread b([&] { run(1, *second); });
        a.join();
        b.join();
        CHECK(errors[0] == QString());
        CHECK(errors[1] == QString());
        CHECK(totals[0] == (round + 1) * 300);
        CHECK(totals[1] == (round + 1) * 300);
    }
}

TEST_CASE("Edits made with the sqlite3 tool to any table the index reads reach the index", "[search][journal]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('c1', 'concept'), ('d1', 'document'), ('s1', 'statement'),"
          " ('m1', 'milestone')",
            "INSERT INTO concepts(id, name_en) VALUES ('c1', 'Grid management')",
            "INSERT INTO aliases(entity_id, alias) VALUES ('c1', 'zqoldalias')",
            "INSERT INTO documents(id, title_en, date) VALUES ('d1', 'Decision', '2013-11-12')",
            "INSERT INTO statements(id, text, document_id) VALUES ('s1', 'zqstatement text', 'd1')",
            "INSERT INTO milestones(id, kind, term, name_en, name_zh, start_date, end_date) VALUES"
            " ('m1', 'cc_plenum', 18, 'Third Plenum', '三中全会', '2013-11-09', '2013-11-12')" });
    auto index = SearchIndex::open(kb);
    CHECK(hitIds(*index, QStringLiteral("zqoldalias")) == QStringList { QStringLiteral("c1") });

    SECTION("an alias renamed")
    {
        rawSql(kb, { "UPDATE aliases SET alias = 'zqnewalias' WHERE entity_id = 'c1'" });
        CHECK(hitIds(*index, QStringLiteral("zqnewalias")) == QStringList { QStringLiteral("c1") });
        CHECK(hitIds(*index, QStringLiteral("zqoldalias")).isEmpty());
    }
    SECTION("an alias moved to another item")
    {
        rawSql(kb, { "UPDATE aliases SET entity_id = 'd1' WHERE entity_id = 'c1'" });
        CHECK(hitIds(*index, QStringLiteral("zqoldalias")) == QStringList { QStringLiteral("d1") });
    }
    SECTION("a typed row added after its entity, in another transaction")
    {
        rawSql(kb, { "INSERT INTO entities(id, type) VALUES ('n1', 'note')" });
        CHECK(hitIds(*index, QStringLiteral("zqlatenote")).isEmpty());
        rawSql(kb, { "INSERT INTO notes(id, title) VALUES ('n1', 'zqlatenote')" });
        CHECK(hitIds(*index, QStringLiteral("zqlatenote")) == QStringList { QStringLiteral("n1") });
    }
    SECTION("an item's id renamed")
    {
        // As the sqlite3 tool does it, with foreign keys off.
        rawSql(kb,
            { "INSERT INTO entities(id, type) VALUES ('n1', 'note')",
                "INSERT INTO notes(id, title) VALUES ('n1', 'zqrenamed')" });
        CHECK(hitIds(*index, QStringLiteral("zqrenamed")) == QStringList { QStringLiteral("n1") });
        rawSql(kb,
            { "PRAGMA foreign_keys = OFF", "UPDATE entities SET id = 'n2' WHERE id = 'n1'",
                "UPDATE notes SET id = 'n2' WHERE id = 'n1'" });
        CHECK(hitIds(*index, QStringLiteral("zqrenamed")) == QStringList { QStringLiteral("n2") });
    }
    SECTION("a document's date, which its undated statements take")
    {
        rawSql(kb, { "UPDATE documents SET date = '1999-01-01' WHERE id = 'd1'" });
        CHECK(hitIds(*index, QStringLiteral("zqstatement year:1999")) == QStringList { QStringLiteral("s1") });
        CHECK(hitIds(*index, QStringLiteral("zqstatement year:2013")).isEmpty());
    }
    SECTION("a milestone's term, which the items linked to it take")
    {
        rawSql(kb, { "INSERT INTO links(source_id, target_id, relation) VALUES ('s1', 'm1', 'about')" });
        CHECK(index->search(QStringLiteral("zqstatement")).byTerm.value(0).key == QStringLiteral("18"));
        rawSql(kb, { "UPDATE milestones SET term = 19 WHERE id = 'm1'" });
        CHECK(index->search(QStringLiteral("zqstatement")).byTerm.value(0).key == QStringLiteral("19"));
    }
    CHECK(index->verify() == QStringList());
}

TEST_CASE("check compares the index with the data and repairs an index that missed an edit", "[search][check]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('c1', 'concept')",
            "INSERT INTO concepts(id, name_en) VALUES ('c1', 'Grid management')",
            "INSERT INTO aliases(entity_id, alias) VALUES ('c1', 'zqoldalias')" });
    CHECK(checkKnowledgeBase(kb).index == QStringLiteral("rebuilt")); // there was none yet
    CHECK(checkKnowledgeBase(kb).index == QStringLiteral("ok"));
    // An edit the journal never saw, as with a schema from before the alias update trigger.
    rawSql(kb, { "DROP TRIGGER aliases_change_upd", "UPDATE aliases SET alias = 'zqnewalias' WHERE entity_id = 'c1'" });
    {
        auto index = SearchIndex::open(kb);
        REQUIRE(index->openedState() == IndexState::UpToDate);
        CHECK(index->verify()
            == QStringList { QStringLiteral(
                "1 indexed items have text, aliases, dates or terms that changed since they were indexed.") });
    }
    const CheckReport report = checkKnowledgeBase(kb);
    CHECK(report.ok());
    CHECK(report.index == QStringLiteral("rebuilt"));
    REQUIRE(report.repaired.size() == 1);
    CHECK(report.repaired[0].contains(QStringLiteral("changed since they were indexed")));
    auto index = SearchIndex::open(kb);
    CHECK(hitIds(*index, QStringLiteral("zqnewalias")) == QStringList { QStringLiteral("c1") });
    CHECK(hitIds(*index, QStringLiteral("zqoldalias")).isEmpty());
    CHECK(checkKnowledgeBase(kb).index == QStringLiteral("ok"));
}

TEST_CASE("check beside a writer never takes the writer's fresh changes for damage", "[search][check][concurrency]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    auto index = SearchIndex::open(kb);
    std::atomic<bool> done { false };
    std::thread writer([&] { // another program adding items and renaming an alias as fast as it can
        Database db = Database::open(kb, Database::OpenMode::ReadWrite);
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'concept')").bindAll(id).run();
            db.prepare("INSERT INTO concepts(id, name_en) VALUES (?1, ?2)").bindAll(id, word(i)).run();
            db.prepare("INSERT INTO aliases(entity_id, alias) VALUES (?1, ?2)").bindAll(id, word(i + 1000)).run();
            db.prepare("UPDATE aliases SET alias = ?2 WHERE entity_id = ?1").bindAll(id, word(i + 2000)).run();
        }
        done = true;
    });
    int checks = 0;
    while (!done || checks < 3) {
        CHECK(index->verify() == QStringList {});
        ++checks;
    }
    writer.join();
    CHECK(index->verify() == QStringList {});
    CHECK(checkKnowledgeBase(kb).ok());
}

TEST_CASE("check reports rows of the full-text index that belong to no item", "[search][check]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('n1', 'note')",
            "INSERT INTO notes(id, title) VALUES ('n1', 'zqghost')" });
    SearchIndex::open(kb).reset();
    {
        // What the row-id collisions left behind: postings whose item row is gone.
        Database file = Database::open(SearchIndex::indexPath(kb), Database::OpenMode::ReadWrite);
        file.exec("DELETE FROM search_docs");
    }
    auto index = SearchIndex::open(kb);
    const QStringList problems = index->verify();
    CHECK(problems.contains(QStringLiteral("1 rows of the full-text index belong to no item.")));
    CHECK(problems.contains(QStringLiteral("1 items of the knowledge base are missing from the index.")));
    index.reset();
    CHECK(checkKnowledgeBase(kb).index == QStringLiteral("rebuilt"));
    CHECK(hitIds(*SearchIndex::open(kb), QStringLiteral("zqghost")) == QStringList { QStringLiteral("n1") });
}

TEST_CASE("A damaged index file is repaired by check and by reindex", "[search][check]")
{
    TempDir dir;
    const QString kb = plenum::test::createKb(dir.path(QStringLiteral("kb.db")))->database().path();
    const QString file = SearchIndex::indexPath(kb);
    const auto damage = [&] {
        // No connection is open here, so writing the file directly drops no one's locks.
        SearchIndex::open(kb).reset();
        REQUIRE_FALSE(QFile::exists(file + QStringLiteral("-wal")));
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 40 * 4096);
        for (qint64 at = 4096; at < size; at += 3 * 4096) { // every third page but the header's
            f.seek(at);
            f.write(QByteArray(4096, '\x5a'));
        }
    };
    std::int64_t items = 0;
    {
        Database db = Database::open(kb, Database::OpenMode::ReadOnly);
        auto q = db.prepare("SELECT count(*) FROM entities");
        REQUIRE(q.next());
        items = q.integer(0);
    }
    const auto sound = [&] {
        auto index = SearchIndex::open(kb);
        CHECK(index->verify() == QStringList());
        CHECK(index->itemCount() == items);
        CHECK(index->search(QStringLiteral("网格化管理")).total > 0);
    };
    damage();
    const CheckReport report = checkKnowledgeBase(kb);
    CHECK(report.ok());
    CHECK(report.index == QStringLiteral("rebuilt"));
    sound();

    damage();
    QString out, err;
    CHECK(plenum::test::runCli({ QStringLiteral("--db"), kb, QStringLiteral("reindex") }, out, err) == 0);
    CHECK_FALSE(err.contains(QStringLiteral("malformed")));
    CHECK(out.contains(QStringLiteral("Indexed %1 items").arg(items)));
    sound();
}

TEST_CASE("A knowledge base replaced by an older copy is noticed: no ghost or missing hits", "[search][journal]")
{
    TempDir dir;
    const QString kb = emptyKb(dir);
    const QString old = dir.path(QStringLiteral("old.db"));
    rawSql(kb,
        { "INSERT INTO entities(id, type) VALUES ('n1', 'note'), ('n2', 'note')",
            "INSERT INTO notes(id, title) VALUES ('n1', 'zqfirst'), ('n2', 'zqsecond')" });
    SearchIndex::open(kb).reset();
    REQUIRE(QFile::copy(kb, old)); // no connection is open: the file holds everything
    // The newer file: n1 deleted, n3 added; the index follows it.
    rawSql(kb,
        { "DELETE FROM notes WHERE id = 'n1'", "INSERT INTO entities(id, type) VALUES ('n3', 'note')",
            "INSERT INTO notes(id, title) VALUES ('n3', 'zqthird')" });
    CHECK(hitIds(*SearchIndex::open(kb), QStringLiteral("zqthird")) == QStringList { QStringLiteral("n3") });
    // The older copy comes back and is edited as much, so its journal is as long as the newer one's.
    REQUIRE(QFile::remove(kb));
    REQUIRE(QFile::copy(old, kb));
    rawSql(kb,
        { "UPDATE notes SET body = 'x' WHERE id = 'n2'", "UPDATE notes SET body = 'y' WHERE id = 'n2'",
            "UPDATE notes SET body = 'z' WHERE id = 'n2'" });
    auto index = SearchIndex::open(kb);
    CHECK(index->openedState() == IndexState::Rebuilt);
    CHECK(hitIds(*index, QStringLiteral("zqfirst")) == QStringList { QStringLiteral("n1") });
    CHECK(hitIds(*index, QStringLiteral("zqthird")).isEmpty());
    CHECK(index->itemCount() == 2);
    CHECK(index->verify() == QStringList());
}

TEST_CASE("A cancelled rebuild leaves the connection's synchronous setting as it was", "[search][index]")
{
    TempDir dir;
    const QString kb = plenum::test::createKb(dir.path(QStringLiteral("kb.db")))->database().path();
    auto index = SearchIndex::open(kb);
    const int before = index->synchronousMode();
    CHECK(before == 1); // NORMAL
    CHECK_THROWS_AS(index->rebuild([](std::int64_t, std::int64_t) { return false; }), Error);
    CHECK(index->synchronousMode() == before);
    // The index is as it was before the cancelled rebuild.
    CHECK(index->verify() == QStringList());
    CHECK(index->search(QStringLiteral("网格化管理")).total > 0);
}

TEST_CASE("The row-id layout packs and unpacks each field, in C++ and in the SQL built from it", "[search][rowid]")
{
    Database db = Database::openMemory();
    for (const ItemType type : kAllItemTypes)
        for (const auto &[term, year, lang] : { std::tuple { 0, 0, 0 }, std::tuple { 18, 2013, 1 },
                 std::tuple { 31, 2155, 3 }, std::tuple { 40, 1899, 2 } }) {
            const std::int64_t id = rowid::pack(type, term, year, lang, rowid::kSerial.max());
            CHECK(id > 0);
            CHECK(rowid::typeOfCode(int(rowid::kType.of(id))) == type);
            CHECK(rowid::kTerm.of(id) == std::min(term, 31));
            CHECK(rowid::kYear.of(id) == (year > 1900 ? year - 1900 : 0));
            CHECK(rowid::kLang.of(id) == lang);
            CHECK(rowid::kSerial.of(id) == rowid::kSerial.max());
            for (const rowid::Field &f : { rowid::kType, rowid::kTerm, rowid::kYear, rowid::kLang }) {
                auto q = db.prepare(("SELECT " + rowid::sql(f, "?1") + ", " + rowid::sqlFrom(f, "?1")).constData());
                q.bindAll(id);
                REQUIRE(q.next());
                CHECK(q.integer(0) == f.of(id));
                CHECK(q.integer(1) == id >> f.shift);
            }
        }
    // Statements come last, so everything with a title is one id range below them.
    for (const ItemType type : kAllItemTypes)
        if (type != ItemType::Statement)
            CHECK(rowid::typeCode(type) < rowid::kStatementCode);
}
