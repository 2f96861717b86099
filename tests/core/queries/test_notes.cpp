#include "testsupport.h"

#include "linking/notelinks.h"
#include "queries/notes.h"

using namespace plenum;

namespace {

core::Item note(const QString &id, const QString &title)
{
    core::Item item;
    item.type = core::ItemType::Note;
    item.id = id;
    item.fields.insert(QStringLiteral("title"), title);
    item.fields.insert(QStringLiteral("body"), QStringLiteral("text"));
    return item;
}

} // namespace

TEST_CASE("the note list shows every note, most recently changed first", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    CHECK(core::noteSummaries(repo).isEmpty());
    repo.createItem(note(QStringLiteral("note-1"), QStringLiteral("First")));
    repo.createItem(note(QStringLiteral("note-2"), QStringLiteral("第二")));
    kb->database().exec("UPDATE notes SET updated_at = '2020-01-01T00:00:00Z' WHERE id = 'note-1'");
    kb->database().exec("UPDATE notes SET updated_at = '2021-01-01T00:00:00Z' WHERE id = 'note-2'");
    auto list = core::noteSummaries(repo);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).id == QStringLiteral("note-2"));
    CHECK(list.at(0).title == QStringLiteral("第二"));
    CHECK(list.at(0).updatedAt == QStringLiteral("2021-01-01T00:00:00Z"));
    CHECK(list.at(1).id == QStringLiteral("note-1"));

    // Saving a note again brings it to the top.
    core::saveNote(repo, note(QStringLiteral("note-1"), QStringLiteral("First, edited")));
    list = core::noteSummaries(repo);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).id == QStringLiteral("note-1"));
    CHECK(list.at(0).title == QStringLiteral("First, edited"));
}

TEST_CASE("notes changed at the same moment are listed by ID", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    for (const char *id : { "note-b", "note-c", "note-a" })
        repo.createItem(note(QString::fromLatin1(id), QStringLiteral("Same")));
    kb->database().exec("UPDATE notes SET updated_at = '2020-01-01T00:00:00Z'");
    const auto list = core::noteSummaries(repo);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).id == QStringLiteral("note-a"));
    CHECK(list.at(1).id == QStringLiteral("note-b"));
    CHECK(list.at(2).id == QStringLiteral("note-c"));
}

TEST_CASE("the bundled knowledge base lists its notes", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    const auto list = core::noteSummaries(kb->repository());
    CHECK(list.size() == kb->repository().counts().notes);
    CHECK(list.size() >= 4);
    for (const auto &n : list)
        CHECK(kb->repository().typeOf(n.id) == core::ItemType::Note);
}

TEST_CASE("the note list knows when each note was created", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    repo.createItem(note(QStringLiteral("note-1"), QStringLiteral("First")));
    kb->database().exec("UPDATE notes SET created_at = '2019-02-03T04:05:06.000Z'");
    const auto list = core::noteSummaries(repo);
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).createdAt == QStringLiteral("2019-02-03T04:05:06.000Z"));
    CHECK(core::noteUpdatedAt(repo, QStringLiteral("note-1")) == list.at(0).updatedAt);
    CHECK(core::noteUpdatedAt(repo, QStringLiteral("note-2")).isEmpty());
}

TEST_CASE("an item is one completion, found by any of its names", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    const auto items = core::itemCompletions(kb->repository());
    qsizetype found = 0;
    for (const auto &item : items) {
        if (item.id != QLatin1String("cc18-3"))
            continue;
        ++found;
        CHECK(item.type == QStringLiteral("milestone"));
        CHECK(item.nameZh == QStringLiteral("中国共产党第十八届中央委员会第三次全体会议"));
        CHECK(item.aliases.contains(QStringLiteral("十八届三中全会")));
        CHECK(item.aliases.contains(QStringLiteral("18th CCP Third Plenum")));
        CHECK(!item.aliases.contains(item.nameEn));
        CHECK(!item.aliases.contains(item.nameZh));
    }
    CHECK(found == 1);
    // Ordered by name, whatever the case.
    for (qsizetype i = 1; i < items.size(); ++i) {
        const auto name = [](const core::ItemCompletion &c) {
            return c.nameEn.isEmpty() ? (c.nameZh.isEmpty() ? c.id : c.nameZh) : c.nameEn;
        };
        CHECK(QString::compare(name(items.at(i - 1)), name(items.at(i)), Qt::CaseInsensitive) <= 0);
    }
}

TEST_CASE("a citation completion names the first author, the year and the title", "[queries][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    const auto refs = core::citationCompletions(kb->repository());
    REQUIRE(!refs.isEmpty());
    bool flynn = false;
    for (const auto &r : refs)
        if (r.key == QLatin1String("flynn2017")) {
            flynn = true;
            CHECK(r.firstAuthor == QStringLiteral("Flynn"));
            CHECK(r.authorCount == 1);
            CHECK(r.year == 2017);
            CHECK(r.title == QStringLiteral("Science, Innovation, and Social Work: Clash or Convergence?"));
        }
    CHECK(flynn);
    for (qsizetype i = 1; i < refs.size(); ++i)
        CHECK(refs.at(i - 1).key < refs.at(i).key);
}
