#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace plenum;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(PLENUM_TEST_DATA "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("import guesses the format, --dry-run writes nothing, --json summarises", "[cli][transfer]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db);
    QString out, err;
    const QByteArray before = test::fileHash(db);
    REQUIRE(test::runCli({ "--db", db, "--json", "import", data("paper/paper-en.md"), "--dry-run" }, out, err) == 0);
    const QJsonObject preview = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(preview.value("dry_run").toBool());
    CHECK(preview.value("document").toObject().value("id").toString() == QStringLiteral("doc-zhou-2021"));
    CHECK(preview.value("sections").toArray().size() == 5);
    CHECK(preview.value("statements").toArray().size() == 4);
    CHECK(preview.value("references").toArray().size() == 9);
    CHECK(preview.value("citation_markers").toInt() == 10);
    CHECK(test::fileHash(db) == before);

    REQUIRE(test::runCli({ "--db", db, "import", data("paper/paper-broken.md"), "--dry-run" }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("Not understood:\n  line 7: heading \"Introduction\" has no number")));

    REQUIRE(test::runCli({ "--db", db, "--json", "import", data("bib/hard.bib") }, out, err) == 0);
    const QJsonObject bib = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(bib.value("format").toString() == QStringLiteral("bibtex"));
    CHECK(bib.value("added").toArray().size() == 9);
    REQUIRE(test::runCli({ "--db", db, "--json", "import", data("bib/hard.bib") }, out, err) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("duplicates").toArray().size() == 9);
}

TEST_CASE(
    "import skips bad bibliography records, reports each with file and line, and imports the rest", "[cli][transfer]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db, true);
    QString out, err;
    const QString file = data("bib/skip.bib");
    REQUIRE(test::runCli({ "--db", db, "import", file }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("Added 2 of 5 references from")));
    CHECK(out.contains(QStringLiteral("Skipped 3 bad records (the rest were read):\n  %1:8: field \"title\" appears "
                                      "twice in entry twice2019; expected it once\n")
                           .arg(file)));
    CHECK(out.contains(QStringLiteral("%1:14: entry notitle2019 has no title").arg(file)));
    test::createKb(dir.path("k2.db"), true);
    REQUIRE(test::runCli({ "--db", dir.path("k2.db"), "--json", "import", file, "--dry-run" }, out, err) == 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(json.value("read").toInt() == 5);
    CHECK(json.value("added").toArray().size() == 2);
    const QJsonArray skipped = json.value("skipped").toArray();
    REQUIRE(skipped.size() == 3);
    CHECK(skipped[2].toObject().value("file").toString() == file);
    CHECK(skipped[2].toObject().value("line").toInt() == 19);
    CHECK(skipped[2].toObject().value("reason").toString().contains(QStringLiteral("\"jpa\" is not defined")));
}

TEST_CASE(
    "show prints a reference's CSL variables; --json keeps the old field names and adds the item", "[cli][transfer]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db, true);
    QString out, err;
    REQUIRE(test::runCli({ "--db", db, "import", data("bib/crossref.bib") }, out, err) == 0);
    REQUIRE(test::runCli({ "--db", db, "show", "ref-wang2020grid" }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("  author: Li Wang\n")));
    CHECK(out.contains(QStringLiteral("  editor: Adam Smith; Ministry of Science and Technology\n")));
    CHECK(out.contains(QStringLiteral("  issued: 2019-05\n")));
    CHECK(out.contains(QStringLiteral("  publisher-place: Cheltenham\n")));
    REQUIRE(test::runCli({ "--db", db, "--json", "show", "ref-wang2020grid" }, out, err) == 0);
    const QJsonObject fields = QJsonDocument::fromJson(out.toUtf8()).object().value("fields").toObject();
    CHECK(fields.value("citation_key").toString() == QStringLiteral("wang2020grid"));
    CHECK(fields.value("year").toInt() == 2019);
    CHECK(fields.value("pages").toString() == QStringLiteral("212-226"));
    CHECK(fields.value("csl").toObject().value("container-title").toString()
        == QStringLiteral("Handbook of Urban Governance: Cities and States"));
}

TEST_CASE("import of a malformed file exits 2 naming file and line, and changes nothing", "[cli][transfer]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db);
    const QByteArray before = test::fileHash(db);
    QString out, err;
    const QString notRis = dir.path("not.ris"); // no record at all: the file is refused
    test::writeFile(notRis, "Just some text\nthat is not RIS.\n");
    CHECK(test::runCli({ "--db", db, "import", notRis }, out, err) == 2);
    CHECK(err.contains(QStringLiteral("not.ris:1: text that is not RIS; no RIS record was found.")));
    // A bad record among good ones is skipped and listed with file:line; the dry run writes nothing.
    CHECK(test::runCli({ "--db", db, "import", "--dry-run", data("bib/broken.ris") }, out, err) == 0);
    CHECK(out.contains(data("bib/broken.ris") + ":6: this record has no \"ER\" line before the next record (line 9)"));
    CHECK(test::runCli({ "--db", db, "import", data("paper/paper-empty.md") }, out, err) == 2);
    CHECK(test::runCli({ "--db", db, "import", dir.path("notes.xyz") }, out, err) == 1);
    CHECK(err.contains(QStringLiteral("add --format")));
    CHECK(test::fileHash(db) == before);
}

TEST_CASE("export writes notes, references and dossiers, and never overwrites without --force", "[cli][transfer]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db);
    QString out, err;
    const QString md = dir.path("notes.md");
    REQUIRE(
        test::runCli({ "--db", db, "--json", "export", "--notes", "note-5", "--format", "md", "--out", md }, out, err)
        == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value("references").toInt() == 9);
    const QString text = QString::fromUtf8(readAll(md));
    CHECK(text.contains(QStringLiteral("## References")));
    CHECK(text.contains(QStringLiteral("\\[1\\] FLYNN M L. Science, Innovation, and Social Work: Clash or "
                                       "Convergence?\\[J/OL\\]. Research on Social Work Practice, 2017, 27(2): "
                                       "123-128. <https://eric.ed.gov/?id=EJ1130733>.")));

    const QByteArray first = readAll(md);
    CHECK(test::runCli({ "--db", db, "export", "--notes", "--format", "html", "--out", md }, out, err) == 2);
    CHECK(err.contains(QStringLiteral("already exists; add --force")));
    CHECK(readAll(md) == first);
    REQUIRE(test::runCli({ "--db", db, "export", "--notes", "note-2,note-5", "--format", "md", "--style", "apa",
                             "--out", md, "--force" },
                out, err)
        == 0);
    CHECK(QString::fromUtf8(readAll(md)).contains(QStringLiteral("Demircioglu, M. A. (2017).")));

    const QString pandoc = dir.path("p.md");
    REQUIRE(test::runCli(
                { "--db", db, "export", "--notes", "note-5", "--format", "md", "--pandoc", "--out", pandoc }, out, err)
        == 0);
    CHECK(QString::fromUtf8(readAll(pandoc)).contains(QStringLiteral("[@kloti2017b]")));
    CHECK(QString::fromUtf8(readAll(dir.path("p.bib"))).contains(QStringLiteral("@unpublished{kloti2017b,")));

    const QString ris = dir.path("refs.ris");
    REQUIRE(test::runCli({ "--db", db, "export", "--refs", "--format", "ris", "--out", ris }, out, err) == 0);
    CHECK(readAll(ris).count("ER  - ") == 9);

    const QString dossier = dir.path("d.html");
    REQUIRE(test::runCli(
                { "--db", db, "export", "--dossier", "十八届三中全会", "--format", "html", "--out", dossier }, out, err)
        == 0);
    CHECK(QString::fromUtf8(readAll(dossier)).contains(QStringLiteral("<h1>Third Plenary Session")));

    CHECK(test::runCli({ "--db", db, "export", "--notes", "--format", "pdf", "--out", dir.path("n.pdf") }, out, err)
        == 1);
    CHECK(err.contains(QStringLiteral("cannot write pdf")));
    CHECK(test::runCli({ "--db", db, "export", "--refs", "--format", "md", "--out", dir.path("x.md") }, out, err) == 1);
    CHECK(test::runCli(
              { "--db", db, "export", "--notes", "--refs", "--format", "md", "--out", dir.path("x.md") }, out, err)
        == 1);
}

TEST_CASE("plenum-cli styles lists the four required styles with title and path; cite formats a citation", "[cli][csl]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db);
    QString out, err;
    REQUIRE(test::runCli({ "--json", "styles" }, out, err) == 0);
    const QJsonObject listing = QJsonDocument::fromJson(out.toUtf8()).object();
    QStringList ids;
    for (const QJsonValue &s : listing.value("styles").toArray()) {
        ids.append(s.toObject().value("id").toString());
        if (ids.last() == "apa") {
            CHECK(s.toObject().value("title").toString() == "American Psychological Association 7th edition");
            CHECK(QFileInfo(s.toObject().value("path").toString()).isFile());
        }
    }
    for (const char *required : { "china-national-standard-gb-t-7714-2015-numeric",
             "china-national-standard-gb-t-7714-2015-author-date", "apa", "chicago-author-date" })
        CHECK(ids.contains(QString::fromLatin1(required)));
    CHECK(listing.value("default").toString() == "china-national-standard-gb-t-7714-2015-numeric");

    REQUIRE(
        test::runCli({ "--db", db, "--json", "cite", "flynn2017", "--style", "apa", "--locator", "p. 124" }, out, err)
        == 0);
    const QJsonObject cited = QJsonDocument::fromJson(out.toUtf8()).object();
    INFO(out.toStdString());
    CHECK(cited.value("citation").toString() == "(Flynn, 2017, p. 124)");
    CHECK(cited.value("bibliography")
              .toArray()
              .first()
              .toObject()
              .value("text")
              .toString()
              .startsWith("Flynn, M. L. (2017). Science, Innovation, and Social Work: Clash or Convergence? Research "
                          "on Social Work "
                          "Practice, 27(2), 123–128."));
    REQUIRE(test::runCli({ "--db", db, "cite", "flynn2017" }, out, err) == 0);
    CHECK(out.startsWith("[1]\n\n[1] FLYNN M L. Science, Innovation, and Social Work: Clash or Convergence?[J/OL]. "
                         "Research on Social Work Practice, 2017, 27(2): 123-128."));

    const QByteArray before = test::fileHash(db);
    CHECK(test::runCli({ "--db", db, "cite", "nobody1999" }, out, err) == 2);
    CHECK(err.contains("The citation cites @nobody1999, but no reference has that citation key."));
    CHECK(test::runCli({ "--db", db, "cite", "flynn2017", "--style", "no-such-style" }, out, err) == 2);
    CHECK(err.contains("No CSL style named \"no-such-style\" is installed"));
    CHECK(test::fileHash(db) == before);
}

TEST_CASE("plenum-cli exports notes to DOCX in a chosen style; the old name apa keeps working", "[cli][csl][docx]")
{
    test::TempDir dir;
    const QString db = dir.path("k.db");
    test::createKb(db);
    QString out, err;
    const QString docx = dir.path("notes.docx");
    REQUIRE(test::runCli({ "--db", db, "--json", "export", "--notes", "note-5", "--format", "docx", "--style",
                             "chicago-author-date", "--out", docx },
                out, err)
        == 0);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(summary.value("style").toString() == "chicago-author-date");
    CHECK(summary.value("style_id").toString() == "chicago-author-date");
    CHECK(readAll(docx).startsWith("PK"));
    const QString none = dir.path("none.docx");
    CHECK(test::runCli({ "--db", db, "export", "--notes", "note-5", "--format", "docx", "--style", "nowhere.csl",
                           "--out", none },
              out, err)
        == 2);
    CHECK(err.contains("No readable CSL style file at nowhere.csl."));
    CHECK_FALSE(QFileInfo::exists(none));
}
