#include "testsupport.h"

#include "export/markdownhtml.h"
#include "export/noteexport.h"
#include "linking/notelinks.h"
#include "model/cslitem.h"
#include "queries/notes.h"
#include "storage/attachments.h"
#include "storage/legacyreference.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace plenum;

namespace {

void addRef(core::Repository &repo, const QString &id, const QJsonObject &fields)
{
    core::Item item;
    item.type = core::ItemType::Reference;
    item.id = id;
    item.fields = core::referenceFromLegacy(fields); // written below in the pre-CSL field names, for brevity
    repo.createItem(item);
}

QJsonObject name(const char *family, const char *given)
{
    return { { "family", QString::fromUtf8(family) }, { "given", QString::fromUtf8(given) } };
}

// A small library: an English article with three authors, a Chinese article with four, a Chinese book, a chapter.
void addLibrary(core::Repository &repo)
{
    addRef(repo, "ref-roy",
        { { "csl_type", "article-journal" }, { "citation_key", "roy-crisis" },
            { "title", "Problematizing men's suicide" },
            { "authors",
                QJsonArray {
                    name("Roy", "Philippe"), name("Tremblay", "Gilles"), name("Duplessis-Brochu", "Emilie") } },
            { "container", "Crisis" }, { "year", 2018 }, { "volume", "39" }, { "issue", "2" }, { "pages", "137-143" },
            { "doi", "10.1027/0227-5910/a000512" } });
    addRef(repo, "ref-zhang",
        { { "csl_type", "article-journal" }, { "citation_key", "zhang2015" }, { "title", "社会治理创新的制度逻辑" },
            { "authors", QJsonArray { name("张", "三"), name("李", "四"), name("王", "五"), name("赵", "六") } },
            { "container", "中国行政管理" }, { "year", 2015 }, { "volume", "31" }, { "issue", "4" },
            { "pages", "10-15" } });
    addRef(repo, "ref-ouyang",
        { { "csl_type", "book" }, { "citation_key", "ouyang2018" }, { "title", "城市基层治理研究" },
            { "authors", QJsonArray { name("欧阳", "明") } }, { "publisher", "社会科学文献出版社" }, { "year", 2018 },
            { "extra", QJsonObject { { "address", "北京" } } } });
    addRef(repo, "ref-wang",
        { { "csl_type", "chapter" }, { "citation_key", "wang2020" }, { "title", "Grid management in Shanghai" },
            { "authors", QJsonArray { name("Wang", "Li"), name("Zhao", "Min") } },
            { "container", "Handbook of Urban Governance" }, { "publisher", "Edward Elgar" }, { "year", 2020 },
            { "pages", "113-130" } });
}

core::Item note(const QString &id, const QString &title, const QString &body)
{
    core::Item n;
    n.type = core::ItemType::Note;
    n.id = id;
    n.fields = { { "title", title }, { "body", body } };
    return n;
}

} // namespace

TEST_CASE("A note body yields [[links]] and pandoc citations with locators", "[notes]")
{
    const auto tokens
        = core::scanNote(QStringLiteral("See [[cc18-3]] and [[社会治理|governance]] [@roy2018, p. 12; @zhang2015]. "
                                        "Not a citation: [link](http://x) or an email a@b.c, [@one]."));
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].key == QStringLiteral("cc18-3"));
    CHECK(tokens[1].key == QStringLiteral("社会治理"));
    CHECK(tokens[1].label == QStringLiteral("governance"));
    CHECK(tokens[2].kind == core::NoteToken::Kind::Citation);
    CHECK(tokens[2].key == QStringLiteral("roy2018"));
    CHECK(tokens[2].locator == QStringLiteral("p. 12"));
    CHECK(tokens[3].key == QStringLiteral("zhang2015"));
    CHECK(tokens[2].group == tokens[3].group);
    CHECK(tokens[4].key == QStringLiteral("one"));
    CHECK(tokens[4].group != tokens[3].group);
}

TEST_CASE("Saving a note stores its links, so it shows in backlinks, and replaces them on edit", "[notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    addLibrary(repo);
    const QStringList unresolved = core::saveNote(repo,
        note("note-t", "T",
            "社会治理 [[social-governance]] since [[十八届三中全会]] [@roy-crisis, p. 3] [[nowhere]] [@nokey]"));
    CHECK(unresolved == QStringList { "[[nowhere]]", "@nokey" });
    QStringList links;
    for (const auto &l : repo.outgoingLinks("note-t"))
        links.append(QStringLiteral("%1 %2 %3-%4 %5")
                         .arg(core::relationName(l.relation), l.targetId)
                         .arg(*l.spanStart)
                         .arg(*l.spanEnd)
                         .arg(l.note));
    CHECK(links
        == QStringList { "cites ref-roy 45-64 p. 3", "mentions cc18-3 33-44 ", "mentions social-governance 5-26 " });
    bool backlinked = false;
    for (const auto &l : repo.backlinks("cc18-3"))
        backlinked = backlinked || l.sourceId == QLatin1String("note-t");
    CHECK(backlinked);

    core::saveNote(repo, note("note-t", "T", "Only [[nc18]] now."));
    const auto after = repo.outgoingLinks("note-t");
    REQUIRE(after.size() == 1);
    CHECK(after[0].targetId == QStringLiteral("nc18"));
}

TEST_CASE("A new note's ID is free even when an item of another type is called note-<n>", "[notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    const QString first = core::newNoteId(repo);
    core::Item other;
    other.type = core::ItemType::Concept;
    other.id = first; // IDs are shared by all types: an imported concept may hold this one
    other.fields = { { "name_en", "Note-like concept" } };
    repo.createItem(other);
    const QString next = core::newNoteId(repo);
    CHECK(next != first);
    CHECK_FALSE(repo.typeOf(next).has_value());
    core::saveNote(repo, note(next, "T", "body"));
    CHECK(repo.typeOf(next) == core::ItemType::Note);
}

TEST_CASE("A note with citations exports to Markdown with numbered or author-year references", "[notes][export]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    addLibrary(repo);
    core::saveNote(repo,
        note("note-x", "社会治理笔记",
            "[[cc18-3]]提出创新社会治理体制[@zhang2015, p. 11]。另见[@roy-crisis; @zhang2015]和[@ouyang2018]。"));
    core::NoteExportOptions options;
    const auto gbt = core::exportNotes(repo, { "note-x" }, options);
    // GB/T 7714-2015 numeric, from the official style: superscript numbers in order of first citation.
    CHECK(gbt.markdown
        == QStringLiteral(
            "# 社会治理笔记\n\n"
            "中国共产党第十八届中央委员会第三次全体会议提出创新社会治理体制^\\[1\\]^。另见^\\[2,1\\]^和^\\[3\\]^。\n\n"
            "## 参考文献\n\n"
            "\\[1\\] 张三, 李四, 王五, 等. 社会治理创新的制度逻辑\\[J\\]. 中国行政管理, 2015, 31(4): 10-15.\n\n"
            "\\[2\\] ROY P, TREMBLAY G, DUPLESSIS-BROCHU E. Problematizing men’s suicide\\[J/OL\\]. Crisis, "
            "2018, 39(2): 137-143. DOI:10.1027/0227-5910/a000512.\n\n"
            "\\[3\\] 欧阳明. 城市基层治理研究\\[M\\]. 北京: 社会科学文献出版社, 2018.\n"));
    CHECK(gbt.cited.size() == 3);

    options.style = QStringLiteral("apa");
    const auto apa = core::exportNotes(repo, { "note-x" }, options);
    INFO(apa.markdown.toStdString());
    CHECK(apa.markdown.contains(QStringLiteral(
        "提出创新社会治理体制(张 et al., 2015, p. 11)。另见(Roy et al., 2018; 张 et al., 2015)和(欧阳, 2018)。")));
    const qsizetype ouyang
        = apa.markdown.indexOf(QStringLiteral("欧阳明. (2018). *城市基层治理研究*. 社会科学文献出版社."));
    const qsizetype roy = apa.markdown.indexOf(QStringLiteral("Roy, P."));
    CHECK(roy > 0);
    CHECK(ouyang > roy); // sorted by author

    options.pandoc = true;
    options.bibliographyFile = QStringLiteral("notes.bib");
    const auto pandoc = core::exportNotes(repo, { "note-x" }, options);
    CHECK(
        pandoc.markdown.startsWith(QStringLiteral("---\ntitle: \"社会治理笔记\"\nbibliography: \"notes.bib\"\n---\n")));
    CHECK(pandoc.markdown.contains(QStringLiteral("[@zhang2015, p. 11]")));
    CHECK(!pandoc.markdown.contains(QStringLiteral("参考文献")));
}

TEST_CASE("Exporting a note that cites an unknown key fails and names the note and key", "[notes][export]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    core::saveNote(kb->repository(), note("note-y", "Y", "As shown [@ghost2020]."));
    CHECK_THROWS_WITH(core::exportNotes(kb->repository(), { "note-y" }, {}),
        "Note note-y cites @ghost2020, but no reference has that citation key.");
}

TEST_CASE(
    "HTML export escapes every string: scripts, javascript: links and event attributes stay inert", "[notes][export]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    addRef(repo, "ref-evil",
        { { "csl_type", "book" }, { "citation_key", "evil" }, { "title", "<script>alert(1)</script>" },
            { "authors", QJsonArray { name("O\"Neil <b>", "A") } }, { "year", 2020 } });
    core::saveNote(repo,
        note("note-z", "<img src=x onerror=alert(1)>",
            "Hi <script>alert('x')</script> [click](javascript:alert(1)) [ok](https://example.org/?a=1&b=2) "
            "<a href=\"#\" onclick=\"steal()\">x</a> [@evil]"));
    const QString html = core::exportHtml(core::exportNotes(repo, { "note-z" }, {}));
    CHECK(!html.contains(QStringLiteral("<script")));
    CHECK(!html.contains(QStringLiteral("<img")));
    CHECK(!html.contains(QStringLiteral("<a href=\"#\"")));
    CHECK(!html.contains(QStringLiteral("javascript:"))); // an unsafe link keeps only its text
    CHECK(!html.contains(QStringLiteral("href=\"javascript")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">ok</a>")));
    INFO(html.toStdString());
    CHECK(html.contains(QStringLiteral("O&quot;NEIL &lt;b&gt; A. &lt;script&gt;alert(1)&lt;/script&gt;[M]")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
}

TEST_CASE("A concept dossier lists its history, statements, links and sources", "[notes][export]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    const auto d = core::exportDossier(kb->repository(), QStringLiteral("social-governance"), {});
    CHECK(d.markdown.startsWith(QStringLiteral("# Social governance · 社会治理\n")));
    CHECK(d.markdown.contains(QStringLiteral("## History\n")));
    CHECK(d.markdown.contains(QStringLiteral("## Statements\n")));
    CHECK(d.markdown.contains(QStringLiteral("## Backlinks\n")));
    CHECK(d.markdown.contains(QStringLiteral("## Sources\n")));
    CHECK(d.markdown.contains(QStringLiteral("first_appears_in")));
    CHECK_THROWS_AS(core::exportDossier(kb->repository(), QStringLiteral("note-1"), {}), core::Error);
    const QString html = core::exportHtml(d);
    CHECK(html.contains(QStringLiteral("<h2>History</h2>")));
}

TEST_CASE("Markdown rendering covers headings, lists, quotes and emphasis", "[notes][export]")
{
    CHECK(core::markdownToHtml(QStringLiteral("# T\n\n- a *b*\n- **c** `d<`\n\n> q\n\np1\nline2"))
        == QStringLiteral(
            "<h1>T</h1>\n<ul>\n<li>a <em>b</em></li>\n<li><strong>c</strong> <code>d&lt;</code></li>\n</ul>\n"
            "<blockquote>\n<p>q</p>\n</blockquote>\n<p>p1\nline2</p>\n"));
}

namespace {

// Keeps a PDF with ref-roy and marks two passages of it, as the reader and an imported PDF would.
void annotateRoy(core::Repository &repo, const QString &pdf)
{
    const QByteArray bytes = "%PDF-1.4\n% the article\n";
    test::writeFile(pdf, bytes);
    core::Transaction tx(repo.database());
    const core::Attachment a = core::addAttachment(repo.database(), "ref-roy", pdf, bytes, false, 7);
    core::Annotation highlight;
    highlight.attachmentId = a.id;
    highlight.page = 3;
    highlight.text = QStringLiteral("men's suicide is framed as a crisis");
    highlight.comment = QStringLiteral("compare with the 2013 reform");
    (void)core::addAnnotation(repo.database(), highlight);
    core::Annotation note;
    note.attachmentId = a.id;
    note.page = 5;
    note.color = QStringLiteral("#aaaaaa");
    note.comment = QStringLiteral("check the sample");
    note.origin = QStringLiteral("pdf");
    (void)core::addAnnotation(repo.database(), note);
    tx.commit();
}

} // namespace

TEST_CASE("A note export lists the annotations of the documents it cites, with page, colour, text and comment",
    "[notes][export]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    addLibrary(repo);
    annotateRoy(repo, dir.path("roy.pdf"));
    core::saveNote(repo, note("note-a", "Reading", "Roy argues [@roy-crisis]; see also [[ref-zhang]] and [[cc18-3]]."));
    core::NoteExportOptions pandoc; // keeps [@key]: the section does not depend on the citation engine
    pandoc.pandoc = true;
    const auto out = core::exportNotes(repo, { "note-a" }, pandoc);
    CHECK(out.markdown.contains(QStringLiteral("## Annotations\n\n"
                                               "### Problematizing men's suicide\n\n"
                                               "- p. 3, yellow: “men's suicide is framed as a crisis” — compare "
                                               "with the 2013 reform\n"
                                               "- p. 5, grey — check the sample\n")));
    // Only documents with annotations get a heading; a note that cites none gets no section.
    CHECK(out.markdown.count(QStringLiteral("### ")) == 1);
    core::saveNote(repo, note("note-b", "Other", "Only [@zhang2015]."));
    CHECK_FALSE(core::exportNotes(repo, { "note-b" }, pandoc).markdown.contains(QStringLiteral("Annotations")));

    QString cliOut, cliErr;
    kb.reset();
    REQUIRE(test::runCli({ "--db", dir.path("k.db"), "--json", "annotations", "ref-roy" }, cliOut, cliErr) == 0);
    const QJsonObject json = QJsonDocument::fromJson(cliOut.toUtf8()).object();
    const QJsonArray rows = json.value("annotations").toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value("page").toInt() == 3);
    CHECK(rows.at(0).toObject().value("color_name").toString() == "yellow");
    CHECK(rows.at(0).toObject().value("comment").toString() == "compare with the 2013 reform");
    CHECK(rows.at(0).toObject().value("statement").isNull());
    CHECK(rows.at(1).toObject().value("origin").toString() == "pdf");
    CHECK(test::runCli({ "--db", dir.path("k.db"), "annotations", "no-such-item" }, cliOut, cliErr) == 2);
    CHECK(cliErr.contains(QStringLiteral("no-such-item")));
}
