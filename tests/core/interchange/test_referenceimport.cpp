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
    return core::bib::parseBibtex(text, "test.bib").entries;
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
        "t.json")
                             .entries;
    const auto result = core::importReferences(repo, entries, "t.json", false);
    CHECK(result.added
        == QStringList {
            "ref-lieberthal2004governing", "ref-lieberthal2004governinga", "ref-nond", "ref-muller-2019-x" });
    CHECK(repo.item("ref-lieberthal2004governinga").text("citation-key") == QStringLiteral("lieberthal2004governinga"));
    CHECK(repo.item("ref-nond").text("citation-key") == QStringLiteral("nond"));
    CHECK(repo.item("ref-muller-2019-x").text("citation-key") == QStringLiteral("Müller:2019/x"));
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
    CHECK(result.duplicates[0].filled == QStringList { "collection-title", "note" });
    const auto stored = repo.item("ref-mueller2019");
    CHECK(stored.text("title").startsWith(QStringLiteral("The <span class=\"nocase\">RNA</span> of")));
    CHECK(stored.text("citation-key") == QStringLiteral("mueller2019"));
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

TEST_CASE(
    "Records are merged only when they are the same work: placeholder and shared DOIs prove nothing", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    QByteArray bib;
    for (int i = 0; i < 46; ++i)
        bib += QStringLiteral("@article{p%1, author = {Author%1, A.}, title = {Paper number %1}, year = 2020, "
                              "doi = {10.0000/placeholder}}\n")
                   .arg(i)
                   .toUtf8();
    const auto placeholder = core::importReferences(repo, parseBib(bib), "placeholder.bib", false);
    CHECK(placeholder.added.size() == 46);
    CHECK(placeholder.duplicates.isEmpty());
    CHECK(repo.counts().references == 46);

    // A real-looking DOI two records of one file share is not proof either, even against the store.
    const auto shared = core::importReferences(repo,
        parseBib(
            "@book{s1, title = {One}, doi = {10.1093/shared}}\n@book{s2, title = {Two}, doi = {10.1093/SHARED}}\n"),
        "shared.bib", false);
    CHECK(shared.added == QStringList { "ref-s1", "ref-s2" });
    // A DOI that is unique in its file and names a stored work merges.
    const auto again = core::importReferences(
        repo, parseBib("@book{s3, title = {One again}, doi = {10.1093/shared}}\n"), "again.bib", false);
    REQUIRE(again.duplicates.size() == 1);
    CHECK(again.duplicates[0].existingId == QStringLiteral("ref-s1"));
    CHECK(core::isPlaceholderDoi(QStringLiteral("https://doi.org/10.1234/abc")));
    CHECK(core::isPlaceholderDoi(QStringLiteral("10.5555/12345678")));
    CHECK_FALSE(core::isPlaceholderDoi(QStringLiteral("10.1111/j.1540-6210.2019.x")));
}

TEST_CASE("Generated citation keys are pinyin for Chinese works and words for English ones", "[bib][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    const auto entries = parseBib(QByteArrayLiteral(
        "@article{,\n author = {王小明}, title = {网格化管理与基层治理}, year = 2019}\n"
        "@article{,\n author = {王小明}, title = {网格化管理再论}, year = 2019}\n"
        "@book{,\n author = {{国务院}}, title = {关于加强社会治理的意见}, year = 2013}\n"
        "@book{,\n author = {欧阳修}, title = {论基层协商民主}, year = 2018}\n"
        "@article{,\n author = {Smith, John}, title = {The Governance of Grids in China}, year = 2020}\n"
        "@article{,\n author = {曾庆红}, title = {社区治理研究}, year = 2016}\n"));
    QStringList keys;
    for (const auto &e : entries)
        keys.append(e.fields.value("citation-key").toString());
    REQUIRE(keys.size() == 6); // an empty BibTeX key is read as no key
    const auto result = core::importReferences(repo, entries, "cn.bib", false);
    QStringList stored;
    for (const QString &id : result.added)
        stored.append(repo.item(id).text("citation-key"));
    CHECK(stored
        == QStringList { "wang2019wangge", "wang2019wanggea", "guowuyuan2013jiaqiang", "ouyang2018jiceng",
            "smith2020governance", "zeng2016shequ" });
}
