// The preview of a bibliography import: a dry run lists every record with what it would become,
// the duplicates found (proved and possible), the fields not understood and the records skipped,
// and writes nothing; the import then does what the preview said.
#include "testsupport.h"

#include "facade/fileimport.h"
#include "interchange/kbformat.h"
#include "storage/repository.h"

#include <QJsonArray>

using namespace plenum;

namespace {

const char *const kStored = R"(@article{tang2019grid,
  title = {Grid management in urban China},
  author = {Tang, Beibei},
  journal = {The China Quarterly},
  year = {2019}
})";

const char *const kIncoming = R"(@article{tang2019grid,
  title = {Grid management in urban China},
  author = {Tang, Beibei},
  year = {2019},
  volume = {240}
}

@article{tangGrid,
  title = {Grid Management in Urban China},
  author = {Tang, B.},
  year = {2019}
}

@book{pan2020,
  title = {社区治理},
  author = {潘, 小明},
  year = {2020},
  cnki_id = {ABC123}
}

@article{broken,
  title = {Unclosed
)";

QJsonObject entryAt(const QJsonArray &entries, int line)
{
    for (const QJsonValue &v : entries)
        if (v.toObject().value("line").toInt() == line)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("A dry run of a bibliography import previews every record and writes nothing", "[import][preview]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    test::writeFile(dir.path("stored.bib"), kStored);
    (void)core::importFile(repo, dir.path("stored.bib"), {}, false);
    test::writeFile(dir.path("incoming.bib"), kIncoming);
    const qint64 references = repo.counts().references;
    const QByteArray before = core::kb::exportFile(repo);

    const core::FileImport preview = core::importFile(repo, dir.path("incoming.bib"), {}, true);
    const QJsonObject &json = preview.json;
    CHECK(json.value("dry_run").toBool());
    CHECK(repo.counts().references == references);
    CHECK(core::kb::exportFile(repo) == before);

    const QJsonArray entries = json.value("entries").toArray();
    REQUIRE(entries.size() == 3);
    // The same key: a duplicate merged into the stored reference.
    const QJsonObject same = entryAt(entries, 1);
    CHECK(same.value("status").toString() == "duplicate");
    CHECK(same.value("id").toString() == "ref-tang2019grid");
    CHECK(same.value("title").toString() == "Grid management in urban China");
    CHECK(same.value("year").toInt() == 2019);
    // Another key, but the same title, year and first author: new, flagged as a possible duplicate.
    const QJsonObject looksAlike = entryAt(entries, 8);
    CHECK(looksAlike.value("status").toString() == "new");
    CHECK(looksAlike.value("possible_duplicates").toArray() == QJsonArray { "ref-tang2019grid" });
    REQUIRE(json.value("possible_duplicates").toArray().size() == 1);
    CHECK(
        json.value("possible_duplicates").toArray().at(0).toObject().value("reason").toString() == "title_year_author");
    // A field CSL has no variable for is named as not understood (and kept).
    const QJsonObject chinese = entryAt(entries, 14);
    CHECK(chinese.value("title").toString() == QStringLiteral("社区治理"));
    CHECK(chinese.value("not_understood").toArray() == QJsonArray { "cnki_id" });
    CHECK(chinese.value("possible_duplicates").isUndefined());
    // The bad record is skipped with its line, the rest are read.
    REQUIRE(json.value("skipped").toArray().size() == 1);
    CHECK(json.value("skipped").toArray().at(0).toObject().value("line").toInt() == 21);
    CHECK(json.value("read").toInt() == 4);
    CHECK(preview.text.contains("looks like ref-tang2019grid (same title, year and first author)"));

    // The import does what the preview said.
    const core::FileImport done = core::importFile(repo, dir.path("incoming.bib"), {}, false);
    CHECK(done.json.value("added").toArray() == json.value("added").toArray());
    CHECK(done.json.value("entries").toArray() == entries);
    CHECK(repo.counts().references == references + 2);
}
