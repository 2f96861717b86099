// Small hostile BibTeX files (issue 12): deep nesting must cost one linear pass, never the stack,
// and nesting past the bound is refused with a message naming the file, line and entry.
#include "interchange/bibformats.h"
#include "interchange/inputfile.h"
#include "model/error.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include "text/latex.h"
#include <sys/stat.h>

using namespace plenum;
using core::bib::parseBibtex;

namespace {

QString repeated(const char *piece, int times)
{
    return QString::fromUtf8(piece).repeated(times);
}

// The report of the first record the parser skipped, as "FILE:LINE: reason."; "" when none.
QString errorOf(const QByteArray &data, const QString &file)
{
    const auto parsed = parseBibtex(data, file);
    if (parsed.skipped.isEmpty())
        return {};
    return QStringLiteral("%1:%2: %3.").arg(file).arg(parsed.skipped.first().line).arg(parsed.skipped.first().reason);
}

} // namespace

TEST_CASE("LaTeX decoding keeps its meaning: accents, symbols, formatting and unknown commands", "[bibtex][hostile]")
{
    using core::latex::decode;
    CHECK(decode(QStringLiteral("\\'{e}t\\'e")) == QStringLiteral("été"));
    CHECK(decode(QStringLiteral("\\c{c}a \\v{s}")) == QStringLiteral("ça š"));
    CHECK(decode(QStringLiteral("na\\\"{\\i}ve")) == QStringLiteral("naïve"));
    CHECK(decode(QStringLiteral("\\emph{\\'e}x")) == QStringLiteral("éx"));
    CHECK(decode(QStringLiteral("\\'{ab}")) == QStringLiteral("áb"));
    CHECK(decode(QStringLiteral("\\ss{} \\o\\&")) == QStringLiteral("ß ø&"));
    CHECK(decode(QStringLiteral("\\foo{a{b}}c")) == QStringLiteral("\\foo{a{b}}c"));
    CHECK(decode(QStringLiteral("{RNA} {\\\"{o}}")) == QStringLiteral("RNA ö"));
    CHECK(decode(QStringLiteral("\\'{}x")) == QString(QChar(0x0301)) + QLatin1Char('x'));
    CHECK(decode(QStringLiteral("\\emph{unclosed")) == QStringLiteral("unclosed"));
}

TEST_CASE("10,000 nested \\'{ and 350,000 nested \\emph{ decode in one pass without overflowing the stack",
    "[bibtex][hostile]")
{
    using core::latex::decode;
    const QString accents = repeated("\\'{", 10000) + QLatin1Char('e') + repeated("}", 10000);
    const QString decoded = decode(accents);
    REQUIRE(decoded.size() == 10000); // é and 9,999 more combining acutes
    CHECK(decoded.startsWith(QStringLiteral("é")));
    CHECK(decoded.count(QChar(0x0301)) == 9999);
    const QString emph = repeated("\\emph{", 350000) + QLatin1Char('x') + repeated("}", 350000);
    CHECK(decode(emph) == QStringLiteral("x"));
    CHECK(decode(repeated("\\'{", 200000)) == QString(200000, QChar(0x0301))); // never closed
}

TEST_CASE(
    "a 700 KB BibTeX record of nested \\emph{ or \\'{ is skipped naming the file, line and entry; the rest is read",
    "[bibtex][hostile]")
{
    for (const char *opener : { "\\emph{", "\\'{" }) {
        INFO(opener);
        const int depth = 700 * 1024 / static_cast<int>(std::strlen(opener) + 1);
        const QByteArray bib = "@article{good,\n  title = {Fine},\n  year = 2020\n}\n\n@article{deep,\n  title = {"
            + repeated(opener, depth).toUtf8() + "x" + QByteArray(depth, '}') + "},\n  year = 2021\n}\n";
        const QString message = errorOf(bib, QStringLiteral("hostile.bib"));
        REQUIRE(parseBibtex(bib, QStringLiteral("hostile.bib")).entries.size() == 1);
        CHECK(message
            == QStringLiteral("hostile.bib:6: braces in field title of entry deep nest deeper than 64 levels; expected "
                              "at most 64."));
    }
}

TEST_CASE("braces nested up to the bound still import, one more level is refused", "[bibtex][hostile]")
{
    auto bibWithDepth
        = [](int depth) { return "@book{k, title = " + QByteArray(depth, '{') + "T" + QByteArray(depth, '}') + "}\n"; };
    // The value's own braces are level 0; 64 more inside are allowed.
    const auto entries = parseBibtex(bibWithDepth(65), QStringLiteral("ok.bib")).entries;
    REQUIRE(entries.size() == 1);
    // The innermost groups protect the case of "T".
    CHECK(entries.first().fields.value(QStringLiteral("title")).toString()
        == QStringLiteral("<span class=\"nocase\">T</span>"));
    CHECK(errorOf(bibWithDepth(66), QStringLiteral("deep.bib"))
        == QStringLiteral(
            "deep.bib:1: braces in field title of entry k nest deeper than 64 levels; expected at most 64."));
    CHECK(errorOf("@string{deep = " + QByteArray(100, '{') + QByteArray(100, '}') + "}", QStringLiteral("s.bib"))
              .contains(QStringLiteral("of @string deep nest deeper than 64 levels")));
}

TEST_CASE("an import refuses a FIFO or a folder by name at once instead of blocking on it", "[import][hostile]")
{
    test::TempDir dir;
    const QString fifo = dir.path("refs.bib");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto messageOf = [](const QString &path) {
        try {
            (void)core::readInputFile(path);
        } catch (const core::Error &e) {
            return e.message();
        }
        return QString();
    };
    // Opening the FIFO would wait for a writer forever; the check happens before.
    CHECK(messageOf(fifo)
        == fifo + QStringLiteral(" is not a regular file (a FIFO, socket or device); expected a file to import."));
    QDir().mkpath(dir.path("folder.ris"));
    CHECK(messageOf(dir.path("folder.ris"))
        == dir.path("folder.ris") + QStringLiteral(" is a folder; expected a file to import."));
    CHECK(messageOf(dir.path("missing.bib"))
        == QStringLiteral("Cannot read %1: No such file or directory.").arg(dir.path("missing.bib")));
    test::writeFile(dir.path("ok.bib"), "@misc{k, title={T}}");
    CHECK(core::readInputFile(dir.path("ok.bib")) == "@misc{k, title={T}}");
}
