#include "interchange/kbformat.h"
#include "interchange/kbimporter.h"
#include "storage/repository.h"
#include "testsupport.h"

using namespace plenum;
namespace kb = core::kb;

namespace {

const QByteArray kHeader = "{\"format\":\"plenum-kb\",\"version\":1}\n";

// Expects importing DATA to fail with a message containing every part of EXPECTED, writing nothing.
void expectRefused(core::KnowledgeBase &base, const QByteArray &data, const QStringList &expected)
{
    const auto before = base.repository().counts();
    try {
        kb::importRecords(base.repository(), kb::parse(data, QStringLiteral("bad.jsonl")), false);
        FAIL("bad file accepted: " << data.toStdString());
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::InvalidData);
        for (const QString &part : expected)
            CHECK(e.message().contains(part));
    }
    const auto after = base.repository().counts();
    CHECK(after.concepts == before.concepts);
    CHECK(after.links == before.links);
}

} // namespace

TEST_CASE("the bundled knowledge base holds the 79 milestones since 1977 with their dates", "[kb]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"));
    auto &repo = base->repository();
    const auto milestones = repo.milestones();
    REQUIRE(milestones.size() == 79);
    CHECK(milestones.first().id == QStringLiteral("nc11"));
    // The one milestone no source dates comes after every dated one and keeps no guessed dates.
    CHECK(milestones.at(milestones.size() - 2).id == QStringLiteral("cc20-4"));
    CHECK(milestones.last().id == QStringLiteral("cc14-7"));
    CHECK_FALSE(milestones.last().isDated());
    CHECK(milestones.last().verificationStatus == QStringLiteral("unverified"));
    CHECK(repo.item(QStringLiteral("cc11-3")).text(QStringLiteral("start_date")) == QStringLiteral("1978-12-18"));
    const auto nc18 = repo.item(QStringLiteral("nc18"));
    CHECK(nc18.text(QStringLiteral("start_date")) == QStringLiteral("2012-11-08"));
    CHECK(nc18.text(QStringLiteral("end_date")) == QStringLiteral("2012-11-14"));
    const auto cc163 = repo.item(QStringLiteral("cc16-2"));
    CHECK(cc163.text(QStringLiteral("end_date")) == QStringLiteral("2003-02-26")); // the communiqué, not Wikipedia
    for (const auto &m : milestones) {
        const auto item = repo.item(m.id);
        CHECK_FALSE(item.sources.isEmpty());
        CHECK_FALSE(m.summaryEn.isEmpty());
        CHECK_FALSE(m.summaryZh.isEmpty());
    }
}

TEST_CASE("export, import into an empty knowledge base, export again gives the same file", "[kb]")
{
    test::TempDir dir;
    auto full = test::createKb(dir.path("full.db"));
    const QByteArray first = kb::exportFile(full->repository());
    auto empty = test::createKb(dir.path("empty.db"), true);
    const auto summary
        = kb::importRecords(empty->repository(), kb::parse(first, QStringLiteral("export.jsonl")), false);
    CHECK(summary.conflicts.isEmpty());
    CHECK(summary.added == first.count('\n') - 1);
    const QByteArray second = kb::exportFile(empty->repository());
    CHECK(first == second);
    // Importing the same file again changes nothing.
    const auto again = kb::importRecords(empty->repository(), kb::parse(first, QStringLiteral("export.jsonl")), false);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == summary.added);
}

TEST_CASE("an import never overwrites a user's edit silently", "[kb]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"));
    auto &repo = base->repository();
    auto item = repo.item(QStringLiteral("cc18-3"));
    item.fields.insert(QStringLiteral("summary_en"), QStringLiteral("My own summary."));
    repo.updateItem(item);
    core::Item mine;
    mine.type = core::ItemType::Note;
    mine.id = QStringLiteral("note-mine");
    mine.fields = { { "title", "Mine" } };
    repo.createItem(mine);

    const auto summary = kb::refreshBundled(repo);
    CHECK(summary.conflicts.contains(QStringLiteral("cc18-3")));
    CHECK(summary.added == 0);
    CHECK(repo.item(QStringLiteral("cc18-3")).text(QStringLiteral("summary_en")) == QStringLiteral("My own summary."));
    CHECK(repo.item(QStringLiteral("note-mine")).text(QStringLiteral("title")) == QStringLiteral("Mine"));

    // A record the user has not touched is updated when the incoming version differs.
    auto records = kb::bundledRecords();
    for (auto &r : records)
        if (r.item.id == QLatin1String("nc18"))
            r.item.fields.insert(QStringLiteral("summary_en"), QStringLiteral("A newer bundled summary."));
    const auto refreshed = kb::importRecords(repo, records, false);
    CHECK(refreshed.updated == 1);
    CHECK(repo.item(QStringLiteral("nc18")).text(QStringLiteral("summary_en"))
        == QStringLiteral("A newer bundled summary."));
    CHECK(repo.item(QStringLiteral("cc18-3")).text(QStringLiteral("summary_en")) == QStringLiteral("My own summary."));
}

TEST_CASE("a plenum-kb merge reports its progress and a cancel leaves nothing written", "[kb]")
{
    test::TempDir dir;
    auto full = test::createKb(dir.path("full.db"));
    const auto records = kb::parse(kb::exportFile(full->repository()), QStringLiteral("export.plenum-kb"));
    REQUIRE(records.size() > 300);
    auto empty = test::createKb(dir.path("empty.db"), true);
    // Told of every 100 records, then of the end; the added IDs are listed.
    QList<std::int64_t> told;
    const auto summary
        = kb::importRecords(empty->repository(), records, true, false, [&](std::int64_t done, std::int64_t total) {
              CHECK(total == records.size());
              told.append(done);
              return true;
          });
    CHECK(told.size() == (records.size() + 99) / 100 + 1);
    CHECK(told.last() == records.size());
    CHECK(summary.addedIds.size() == summary.added);
    CHECK(summary.updatedIds.isEmpty());
    // Cancelled after the first 100: nothing of it is kept.
    try {
        kb::importRecords(
            empty->repository(), records, false, false, [](std::int64_t done, std::int64_t) { return done < 100; });
        FAIL("the cancel was ignored");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::Cancelled);
        CHECK(e.message() == QStringLiteral("The plenum-kb import was cancelled; nothing was changed."));
    }
    const auto counts = empty->repository().counts();
    CHECK(counts.milestones == 0);
    CHECK(counts.concepts == 0);
    CHECK(counts.links == 0);
}

TEST_CASE("a dry run reports without writing", "[kb]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"), true);
    const QByteArray data = kHeader + "{\"type\":\"concept\",\"id\":\"c-1\",\"name_en\":\"One\",\"sources\":[\"x\"]}\n";
    const auto summary = kb::importRecords(base->repository(), kb::parse(data, QStringLiteral("f.jsonl")), true);
    CHECK(summary.added == 1);
    CHECK(base->repository().counts().concepts == 0);
}

TEST_CASE("bad interchange files are refused naming the file, line and field", "[kb]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"), true);
    const QByteArray good = "{\"type\":\"concept\",\"id\":\"c-1\",\"name_en\":\"One\"}\n";
    SECTION("invalid JSON")
    {
        expectRefused(*base, kHeader + good + "{\"type\":\"concept\",\"id\":\n",
            { QStringLiteral("bad.jsonl:3"), QStringLiteral("invalid JSON") });
    }
    SECTION("wrong version")
    {
        expectRefused(*base, "{\"format\":\"plenum-kb\",\"version\":7}\n" + good,
            { QStringLiteral("bad.jsonl:1"), QStringLiteral("version") });
    }
    SECTION("no header")
    {
        expectRefused(*base, good, { QStringLiteral("bad.jsonl:1"), QStringLiteral("header") });
    }
    SECTION("missing required field")
    {
        expectRefused(*base,
            kHeader
                + "{\"type\":\"milestone\",\"id\":\"m1\",\"kind\":\"cc_plenum\",\"name_en\":\"x\",\"name_zh\":\"y\","
                  "\"start_date\":\"2000-01-01\"}\n",
            { QStringLiteral("bad.jsonl:2"), QStringLiteral("\"end_date\""), QStringLiteral("required") });
    }
    SECTION("link to an unknown ID")
    {
        expectRefused(*base,
            kHeader + good
                + "{\"type\":\"concept\",\"id\":\"c-2\",\"name_en\":\"Two\",\"links\":[{\"relation\":\"related\","
                  "\"target\":\"nowhere\"}]}\n",
            { QStringLiteral("bad.jsonl:3"), QStringLiteral("links[0].target"), QStringLiteral("nowhere") });
    }
    SECTION("broken UTF-8")
    {
        expectRefused(*base, kHeader + "{\"type\":\"concept\",\"id\":\"c-1\",\"name_zh\":\"\xE7\xA4\"}\n",
            { QStringLiteral("bad.jsonl:2"), QStringLiteral("UTF-8") });
    }
    SECTION("wrong field type")
    {
        expectRefused(*base, kHeader + "{\"type\":\"concept\",\"id\":\"c-1\",\"name_en\":5}\n",
            { QStringLiteral("\"name_en\""), QStringLiteral("string") });
    }
    SECTION("unknown field")
    {
        expectRefused(*base, kHeader + "{\"type\":\"concept\",\"id\":\"c-1\",\"nmae_en\":\"x\"}\n",
            { QStringLiteral("\"nmae_en\""), QStringLiteral("unknown field") });
    }
    SECTION("the same ID twice")
    {
        expectRefused(*base, kHeader + good + good, { QStringLiteral("more than once") });
    }
    SECTION("an SQL constraint deep in the file rolls back everything before it")
    {
        expectRefused(*base,
            kHeader + good
                + "{\"type\":\"milestone\",\"id\":\"m1\",\"kind\":\"cc_plenum\",\"name_en\":\"x\",\"name_zh\":\"y\","
                  "\"start_date\":\"2000-01-02\",\"end_date\":\"2000-01-01\"}\n",
            { QStringLiteral("m1") });
    }
}

TEST_CASE("a bundled item the user deleted stays deleted when the bundled content is refreshed", "[kb]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"));
    auto &repo = base->repository();
    repo.deleteItem(QStringLiteral("grid-management"));
    const auto summary = kb::refreshBundled(repo);
    CHECK(summary.dismissed.contains(QStringLiteral("grid-management")));
    CHECK_FALSE(repo.findItem(QStringLiteral("grid-management")).has_value());
    // Records that linked to it differ from the bundle now (their link went with it): kept as they are.
    for (const auto &r : kb::bundledRecords())
        if (summary.conflicts.contains(r.item.id))
            CHECK(std::any_of(r.links.begin(), r.links.end(),
                [](const core::Link &l) { return l.targetId == QLatin1String("grid-management"); }));
    // An explicit import of the same record brings it back.
    auto records = kb::bundledRecords();
    records.erase(std::remove_if(records.begin(), records.end(),
                      [](const kb::Record &r) { return r.item.id != QLatin1String("grid-management"); }),
        records.end());
    records.first().links.clear();
    CHECK(kb::importRecords(repo, records, false).added == 1);
}

namespace {

// A note that mentions a concept, and the automatic link between them rejected by the user.
std::int64_t addRejectedLink(core::Repository &repo)
{
    core::Item grid;
    grid.type = core::ItemType::Concept;
    grid.id = QStringLiteral("grid-management");
    grid.fields = { { "name_en", "Grid management" }, { "name_zh", "网格化管理" } };
    repo.createItem(grid);
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = QStringLiteral("note-grid");
    note.fields = { { "title", "Grids" }, { "body", "Not grid management in the policy sense." } };
    repo.createItem(note);
    core::Link link;
    link.sourceId = note.id;
    link.targetId = grid.id;
    link.relation = core::Relation::Mentions;
    link.origin = core::LinkOrigin::Auto;
    link.spanStart = 4;
    link.spanEnd = 19;
    link.matched = QStringLiteral("grid management");
    const std::int64_t row = repo.addLink(link);
    repo.rejectLink(row);
    return row;
}

QList<core::Link> rejectedFrom(core::Repository &repo, const QString &id)
{
    QList<core::Link> out;
    for (const core::Link &l : repo.outgoingLinks(id))
        if (l.rejected)
            out.append(l);
    return out;
}

} // namespace

TEST_CASE("export-kb keeps rejected automatic links, and an import brings the rejection back", "[kb][links]")
{
    test::TempDir dir;
    auto source = test::createKb(dir.path("source.db"), true);
    addRejectedLink(source->repository());
    const QByteArray file = kb::exportFile(source->repository());
    CHECK(file.contains("{\"relation\":\"mentions\",\"target\":\"grid-management\",\"rejected\":true,"
                        "\"matched\":\"grid management\",\"span\":[4,19]}"));

    auto copy = test::createKb(dir.path("copy.db"), true);
    kb::importRecords(copy->repository(), kb::parse(file, QStringLiteral("export.plenum-kb")), false);
    const auto rejected = rejectedFrom(copy->repository(), QStringLiteral("note-grid"));
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().origin == core::LinkOrigin::Auto);
    CHECK(rejected.first().matched == QStringLiteral("grid management"));
    CHECK(rejected.first().spanStart == 4);
    CHECK(rejected.first().spanEnd == 19);
    CHECK(kb::exportFile(copy->repository()) == file); // the round trip is exact

    // Again: nothing changes and the rejection is not doubled.
    const auto again
        = kb::importRecords(copy->repository(), kb::parse(file, QStringLiteral("export.plenum-kb")), false);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(rejectedFrom(copy->repository(), QStringLiteral("note-grid")).size() == 1);
}

TEST_CASE(
    "an imported rejection marks the matching automatic link rejected instead of adding a second one", "[kb][links]")
{
    test::TempDir dir;
    auto source = test::createKb(dir.path("source.db"), true);
    const std::int64_t sourceRow = addRejectedLink(source->repository());
    source->repository().unrejectLink(sourceRow);
    const QByteArray before = kb::exportFile(source->repository()); // an accepted auto link is not exported
    CHECK_FALSE(before.contains("\"links\""));
    auto other = test::createKb(dir.path("other.db"), true);
    auto &repo = other->repository();
    kb::importRecords(repo, kb::parse(before, QStringLiteral("first.plenum-kb")), false);
    core::Link link; // what the linker adds in the other knowledge base
    link.sourceId = QStringLiteral("note-grid");
    link.targetId = QStringLiteral("grid-management");
    link.relation = core::Relation::Mentions;
    link.origin = core::LinkOrigin::Auto;
    link.spanStart = 4;
    link.spanEnd = 19;
    link.matched = QStringLiteral("grid management");
    const std::int64_t row = repo.addLink(link);
    // Then the user rejects the link in the first knowledge base and sends the file again.
    source->repository().rejectLink(sourceRow);
    const auto summary = kb::importRecords(
        repo, kb::parse(kb::exportFile(source->repository()), QStringLiteral("second.plenum-kb")), false);
    CHECK(summary.updated == 1);
    const auto links = repo.outgoingLinks(QStringLiteral("note-grid"));
    REQUIRE(links.size() == 1);
    CHECK(links.first().rowId == row);
    CHECK(links.first().rejected);
}

TEST_CASE("a rejected link with a malformed span or flag is refused naming the field", "[kb][links]")
{
    test::TempDir dir;
    auto base = test::createKb(dir.path("kb.db"), true);
    const QByteArray conceptLine = "{\"type\":\"concept\",\"id\":\"c-a\",\"name_en\":\"A\"}\n";
    expectRefused(*base,
        kHeader + conceptLine
            + "{\"type\":\"note\",\"id\":\"n-a\",\"title\":\"t\",\"body\":\"A\",\"links\":[{\"relation\":\"mentions\","
              "\"target\":\"c-a\",\"rejected\":\"yes\"}]}\n",
        { QStringLiteral("bad.jsonl:3"), QStringLiteral("links[0].rejected"),
            QStringLiteral("expected true or false") });
    expectRefused(*base,
        kHeader + conceptLine
            + "{\"type\":\"note\",\"id\":\"n-a\",\"title\":\"t\",\"body\":\"A\",\"links\":[{\"relation\":\"mentions\","
              "\"target\":\"c-a\",\"rejected\":true,\"span\":[5,2]}]}\n",
        { QStringLiteral("links[0].span"), QStringLiteral("start <= end") });
}
