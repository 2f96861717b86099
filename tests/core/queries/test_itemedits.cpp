#include "testsupport.h"

#include "queries/itemedits.h"
#include "storage/collections.h"
#include "storage/itemsnapshot.h"
#include "storage/itemtags.h"

#include <QJsonArray>

using namespace plenum;
using core::Item;
using core::ItemType;

namespace {

Item statement(const QString &id, const QString &text)
{
    Item item;
    item.type = ItemType::Statement;
    item.id = id;
    item.fields = { { "text", text }, { "kind", "quote" }, { "language", "zh" } };
    return item;
}

Item localPlenum(const QString &id)
{
    Item item;
    item.type = ItemType::Milestone;
    item.id = id;
    item.fields = { { "kind", "other_event" }, { "name_en", "Zhejiang Provincial Party Congress" },
        { "name_zh", "浙江省党代会" }, { "start_date", "2022-06-18" }, { "end_date", "2022-06-21" } };
    return item;
}

QString countRows(core::Repository &repo, const char *sql)
{
    auto q = repo.database().prepare(sql);
    return q.next() ? q.text(0) : QString();
}

} // namespace

TEST_CASE("a statement is created, edited and deleted with its tags, each in one step", "[queries][edits]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    const QString id = core::newItemId(repo, ItemType::Statement);
    CHECK(id == QStringLiteral("statement-1"));
    core::saveItem(
        repo, statement(id, QStringLiteral("推进国家治理体系和治理能力现代化")), { "governance", " reform  " });
    CHECK(repo.item(id).text(QStringLiteral("text")) == QStringLiteral("推进国家治理体系和治理能力现代化"));
    CHECK(core::tagsOf(repo, id) == QStringList { "governance", "reform" });

    Item edited = statement(id, QStringLiteral("创新社会治理体制"));
    edited.fields.insert(
        QStringLiteral("verification"), QJsonObject { { "status", "verified" }, { "evidence", "p. 3" } });
    core::saveItem(repo, edited, { "governance" });
    CHECK(repo.item(id).fields.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status"))
        == QStringLiteral("verified"));
    CHECK(core::tagsOf(repo, id) == QStringList { "governance" });
    CHECK(core::allTags(repo).size() == 1); // "reform" is carried by nothing, so it is gone

    repo.deleteItem(id);
    CHECK_FALSE(repo.findItem(id));
    CHECK(core::allTags(repo).isEmpty());
}

TEST_CASE("a bad edit names the field and leaves the stored item as it was", "[queries][edits]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("原文")), { "kept" });
    const auto before = repo.item(QStringLiteral("s1"));

    Item bad = statement(QStringLiteral("s1"), QStringLiteral("改动"));
    bad.fields.insert(QStringLiteral("kind"), QStringLiteral("rumour"));
    auto e = test::failure([&] { core::saveItem(repo, bad, {}); });
    CHECK(e.code() == core::ErrorCode::InvalidData);
    CHECK(e.message().contains(QStringLiteral("\"kind\" must be one of quote, paraphrase, claim, statistic")));

    bad = statement(QStringLiteral("s1"), QStringLiteral("改动"));
    bad.fields.insert(QStringLiteral("date"), QStringLiteral("2013-02-30"));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); })
              .message()
              .contains(QStringLiteral("\"date\" must be a date")));

    bad = statement(QStringLiteral("s1"), QStringLiteral("改动"));
    bad.fields.insert(QStringLiteral("document"), QStringLiteral("nowhere"));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); })
              .message()
              .contains(QStringLiteral("\"document\" names nowhere, which is not a document")));

    bad = statement(QStringLiteral("s1"), QStringLiteral("  "));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); }).message()
        == QStringLiteral("statement s1: \"text\" needs a value."));

    CHECK(test::failure([&] { core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("x")), { "a,b" }); })
              .message()
              .contains(QStringLiteral("holds a comma")));

    CHECK(repo.item(QStringLiteral("s1")).fields == before.fields);
    CHECK(core::tagsOf(repo, QStringLiteral("s1")) == QStringList { "kept" });
}

TEST_CASE("a user-added milestone is checked for its names, kind and dates", "[queries][edits]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, localPlenum(QStringLiteral("zj-congress-15")), {});
    CHECK(repo.milestones().size() == 1);

    Item bad = localPlenum(QStringLiteral("zj-2"));
    bad.fields.insert(QStringLiteral("end_date"), QStringLiteral("2022-06-01"));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); })
              .message()
              .contains(QStringLiteral("\"end_date\" (2022-06-01) is before the start (2022-06-18)")));
    bad = localPlenum(QStringLiteral("zj-2"));
    bad.fields.insert(QStringLiteral("kind"), QStringLiteral("party"));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); })
              .message()
              .contains(QStringLiteral("\"kind\" must be one of")));
    bad = localPlenum(QStringLiteral("zj-2"));
    bad.fields.remove(QStringLiteral("name_zh"));
    CHECK(test::failure([&] { core::saveItem(repo, bad, {}); })
              .message()
              .contains(QStringLiteral("\"name_zh\" needs a value")));
    CHECK(repo.milestones().size() == 1);
}

TEST_CASE("links made by hand are checked and keep their origin", "[queries][edits]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("一")), {});
    core::saveItem(repo, localPlenum(QStringLiteral("m1")), {});
    core::Link l;
    l.sourceId = QStringLiteral("s1");
    l.targetId = QStringLiteral("m1");
    l.relation = core::Relation::Supports;
    l.origin = core::LinkOrigin::Auto; // whatever the caller says, a hand-made link is manual
    const auto row = core::addManualLink(repo, l);
    REQUIRE(repo.outgoingLinks(QStringLiteral("s1")).size() == 1);
    CHECK(repo.outgoingLinks(QStringLiteral("s1")).first().origin == core::LinkOrigin::Manual);

    auto e = test::failure([&] { core::addManualLink(repo, l); });
    CHECK(e.code() == core::ErrorCode::Conflict);
    CHECK(e.message() == QStringLiteral("s1 already links to m1 as \"supports\"."));
    l.targetId = QStringLiteral("s1");
    CHECK(
        test::failure([&] { core::addManualLink(repo, l); }).message() == QStringLiteral("Cannot link s1 to itself."));
    l.targetId = QStringLiteral("gone");
    CHECK(test::failure([&] { core::addManualLink(repo, l); }).code() == core::ErrorCode::NotFound);

    repo.removeLink(row);
    CHECK(repo.outgoingLinks(QStringLiteral("s1")).isEmpty());
}

TEST_CASE("a statement made from selected text names its document or links to its source", "[queries][edits]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, localPlenum(QStringLiteral("m1")), {});
    auto s = core::statementFromText(repo, QStringLiteral("  加强和创新社会治理 "), QStringLiteral("m1"));
    CHECK(s.item.text(QStringLiteral("text")) == QStringLiteral("加强和创新社会治理"));
    CHECK(s.item.text(QStringLiteral("language")) == QStringLiteral("zh"));
    REQUIRE(s.outgoing.size() == 1);
    CHECK(s.outgoing.first().targetId == QStringLiteral("m1"));
    core::restoreItem(repo, s);
    CHECK(repo.backlinks(QStringLiteral("m1")).size() == 1);
    CHECK(test::failure([&] { (void)core::statementFromText(repo, QStringLiteral(" \n"), QStringLiteral("m1")); })
              .message()
              .contains(QStringLiteral("Select some text")));
}

TEST_CASE(
    "collections hold items in order, an item can sit in several, and bad names are refused", "[queries][collections]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("一")), {});
    core::saveItem(repo, statement(QStringLiteral("s2"), QStringLiteral("二")), {});
    const auto reading = core::createCollection(repo, QStringLiteral("Reading list"));
    const auto chapter = core::createCollection(repo, QStringLiteral("第三章"));
    core::addToCollection(repo, reading.id, QStringLiteral("s2"));
    core::addToCollection(repo, reading.id, QStringLiteral("s1"));
    core::addToCollection(repo, chapter.id, QStringLiteral("s1"));
    core::addToCollection(repo, chapter.id, QStringLiteral("s1")); // twice is once
    CHECK(core::collectionItems(repo, reading.id) == QStringList { "s2", "s1" });
    CHECK(core::collectionsOf(repo, QStringLiteral("s1")) == QStringList { "Reading list", "第三章" });
    CHECK(core::collections(repo).at(1).items == 1);

    CHECK(test::failure([&] { core::createCollection(repo, QStringLiteral(" Reading   list ")); }).message()
        == QStringLiteral("A collection called \"Reading list\" already exists."));
    CHECK(test::failure([&] { core::createCollection(repo, QStringLiteral("  ")); }).message()
        == QStringLiteral("A collection needs a name."));
    CHECK(test::failure([&] { core::addToCollection(repo, reading.id, QStringLiteral("nope")); }).code()
        == core::ErrorCode::NotFound);
    CHECK(core::collections(repo).size() == 2);

    core::removeFromCollection(repo, reading.id, QStringLiteral("s2"));
    CHECK(core::collectionItems(repo, reading.id) == QStringList { "s1" });
    core::deleteCollection(repo, chapter.id);
    CHECK(repo.findItem(QStringLiteral("s1")));
    CHECK(core::collectionsOf(repo, QStringLiteral("s1")) == QStringList { "Reading list" });
}

TEST_CASE("a deleted collection comes back under its number with its items in order", "[queries][collections]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("一")), {});
    core::saveItem(repo, statement(QStringLiteral("s2"), QStringLiteral("二")), {});
    const auto c = core::createCollection(repo, QStringLiteral("Chapter 3"));
    core::addToCollection(repo, c.id, QStringLiteral("s2"));
    core::addToCollection(repo, c.id, QStringLiteral("s1"));
    const QStringList items = core::collectionItems(repo, c.id);
    core::deleteCollection(repo, c.id);
    core::restoreCollection(repo, c, items + QStringList { "gone" }); // an item deleted since is left out
    CHECK(core::collectionNamed(repo, QStringLiteral("Chapter 3")).id == c.id);
    CHECK(core::collectionItems(repo, c.id) == QStringList { "s2", "s1" });
    // Its number or its name taken: refused, and nothing changes.
    CHECK(test::failure([&] {
        core::restoreCollection(repo, { c.id, QStringLiteral("Other"), 0 }, {});
    }).message()
        == QStringLiteral("Collection number %1 exists already.").arg(c.id));
    CHECK(test::failure([&] {
        core::restoreCollection(repo, { c.id + 7, QStringLiteral("Chapter 3"), 0 }, {});
    }).code()
        == core::ErrorCode::Conflict);
    CHECK(core::collections(repo).size() == 1);
    CHECK(core::collectionItems(repo, c.id) == QStringList { "s2", "s1" });
}

TEST_CASE("a deleted item comes back with its tags and its places in collections", "[queries][collections]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("一")), { "t1", "t2" });
    core::saveItem(repo, statement(QStringLiteral("s2"), QStringLiteral("二")), {});
    const auto c = core::createCollection(repo, QStringLiteral("List"));
    core::addToCollection(repo, c.id, QStringLiteral("s1"));
    core::addToCollection(repo, c.id, QStringLiteral("s2"));
    const auto snapshot = core::snapshotItem(repo, QStringLiteral("s1"));
    repo.deleteItem(QStringLiteral("s1"));
    CHECK(core::collectionItems(repo, c.id) == QStringList { "s2" });
    CHECK(countRows(repo, "SELECT count(*) FROM entity_tags") == QStringLiteral("0"));
    core::restoreItem(repo, snapshot);
    CHECK(core::tagsOf(repo, QStringLiteral("s1")) == QStringList { "t1", "t2" });
    CHECK(core::collectionItems(repo, c.id) == QStringList { "s1", "s2" });
}

TEST_CASE("saved searches are kept by name and replaced when saved again", "[queries][collections]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveSearch(repo, { QStringLiteral("Grid management"), QStringLiteral("网格化管理") });
    core::saveSearch(repo, { QStringLiteral("Grid management"), QStringLiteral("网格 type:statement") });
    REQUIRE(core::savedSearches(repo).size() == 1);
    CHECK(core::savedSearches(repo).first().query == QStringLiteral("网格 type:statement"));
    CHECK(test::failure([&] {
        core::saveSearch(repo, { QStringLiteral("x"), QStringLiteral(" ") });
    }).message()
        == QStringLiteral("The saved search \"x\" needs a query."));
    core::deleteSavedSearch(repo, QStringLiteral("Grid management"));
    CHECK(core::savedSearches(repo).isEmpty());
    CHECK(test::failure([&] { core::deleteSavedSearch(repo, QStringLiteral("Grid management")); }).code()
        == core::ErrorCode::NotFound);
}

TEST_CASE("tag and collection changes reach the change journal", "[queries][collections]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::saveItem(repo, statement(QStringLiteral("s1"), QStringLiteral("一")), {});
    const QString before = countRows(repo, "SELECT max(seq) FROM changes");
    core::setTags(repo, QStringLiteral("s1"), { "new" });
    CHECK(countRows(repo, "SELECT max(seq) FROM changes") != before);
    CHECK(countRows(repo, "SELECT entity_id FROM changes ORDER BY seq DESC LIMIT 1") == QStringLiteral("s1"));
}
