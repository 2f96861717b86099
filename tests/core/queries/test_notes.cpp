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
