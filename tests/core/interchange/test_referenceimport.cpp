#include "testsupport.h"

#include "interchange/bibformats.h"
#include "interchange/kbformat.h"
#include "interchange/referenceimporter.h"
#include "storage/repository.h"

#include <QFile>
#include <QJsonArray>

using namespace plenum;
using core::bib::Format;

namespace {

QList<core::bib::Entry> parseBib(const QByteArray &text)
{
    return core::bib::parseBibtex(text, "test.bib");
}

QList<core::bib::Entry> hardBib()
{
    QFile f(QStringLiteral(PLENUM_TEST_DATA "/bib/hard.bib"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return parseBib(f.readAll());
}

} // namespace

TEST_CASE("References get ref- IDs from their keys; missing keys are generated and disambiguated", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    const auto entries = core::bib::parseCslJson(R"([
        {"type": "book", "title": "Governing China", "author": [{"family": "Lieberthal", "given": "K."}], "issued": {"date-parts": [[2004]]}},
        {"type": "book", "title": "Governing China, second look", "author": [{"family": "Lieberthal", "given": "K."}], "issued": {"date-parts": [[2004]]}},
        {"type": "book", "title": "No author, no year"},
        {"id": "Müller:2019/x", "type": "book", "title": "Odd key"}
    ])",
        "t.json");
    const auto result = core::importReferences(repo, entries, "t.json", false);
    CHECK(result.added == QStringList { "ref-lieberthal2004", "ref-lieberthal2004a", "ref-nond", "ref-muller-2019-x" });
    CHECK(repo.item("ref-lieberthal2004a").text("citation_key") == QStringLiteral("lieberthal2004a"));
    CHECK(repo.item("ref-nond").text("citation_key") == QStringLiteral("nond"));
    CHECK(repo.item("ref-muller-2019-x").text("citation_key") == QStringLiteral("Müller:2019/x"));
    CHECK(repo.item("ref-nond").sources == QStringList { "Imported from t.json" });
}

TEST_CASE("Importing the same bibliography twice reports duplicates instead of adding them", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    REQUIRE(core::importReferences(repo, hardBib(), "hard.bib", false).added.size() == 9);
    const auto again = core::importReferences(repo, hardBib(), "hard.bib", false);
    CHECK(again.added.isEmpty());
    REQUIRE(again.duplicates.size() == 9);
    CHECK(again.duplicates[0].existingId == QStringLiteral("ref-mueller2019"));
    CHECK(again.duplicates[0].matchedBy == QStringLiteral("doi"));
    CHECK(again.duplicates[1].matchedBy == QStringLiteral("citation_key"));
    CHECK(again.duplicates[1].line == 25);
    CHECK(repo.counts().references == 9);
}

TEST_CASE("A duplicate by DOI under another key fills only the fields the stored one lacks", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    core::importReferences(repo, hardBib(), "hard.bib", false);
    const auto result = core::importReferences(repo,
        parseBib(R"(@article{other, title = {A different title}, doi = {10.9999/PLENUM.TEST.2019},
        note = {added later}, series = {S1}})"),
        "more.bib", false);
    REQUIRE(result.duplicates.size() == 1);
    CHECK(result.duplicates[0].existingId == QStringLiteral("ref-mueller2019"));
    CHECK(result.duplicates[0].filled == QStringList { "extra.series", "note" });
    const auto stored = repo.item("ref-mueller2019");
    CHECK(stored.text("title") == QStringLiteral("The RNA of Governance: Öffentliche Verwaltung in China"));
    CHECK(stored.text("citation_key") == QStringLiteral("mueller2019"));
    CHECK(stored.text("note") == QStringLiteral("added later"));
}

TEST_CASE("A bibliography import that fails part-way, is cancelled or is a dry run writes nothing", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    const QByteArray before = core::kb::exportFile(repo);

    const auto dry = core::importReferences(repo, hardBib(), "hard.bib", true);
    CHECK(dry.added.size() == 9);
    CHECK(core::kb::exportFile(repo) == before);

    int calls = 0;
    try {
        core::importReferences(repo, hardBib(), "hard.bib", false, [&](int done, int total) {
            ++calls;
            CHECK(total == 9);
            return done < 5;
        });
        FAIL("not cancelled");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::Cancelled);
        CHECK(e.message() == QStringLiteral("The bibliography import was cancelled; nothing was changed."));
    }
    CHECK(calls == 6);
    CHECK(core::kb::exportFile(repo) == before);

    // A record the store refuses (an empty title) in the middle makes the whole import fail.
    auto entries = hardBib();
    entries[3].fields.insert("title", QString());
    try {
        core::importReferences(repo, entries, "hard.bib", false);
        FAIL("no error");
    } catch (const core::Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("hard.bib:43: ")));
        CHECK(e.message().contains(QStringLiteral("title")));
    }
    CHECK(core::kb::exportFile(repo) == before);
}
