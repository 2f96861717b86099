// Security checks (docs/reliability.md): no SQL built from input anywhere in core/, exports that
// stay in the chosen folder, HTML exports that keep hostile strings inert.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace plenum;

namespace {

// The SQL argument of a call starting at OPEN (just after its '('): up to the comma or ')' at depth 0.
QString argumentAt(const QString &source, qsizetype open, int index)
{
    int depth = 0;
    bool inString = false;
    QString current;
    int arg = 0;
    for (qsizetype i = open; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (inString) {
            current += c;
            if (c == QLatin1Char('\\') && i + 1 < source.size())
                current += source.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        if (c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (depth == 0)
                return arg == index ? current.trimmed() : QString();
            --depth;
        }
        if (c == QLatin1Char(',') && depth == 0) {
            if (arg == index)
                return current.trimmed();
            ++arg;
            current.clear();
            continue;
        }
        current += c;
    }
    return current.trimmed();
}

// String literals only (adjacent ones, or a ?: between two), or a k-named constant.
bool isConstantSql(const QString &arg)
{
    // Literal pieces may be joined by macros holding literals (PLENUM_LINK_COLUMNS).
    static const QRegularExpression literals(QStringLiteral(R"(^(("([^"\\]|\\.)*"|PLENUM_[A-Z_]+)\s*)+$)"));
    static const QRegularExpression choice(
        QStringLiteral(R"(^[\w.>!-]+\s*\?\s*"([^"\\]|\\.)*"\s*:\s*"([^"\\]|\\.)*"$)"));
    static const QRegularExpression constant(QStringLiteral(R"(^k[A-Z]\w*$)"));
    return literals.match(arg).hasMatch() || choice.match(arg).hasMatch() || constant.match(arg).hasMatch();
}

} // namespace

TEST_CASE("core builds no SQL from strings: every prepared or executed statement is a literal or an allowed constant",
    "[security]")
{
    // Each allowed exception, with why it cannot carry user input.
    const QSet<QString> allowed = {
        // Identifiers and placeholders from the constant tables of fieldtable.cpp; values are bound.
        QStringLiteral("repository.cpp|sql.constData()"),
        // PRAGMA values cannot be bound; both are compile-time integers.
        QStringLiteral(
            "migrator.cpp|QByteArray(\"PRAGMA user_version = \").append(QByteArray::number(version)).constData()"),
        QStringLiteral("migrator.cpp|QByteArray(\"PRAGMA application_id = "
                       "\").append(QByteArray::number(kApplicationId)).constData()"),
        // Bundled schema and migration scripts, read from the binary's resources.
        QStringLiteral("migrator.cpp|resourceText(m.path)"),
        QStringLiteral("migrator.cpp|resourceText(QStringLiteral(\":/plenum/sql/schema.sql\"))"),
        QStringLiteral("searchindex.cpp|resourceText(QStringLiteral(\":/plenum/sql/search/index.sql\"))"),
        // The bundled team library server schema (resources/sql/team/), run on the PostgreSQL server.
        QStringLiteral("syncengine.cpp|resourceText(dir.filePath(file)).toUtf8()"),
        // Loop variables and parameters that only ever hold literals written next to them.
        QStringLiteral("searchindex.cpp|drop"),
        QStringLiteral("searchindex.cpp|sql"),
        // Search statements get the filter conditions a query uses, chosen from the constant
        // fragments of filterSql() and the row-id field expressions of rowid.h (integers only);
        // every value in them is bound.
        QStringLiteral("searchrun.cpp|withFilters(sql, m_filters).constData()"),
        // The content module's prepare helper (its definition, its SQL parameter, and calls whose
        // SQL argument is a literal or the module's constant source query).
        QStringLiteral("searchcontent.cpp|ContentTable *table"),
        QStringLiteral("searchcontent.cpp|sql"),
        QStringLiteral("searchcontent.cpp|table"),
        // Salvage's two helpers (schemaStatement, runSchemaSql): names from the new file's own
        // schema, quoted; the damaged file's data is only bound.
        QStringLiteral("salvage.cpp|sql.toUtf8().constData()"),
        // The wrapper itself.
        QStringLiteral("database.cpp|sql"),
        QStringLiteral("database.cpp|sql.toUtf8().constData()"),
        QStringLiteral("database.cpp|sql.constData()"),
    };
    static const QRegularExpression call(
        QStringLiteral(R"(\b(prepare|exec|execScript|sqlite3_exec|sqlite3_prepare_v2|sqlite3_prepare_v3)\s*\()"));
    QStringList found;
    int calls = 0;
    QDirIterator it(QStringLiteral(PLENUM_SOURCE_DIR "/core"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        auto matches = call.globalMatch(source);
        while (matches.hasNext()) {
            const auto m = matches.next();
            const bool raw = m.captured(1).startsWith(QLatin1String("sqlite3_"));
            QString arg = argumentAt(source, m.capturedEnd(), raw ? 1 : 0);
            arg.replace(QRegularExpression(QStringLiteral(R"(\s*\n\s*)")), QStringLiteral(" "));
            if (arg.isEmpty() || arg.startsWith(QLatin1String("const ")) || arg.startsWith(QLatin1String("Database ")))
                continue; // a declaration, not a call
            ++calls;
            const QString key = QFileInfo(path).fileName() + QLatin1Char('|') + arg;
            if (!isConstantSql(arg) && !allowed.contains(key)) {
                const auto line = source.left(m.capturedStart()).count(QLatin1Char('\n')) + 1;
                found.append(QStringLiteral("%1:%2: %3").arg(QFileInfo(path).fileName()).arg(line).arg(arg));
            }
        }
    }
    INFO("SQL built from strings:\n" << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    CHECK(calls > 100); // the scan does see the code
}

TEST_CASE("the SQL scan catches string-built SQL", "[security]")
{
    CHECK(isConstantSql(QStringLiteral("\"SELECT 1\"")));
    CHECK(isConstantSql(QStringLiteral("\"SELECT a \" \"FROM t\"")));
    CHECK(isConstantSql(QStringLiteral("m_nested ? \"RELEASE x\" : \"COMMIT\"")));
    CHECK_FALSE(isConstantSql(QStringLiteral("QStringLiteral(\"SELECT %1\").arg(name).toUtf8().constData()")));
    CHECK_FALSE(isConstantSql(QStringLiteral("(\"SELECT * FROM \" + table).constData()")));
    CHECK(argumentAt(QStringLiteral("db, \"SELECT f(1, 2)\", -1, &s)"), 0, 1) == QStringLiteral("\"SELECT f(1, 2)\""));
}

TEST_CASE("exports stay in the chosen folder whatever the IDs and keys say", "[security][export]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db).reset();
    QDir().mkpath(dir.path("out"));
    QString out, err;
    // An ID that looks like a path names no item; nothing is written anywhere.
    CHECK(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--dossier"),
                           QStringLiteral("../../x"), QStringLiteral("--format"), QStringLiteral("md"),
                           QStringLiteral("--out"), dir.path("out/d.md") },
              out, err)
        == 2);
    CHECK(QDir(dir.path("out")).isEmpty());
    // A reference whose citation key climbs folders: the .bib beside a pandoc export is named after the export.
    const QString kbFile = dir.path("evil.plenum-kb");
    test::writeFile(kbFile,
        "{\"format\":\"plenum-kb\",\"version\":1}\n"
        "{\"type\":\"reference\",\"id\":\"ref-evil\",\"csl_type\":\"book\",\"citation_key\":\"../../evil\","
        "\"title\":\"Evil\",\"year\":2020}\n"
        "{\"type\":\"note\",\"id\":\"note-n\",\"title\":\"../../n\",\"body\":\"See [@../../evil].\"}\n");
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("import-kb"), kbFile }, out, err) == 0);
    const QStringList before = QDir(dir.path(".")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--notes"),
                             QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--pandoc"),
                             QStringLiteral("--out"), dir.path("out/notes.md") },
                out, err)
        == 0);
    CHECK(QDir(dir.path("out")).entryList(QDir::Files, QDir::Name)
        == QStringList { QStringLiteral("notes.bib"), QStringLiteral("notes.md") });
    CHECK(QDir(dir.path(".")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == before);
    CHECK_FALSE(QFileInfo::exists(dir.path("../evil.bib")));
    QFile md(dir.path("out/notes.md"));
    REQUIRE(md.open(QIODevice::ReadOnly));
    CHECK(md.readAll().contains("## ../../n\n\nSee [@../../evil].")); // the climbing names went into the text only
}

TEST_CASE("an export refuses a symbolic link at its path, dangling or not, and writes nothing", "[security][export]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db).reset();
    QDir().mkpath(dir.path("out"));
    QString out, err;
    const auto exportTo = [&](const QString &path, bool pandoc) {
        QStringList args { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--refs"),
            QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("--out"), path,
            QStringLiteral("--force") };
        if (pandoc)
            args = { QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--dossier"),
                QStringLiteral("social-governance"), QStringLiteral("--format"), QStringLiteral("md"),
                QStringLiteral("--pandoc"), QStringLiteral("--out"), path, QStringLiteral("--force") };
        return test::runCli(args, out, err);
    };
    // A dangling link pointing out of the folder: following it would create ../escaped.bib.
    REQUIRE(QFile::link(dir.path("escaped.bib"), dir.path("out/refs.bib")));
    CHECK(exportTo(dir.path("out/refs.bib"), false) == 2);
    CHECK(err
        == QStringLiteral("plenum-cli: %1 is a symbolic link; exports never write through links. Remove it or choose "
                          "another file name.\n")
               .arg(dir.path("out/refs.bib")));
    CHECK_FALSE(QFileInfo::exists(dir.path("escaped.bib")));
    // A link to an existing file outside: the file keeps its bytes even with --force.
    test::writeFile(dir.path("precious.txt"), "keep me");
    REQUIRE(QFile::link(dir.path("precious.txt"), dir.path("out/other.bib")));
    CHECK(exportTo(dir.path("out/other.bib"), false) == 2);
    QFile precious(dir.path("precious.txt"));
    REQUIRE(precious.open(QIODevice::ReadOnly));
    CHECK(precious.readAll() == "keep me");
    // The .bib beside a pandoc export is a link: neither file is written.
    REQUIRE(QFile::link(dir.path("escaped2.bib"), dir.path("out/d.bib")));
    CHECK(exportTo(dir.path("out/d.md"), true) == 2);
    CHECK(err.contains(dir.path("out/d.bib")));
    CHECK_FALSE(QFileInfo::exists(dir.path("out/d.md")));
    CHECK_FALSE(QFileInfo::exists(dir.path("escaped2.bib")));
    // export-kb too.
    REQUIRE(QFile::link(dir.path("escaped.plenum-kb"), dir.path("out/all.plenum-kb")));
    CHECK(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export-kb"), dir.path("out/all.plenum-kb"),
                           QStringLiteral("--force") },
              out, err)
        == 2);
    CHECK(err.contains(QStringLiteral("is a symbolic link")));
    CHECK_FALSE(QFileInfo::exists(dir.path("escaped.plenum-kb")));
}

TEST_CASE("a dossier exported as HTML keeps hostile names, notes and references inert", "[security][export]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db, true).reset();
    const QString kbFile = dir.path("hostile.plenum-kb");
    test::writeFile(kbFile,
        "{\"format\":\"plenum-kb\",\"version\":1}\n"
        "{\"type\":\"concept\",\"id\":\"evil\",\"name_en\":\"<script>alert(1)</script>\",\"name_zh\":\"<img src=x "
        "onerror=alert(2)>\","
        "\"definition_en\":\"<a href=\\\"javascript:alert(3)\\\" onmouseover=\\\"x()\\\">d</a>\"}\n");
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("import-kb"), kbFile }, out, err) == 0);
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--dossier"),
                             QStringLiteral("evil"), QStringLiteral("--format"), QStringLiteral("html"),
                             QStringLiteral("--out"), dir.path("d.html") },
                out, err)
        == 0);
    QFile file(dir.path("d.html"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    CHECK_FALSE(html.contains(QRegularExpression(QStringLiteral("<[^>]+\\son\\w+="))));
}
