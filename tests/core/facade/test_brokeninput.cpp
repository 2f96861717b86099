// Every file in tests/data/broken/ (and a 50 MB single line and a huge field, made here) through
// every import path: a clear error that names the file and a knowledge base unchanged byte for
// byte, or a clean (possibly partial) import that leaves the database sound.
#include "facade/fileimport.h"
#include "interchange/bibformats.h"
#include "storage/database.h"
#include "storage/kbfiles.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace plenum;

namespace {

struct Outcome {
    int errors = 0;
    int imported = 0;
    QStringList refused; ///< file names that ended in an error, in order
};

QStringList importArgs(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix();
    if (suffix == QLatin1String("plenum-kb"))
        return { QStringLiteral("import-kb"), file };
    const QString format = suffix == QLatin1String("bib") ? QStringLiteral("bibtex")
        : suffix == QLatin1String("ris")                  ? QStringLiteral("ris")
        : suffix == QLatin1String("json")                 ? QStringLiteral("csljson")
                                                          : QStringLiteral("paper");
    return { QStringLiteral("import"), file, QStringLiteral("--format"), format };
}

// The knowledge base's content, as its plenum-kb export.
QByteArray contentHash(const test::TempDir &dir, const QString &db)
{
    const QString out = dir.path(QStringLiteral("export.plenum-kb"));
    QString o, e;
    REQUIRE(
        test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export-kb"), out, QStringLiteral("--force") }, o, e)
        == 0);
    return test::fileHash(out);
}

void importEach(const QStringList &files, Outcome &outcome)
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("kb.db"));
    test::createKb(db).reset();
    QByteArray before = contentHash(dir, db);
    for (const QString &file : files) {
        INFO("input " << file.toStdString());
        QString out, err;
        const int code = test::runCli(QStringList { QStringLiteral("--db"), db } + importArgs(file), out, err);
        CHECK((code == 0 || code == 2));
        if (code != 0) {
            ++outcome.errors;
            outcome.refused.append(QFileInfo(file).fileName());
            CHECK(err.startsWith(QStringLiteral("plenum-cli: ")));
            CHECK(err.count(QLatin1Char('\n')) == 1);
            CHECK(err.contains(QFileInfo(file).fileName()));
            CHECK(contentHash(dir, db) == before);
        } else {
            ++outcome.imported;
            CHECK(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("check") }, out, err) == 0);
            before = contentHash(dir, db);
        }
    }
}

} // namespace

TEST_CASE("broken files end in a clear error with the knowledge base unchanged, or in a clean import",
    "[reliability][broken][slow]")
{
    const QDir broken(QStringLiteral(PLENUM_TEST_DATA "/broken"));
    QStringList files;
    for (const QString &name : broken.entryList(QDir::Files, QDir::Name))
        if (name != QLatin1String("README.md"))
            files.append(broken.filePath(name));
    REQUIRE(files.size() >= 40);
    Outcome outcome;
    importEach(files, outcome);
    CHECK(outcome.errors > 0);
    CHECK(outcome.imported > 0);
}

TEST_CASE("a 50 MB single line and a 5 MB field are refused or imported cleanly in every format",
    "[reliability][broken][slow]")
{
    test::TempDir dir;
    const QByteArray line(50 * 1024 * 1024, 'a');
    const QByteArray field(5 * 1024 * 1024, 'b');
    QStringList files;
    for (const char *suffix : { "md", "bib", "ris", "json", "plenum-kb" })
        test::writeFile(files.emplace_back(dir.path(QStringLiteral("long-line.") + QLatin1String(suffix))), line);
    test::writeFile(files.emplace_back(dir.path(QStringLiteral("huge-field.bib"))),
        "@article{big, title={" + field + "}, year={2013}}\n");
    test::writeFile(
        files.emplace_back(dir.path(QStringLiteral("huge-field.ris"))), "TY  - JOUR\nTI  - " + field + "\nER  - \n");
    test::writeFile(files.emplace_back(dir.path(QStringLiteral("huge-field.json"))),
        "[{\"id\":\"big\",\"type\":\"article\",\"title\":\"" + field + "\"}]");
    test::writeFile(files.emplace_back(dir.path(QStringLiteral("huge-field.md"))), "# " + field + "\n\nText.\n");
    Outcome outcome;
    importEach(files, outcome);
    // What each one must end in, stated: a 50 MB line is no record in RIS, CSL-JSON, plenum-kb or a
    // paper (in BibTeX, text outside @entries is a comment: an import of nothing); a 5 MB field is a
    // valid record, except as a paper's title.
    CHECK(outcome.refused
        == QStringList { QStringLiteral("long-line.md"), QStringLiteral("long-line.ris"),
            QStringLiteral("long-line.json"), QStringLiteral("long-line.plenum-kb"), QStringLiteral("huge-field.md") });
    CHECK(outcome.imported == 4);
}

TEST_CASE("UTF-16 with a byte order mark, CRLF and lone CR read like UTF-8 with LF", "[reliability][broken]")
{
    const QDir broken(QStringLiteral(PLENUM_TEST_DATA "/broken"));
    const auto read = [&](const char *name) {
        QFile f(broken.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    QFile original(QStringLiteral(PLENUM_TEST_DATA "/bib/hard.bib"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    const auto expected
        = core::bib::parse(core::bib::Format::BibTeX, original.readAll(), QStringLiteral("hard.bib")).entries;
    for (const char *name : { "utf16le-bom.bib", "utf16be-bom.bib", "crlf.bib", "lone-cr.bib" }) {
        INFO(name);
        const auto entries = core::bib::parse(core::bib::Format::BibTeX, read(name), QLatin1String(name)).entries;
        REQUIRE(entries.size() == expected.size());
        for (qsizetype i = 0; i < entries.size(); ++i)
            CHECK(entries[i].fields == expected[i].fields);
    }
}

TEST_CASE("Importing the knowledge base's own files is refused before they are read", "[broken]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("kb.db"));
    auto kb = test::createKb(path);
    const auto before = kb->repository().counts();
    for (const QString &own : { path, path + QStringLiteral("-wal"), core::searchIndexPath(path) }) {
        CAPTURE(own);
        try {
            (void)core::importFile(kb->repository(), own, QStringLiteral("bibtex"), false, {});
            FAIL("the import was not refused");
        } catch (const core::Error &e) {
            CHECK(e.code() == core::ErrorCode::Usage);
            CHECK(e.message().contains(own));
        }
    }
    CHECK(kb->repository().counts().references == before.references);
    // Still this process's locks: another connection sees a sound file.
    core::Database other = core::Database::open(path, core::Database::OpenMode::ReadWrite);
    auto q = other.prepare("PRAGMA integrity_check");
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("ok"));
}
