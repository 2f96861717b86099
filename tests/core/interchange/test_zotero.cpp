#include "testsupport.h"

#include "interchange/zoterolibrary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

using namespace plenum;

namespace {

// A zotero.sqlite built from Zotero's own schema (tests/data/zotero/schema.sql says where it comes
// from) and a small library, with SQLite only.
void buildLibrary(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    for (const char *file : { "schema.sql", "library.sql" }) {
        const QByteArray sql = test::readFile(QStringLiteral(PLENUM_TEST_DATA "/zotero/") + QLatin1String(file));
        char *error = nullptr;
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        REQUIRE(rc == SQLITE_OK);
    }
    sqlite3_close(db);
}

const core::zotero::Item &byKey(const core::zotero::Library &library, const QString &key)
{
    for (const auto &item : library.items)
        if (item.key == key)
            return item;
    FAIL("no item " << key.toStdString());
    return library.items.first();
}

QJsonObject name(const char *family, const char *given)
{
    return { { "family", QString::fromUtf8(family) }, { "given", QString::fromUtf8(given) } };
}

void checkLibrary(const core::zotero::Library &library, const QString &folder)
{
    // Six regular items: one is in the trash, one has no title (skipped, with its reason).
    CHECK(library.items.size() == 5);
    REQUIRE(library.skipped.size() == 1);
    CHECK(library.skipped.first().line == 6);
    CHECK(library.skipped.first().reason == "item NOT00006 has no title");

    const QJsonObject article = byKey(library, "ART00001").entry.fields;
    CHECK(article.value("type") == "article-journal");
    CHECK(article.value("title") == "网格化管理与基层社会治理创新");
    CHECK(article.value("author").toArray()
        == QJsonArray { name("张", "明远"), name("欧阳", "丽华"), name("Smith", "John") });
    CHECK(
        article.value("issued").toObject() == QJsonObject { { "date-parts", QJsonArray { QJsonArray { 2019, 5 } } } });
    CHECK(article.value("accessed").toObject()
        == QJsonObject { { "date-parts", QJsonArray { QJsonArray { 2024, 3, 1 } } } });
    CHECK(article.value("container-title") == "中国行政管理");
    CHECK(article.value("volume") == "35");
    CHECK(article.value("issue") == "5");
    CHECK(article.value("page") == "12-18");
    CHECK(article.value("DOI") == "10.1000/grid.2019");
    CHECK(article.value("ISSN") == "1006-0863");
    CHECK(article.value("language") == "zh");
    CHECK(article.value("note") == "CNKI: ZXGL201905002\nrights: CC BY");
    const auto &articleItem = byKey(library, "ART00001");
    CHECK(articleItem.tags == QStringList { "to read", "网格化", "Governance/Grid management" });
    CHECK(articleItem.attachments
        == QStringList { QDir(folder).filePath("storage/PDF00008/网格化管理.pdf"), "https://www.gov.cn/zhengce/" });

    const QJsonObject thesis = byKey(library, "THE00002").entry.fields;
    CHECK(thesis.value("type") == "thesis");
    CHECK(thesis.value("genre") == "硕士");
    CHECK(thesis.value("publisher") == "华东师范大学");
    CHECK(thesis.value("author").toArray() == QJsonArray { name("王", "晓东") });

    const QJsonObject report = byKey(library, "REP00003").entry.fields;
    CHECK(report.value("author").toArray() == QJsonArray { QJsonObject { { "literal", "国务院" } } });
    CHECK(report.value("number") == "国发〔2021〕16号");
    CHECK(report.value("publisher") == "国务院办公厅");
    CHECK(byKey(library, "REP00003").tags == QStringList { "Governance" });

    const QJsonObject chapter = byKey(library, "CHA00004").entry.fields;
    CHECK(chapter.value("type") == "chapter");
    CHECK(chapter.value("container-title") == "Governing China's Cities");
    CHECK(chapter.value("editor").toArray() == QJsonArray { name("Li", "Hong") });
    CHECK(chapter.value("container-author").toArray() == QJsonArray { name("Minzner", "Carl") });
    CHECK(chapter.value("publisher-place") == "Oxford");

    REQUIRE(library.notes.size() == 2);
    CHECK(library.notes.at(0).parentKey == "ART00001");
    CHECK(library.notes.at(0).title == "Key point: grids & cadres.");
    CHECK(library.notes.at(0).text == "Key point: grids & cadres.\n\nSecond paragraph.");
    CHECK(library.notes.at(1).parentKey.isEmpty());
    CHECK(library.notes.at(1).title == "A standalone note about 基层治理.");
}

} // namespace

TEST_CASE(
    "A Zotero library is read without Zotero: items, creators, collections as tags, notes, attachments", "[zotero]")
{
    test::TempDir dir;
    const QString path = dir.path("zotero.sqlite");
    buildLibrary(path);
    const QByteArray before = test::fileHash(path);
    const auto library = core::zotero::readLibrary(path);
    CHECK(!library.copied);
    checkLibrary(library, dir.path(""));
    CHECK(test::fileHash(path) == before); // read-only: not a byte changed
}

TEST_CASE("A Zotero library that Zotero holds locked is read from a snapshot", "[zotero]")
{
    test::TempDir dir;
    const QString path = dir.path("zotero.sqlite");
    buildLibrary(path);
    const QByteArray before = test::fileHash(path);
    // Zotero keeps its database open with an exclusive lock while it runs.
    sqlite3 *zotero = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &zotero) == SQLITE_OK);
    REQUIRE(sqlite3_exec(zotero, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr)
        == SQLITE_OK);
    const auto library = core::zotero::readLibrary(path);
    sqlite3_exec(zotero, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(zotero);
    CHECK(library.copied);
    checkLibrary(library, dir.path(""));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A file that is not a Zotero library is refused by name and left as it was", "[zotero]")
{
    test::TempDir dir;
    const QString path = dir.path("other.sqlite");
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray before = test::fileHash(path);
    const core::Error e = test::failure([&] { (void)core::zotero::readLibrary(path); });
    CHECK(e.code() == core::ErrorCode::InvalidData);
    CHECK(e.message()
        == QDir::toNativeSeparators(path)
            + " is not a Zotero library (it has no items, itemData and itemTypes tables).");
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("plenum-cli import zotero.sqlite adds references, notes about them and tags, and lists what it skipped",
    "[zotero][cli]")
{
    test::TempDir dir;
    const QString library = dir.path("zotero.sqlite");
    buildLibrary(library);
    const QString db = dir.path("kb.db");
    test::createKb(db, true);
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "--json", "import", "--dry-run", library }, out, err) == 0);
    const QJsonObject dry = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(dry.value("format") == "zotero");
    CHECK(dry.value("added").toArray().size() == 5);
    CHECK(test::runCli({ "--db", db, "--json", "stats" }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("references").toInt() == 0); // dry run

    REQUIRE(test::runCli({ "--db", db, "import", library }, out, err) == 0);
    CHECK(out.contains("Added 5 references, 2 notes, 5 tags from the Zotero library"));
    CHECK(out.contains("skipped " + library + ":6: item NOT00006 has no title"));
    REQUIRE(test::runCli({ "--db", db, "--json", "import", "--dry-run", library }, out, err) == 0);
    const QJsonObject again = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonArray notes = again.value("notes").toArray();
    REQUIRE(notes.size() == 2);
    CHECK(!notes.at(0).toObject().value("about").toString().isEmpty()); // the child note is about its item
    CHECK(notes.at(1).toObject().value("about").toString().isEmpty()); // the standalone one about nothing
}

TEST_CASE(
    "Zotero's CSL-JSON and Better BibTeX exports of a library import with their Chinese names and types", "[zotero]")
{
    for (const auto &[format, file] : { std::pair { core::bib::Format::CslJson, "library-export.json" },
             std::pair { core::bib::Format::BibTeX, "library-export.bib" } }) {
        INFO(file);
        const auto parsed = core::bib::parse(
            format, test::readFile(QStringLiteral(PLENUM_TEST_DATA "/zotero/") + QLatin1String(file)), file);
        CHECK(parsed.skipped.isEmpty());
        REQUIRE(parsed.entries.size() == 4);
        const QJsonObject article = parsed.entries.at(0).fields, thesis = parsed.entries.at(1).fields,
                          report = parsed.entries.at(2).fields, chapter = parsed.entries.at(3).fields;
        CHECK(article.value("citation-key") == "zhang2019grid");
        CHECK(article.value("author").toArray().at(1).toObject() == name("欧阳", "丽华"));
        CHECK(article.value("container-title") == "中国行政管理");
        CHECK(thesis.value("type") == "thesis");
        CHECK(thesis.value("genre") == "硕士");
        CHECK(thesis.value("publisher") == "华东师范大学");
        CHECK(report.value("author").toArray() == QJsonArray { QJsonObject { { "literal", "国务院" } } });
        CHECK(chapter.value("type") == "chapter");
        CHECK(chapter.value("container-author").toArray() == QJsonArray { name("Minzner", "Carl") });
    }
}
