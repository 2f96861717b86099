#include "storage/repository.h"
#include "testsupport.h"
#include <QJsonArray>

using namespace plenum;
using core::Item;
using core::ItemType;

namespace {

Item makeItem(ItemType type, const QString &id, QJsonObject fields, QList<core::Alias> aliases = {})
{
    Item item;
    item.type = type;
    item.id = id;
    item.fields = std::move(fields);
    item.aliases = std::move(aliases);
    item.sources = { QStringLiteral("test fixture") };
    return item;
}

Item milestone(const QString &id)
{
    return makeItem(ItemType::Milestone, id,
        { { "kind", "cc_plenum" }, { "term", 18 }, { "session", 3 }, { "name_en", "Third Plenary Session" },
            { "name_zh", "十八届三中全会" }, { "start_date", "2013-11-09" }, { "end_date", "2013-11-12" } },
        { { QStringLiteral("十八届三中全会"), QStringLiteral("zh") } });
}

core::Link link(const QString &from, const QString &to, const QString &relation)
{
    core::Link l;
    l.sourceId = from;
    l.targetId = to;
    l.relation = core::relationFromName(relation).value();
    return l;
}

} // namespace

TEST_CASE("every item type can be created, read, updated and deleted", "[repository]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    const QList<Item> items = {
        milestone(QStringLiteral("cc18-3")),
        makeItem(ItemType::Concept, QStringLiteral("social-governance"),
            { { "name_en", "Social governance" }, { "name_zh", "社会治理" } },
            { { QStringLiteral("社會治理"), QStringLiteral("zh") },
                { QStringLiteral("social governance"), QStringLiteral("en") } }),
        makeItem(ItemType::Document, QStringLiteral("doc-1"),
            { { "kind", "decision" }, { "title_en", "Decision" }, { "authors", QJsonArray { "CPC" } } }),
        makeItem(ItemType::Reference, QStringLiteral("ref-1"),
            { { "type", "article-journal" }, { "title", "A study" },
                { "issued", QJsonObject { { "date-parts", QJsonArray { QJsonArray { 2017 } } } } },
                { "citation-key", "study2017" } }),
        makeItem(ItemType::Statement, QStringLiteral("st-1"),
            { { "text", "创新社会治理体制" }, { "language", "zh" }, { "kind", "statistic" }, { "document", "doc-1" },
                { "statistic", QJsonObject { { "series", "x" }, { "value", 326000.0 }, { "date", "2015-12-31" } } },
                { "verification", QJsonObject { { "status", "verified" }, { "evidence", "checked" } } } }),
        makeItem(ItemType::Note, QStringLiteral("note-1"), { { "title", "Reading" }, { "body", "See [[cc18-3]]." } }),
    };
    for (const Item &item : items)
        repo.createItem(item);
    for (const Item &item : items) {
        const Item back = repo.item(item.id);
        CHECK(back.type == item.type);
        CHECK(back.fields == item.fields);
        CHECK(back.sources == item.sources);
        CHECK(back.aliases.size() == item.aliases.size());
    }
    const auto c = repo.counts();
    CHECK(c.milestones == 1);
    CHECK(c.concepts == 1);
    CHECK(c.documents == 1);
    CHECK(c.references == 1);
    CHECK(c.statements == 1);
    CHECK(c.notes == 1);

    Item edited = repo.item(QStringLiteral("note-1"));
    edited.fields.insert(QStringLiteral("title"), QStringLiteral("阅读笔记"));
    edited.fields.remove(QStringLiteral("body"));
    repo.updateItem(edited);
    CHECK(repo.item(QStringLiteral("note-1")).fields == edited.fields);

    repo.deleteItem(QStringLiteral("doc-1"));
    CHECK_FALSE(repo.findItem(QStringLiteral("doc-1")));
    // The statement survives the deletion of its source document, without a dangling reference.
    CHECK_FALSE(repo.item(QStringLiteral("st-1")).fields.contains(QStringLiteral("document")));
    CHECK_THROWS_AS(repo.deleteItem(QStringLiteral("doc-1")), core::Error);
}

TEST_CASE("invalid items are refused with a message naming the problem", "[repository]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    repo.createItem(milestone(QStringLiteral("cc18-3")));
    try {
        repo.createItem(milestone(QStringLiteral("cc18-3")));
        FAIL("duplicate accepted");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::Conflict);
        CHECK(e.message().contains(QStringLiteral("already exists")));
    }
    try {
        repo.createItem(milestone(QStringLiteral("Bad ID")));
        FAIL("bad ID accepted");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::InvalidData);
    }
    Item backwards = milestone(QStringLiteral("cc18-4"));
    backwards.fields.insert(QStringLiteral("end_date"), QStringLiteral("2013-01-01"));
    CHECK_THROWS_AS(repo.createItem(backwards), core::Error);
    CHECK_FALSE(repo.findItem(QStringLiteral("cc18-4"))); // nothing half-written
    Item noName = makeItem(ItemType::Reference, QStringLiteral("ref-x"), { { "type", "book" } });
    CHECK_THROWS_AS(repo.createItem(noName), core::Error);
}

TEST_CASE("links are found from both ends and never dangle after a delete", "[repository]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    repo.createItem(milestone(QStringLiteral("cc18-3")));
    repo.createItem(
        makeItem(ItemType::Concept, QStringLiteral("social-governance"), { { "name_en", "Social governance" } }));
    repo.createItem(makeItem(ItemType::Note, QStringLiteral("note-1"), { { "title", "n" } }));
    repo.addLink(
        link(QStringLiteral("social-governance"), QStringLiteral("cc18-3"), QStringLiteral("first_appears_in")));
    repo.addLink(link(QStringLiteral("note-1"), QStringLiteral("cc18-3"), QStringLiteral("mentions")));
    repo.addLink(link(QStringLiteral("note-1"), QStringLiteral("social-governance"), QStringLiteral("mentions")));
    CHECK_THROWS_AS(repo.addLink(link(QStringLiteral("note-1"), QStringLiteral("cc18-3"), QStringLiteral("mentions"))),
        core::Error);
    CHECK_THROWS_AS(repo.addLink(link(QStringLiteral("note-1"), QStringLiteral("missing"), QStringLiteral("mentions"))),
        core::Error);

    CHECK(repo.backlinks(QStringLiteral("cc18-3")).size() == 2);
    CHECK(repo.outgoingLinks(QStringLiteral("note-1")).size() == 2);
    CHECK(repo.counts().links == 3);

    repo.deleteItem(QStringLiteral("cc18-3"));
    CHECK(repo.outgoingLinks(QStringLiteral("note-1")).size() == 1);
    CHECK(repo.counts().links == 1);

    // The stock sqlite3 tool runs with foreign keys off; the schema's triggers still clean up.
    kb->database().exec("PRAGMA foreign_keys = OFF");
    kb->database().exec("DELETE FROM concepts WHERE id = 'social-governance'");
    auto q = kb->database().prepare("SELECT count(*) FROM links");
    REQUIRE(q.next());
    CHECK(q.integer(0) == 0);
    auto orphans = kb->database().prepare("SELECT count(*) FROM entities WHERE id = 'social-governance'");
    REQUIRE(orphans.next());
    CHECK(orphans.integer(0) == 0);
}

TEST_CASE("items are found by ID, alias or name", "[repository]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    CHECK(repo.resolve(QStringLiteral("cc18-3")) == QStringLiteral("cc18-3"));
    CHECK(repo.resolve(QStringLiteral("十八届三中全会")) == QStringLiteral("cc18-3"));
    CHECK(repo.resolve(QStringLiteral("社会治理")) == QStringLiteral("social-governance"));
    CHECK(repo.resolve(QStringLiteral("no such thing")).isEmpty());
}
