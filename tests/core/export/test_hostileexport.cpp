// Hostile note bodies (issue 12): exports are produced, well-formed and inert, and take one linear
// pass (timing is in tests/bench/bench_export.cpp, not here).
#include "testsupport.h"

#include "export/inertmarkdown.h"
#include "export/markdownhtml.h"
#include "export/noteexport.h"
#include "linking/notelinks.h"
#include "storage/repository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace plenum;

namespace {

core::Item note(const QString &id, const QString &body)
{
    core::Item n;
    n.type = core::ItemType::Note;
    n.id = id;
    n.fields = { { "title", id }, { "body", body } };
    return n;
}

// Every opened element is closed in order (void elements aside): what a browser needs to build
// the page we meant, and what an aborted or truncated export fails.
bool wellFormed(const QString &html, QString &problem)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>"));
    static const QStringList voids = { "meta", "br", "hr", "img", "link" };
    QStringList open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        if (voids.contains(name))
            continue;
        if (m.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            problem = QStringLiteral("unexpected </%1> at %2").arg(name).arg(m.capturedStart());
            return false;
        }
    }
    problem = open.join(QLatin1Char(','));
    return open.isEmpty() && html.trimmed().endsWith(QLatin1String("</html>"));
}

QString exportedHtml(core::Repository &repo, const QString &body)
{
    core::saveNote(repo, note(QStringLiteral("note-h"), body));
    return core::exportHtml(core::exportNotes(repo, { QStringLiteral("note-h") }, {}));
}

} // namespace

TEST_CASE("hostile note bodies export to complete, well-formed HTML that keeps every character", "[export][hostile]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    struct Case {
        const char *name;
        QString body;
        QString kept; ///< what the page must show, escaped
        qsizetype count;
    };
    const QList<Case> cases = {
        { "100,000 '>' on one line", QString(100000, QLatin1Char('>')) + QStringLiteral(" x"),
            QStringLiteral("<blockquote>"), 100000 },
        { "20,000 lines of '>'", QStringLiteral("> a\n").repeated(20000), QStringLiteral("a"), 20000 },
        { "1 MB of '['", QString(1024 * 1024, QLatin1Char('[')), QStringLiteral("["), 1024 * 1024 },
        { "200 KB of '[@@@'", QStringLiteral("[@@@").repeated(50 * 1024), QStringLiteral("[@@@"), 50 * 1024 },
        { "'](' runs", QStringLiteral("[a](https://x](https://y").repeated(20000), QStringLiteral("https://y"), 20000 },
        { "a heading of '# '", QStringLiteral("# ").repeated(100000) + QStringLiteral("x"), QStringLiteral("x"), 1 },
        { "emphasis marks", QStringLiteral("*_**__`").repeated(30000), QStringLiteral("<code>*_**__</code>"), 14999 },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString html = exportedHtml(repo, c.body);
        QString problem;
        CHECK(wellFormed(html, problem));
        INFO(problem.left(200).toStdString());
        CHECK(html.count(c.kept) >= c.count);
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
    }
}

TEST_CASE("block quotes nest as deep as written: cmark-gfm walks its tree without recursion", "[export][hostile]")
{
    const QString html = core::markdownToHtml(QString(20, QLatin1Char('>')) + QStringLiteral(" deep"));
    CHECK(html.count(QStringLiteral("<blockquote>")) == 20);
    CHECK(html.count(QStringLiteral("</blockquote>")) == 20);
    CHECK(html.contains(QStringLiteral("<p>deep</p>")));
}

TEST_CASE("Markdown exports carry no raw HTML, attributes or unsafe links from note bodies", "[export][hostile]")
{
    using core::inertMarkdown;
    CHECK(
        inertMarkdown(QStringLiteral("<script>alert(1)</script>")) == QStringLiteral("\\<script>alert(1)\\</script>"));
    CHECK(inertMarkdown(QStringLiteral("a <img src=x onerror=alert(1)> b"))
        == QStringLiteral("a \\<img src=x onerror=alert(1)> b"));
    CHECK(inertMarkdown(QStringLiteral("[click](javascript:alert(1)) after")) == QStringLiteral("click after"));
    CHECK(inertMarkdown(QStringLiteral("![i](data:text/html,x)")) == QStringLiteral("!i"));
    CHECK(inertMarkdown(QStringLiteral("[e](javascript&#58;alert(1))")) == QStringLiteral("e"));
    CHECK(inertMarkdown(QStringLiteral("[ok](https://example.org/?a=1&b=2) [rel](notes/a.md)"))
        == QStringLiteral("[ok](https://example.org/?a=1&b=2) [rel](notes/a.md)"));
    CHECK(inertMarkdown(QStringLiteral("[x]: javascript:alert(1)")) == QStringLiteral("\\[x]: javascript:alert(1)"));
    CHECK(inertMarkdown(QStringLiteral("[y]{onclick=alert(1)} `<b>`{=html}"))
        == QStringLiteral("[y]\\{onclick=alert(1)\\} `\\<b>`\\{=html\\}"));
    CHECK(inertMarkdown(QStringLiteral("<https://example.org> <javascript:alert(1)>"))
        == QStringLiteral("<https://example.org> \\<javascript:alert(1)>"));
    CHECK(inertMarkdown(QStringLiteral("[@key, p. 3] and [^1]: a footnote"))
        == QStringLiteral("[@key, p. 3] and [^1]: a footnote"));
    // Fenced code keeps its text (pandoc shows it as code) but loses a raw "{=html}" attribute.
    CHECK(inertMarkdown(QStringLiteral("```{=html}\n<script>x</script>\n```"))
        == QStringLiteral("```\n<script>x</script>\n```"));
    CHECK(inertMarkdown(QStringLiteral("```cpp\nif (a < b) {}\n```")) == QStringLiteral("```cpp\nif (a < b) {}\n```"));
    // A fence pandoc would not see (no blank line before, or never closed) is text like any other.
    CHECK(inertMarkdown(QStringLiteral("text\n~~~\n<script>x</script>\n~~~"))
        == QStringLiteral("text\n~~~\n\\<script>x\\</script>\n~~~"));
    CHECK(inertMarkdown(QStringLiteral("```\n<script>x</script>")) == QStringLiteral("```\n\\<script>x\\</script>"));
}

TEST_CASE("a note with <script>, <img onerror> and javascript: links exports to Markdown pandoc renders inert",
    "[export][hostile][pandoc]")
{
    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    REQUIRE_FALSE(pandoc.isEmpty()); // `make deps` installs it (PACKAGES in the Makefile)
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    core::saveNote(repo,
        note(QStringLiteral("note-p"),
            QStringLiteral("Hi <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                           "[click](javascript:alert(3)) [enc](javascript&#58;alert(4)) <javascript:alert(5)>\n\n"
                           "[ref][r] [span]{onmouseover=alert(6)} `<b onclick=alert(7)>`{=html}\n\n"
                           "[r]: javascript:alert(8)\n\n"
                           "```{=html}\n<svg onload=alert(9)></svg>\n```\n\n"
                           "<div onclick=\"alert(10)\">d</div>\n\n[ok](https://example.org/)")));
    repo.updateItem([&] {
        core::Item n = repo.item(QStringLiteral("note-p"));
        n.fields.insert(QStringLiteral("title"), QStringLiteral("<script>alert(11)</script>[t](javascript:alert(12))"));
        return n;
    }());
    core::NoteExportOptions options;
    options.pandoc = true;
    options.bibliographyFile = QStringLiteral("p.bib");
    const QString markdown = core::exportNotes(repo, { QStringLiteral("note-p") }, options).markdown;
    test::writeFile(dir.path("p.md"), markdown.toUtf8());
    test::writeFile(dir.path("p.bib"), QByteArray());
    QProcess run;
    run.setWorkingDirectory(dir.path("."));
    run.start(pandoc,
        { QStringLiteral("--standalone"), QStringLiteral("-f"), QStringLiteral("markdown"), QStringLiteral("-t"),
            QStringLiteral("html5"), dir.path("p.md") });
    REQUIRE(run.waitForFinished(60000));
    INFO(QString::fromUtf8(run.readAllStandardError()).toStdString());
    REQUIRE(run.exitCode() == 0);
    const QString html = QString::fromUtf8(run.readAllStandardOutput());
    INFO(markdown.toStdString());
    INFO(html.toStdString());
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://example.org/\">ok</a>")));
    static const QRegularExpression live(QStringLiteral("<(script|img|svg|div|iframe|object|embed)\\b|<[^>]*\\son[a-z]+"
                                                        "\\s*=|href=\"\\s*javascript|src=\"\\s*javascript"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = live.match(html);
    INFO(m.captured(0).toStdString());
    CHECK_FALSE(m.hasMatch());
}
