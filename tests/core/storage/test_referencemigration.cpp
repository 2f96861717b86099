#include "storage/migrator.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace plenum;
using core::Database;

namespace {

// A version-5 knowledge base holding references as Plenum stored them before CSL.
void insertOldReference(Database &db, const char *id, const char *columns, const char *values)
{
    auto e = db.prepare("INSERT INTO entities (id, type, sources) VALUES (?1, 'reference', '[\"fixture\"]')");
    e.bind(1, QString::fromLatin1(id)).run();
    db.exec(QByteArray("INSERT INTO refs (id, ")
                .append(columns)
                .append(") VALUES ('")
                .append(id)
                .append("', ")
                .append(values)
                .append(")")
                .constData());
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST_CASE("a version 5 knowledge base with old-style references opens, migrates and keeps every value", "[migrator]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path("v5.db"), Database::OpenMode::Create);
    core::migrator::createAtVersion(db, 5);
    insertOldReference(db, "ref-thesis",
        "csl_type, citation_key, title, authors, container, year, volume, issue, pages, doi, url, publisher, note, "
        "extra",
        "'thesis', 'li2019', '城市基层治理研究', '[{\"family\":\"李\",\"given\":\"明\"}]', '', 2019, '', '', "
        "'1-200', '10.5555/abc', 'https://example.org/t', '北京大学', 'checked', "
        "'{\"address\":\"北京\",\"bibtex_type\":\"mastersthesis\",\"month\":\"jun\",\"isbn\":\"978-7-01\","
        "\"editor\":\"Wang, Wei and {State Council}\",\"urldate\":\"2024-03-01\",\"howpublished\":\"print\"}'");
    insertOldReference(db, "ref-council", "csl_type, citation_key, title, authors, year, extra",
        "'legislation', 'gwy2013', '国务院关于加强社会治理的意见', '[{\"family\":\"国\",\"given\":\"务院\"}]', 2013, "
        "'{\"issued\":{\"date-parts\":[[2013,11,12]]},\"genre\":\"意见\",\"unknown-thing\":\"x\"}'");
    insertOldReference(db, "ref-plain", "title", "'Untitled note'");

    const auto outcome = core::migrator::migrate(db);
    CHECK(outcome.fromVersion == 5);
    CHECK(db.pragmaInt("user_version") == 6);
    core::Repository repo(db);

    const QJsonObject thesis = repo.item(QStringLiteral("ref-thesis")).fields;
    INFO(QJsonDocument(thesis).toJson().toStdString());
    CHECK(thesis == json(R"({"type":"thesis","citation-key":"li2019","title":"城市基层治理研究",
        "author":[{"family":"李","given":"明"}],"issued":{"date-parts":[[2019,6]]},"page":"1-200",
        "DOI":"10.5555/abc","URL":"https://example.org/t","publisher":"北京大学","note":"checked",
        "publisher-place":"北京","genre":"Master's thesis","ISBN":"978-7-01","accessed":{"date-parts":[[2024,3,1]]},
        "editor":[{"family":"Wang","given":"Wei"},{"literal":"State Council"}],
        "_plenum":{"extra":{"bibtex_type":"mastersthesis","howpublished":"print"}}})"));

    const QJsonObject council = repo.item(QStringLiteral("ref-council")).fields;
    CHECK(council.value(QStringLiteral("author")).toArray().first().toObject()
        == json(R"({"literal":"国务院"})")); // an institution, no longer family 国, given 务院
    CHECK(council.value(QStringLiteral("issued")).toObject() == json(R"({"date-parts":[[2013,11,12]]})"));
    CHECK(council.value(QStringLiteral("genre")).toString() == QStringLiteral("意见"));
    CHECK(council.value(QStringLiteral("_plenum")).toObject() == json(R"({"extra":{"unknown-thing":"x"}})"));

    CHECK(
        repo.item(QStringLiteral("ref-plain")).fields == json(R"({"type":"article-journal","title":"Untitled note"})"));

    // The columns SQL reads are derived from the CSL item.
    auto q = db.prepare("SELECT title, citation_key, year, doi, csl_type FROM refs WHERE id = 'ref-thesis'");
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("城市基层治理研究"));
    CHECK(q.text(1) == QStringLiteral("li2019"));
    CHECK(q.integer(2) == 2019);
    CHECK(q.text(3) == QStringLiteral("10.5555/abc"));
    CHECK(q.text(4) == QStringLiteral("thesis"));
    // Deleting a migrated reference still removes its entity (the triggers were recreated).
    repo.deleteItem(QStringLiteral("ref-plain"));
    CHECK_FALSE(repo.typeOf(QStringLiteral("ref-plain")));
    auto left = db.prepare("SELECT count(*) FROM refs");
    REQUIRE(left.next());
    CHECK(left.integer(0) == 2);
}

TEST_CASE("a reference that is not a valid CSL item is refused with the variable named, and nothing is stored",
    "[repository]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path("kb.db"), Database::OpenMode::Create);
    core::migrator::migrate(db);
    core::Repository repo(db);
    core::Item item;
    item.type = core::ItemType::Reference;
    item.id = QStringLiteral("ref-bad");
    item.fields = json(R"({"type":"article-journal","title":"T","issued":{"date-parts":"2019"}})");
    const core::Error e = test::failure([&] { repo.createItem(item); });
    CHECK(e.code() == core::ErrorCode::InvalidData);
    CHECK(e.message().contains(QStringLiteral("variable \"issued\"")));
    item.fields = json(R"({"type":"journal","title":"T"})");
    CHECK(test::failure([&] { repo.createItem(item); }).message().contains(QStringLiteral("not a CSL item type")));
    CHECK_FALSE(repo.typeOf(QStringLiteral("ref-bad")));
}
