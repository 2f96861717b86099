#include "testsupport.h"

#include "interchange/bibformats.h"
#include "interchange/kbformat.h"
#include "interchange/referenceimporter.h"
#include "storage/repository.h"
#include "text/latex.h"

#include <QFile>
#include <QJsonArray>

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
        if (e.fields.value("citation_key").toString() == key)
            return e.fields;
    FAIL("no entry " << key.toStdString());
    return {};
}

QString errorOf(Format format, const QString &file)
{
    try {
        core::bib::parse(format, fixture(file), file).entries;
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
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
    const auto entries = core::bib::parseBibtex(fixture("hard.bib"), "hard.bib");
    REQUIRE(entries.size() == 9); // @comment, @preamble, @string and free text are not references
    const QJsonObject m = byKey(entries, "mueller2019");
    CHECK(m.value("csl_type").toString() == QStringLiteral("article-journal"));
    CHECK(m.value("title").toString() == QStringLiteral("The RNA of Governance: Öffentliche Verwaltung in China"));
    CHECK(m.value("container").toString() == QStringLiteral("Public Administration Review"));
    CHECK(m.value("year").toInt() == 2019);
    CHECK(m.value("pages").toString() == QStringLiteral("800-805"));
    CHECK(m.value("issue").toString() == QStringLiteral("5"));
    const QJsonArray authors = m.value("authors").toArray();
    REQUIRE(authors.size() == 3);
    CHECK(authors[0].toObject() == QJsonObject { { "family", "Müller" }, { "given", "Jörg" } });
    CHECK(authors[1].toObject() == QJsonObject { { "family", "García Márquez" }, { "given", "Ana" } });
    CHECK(authors[2].toObject() == QJsonObject { { "literal", "World Health Organization" } });
    const QJsonObject extra = m.value("extra").toObject();
    CHECK(extra.value("month").toString() == QStringLiteral("March"));
    CHECK(extra.value("abstract").toString() == QStringLiteral("Costs rose 5% & fell; see Table 1."));
    CHECK(extra.value("isbn").toString() == QStringLiteral("978-3-16-148410-0"));

    const QJsonObject z = byKey(entries, "zhang2018");
    CHECK(z.value("csl_type").toString() == QStringLiteral("book"));
    CHECK(z.value("title").toString() == QStringLiteral("社会治理创新研究"));
    CHECK(z.value("authors").toArray()[0].toObject() == QJsonObject { { "family", "张" }, { "given", "三" } });
    CHECK(z.value("authors").toArray()[1].toObject() == QJsonObject { { "family", "欧阳" }, { "given", "修文" } });
    CHECK(z.value("publisher").toString() == QStringLiteral("社会科学文献出版社"));

    CHECK(byKey(entries, "wang2020").value("csl_type").toString() == QStringLiteral("chapter"));
    CHECK(byKey(entries, "wang2020").value("container").toString() == QStringLiteral("Handbook of Urban Governance"));
    CHECK(byKey(entries, "cote2021").value("csl_type").toString() == QStringLiteral("paper-conference"));
    CHECK(byKey(entries, "cote2021").value("url").toString()
        == QStringLiteral("https://example.org/papers/cote_2021%20final.pdf"));
    CHECK(byKey(entries, "li2016").value("publisher").toString() == QStringLiteral("Peking University"));
    CHECK(byKey(entries, "chen2015").value("extra").toObject().value("bibtex_type").toString()
        == QStringLiteral("mastersthesis"));
    CHECK(byKey(entries, "kowalski2014").value("authors").toArray()[0].toObject().value("given").toString()
        == QStringLiteral("Łukasz"));
    CHECK(byKey(entries, "cnnic2018").value("csl_type").toString() == QStringLiteral("manuscript"));
    CHECK(byKey(entries, "gov2013").value("csl_type").toString() == QStringLiteral("webpage"));
    CHECK(byKey(entries, "gov2013").value("extra").toObject().value("urldate").toString()
        == QStringLiteral("2024-03-01"));
}

TEST_CASE("RIS: tags map to CSL variables, wrapped lines join, unmapped tags go to the note", "[bib]")
{
    const auto entries = core::bib::parseRis(fixture("hard.ris"), "hard.ris").entries;
    REQUIRE(entries.size() == 3);
    const QJsonObject y = entries[0].fields;
    CHECK(y.value("citation-key").toString() == QStringLiteral("yang2017"));
    CHECK(y.value("issued").toObject() == QJsonObject { { "date-parts", QJsonArray { QJsonArray { 2017, 12, 1 } } } });
    CHECK(y.value("page").toString() == QStringLiteral("309-320"));
    CHECK(y.value("author").toArray().size() == 3);
    CHECK(y.value("keyword").toString() == QStringLiteral("fraud, corporate governance"));
    CHECK(y.value("abstract").toString()
        == QStringLiteral("A long abstract that a converter wrapped onto a second line."));
    CHECK(y.value("genre").toString() == QStringLiteral("Article"));
    CHECK(y.value("ISSN").toString() == QStringLiteral("0040-1625"));
    const QJsonObject b = entries[1].fields;
    CHECK(b.value("type").toString() == QStringLiteral("book"));
    CHECK(b.value("author").toArray()[0].toObject() == QJsonObject { { "family", "王" }, { "given", "五" } });
    CHECK(b.value("author").toArray()[1].toObject() == QJsonObject { { "literal", "国务院发展研究中心" } });
    CHECK(b.value("publisher-place").toString() == QStringLiteral("北京"));
    CHECK(b.value("note").toString() == QStringLiteral("第二版\n馆藏: 3 册"));
    CHECK(entries[2].fields.value("type").toString() == QStringLiteral("paper-conference"));
    CHECK(entries[2].fields.value("container-title").toString() == QStringLiteral("Proceedings of Digital Government"));
}

TEST_CASE("CSL-JSON: numbers become text, rich dates and unknown variables are kept", "[bib]")
{
    const auto entries = core::bib::parseCslJson(fixture("hard.json"), "hard.json");
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].line == 2);
    CHECK(entries[0].fields.value("volume").toString() == QStringLiteral("39"));
    CHECK(entries[0].fields.value("year").toInt() == 2018);
    CHECK(entries[0].fields.value("extra").toObject().contains("issued"));
    CHECK(entries[0].fields.value("extra").toObject().value("ISSN").toString() == QStringLiteral("0227-5910"));
    CHECK(entries[0].fields.value("authors").toArray()[2].toObject().value("non-dropping-particle").toString()
        == QStringLiteral("van"));
    CHECK(entries[1].fields.value("csl_type").toString() == QStringLiteral("speech"));
    CHECK(!entries[1].fields.value("extra").toObject().contains("issued"));
    CHECK(!entries[2].fields.contains("citation_key"));
    CHECK(entries[2].fields.value("extra").toObject().value("edition").toString() == QStringLiteral("2"));
}

TEST_CASE("Every format round-trips: parse, write, parse gives the same records", "[bib]")
{
    const std::pair<Format, const char *> cases[]
        = { { Format::BibTeX, "hard.bib" }, { Format::Ris, "hard.ris" }, { Format::CslJson, "hard.json" } };
    for (const auto &[format, file] : cases) {
        INFO(file);
        const auto first = fieldsOf(core::bib::parse(format, fixture(file), file).entries);
        const QByteArray written = core::bib::write(format, first);
        const auto second = fieldsOf(core::bib::parse(format, written, QStringLiteral("written")).entries);
        REQUIRE(second.size() == first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            CHECK(second[i] == first[i]);
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

TEST_CASE("Malformed bibliographies name the file, the line and what was expected", "[bib]")
{
    const QString brace = errorOf(Format::BibTeX, "broken-brace.bib");
    CHECK(brace
        == QStringLiteral("broken-brace.bib:12: expected ',' or '}' in entry bad2019 (which starts on line 7), found "
                          "the end of the file."));
    CHECK(errorOf(Format::BibTeX, "broken-macro.bib")
        == QStringLiteral("broken-macro.bib:3: expected a defined @string macro for journal (\"jpa\" is not defined), "
                          "found \"jpa, year\"."));
    const auto ris = core::bib::parseRis(fixture("broken.ris"), "broken.ris"); // the rest is read
    CHECK(ris.entries.size() == 2);
    REQUIRE(ris.skipped.size() == 1);
    CHECK(ris.skipped.first().line == 6);
    CHECK(
        ris.skipped.first().reason == QStringLiteral("this record has no \"ER\" line before the next record (line 9)"));
    CHECK(errorOf(Format::CslJson, "broken.json") == QStringLiteral("broken.json:3: item 2: expected a \"title\"."));
    try {
        core::bib::parseCslJson("[{\"title\": \"x\",\n", "cut.json");
        FAIL("no error");
    } catch (const core::Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("cut.json:2: expected CSL-JSON, but the JSON is malformed")));
    }
}
