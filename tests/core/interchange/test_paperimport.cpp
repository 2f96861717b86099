#include "testsupport.h"

#include "interchange/kbformat.h"
#include "interchange/paperimporter.h"
#include "storage/repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace plenum;

namespace {

QString paper(const QString &name)
{
    QFile f(QStringLiteral(PLENUM_TEST_DATA "/paper/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QStringList issuesOf(const core::ParsedPaper &p)
{
    QStringList list;
    for (const auto &i : p.issues)
        list.append(QStringLiteral("%1: %2").arg(i.line).arg(i.message));
    return list;
}

} // namespace

TEST_CASE("An English paper: metadata, normalized sections, rejoined paragraphs, figures, markers", "[paper]")
{
    const auto p = core::parsePaper(paper("paper-en.md"), "paper-en.md");
    CHECK(
        p.title == QStringLiteral("Neighbourhood Mediation and the Shift from Social Management to Social Governance"));
    CHECK(p.language == QStringLiteral("en"));
    CHECK(p.authors == QStringList { "Zhou Minghua" });
    CHECK(p.affiliation
        == QStringLiteral("School of Public Affairs, Riverside Normal University, Hangzhou, 310000, China"));
    CHECK(p.emails == QStringList { "zhou.mh@example.edu.cn" });
    CHECK(p.keywords == QStringList { "Mediation", "Social Governance", "Grassroots", "Community" });
    CHECK(p.abstract.startsWith(QStringLiteral("This paper looks at")));
    CHECK(p.abstract.endsWith(QStringLiteral("two districts.")));
    CHECK(p.doi == QStringLiteral("10.00000/example.2021.042"));

    QStringList sections;
    for (const auto &s : p.sections)
        sections.append(QStringLiteral("%1 %2 L%3").arg(s.number, s.title).arg(s.level));
    CHECK(sections
        == QStringList { "1 Introduction L1", "2 Mediation under Social Management L1", "2.1 The Control Logic L2",
            "2.2 Early Experiments L2", "3 Conclusion L1" });

    REQUIRE(p.paragraphs.size() == 4);
    CHECK(p.paragraphs[0].locator() == QStringLiteral("§1 ¶1"));
    CHECK(p.paragraphs[1].locator() == QStringLiteral("§2.1 ¶1"));
    CHECK(p.paragraphs[1].rejoined); // split by the DOI line
    CHECK(p.paragraphs[1].text.contains(QStringLiteral("committee that served their building, and fewer")));
    CHECK(!p.paragraphs[1].text.contains(QStringLiteral("DOI")));
    CHECK(p.paragraphs[2].rejoined); // split by a page break without a DOI line
    CHECK(p.paragraphs[2].text.contains(QStringLiteral("but they gave residents")));
    CHECK(!p.paragraphs[0].rejoined);

    REQUIRE(p.figures.size() == 1);
    CHECK(p.figures[0].label == QStringLiteral("Figure 1"));
    CHECK(p.figures[0].section == QStringLiteral("1"));

    QList<int> markers;
    for (const auto &para : p.paragraphs)
        for (const auto &m : para.markers)
            markers.append(m.number);
    CHECK(markers == QList<int> { 1, 2, 3, 4, 5, 6, 4, 7, 8, 9 });
    CHECK(p.paragraphs[0].markers[1].text == QStringLiteral("[2, 3]"));
    CHECK(p.issues.isEmpty());
}

TEST_CASE("Windows line ends and a byte-order mark read the same as plain LF", "[paper]")
{
    const QString text = paper("paper-en.md");
    const auto plain = core::parsePaper(text, "a.md");
    const auto windows
        = core::parsePaper(QChar(0xFEFF) + QString(text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")), "b.md");
    CHECK(windows.title == plain.title);
    CHECK(windows.sections.size() == plain.sections.size());
    CHECK(windows.paragraphs.size() == plain.paragraphs.size());
    CHECK(windows.references.size() == plain.references.size());
}

TEST_CASE("Reference entries in uneven shapes become structured references", "[paper]")
{
    const auto p = core::parsePaper(paper("paper-en.md"), "paper-en.md");
    REQUIRE(p.references.size() == 9);
    const QJsonObject r1 = p.references[0].fields;
    CHECK(
        r1.value("authors").toArray()[0].toObject() == QJsonObject { { "family", "Lubman" }, { "given", "Stanley" } });
    CHECK(r1.value("title").toString()
        == QStringLiteral("Mao and Mediation: Politics and Dispute Resolution in Communist China"));
    CHECK(r1.value("container").toString() == QStringLiteral("California Law Review"));
    CHECK(r1.value("volume").toString() == QStringLiteral("55"));
    CHECK(r1.value("issue").toString() == QStringLiteral("5"));
    CHECK(r1.value("pages").toString() == QStringLiteral("1284-1359"));
    CHECK(p.references[1].fields.value("authors").toArray()[0].toObject()
        == QJsonObject { { "family", "Pieke" }, { "given", "F N" } });
    const QJsonObject r3 = p.references[2].fields;
    CHECK(r3.value("doi").toString() == QStringLiteral("10.1017/S0305741015000430"));
    CHECK(r3.value("volume").toString() == QStringLiteral("222"));
    CHECK(r3.value("issue").toString() == QStringLiteral("1"));
    CHECK(r3.value("pages").toString() == QStringLiteral("339-359"));
    CHECK(r3.value("authors").toArray().size() == 2);
    CHECK(p.references[4].fields.value("authors").toArray().size() == 3);
    CHECK(p.references[5].fields.value("authors").toArray()[0].toObject()
        == QJsonObject { { "family", "Read" }, { "given", "Benjamin L." } });
    CHECK(p.references[3].fields.value("csl_type").toString() == QStringLiteral("manuscript"));
    CHECK(p.references[6].fields.value("title").toString()
        == QStringLiteral("The Politics of Community Building in Urban China"));
    CHECK(!p.references[3].duplicateOf);
    CHECK(p.references[5].duplicateOf == 4);
    CHECK(p.references[8].duplicateOf == 4);
}

TEST_CASE("A Chinese paper: 摘要, 关键词, Chinese numbering, GB/T references", "[paper]")
{
    const auto p = core::parsePaper(paper("paper-zh.md"), "paper-zh.md");
    CHECK(p.language == QStringLiteral("zh"));
    CHECK(p.authors == QStringList { "林晓东", "马丽" });
    CHECK(p.emails == QStringList { "linxd@example.cn" });
    CHECK(p.keywords == QStringList { "社会治理", "协商民主", "社区", "居民参与" });
    CHECK(p.abstract.startsWith(QStringLiteral("本文以两个城市社区")));
    QStringList sections;
    for (const auto &s : p.sections)
        sections.append(QStringLiteral("%1 %2 L%3").arg(s.number, s.title).arg(s.level));
    CHECK(sections == QStringList { "1 引言 L1", "1.1 研究问题 L2", "2 案例与发现 L1", "3 结论 L1" });
    REQUIRE(p.paragraphs.size() == 4);
    CHECK(p.paragraphs[1].locator() == QStringLiteral("§1.1 ¶1"));
    CHECK(p.paragraphs[1].text.contains(QStringLiteral("较少关注居民的日常体验"))); // rejoined without a space
    CHECK(p.figures.size() == 1);
    CHECK(p.figures[0].label == QStringLiteral("图1"));
    REQUIRE(p.references.size() == 5);
    const QJsonObject r1 = p.references[0].fields;
    CHECK(r1.value("csl_type").toString() == QStringLiteral("article-journal"));
    CHECK(r1.value("authors").toArray()[0].toObject() == QJsonObject { { "family", "张" }, { "given", "三" } });
    CHECK(r1.value("title").toString() == QStringLiteral("社会治理创新的制度逻辑"));
    CHECK(r1.value("container").toString() == QStringLiteral("中国行政管理"));
    CHECK(r1.value("year").toInt() == 2015);
    CHECK(r1.value("volume").toString() == QStringLiteral("31"));
    CHECK(r1.value("issue").toString() == QStringLiteral("4"));
    CHECK(r1.value("pages").toString() == QStringLiteral("10-15"));
    CHECK(p.references[1].fields.value("authors").toArray().size() == 4);
    CHECK(p.references[1].fields.value("issue").toString() == QStringLiteral("2"));
    const QJsonObject r3 = p.references[2].fields;
    CHECK(r3.value("csl_type").toString() == QStringLiteral("book"));
    CHECK(r3.value("authors").toArray()[0].toObject() == QJsonObject { { "family", "欧阳" }, { "given", "明" } });
    CHECK(r3.value("publisher").toString() == QStringLiteral("社会科学文献出版社"));
    CHECK(r3.value("extra").toObject().value("address").toString() == QStringLiteral("北京"));
    CHECK(p.references[4].fields.value("csl_type").toString() == QStringLiteral("thesis"));
    CHECK(p.references[4].fields.value("publisher").toString() == QStringLiteral("复旦大学"));
    CHECK(issuesOf(p).isEmpty());
}

TEST_CASE("A broken paper reports what was not understood, with lines", "[paper]")
{
    const auto p = core::parsePaper(paper("paper-broken.md"), "paper-broken.md");
    CHECK(p.authors == QStringList { "Anonymous Author" });
    CHECK(p.sections.size() == 2);
    CHECK(p.sections[0].number.isEmpty());
    CHECK(p.paragraphs.size() == 3);
    CHECK(issuesOf(p)
        == QStringList {
            "7: heading \"Introduction\" has no number; kept as a top-level section",
            "19: text in the reference list before the first [n] entry: \"Some stray text before the first entry.\"",
            "20: reference [1]: no year in parentheses after the authors",
            "20: reference [1]: no authors",
            "20: reference [1]: no year",
            "21: reference number [1] appears twice in the list",
            "22: reference [2]: no year in parentheses after the authors",
            "9: citation marker [12] in §Introduction ¶1 has no entry in the reference list",
        });
    CHECK(p.references[2].fields.value("title").toString() == QStringLiteral("No parentheses around the year"));
    CHECK(p.references[2].fields.value("year").toInt() == 2015);
    try {
        core::parsePaper(paper("paper-empty.md"), "paper-empty.md");
        FAIL("no error");
    } catch (const core::Error &e) {
        CHECK(
            e.message() == QStringLiteral("paper-empty.md: expected a title on the first line, found an empty file."));
    }
}

TEST_CASE("Importing a paper stores document, quote statements, references and links", "[paper][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    QStringList hooked;
    core::PaperImportOptions options;
    options.afterStatements = [&](core::Repository &r, const QStringList &ids) {
        CHECK(r.typeOf(ids.first()) == core::ItemType::Statement); // written, not yet committed
        hooked = ids;
    };
    const auto result = core::importPaper(repo, paper("paper-en.md"), "paper-en.md", options);
    CHECK(result.documentId == QStringLiteral("doc-zhou-2021"));
    CHECK(hooked == result.statementIds);
    REQUIRE(result.statementIds.size() == 5); // four paragraphs and one figure caption
    const auto doc = repo.item("doc-zhou-2021");
    CHECK(doc.text("kind") == QStringLiteral("paper"));
    CHECK(doc.text("title_en").startsWith(QStringLiteral("Neighbourhood Mediation")));
    CHECK(doc.text("doi") == QStringLiteral("10.00000/example.2021.042"));
    CHECK(doc.fields.value("keywords").toArray().size() == 4);
    const auto st = repo.item("st-zhou-2021-2");
    CHECK(st.text("kind") == QStringLiteral("quote"));
    CHECK(st.text("locator") == QStringLiteral("§2.1 ¶1"));
    CHECK(st.text("document") == QStringLiteral("doc-zhou-2021"));
    CHECK(repo.item("st-zhou-2021-5").text("locator") == QStringLiteral("Figure 1 (§1)"));

    QStringList cites;
    for (const auto &l : repo.outgoingLinks("doc-zhou-2021"))
        if (core::relationName(l.relation) == QLatin1String("cites"))
            cites.append(QStringLiteral("%1 %2").arg(*l.position).arg(l.targetId));
    CHECK(cites.size() == 9);
    CHECK(cites.contains(QStringLiteral("1 ref-lubman1967mao")));
    CHECK(cites.contains(QStringLiteral("6 ref-read2012rootsa")));
    const auto dupLinks = repo.outgoingLinks("ref-read2012rootsa");
    REQUIRE(dupLinks.size() == 1);
    CHECK(dupLinks[0].relation == core::Relation::DuplicateOf);
    CHECK(dupLinks[0].targetId == QStringLiteral("ref-read2012roots"));

    // Each marker is a cites link from its paragraph with the span of the bracket.
    int markerLinks = 0;
    for (const QString &id : result.statementIds)
        for (const auto &l : repo.outgoingLinks(id))
            markerLinks += core::relationName(l.relation) == QLatin1String("cites") ? 1 : 0;
    CHECK(markerLinks == 10);
    CHECK(result.markerLinks == 10);
    const auto first = repo.outgoingLinks("st-zhou-2021-1");
    CHECK(first[0].matched == QStringLiteral("[1]"));
    const QString text = repo.item("st-zhou-2021-1").text("text");
    CHECK(text.mid(*first[0].spanStart, *first[0].spanEnd - *first[0].spanStart) == QStringLiteral("[1]"));
    CHECK(!repo.backlinks("ref-wang2015rise").isEmpty());
}

TEST_CASE("A second import of the same paper reuses references by DOI and title", "[paper][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    core::importPaper(repo, paper("paper-en.md"), "paper-en.md");
    const qint64 refs = repo.counts().references;
    const auto again = core::importPaper(repo, paper("paper-en.md"), "paper-en.md");
    CHECK(again.documentId == QStringLiteral("doc-zhou-2021-2"));
    CHECK(again.references[2].reusedBy == QStringLiteral("doi"));
    CHECK(again.references[0].reusedBy == QStringLiteral("title"));
    CHECK(again.references[0].referenceId == QStringLiteral("ref-lubman1967mao"));
    CHECK(repo.counts().references == refs + 2); // the two duplicate entries are recorded again as duplicates
}

TEST_CASE("A reference whose title differs only in accents, width or case is the stored one", "[paper][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    core::importPaper(repo, paper("paper-en.md"), "paper-en.md");
    // The duplicate finder already treats these spellings as one title; the importer used to
    // compare lower case only and stored a second Lubman 1967.
    QString text = paper("paper-en.md");
    text.replace(QStringLiteral("Mao and Mediation: Politics and Dispute Resolution"),
        QStringLiteral("ＭＡＯ and Médiation: Politics and Dispute Résolution"));
    const auto again = core::importPaper(repo, text, "paper-en.md");
    CHECK(again.references[0].reusedBy == QStringLiteral("title"));
    CHECK(again.references[0].referenceId == QStringLiteral("ref-lubman1967mao"));
}

TEST_CASE("A dry run, a cancelled import or a failing hook leave the knowledge base as it was", "[paper][import]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"));
    auto &repo = kb->repository();
    const QByteArray before = core::kb::exportFile(repo);

    core::PaperImportOptions dry;
    dry.dryRun = true;
    const auto preview = core::importPaper(repo, paper("paper-zh.md"), "paper-zh.md", dry);
    CHECK(preview.statementIds.size() == 5);
    CHECK(core::paperImportJson(preview).value("dry_run").toBool());
    CHECK(core::kb::exportFile(repo) == before);

    core::PaperImportOptions cancel;
    cancel.progress = [](int done, int) { return done < 7; };
    CHECK_THROWS_AS(core::importPaper(repo, paper("paper-zh.md"), "paper-zh.md", cancel), core::Error);
    CHECK(core::kb::exportFile(repo) == before);

    core::PaperImportOptions failing;
    failing.afterStatements = [](core::Repository &, const QStringList &) {
        throw core::Error(core::ErrorCode::Internal, QStringLiteral("The linker failed."));
    };
    CHECK_THROWS_WITH(core::importPaper(repo, paper("paper-zh.md"), "paper-zh.md", failing), "The linker failed.");
    CHECK(core::kb::exportFile(repo) == before);
}

TEST_CASE(
    "Citation ranges cite every number in them, in the paper importer and in plenum-cli link alike", "[paper][link]")
{
    QString text = QStringLiteral("# Marker Ranges in Governance Studies\n\n# Li Hua\n\n#### 1. Introduction\n\n"
                                  "Ranges are cited in every form: [2]–[4] and [5-7], lists [1,8-9], "
                                  "joined [10][11] and full-width ［12］.\n\n#### References\n\n");
    for (int n = 1; n <= 12; ++n)
        text += QStringLiteral("- [%1] Author%1, A. (20%2). Title number %1. Journal, 1(1), 1-2.\n")
                    .arg(n)
                    .arg(n, 2, 10, QLatin1Char('0'));
    const QList<int> expected { 2, 3, 4, 5, 6, 7, 1, 8, 9, 10, 11, 12 };

    const core::ParsedPaper parsed = core::parsePaper(text, "ranges.md");
    REQUIRE(parsed.paragraphs.size() == 1);
    QList<int> numbers;
    for (const auto &m : parsed.paragraphs.first().markers)
        numbers.append(m.number);
    CHECK(numbers == expected); // before, [2]–[4] gave only 2 and 4
    CHECK(parsed.paragraphs.first().markers.first().text == QStringLiteral("[2]–[4]"));
    CHECK(issuesOf(parsed).isEmpty());

    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    const auto result = core::importPaper(kb->repository(), text, "ranges.md", {});
    CHECK(result.markerLinks == 12);

    const QString file = dir.path("ranges.txt");
    test::writeFile(file, text.toUtf8());
    QString out, err;
    REQUIRE(test::runCli({ "--db", dir.path("k.db"), "--json", "link", file }, out, err) == 0);
    QList<int> cli;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).array())
        if (v.toObject().value("kind") == QLatin1String("citation"))
            cli.append(v.toObject().value("number").toInt());
    CHECK(cli == expected);
}
