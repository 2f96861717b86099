#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace plenum;

TEST_CASE("plenum-cli --version prints the version, as package checks and bug reports ask for it", "[cli]")
{
    QString out, err;
    REQUIRE(test::runCli({ "--version" }, out, err) == 0);
    CHECK(out == QStringLiteral("plenum-cli %1\n").arg(QStringLiteral(PLENUM_TEST_VERSION)));
    CHECK(err.isEmpty());
}

TEST_CASE("init then milestones --json lists the 79 milestones since 1977 with dates", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "init" }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("Created")));
    REQUIRE(test::runCli({ "--db", db, "--json", "milestones" }, out, err) == 0);
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    REQUIRE(rows.size() == 79);
    QJsonObject cc183;
    for (const QJsonValue &row : rows)
        if (row.toObject().value("id").toString() == QLatin1String("cc18-3"))
            cc183 = row.toObject();
    CHECK(rows.at(0).toObject().value("id").toString() == QStringLiteral("nc11"));
    CHECK(cc183.value("id").toString() == QStringLiteral("cc18-3"));
    CHECK(cc183.value("kind").toString() == QStringLiteral("cc_plenum"));
    CHECK(cc183.value("term").toInt() == 18);
    CHECK(cc183.value("session").toInt() == 3);
    CHECK(cc183.value("start_date").toString() == QStringLiteral("2013-11-09"));
    CHECK(cc183.value("end_date").toString() == QStringLiteral("2013-11-12"));
    CHECK(cc183.value("name_zh").toString().contains(QStringLiteral("第十八届中央委员会第三次全体会议")));
    const QStringList keys = cc183.keys();
    CHECK(keys
        == QStringList {
            "end_date", "id", "kind", "name_en", "name_zh", "session", "start_date", "term", "verification" });
}

TEST_CASE("milestones --json flags the dates no two sources confirm and leaves unknown dates null", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "init" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "--json", "milestones" }, out, err) == 0);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &row : QJsonDocument::fromJson(out.toUtf8()).array())
        byId.insert(row.toObject().value("id").toString(), row.toObject());
    QStringList doubtful;
    for (const QJsonObject &m : byId) {
        const QString status = m.value("verification").toObject().value("status").toString();
        if (status == QLatin1String("unverified"))
            doubtful.append(m.value("id").toString());
    }
    doubtful.sort();
    CHECK(doubtful == QStringList { "cc11-7", "cc13-9", "cc14-7" });
    CHECK(byId.value("cc11-3").value("start_date").toString() == QStringLiteral("1978-12-18"));
    CHECK(
        byId.value("cc11-3").value("verification").toObject().value("status").toString() == QStringLiteral("verified"));
    CHECK(byId.value("cc11-7").value("start_date").toString() == QStringLiteral("1982-08-06"));
    CHECK(byId.value("cc14-7").value("start_date").isNull());
    CHECK(byId.value("cc14-7").value("end_date").isNull());
    CHECK(byId.value("cc11-1").value("verification").toObject().value("status").toString()
        == QStringLiteral("partly_inconsistent"));

    REQUIRE(test::runCli({ "--db", db, "milestones" }, out, err) == 0);
    const QString line7 = out.split(QLatin1Char('\n')).filter(QStringLiteral("cc11-7 ")).value(0);
    CHECK(line7.contains(QStringLiteral("1982-08-06 [unverified]")));
    CHECK(out.split(QLatin1Char('\n'))
              .filter(QStringLiteral("cc14-7 "))
              .value(0)
              .contains(QStringLiteral("dates unknown [unverified]")));
    REQUIRE(test::runCli({ "--db", db, "show", "十三届九中全会" }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("verification.status: unverified")));
}

TEST_CASE("stats --json counts every type by its plural name", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "init", "--empty" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "stats", "--json" }, out, err) == 0);
    const QJsonObject counts = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(counts.keys()
        == QStringList { "concepts", "documents", "links", "milestones", "notes", "references", "statements" });
    CHECK(counts.value("milestones").toInt() == 0);
}

TEST_CASE("show prints an item with its links and backlinks", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "init" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "show", "十八届三中全会" }, out, err) == 0);
    CHECK(out.startsWith(QStringLiteral("cc18-3 [milestone]")));
    CHECK(out.contains(QStringLiteral("2013-11-09")));
    REQUIRE(test::runCli({ "--db", db, "--json", "show", "cc18-3" }, out, err) == 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(o.value("id").toString() == QStringLiteral("cc18-3"));
    CHECK(o.value("type").toString() == QStringLiteral("milestone"));
    CHECK(o.value("backlinks").isArray());
}

TEST_CASE("usage errors exit 1 and data errors exit 2, with the message on stderr", "[cli]")
{
    test::TempDir dir;
    QString out, err;
    CHECK(test::runCli({ "frobnicate" }, out, err) == 1);
    CHECK(err.contains(QStringLiteral("unknown command")));
    CHECK(test::runCli({ "--db" }, out, err) == 1);
    CHECK(test::runCli({ "--db", dir.path("k.db"), "show" }, out, err) == 1);
    CHECK(err.contains(QStringLiteral("missing item ID")));
    CHECK(test::runCli({ "--db", dir.path("absent.db"), "stats" }, out, err) == 2);
    CHECK(err.contains(dir.path("absent.db")));
    CHECK_FALSE(QFileInfo::exists(dir.path("absent.db")));
    REQUIRE(test::runCli({ "--db", dir.path("k.db"), "init", "--empty" }, out, err) == 0);
    CHECK(test::runCli({ "--db", dir.path("k.db"), "show", "nothing-here" }, out, err) == 2);
    CHECK(err.contains(QStringLiteral("nothing-here")));
}

TEST_CASE("export-kb and import-kb round-trip through files", "[cli]")
{
    test::TempDir dir;
    QString out, err;
    REQUIRE(test::runCli({ "--db", dir.path("a.db"), "init" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", dir.path("a.db"), "export-kb", dir.path("a.jsonl") }, out, err) == 0);
    CHECK(test::runCli({ "--db", dir.path("a.db"), "export-kb", dir.path("a.jsonl") }, out, err) == 2);
    CHECK(err.contains(QStringLiteral("--force")));
    REQUIRE(test::runCli({ "--db", dir.path("b.db"), "init", "--empty" }, out, err) == 0);
    REQUIRE(
        test::runCli({ "--db", dir.path("b.db"), "--json", "import-kb", "--dry-run", dir.path("a.jsonl") }, out, err)
        == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("dry_run").toBool());
    REQUIRE(test::runCli({ "--db", dir.path("b.db"), "import-kb", dir.path("a.jsonl") }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", dir.path("b.db"), "export-kb", dir.path("b.jsonl") }, out, err) == 0);
    CHECK(test::fileHash(dir.path("a.jsonl")) == test::fileHash(dir.path("b.jsonl")));
}

TEST_CASE("searching an empty knowledge base finds nothing without an error", "[cli][search]")
{
    test::TempDir dir;
    QString out, err;
    REQUIRE(test::runCli({ "--db", dir.path("e.db"), "init", "--empty" }, out, err) == 0);
    CHECK(test::runCli({ "--db", dir.path("e.db"), "--json", "search", "governance" }, out, err) == 0);
    CHECK_FALSE(err.contains(QStringLiteral("plenum-cli:"))); // only the index-building progress line
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("total").toInt() == 0);
}

TEST_CASE("tag and collections edit and list through plenum-cli", "[cli][tags]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db);
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "--json", "tag", "cc18-3", "reform", "governance" }, out, err) == 0);
    auto doc = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(doc.value("tags").toArray() == QJsonArray { "governance", "reform" });
    REQUIRE(test::runCli({ "--db", db, "--json", "tag", "cc18-3", "--remove", "reform" }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("tags").toArray() == QJsonArray { "governance" });
    REQUIRE(test::runCli({ "--db", db, "--json", "tag", "--list" }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().first().toObject().value("items").toInt() == 1);
    CHECK(test::runCli({ "--db", db, "tag", "cc18-3", "a,b" }, out, err) == 2);
    CHECK(err.contains("holds a comma"));
    CHECK(test::runCli({ "--db", db, "tag", "no-such-item", "x" }, out, err) == 2);

    REQUIRE(test::runCli({ "--db", db, "collections", "create", "Reading list" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "--json", "collections", "add", "Reading list", "cc18-3", "cc18-4" }, out, err)
        == 0);
    doc = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(doc.value("items").toArray().size() == 2);
    CHECK(doc.value("items").toArray().first().toObject().value("id") == QStringLiteral("cc18-3"));
    // One unknown item: nothing is added.
    CHECK(test::runCli({ "--db", db, "collections", "remove", "Reading list", "cc18-4", "nope" }, out, err) == 2);
    CHECK(err.contains("nope"));
    REQUIRE(test::runCli({ "--db", db, "--json", "collections" }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().first().toObject().value("items").toInt() == 2);
    CHECK(test::runCli({ "--db", db, "collections", "show", "Elsewhere" }, out, err) == 2);
    CHECK(err.contains("No collection called \"Elsewhere\""));
    REQUIRE(test::runCli({ "--db", db, "collections", "delete", "Reading list" }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "--json", "collections" }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).array().isEmpty());
}
