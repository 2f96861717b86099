// Note exports through CSL styles: clusters, locators, [-@a], @a in running text, year
// suffixes, style names and files; Markdown structure in every export format.
#include "testsupport.h"

#include "export/cslengine.h"
#include "export/cslstyles.h"
#include "export/markdownhtml.h"
#include "export/noteexport.h"
#include "export/pandocconvert.h"
#include "linking/notelinks.h"
#include "storage/repository.h"

#include <QJsonArray>

using namespace plenum;

namespace {

QJsonObject person(const char *family, const char *given)
{
    return { { "family", QString::fromUtf8(family) }, { "given", QString::fromUtf8(given) } };
}

void addRef(core::Repository &repo, const QString &key, const QString &title, const QJsonObject &author, int year)
{
    core::Item item;
    item.type = core::ItemType::Reference;
    item.id = "ref-" + key;
    item.fields = { { "type", "article-journal" }, { "citation-key", key }, { "title", title },
        { "author", QJsonArray { author } }, { "container-title", "Governance" },
        { "issued", QJsonObject { { "date-parts", QJsonArray { QJsonArray { year } } } } } };
    repo.createItem(item);
}

QString exported(core::Repository &repo, const QString &body, const QString &style)
{
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = "note-s";
    note.fields = { { "title", "Styled" }, { "body", body } };
    core::saveNote(repo, note);
    core::NoteExportOptions options;
    options.style = style;
    return core::exportNotes(repo, { "note-s" }, options).markdown;
}

struct Library {
    test::TempDir dir;
    std::unique_ptr<core::KnowledgeBase> kb = test::createKb(dir.path("k.db"), true);
    core::Repository &repo = kb->repository();
    Library()
    {
        addRef(repo, "smith2018a", "Trust in cities", person("Smith", "John"), 2018);
        addRef(repo, "smith2018b", "Grids in cities", person("Smith", "John"), 2018);
        addRef(repo, "pan2020", "Welfare for autocrats", person("Pan", "Jennifer"), 2020);
    }
};

} // namespace

TEST_CASE("APA export: locators, clusters, suppressed author, @key in running text and 2018a/2018b", "[csl][export]")
{
    Library lib;
    const QString md = exported(lib.repo,
        "As @pan2020 shows [@smith2018a, p. 12; @smith2018b], and later [-@pan2020, pp. 3-5]. "
        "Mail me at someone@example.org or @nobody.",
        "apa");
    INFO(md.toStdString());
    // APA gives a/b by title within the author and year: Grids… is 2018a, Trust… 2018b.
    CHECK(md.contains("As Pan (2020) shows (Smith, 2018b, p. 12, 2018a), and later (2020, pp. 3–5)."));
    CHECK(md.contains("someone@example.org or @nobody.")); // not citations: kept as written
    CHECK(md.contains("Smith, J. (2018a). Grids in cities. *Governance*.\n\nSmith, J. (2018b). Trust in cities."));
}

TEST_CASE("The old style names still work and a .csl file can be given by path", "[csl][export]")
{
    Library lib;
    const QString body = "See [@pan2020].";
    CHECK(exported(lib.repo, body, "gbt7714") == exported(lib.repo, body, core::defaultStyleName()));
    CHECK(exported(lib.repo, body, "apa").contains("See (Pan, 2020)."));
    CHECK(exported(lib.repo, body, core::resolveStyle("chicago-author-date").path).contains("See (Pan 2020)."));
    // A user's own style in the per-user folder is listed and found by its id.
    const QString userDir = lib.dir.path("styles");
    QDir().mkpath(userDir);
    QFile::copy(core::resolveStyle("apa").path, userDir + "/my-journal.csl");
    qputenv("PLENUM_STYLES_DIR", userDir.toUtf8());
    const core::CslStyle mine = core::resolveStyle("my-journal");
    bool listed = false;
    for (const core::CslStyle &s : core::installedStyles())
        listed = listed || (s.id == "my-journal" && s.user);
    qunsetenv("PLENUM_STYLES_DIR");
    CHECK(mine.user);
    CHECK(listed);
}

TEST_CASE("The style list follows the user's styles folder as styles are added and removed", "[csl][export]")
{
    Library lib;
    const QString userDir = lib.dir.path("my-styles");
    QDir().mkpath(userDir);
    qputenv("PLENUM_STYLES_DIR", userDir.toUtf8());
    const auto listed = [] {
        for (const core::CslStyle &s : core::installedStyles())
            if (s.id == "house-style")
                return s.user;
        return false;
    };
    const qsizetype official = core::installedStyles().size();
    CHECK(!listed());
    REQUIRE(QFile::copy(core::resolveStyle("apa").path, userDir + "/house-style.csl"));
    CHECK(listed());
    CHECK(core::installedStyles().size() == official + 1);
    CHECK(core::installedStyles().size() == official + 1); // asked again: the same list
    REQUIRE(QFile::remove(userDir + "/house-style.csl"));
    CHECK(!listed());
    qunsetenv("PLENUM_STYLES_DIR");
}

TEST_CASE("An unknown style or a file that is no style is refused by name, and nothing is exported", "[csl][export]")
{
    Library lib;
    CHECK(test::failure([&] { exported(lib.repo, "[@pan2020]", "harvard-nowhere"); }).message()
        == "No CSL style named \"harvard-nowhere\" is installed (plenum-cli styles lists them; a path to a .csl file "
           "works too).");
    test::writeFile(lib.dir.path("bad.csl"), "<html>not a style</html>");
    CHECK(test::failure([&] { exported(lib.repo, "[@pan2020]", lib.dir.path("bad.csl")); }).message()
        == lib.dir.path("bad.csl") + " is not a CSL style: it has no <info><title>.");
}

TEST_CASE("Locators in pandoc's words become CSL labels", "[csl]")
{
    auto parsed = [](const char *text) {
        core::CslCite c;
        core::parseLocator(QString::fromUtf8(text), c);
        return c.label + "|" + c.locator;
    };
    CHECK(parsed("p. 12") == "page|12");
    CHECK(parsed("pp. 3-5") == "page|3-5");
    CHECK(parsed("chap. 2") == "chapter|2");
    CHECK(parsed("§ 4") == "section|4");
    CHECK(parsed("第12页") == "page|12");
    CHECK(parsed("12") == "page|12");
}

TEST_CASE("Lists, tables, nested emphasis, footnotes and code come out right in HTML and DOCX", "[export][docx]")
{
    const QString md = "- one\n- two\n  1. nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                       "***bold and _inner_ italic*** and `a < b`[^n]\n\n[^n]: A footnote.\n\n```\ncode <x>\n```\n";
    const QString html = core::markdownToHtml(md);
    CHECK(html.contains("<ul>\n<li>one</li>\n<li>two\n<ol>\n<li>nested</li>"));
    CHECK(html.contains("<table>"));
    CHECK(html.contains("<td>2</td>"));
    CHECK(html.contains("<em><strong>bold and <em>inner</em> italic</strong></em>"));
    CHECK(html.contains("<code>a &lt; b</code>"));
    CHECK(html.contains("class=\"footnotes\""));
    CHECK(html.contains("<pre><code>code &lt;x&gt;\n</code></pre>"));
    const QString docx = core::documentText(core::convertMarkdown(md, "docx"), "docx");
    CHECK(docx.contains("-   one"));
    CHECK(docx.contains("1.  nested"));
    CHECK(docx.contains("A footnote."));
    CHECK(docx.contains("code <x>"));
    const QString odt = core::documentText(core::convertMarkdown(md, "odt"), "odt");
    CHECK(odt.contains("A footnote."));
}

TEST_CASE("A DOCX export never pulls a local file in through an image", "[export][docx][hostile]")
{
    test::TempDir dir;
    test::writeFile(dir.path("secret.png"), "SECRET-BYTES");
    const QByteArray docx = core::convertMarkdown("![leak](" + dir.path("secret.png") + ")", "docx");
    CHECK_FALSE(docx.contains("SECRET-BYTES"));
    CHECK(core::documentText(docx, "docx").contains("leak"));
}
