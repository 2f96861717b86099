#include "storage/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace plenum;
using core::Database;
using core::Query;

namespace {

Database numbers(int count)
{
    Database db = Database::openMemory();
    db.exec("CREATE TABLE n(v INTEGER PRIMARY KEY, label TEXT)");
    for (int i = 1; i <= count; ++i)
        db.prepare("INSERT INTO n(v, label) VALUES(?1, ?2)").bindAll(i, QStringLiteral("n%1").arg(i)).run();
    return db;
}

std::vector<std::int64_t> column(Query &q)
{
    std::vector<std::int64_t> out;
    while (q.next())
        out.push_back(q.integer(0));
    return out;
}

} // namespace

TEST_CASE("a statement is reused by the next query of the same text, with fresh bindings", "[database][cache]")
{
    Database db = numbers(5);
    const char *sql = "SELECT v FROM n WHERE v >= ?1 ORDER BY v";
    {
        Query q = db.prepare(sql);
        q.bind(1, 4);
        CHECK(column(q) == std::vector<std::int64_t> { 4, 5 });
    }
    const int idle = db.cachedStatements();
    CHECK(idle >= 1);
    {
        Query q = db.prepare(sql); // taken from the cache: no longer idle while in use
        CHECK(db.cachedStatements() == idle - 1);
        q.bind(1, 2);
        CHECK(column(q) == std::vector<std::int64_t> { 2, 3, 4, 5 });
    }
    CHECK(db.cachedStatements() == idle);
    // The earlier binding was cleared: an unbound parameter is NULL again, which matches nothing.
    Query again = db.prepare(sql);
    CHECK(column(again).empty());
}

TEST_CASE("a query left mid-way gives back a statement that starts from the first row", "[database][cache]")
{
    Database db = numbers(4);
    const char *sql = "SELECT v FROM n ORDER BY v";
    {
        Query q = db.prepare(sql);
        REQUIRE(q.next());
        CHECK(q.integer(0) == 1);
        REQUIRE(q.next());
    }
    Query q = db.prepare(sql);
    CHECK(column(q) == std::vector<std::int64_t> { 1, 2, 3, 4 });
}

TEST_CASE("nested queries of the same text each get their own statement", "[database][cache]")
{
    Database db = numbers(3);
    const char *sql = "SELECT v FROM n WHERE v > ?1 ORDER BY v";
    Query outer = db.prepare(sql);
    outer.bind(1, 0);
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> seen;
    while (outer.next()) {
        const std::int64_t v = outer.integer(0);
        Query inner = db.prepare(sql); // the outer one is in use: this must not be the same statement
        inner.bind(1, v);
        seen.emplace_back(v, column(inner));
    }
    using Row = std::pair<std::int64_t, std::vector<std::int64_t>>;
    CHECK(seen == std::vector<Row> { { 1, { 2, 3 } }, { 2, { 3 } }, { 3, {} } });
    // Only one statement of that text is kept idle; the other was finalized.
    const int before = db.cachedStatements();
    {
        Query a = db.prepare(sql);
        Query b = db.prepare(sql);
        CHECK(db.cachedStatements() == before - 1);
    }
    CHECK(db.cachedStatements() == before);
}

TEST_CASE("a statement that failed is reused cleanly and writes stay as they were", "[database][cache]")
{
    Database db = numbers(2);
    const char *sql = "INSERT INTO n(v, label) VALUES(?1, ?2)";
    CHECK_THROWS_AS(db.prepare(sql).bindAll(1, QStringLiteral("duplicate")).run(), core::Error);
    db.prepare(sql).bindAll(3, QStringLiteral("three")).run();
    Query q = db.prepare("SELECT label FROM n ORDER BY v");
    QStringList labels;
    while (q.next())
        labels << q.text(0);
    CHECK(labels == QStringList { "n1", "n2", "three" });
}

TEST_CASE("after a schema script, cached statements are prepared afresh", "[database][cache]")
{
    Database db = numbers(1);
    const char *sql = "SELECT * FROM n";
    {
        Query q = db.prepare(sql);
        CHECK(q.columnCount() == 2);
    }
    REQUIRE(db.cachedStatements() >= 1);
    db.execScript(QStringLiteral("ALTER TABLE n ADD COLUMN extra TEXT DEFAULT 'x'; CREATE TABLE m(a);"));
    CHECK(db.cachedStatements() == 0);
    Query q = db.prepare(sql);
    REQUIRE(q.next());
    CHECK(q.columnCount() == 3);
    CHECK(q.text(2) == QStringLiteral("x"));
}

TEST_CASE("a query that outlives its connection ends safely", "[database][cache]")
{
    test::TempDir dir;
    auto db = std::make_unique<Database>(Database::open(dir.path("kb.db"), Database::OpenMode::Create));
    db->exec("CREATE TABLE t(a)");
    db->exec("INSERT INTO t VALUES(1)");
    auto q = std::make_unique<Query>(db->prepare("SELECT a FROM t"));
    db.reset(); // the connection closes while the query still holds its statement
    q.reset(); // finalizes its own statement instead of returning it to a closed cache
    Database reopened = Database::open(dir.path("kb.db"), Database::OpenMode::ReadWrite);
    Query check = reopened.prepare("SELECT count(*) FROM t");
    REQUIRE(check.next());
    CHECK(check.integer(0) == 1);
}
