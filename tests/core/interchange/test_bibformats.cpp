#include "testsupport.h"

#include "interchange/bibformats.h"
#include "interchange/kbformat.h"
#include "interchange/referenceimporter.h"
#include "model/cslitem.h"
#include "storage/repository.h"
#include "text/latex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace plenum;
using core::bib::Format;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PLENUM_TEST_DATA "/bib/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QList<QJsonObject> fieldsOf(const QList<core::bib::Entry> &entries)
{
    QList<QJsonObject> list;
    for (const auto &e : entries)
        list.append(e.fields);
    return list;
}

QJsonObject byKey(const QList<core::bib::Entry> &entries, const QString &key)
{
    for (const auto &e : entries)
        if (e.fields.value("citation-key").toString() == key)
            return e.fields;
    FAIL("no entry " << key.toStdString());
    return {};
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject extraOf(const QJsonObject &item)
{
    return item.value("_plenum").toObject().value("extra").toObject();
}

} // namespace

TEST_CASE("LaTeX accents decode to Unicode and encode back", "[bib]")
{
    CHECK(core::latex::decode(QStringLiteral("M{\\\"u}ller J\\\"org Garc\\'{i}a \\c{c} {\\ss} \\v{S}koda {\\O}st"))
        == QStringLiteral("Müller Jörg García ç ß Škoda Øst"));
    CHECK(core::latex::decode(QStringLiteral("5\\% \\& \\emph{bold} {The {RNA}} a~b"))
        == QStringLiteral("5% & bold The RNA a\u00A0b"));
    CHECK(core::latex::decode(QStringLiteral("\\unknown{x} stays")) == QStringLiteral("\\unknown{x} stays"));
    for (const QString &text :
        { QStringLiteral("Müller, García Márquez, Øst, ß, ç, í"), QStringLiteral("50% & $5 #1 a_b {x} ~ ^"),
            QStringLiteral("社会治理 — “quoted”"), QStringLiteral("\\unknown{x}") })
        CHECK(core::latex::decode(core::latex::encode(text)) == text);
    CHECK(core::latex::encode(QStringLiteral("Jörg 张三")) == QStringLiteral("J{\\\"o}rg 张三"));
}

TEST_CASE("BibTeX: macros, concatenation, accents, names, types and unknown fields", "[bib]")
{
    const auto parsed = core::bib::parseBibtex(fixture("hard.bib"), "hard.bib");
    CHECK(parsed.skipped.isEmpty());
    const auto &entries = parsed.entries;
    REQUIRE(entries.size() == 9); // @comment, @preamble, @string and free text are not references
    const QJsonObject m = byKey(entries, "mueller2019");
    CHECK(m.value("type").toString() == QStringLiteral("article-journal"));
    CHECK(m.value("title").toString()
        == QStringLiteral("The <span class=\"nocase\">RNA</span> of <span class=\"nocase\">Governance</span>: "
                          "Öffentliche Verwaltung in <span class=\"nocase\">China</span>"));
    CHECK(m.value("container-title").toString() == QStringLiteral("Public Administration Review"));
    CHECK(m.value("issued").toObject() == json(R"({"date-parts":[[2019,3]]})"));
    CHECK(m.value("page").toString() == QStringLiteral("800-805"));
    CHECK(m.value("issue").toString() == QStringLiteral("5"));
    const QJsonArray authors = m.value("author").toArray();
    REQUIRE(authors.size() == 3);
    CHECK(authors[0].toObject() == QJsonObject { { "family", "Müller" }, { "given", "Jörg" } });
    CHECK(authors[1].toObject() == QJsonObject { { "family", "García Márquez" }, { "given", "Ana" } });
    CHECK(authors[2].toObject() == QJsonObject { { "literal", "World Health Organization" } });
    CHECK(m.value("abstract").toString() == QStringLiteral("Costs rose 5% & fell; see Table 1."));
    CHECK(m.value("ISSN").toString() == QStringLiteral("0033-3352"));
    CHECK(m.value("keyword").toString() == QStringLiteral("governance; innovation"));
    CHECK(!m.contains("_plenum"));

    const QJsonObject z = byKey(entries, "zhang2018");
    CHECK(z.value("type").toString() == QStringLiteral("book"));
    CHECK(z.value("title").toString() == QStringLiteral("社会治理创新研究"));
    CHECK(z.value("author").toArray()[0].toObject() == QJsonObject { { "family", "张" }, { "given", "三" } });
    CHECK(z.value("author").toArray()[1].toObject() == QJsonObject { { "family", "欧阳" }, { "given", "修文" } });
    CHECK(z.value("publisher").toString() == QStringLiteral("社会科学文献出版社"));
    CHECK(z.value("publisher-place").toString() == QStringLiteral("北京"));

    const QJsonObject w = byKey(entries, "wang2020");
    CHECK(w.value("type").toString() == QStringLiteral("chapter"));
    CHECK(w.value("container-title").toString() == QStringLiteral("Handbook of Urban Governance"));
    CHECK(w.value("editor").toArray()[0].toObject() == QJsonObject { { "family", "Smith" }, { "given", "Adam" } });
    CHECK(byKey(entries, "cote2021").value("type").toString() == QStringLiteral("paper-conference"));
    CHECK(byKey(entries, "cote2021").value("title").toString()
        == QStringLiteral("Participatory budgeting \u2014 lessons from <span class=\"nocase\">Porto Alegre</span>"));
    CHECK(byKey(entries, "cote2021").value("URL").toString()
        == QStringLiteral("https://example.org/papers/cote_2021%20final.pdf"));
    CHECK(byKey(entries, "li2016").value("publisher").toString() == QStringLiteral("Peking University"));
    CHECK(byKey(entries, "li2016").value("genre").toString() == QStringLiteral("PhD thesis"));
    const QJsonObject chen = byKey(entries, "chen2015");
    CHECK(chen.value("genre").toString() == QStringLiteral("Master's thesis")); // not rendered as doctoral
    CHECK(chen.value("author").toArray()[0].toObject() == QJsonObject { { "family", "陈" }, { "given", "晓明" } });
    CHECK(!chen.contains("_plenum")); // @mastersthesis is biber's alias of @thesis with type mathesis
    CHECK(byKey(entries, "kowalski2014").value("genre").toString() == QStringLiteral("PhD thesis"));
    CHECK(byKey(entries, "kowalski2014").value("author").toArray()[0].toObject().value("given").toString()
        == QStringLiteral("Łukasz"));
    CHECK(byKey(entries, "cnnic2018").value("type").toString() == QStringLiteral("document"));
    const QJsonObject gov = byKey(entries, "gov2013");
    CHECK(gov.value("type").toString() == QStringLiteral("webpage"));
    CHECK(gov.value("author").toArray()[0].toObject() == QJsonObject { { "literal", "中共中央" } });
    CHECK(gov.value("accessed").toObject() == json(R"({"date-parts":[[2024,3,1]]})"));
    for (const auto &e : entries)
        CHECK(core::csl::problem(e.fields).isEmpty());
}

TEST_CASE("BibTeX: crossref and xdata are resolved, LaTeX quotes, dashes, math and case survive", "[bib]")
{
    const auto parsed = core::bib::parseBibtex(fixture("crossref.bib"), "crossref.bib");
    CHECK(parsed.skipped.isEmpty());
    REQUIRE(parsed.entries.size() == 4); // the @xdata entry is data, not a work
    const QJsonObject chapter = byKey(parsed.entries, "wang2020grid");
    CHECK(chapter.value("type").toString() == QStringLiteral("chapter"));
    CHECK(chapter.value("container-title").toString()
        == QStringLiteral("Handbook of Urban Governance: Cities and States"));
    CHECK(chapter.value("publisher").toString() == QStringLiteral("Edward Elgar"));
    CHECK(chapter.value("publisher-place").toString() == QStringLiteral("Cheltenham"));
    CHECK(chapter.value("issued").toObject() == json(R"({"date-parts":[[2019,5]]})"));
    CHECK(chapter.value("page").toString() == QStringLiteral("212-226"));
    CHECK(chapter.value("editor").toArray()
        == QJsonArray { QJsonObject { { "family", "Smith" }, { "given", "Adam" } },
            QJsonObject { { "literal", "Ministry of Science and Technology" } } });
    CHECK(chapter.value("title").toString()
        == QStringLiteral("Grid management in <span class=\"nocase\">Shanghai</span>"));

    const QJsonObject q = byKey(parsed.entries, "quote2021");
    CHECK(q.value("title").toString()
        == QStringLiteral("\u201CQuoted\u201D words, ranges 1990\u20132000 \u2014 and $x^2 + y_1$ math in "
                          "<span class=\"nocase\">RNA</span> and Österreich"));
    CHECK(q.value("container-title").toString() == QStringLiteral("Journal of <span class=\"nocase\">Things</span>"));
    CHECK(q.value("issued").toObject() == json(R"({"date-parts":[[2021]],"season":1})"));
    const QJsonArray names = q.value("author").toArray();
    REQUIRE(names.size() == 4);
    CHECK(names[1].toObject() == QJsonObject { { "literal", "Bureau of Labor Statistics" } });
    CHECK(names[2].toObject()
        == QJsonObject { { "family", "Berg" }, { "given", "Jan" }, { "non-dropping-particle", "van der" } });
    CHECK(names[3].toObject() == QJsonObject { { "family", "King" }, { "given", "Martin" }, { "suffix", "Jr." } });

    const QJsonObject law = byKey(parsed.entries, "law2013");
    CHECK(law.value("type").toString() == QStringLiteral("legislation"));
    CHECK(law.value("author").toArray()[0].toObject() == QJsonObject { { "literal", "全国人民代表大会常务委员会" } });
    CHECK(law.value("issued").toObject() == json(R"({"date-parts":[[2010,10,28],[2011,7,1]]})"));

    // Written back, the same LaTeX comes out.
    const QString bib = QString::fromUtf8(core::bib::writeBibtex({ q }));
    CHECK(bib.contains(QStringLiteral(
        "title = {``Quoted'' words, ranges 1990--2000 --- and $x^2 + y_1$ math in {RNA} and {\\\"O}sterreich}")));
    CHECK(bib.contains(QStringLiteral("author = {O'Brien, Pat and {Bureau of Labor Statistics} and van der Berg, Jan "
                                      "and King, Jr., Martin}")));
    CHECK(bib.contains(QStringLiteral("date = {2021-21}")));
}

TEST_CASE("BibTeX: a bad record is skipped and reported with its line, the rest are read", "[bib]")
{
    const auto parsed = core::bib::parseBibtex(fixture("skip.bib"), "skip.bib");
    QStringList keys;
    for (const auto &e : parsed.entries)
        keys.append(e.fields.value("citation-key").toString());
    CHECK(keys == QStringList { "first2019", "last2020" });
    REQUIRE(parsed.skipped.size() == 3);
    CHECK(parsed.skipped[0].line == 8);
    CHECK(parsed.skipped[0].reason
        == QStringLiteral("field \"title\" appears twice in entry twice2019; expected it once"));
    CHECK(parsed.skipped[1].line == 14);
    CHECK(parsed.skipped[1].reason == QStringLiteral("entry notitle2019 has no title; expected a title field"));
    CHECK(parsed.skipped[2].line == 19);
    CHECK(parsed.skipped[2].reason.contains(QStringLiteral("\"jpa\" is not defined")));

    const auto brace = core::bib::parseBibtex(fixture("broken-brace.bib"), "broken-brace.bib");
    REQUIRE(brace.entries.size() == 1);
    REQUIRE(brace.skipped.size() == 1);
    CHECK(brace.skipped[0].line == 7);
    CHECK(brace.skipped[0].reason
        == QStringLiteral("expected ',' or '}' in entry bad2019 (which starts on line 7), found the end of the file"));
}

TEST_CASE("RIS: tags map to fields, wrapped lines join, unknown tags are kept", "[bib]")
{
    const auto entries = core::bib::parseRis(fixture("hard.ris"), "hard.ris");
    REQUIRE(entries.size() == 3);
    const QJsonObject y = entries[0].fields;
    CHECK(y.value("citation_key").toString() == QStringLiteral("yang2017"));
    CHECK(y.value("year").toInt() == 2017);
    CHECK(y.value("pages").toString() == QStringLiteral("309-320"));
    CHECK(y.value("authors").toArray().size() == 3);
    CHECK(y.value("extra").toObject().value("keywords").toString() == QStringLiteral("fraud; corporate governance"));
    CHECK(y.value("extra").toObject().value("abstract").toString()
        == QStringLiteral("A long abstract that a converter wrapped onto a second line."));
    CHECK(y.value("extra").toObject().value("ris_M3").toString() == QStringLiteral("Article"));
    CHECK(y.value("extra").toObject().value("ris_PY").toString() == QStringLiteral("2017/12/01/"));
    const QJsonObject b = entries[1].fields;
    CHECK(b.value("csl_type").toString() == QStringLiteral("book"));
    CHECK(b.value("authors").toArray()[0].toObject() == QJsonObject { { "family", "王" }, { "given", "五" } });
    CHECK(b.value("authors").toArray()[1].toObject() == QJsonObject { { "literal", "国务院发展研究中心" } });
    CHECK(b.value("note").toString() == QStringLiteral("第二版\n馆藏: 3 册"));
    CHECK(entries[2].fields.value("csl_type").toString() == QStringLiteral("paper-conference"));
    CHECK(entries[2].fields.value("extra").toObject().value("ris_type").toString() == QStringLiteral("CPAPER"));
}

TEST_CASE("CSL-JSON: items are stored as read, unknown variables kept in the extension", "[bib]")
{
    const auto parsed = core::bib::parseCslJson(fixture("hard.json"), "hard.json");
    CHECK(parsed.skipped.isEmpty());
    const auto &entries = parsed.entries;
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].line == 2);
    CHECK(entries[0].fields.value("citation-key").toString() == QStringLiteral("roy2018")); // from "id"
    CHECK(!entries[0].fields.contains("id"));
    CHECK(entries[0].fields.value("volume").toInt() == 39);
    CHECK(entries[0].fields.value("issued").toObject() == json(R"({"date-parts":[[2018,3,1]]})"));
    CHECK(entries[0].fields.value("ISSN").toString() == QStringLiteral("0227-5910"));
    CHECK(entries[0].fields.value("author").toArray()[2].toObject().value("non-dropping-particle").toString()
        == QStringLiteral("van"));
    CHECK(entries[1].fields.value("type").toString() == QStringLiteral("speech"));
    CHECK(!entries[2].fields.contains("citation-key"));
    CHECK(entries[2].fields.value("edition").toString() == QStringLiteral("2"));

    const auto odd = core::bib::parseCslJson(
        R"([{"id":"x","type":"book","title":"T","journal":"J"},{"id":"y","type":"novel","title":"T"},
        {"id":"z","type":"book","title":"T","author":"Smith"}, 3])",
        "odd.json");
    REQUIRE(odd.entries.size() == 1);
    CHECK(extraOf(odd.entries[0].fields) == QJsonObject { { "journal", "J" } });
    REQUIRE(odd.skipped.size() == 3);
    CHECK(odd.skipped[0].reason == QStringLiteral("item 2: variable \"type\": \"novel\" is not a CSL item type"));
    CHECK(odd.skipped[1].reason == QStringLiteral("item 3: variable \"author\": expected an array of names"));
    CHECK(odd.skipped[2].reason == QStringLiteral("item 4 is not an object"));
}

TEST_CASE("Every format round-trips: parse, write, parse gives the same records", "[bib]")
{
    const std::pair<Format, const char *> cases[] = { { Format::BibTeX, "hard.bib" },
        { Format::BibTeX, "crossref.bib" }, { Format::Ris, "hard.ris" }, { Format::CslJson, "hard.json" } };
    for (const auto &[format, file] : cases) {
        INFO(file);
        const auto first = fieldsOf(core::bib::parse(format, fixture(file), file).entries);
        const QByteArray written = core::bib::write(format, first);
        auto second = fieldsOf(core::bib::parse(format, written, QStringLiteral("written")).entries);
        REQUIRE(second.size() == first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (!first[i].contains("citation-key")) // CSL-JSON needs an id: the writer makes one up
                second[i].remove("citation-key");
            CHECK(second[i] == first[i]);
        }
        CHECK(core::bib::write(format, second) == written);
    }
}

TEST_CASE("Import, export and import again into a new knowledge base keeps every field", "[bib]")
{
    test::TempDir dir;
    const std::pair<Format, const char *> cases[]
        = { { Format::BibTeX, "hard.bib" }, { Format::Ris, "hard.ris" }, { Format::CslJson, "hard.json" } };
    for (const auto &[format, file] : cases) {
        INFO(file);
        auto a = test::createKb(dir.path(QStringLiteral("a-%1.db").arg(QLatin1String(file))), true);
        auto b = test::createKb(dir.path(QStringLiteral("b-%1.db").arg(QLatin1String(file))), true);
        core::importReferences(a->repository(), core::bib::parse(format, fixture(file), file).entries, file, false);
        const auto exported = core::referenceFields(a->repository());
        const QByteArray data = core::bib::write(format, exported);
        const auto result = core::importReferences(
            b->repository(), core::bib::parse(format, data, "exported").entries, "exported", false);
        CHECK(result.duplicates.isEmpty());
        CHECK(a->repository().itemIds(core::ItemType::Reference) == b->repository().itemIds(core::ItemType::Reference));
        CHECK(core::referenceFields(b->repository()) == exported);
    }
}

TEST_CASE("Malformed bibliographies: bad records are skipped with their line; a file that is not the format is refused",
    "[bib]")
{
    const auto macro = core::bib::parse(Format::BibTeX, fixture("broken-macro.bib"), "broken-macro.bib");
    CHECK(macro.entries.isEmpty());
    REQUIRE(macro.skipped.size() == 1);
    CHECK(macro.skipped[0].line == 1);
    CHECK(macro.skipped[0].reason
        == QStringLiteral(
            "expected a defined @string macro for journal (\"jpa\" is not defined), found \"jpa, year\""));
    const auto json = core::bib::parse(Format::CslJson, fixture("broken.json"), "broken.json");
    CHECK(json.entries.size() == 1);
    REQUIRE(json.skipped.size() == 1);
    CHECK(json.skipped[0].line == 3);
    CHECK(json.skipped[0].reason == QStringLiteral("item 2: variable \"title\": a title is required"));
    try {
        core::bib::parse(Format::Ris, fixture("broken.ris"), "broken.ris");
        FAIL("no error");
    } catch (const core::Error &e) {
        CHECK(e.message()
            == QStringLiteral(
                "broken.ris:9: expected \"ER  - \" ending the record started on line 6, found \"TY  - BOOK\"."));
    }
    try {
        core::bib::parseCslJson("[{\"title\": \"x\",\n", "cut.json");
        FAIL("no error");
    } catch (const core::Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("cut.json:2: expected CSL-JSON, but the JSON is malformed")));
    }
}
