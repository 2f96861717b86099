// The labelled set (tests/data/csl): Plenum's pipeline (CSL-JSON import -> store -> note export
// -> pandoc HTML) against citeproc-js run directly on the same items (tests/csl), per style.
#include "testsupport.h"

#include "export/cslengine.h"
#include "export/cslstyles.h"
#include "export/noteexport.h"
#include "export/pandocconvert.h"
#include "interchange/bibformats.h"
#include "interchange/referenceimporter.h"
#include "linking/notelinks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <iostream>

using namespace plenum;

namespace {

const QString kData = QStringLiteral(PLENUM_SOURCE_DIR "/tests/data/csl/");

QByteArray fixture(const QString &name)
{
    QFile f(kData + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Text of an HTML fragment with only whitespace normalised: tags dropped (a block's end is a
// space), entities decoded, runs of white space one space.
QString normalised(const QString &html)
{
    return core::cslHtmlToText(html);
}

// A cluster of citations.json in pandoc's syntax: [@a, p. 12; -@b].
QString pandocCluster(const QJsonArray &cites)
{
    static const QHash<QString, QString> terms { { "page", "p." }, { "chapter", "chap." }, { "section", "sec." } };
    QStringList parts;
    for (const QJsonValue &v : cites) {
        const QJsonObject c = v.toObject();
        QString part = (c.value("suppress-author").toBool() ? QStringLiteral("-@") : QStringLiteral("@"))
            + c.value("id").toString();
        if (c.contains("locator"))
            part += QStringLiteral(", ") + terms.value(c.value("label").toString("page")) + QLatin1Char(' ')
                + c.value("locator").toString();
        parts.append(part);
    }
    return QLatin1Char('[') + parts.join(QStringLiteral("; ")) + QLatin1Char(']');
}

struct Rendered {
    QStringList citations;
    QStringList entries;
};

// citeproc-js on the fixture itself: the reference.
Rendered reference(const QString &stylePath, const QString &items = kData + "references.json",
    const QString &citations = kData + "citations.json")
{
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NODE_PATH", QStringLiteral(PLENUM_SOURCE_DIR "/build/npm/node_modules"));
    node.setProcessEnvironment(env);
    node.start("node",
        { QStringLiteral(PLENUM_SOURCE_DIR "/tests/csl/citeproc-reference.js"), stylePath, items, citations,
            core::cslDataDir() + "/locales" });
    REQUIRE(node.waitForFinished(120000));
    const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    INFO(node.readAllStandardError().toStdString());
    REQUIRE(!out.isEmpty());
    Rendered r;
    for (const QJsonValue &v : out.value("citations").toArray())
        r.citations.append(normalised(v.toString()));
    for (const QJsonValue &v : out.value("bibliography").toArray())
        r.entries.append(normalised(v.toString()));
    return r;
}

// Plenum: a note holding every cluster as a paragraph, exported to HTML with the style, read back
// (each cluster a paragraph; the entries the paragraphs after the list's heading).
Rendered plenumExport(core::Repository &repo, const QString &styleId)
{
    core::NoteExportOptions options;
    options.style = styleId;
    const core::ExportedText text = core::exportNotes(repo, { "note-labelled" }, options);
    const QString html = core::exportHtml(text);
    static const QRegularExpression para(
        QStringLiteral("<p>(.*?)</p>|<h2[^>]*>"), QRegularExpression::DotMatchesEverythingOption);
    Rendered r;
    bool list = false;
    for (auto it = para.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QLatin1String("<h2")))
            list = true;
        else
            (list ? r.entries : r.citations).append(normalised(m.captured(1)));
    }
    return r;
}

int agreeing(const QStringList &a, const QStringList &b, const char *what, const QString &style)
{
    int same = 0;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) == b.value(i))
            ++same;
        else
            std::cout << "  " << style.toStdString() << " " << what << " " << i + 1
                      << "\n    plenum:     " << a.value(i).toStdString()
                      << "\n    citeproc-js: " << b.value(i).toStdString() << "\n";
    }
    return same;
}

} // namespace

// The labelled set imported the way a user imports a CSL-JSON file, and a note citing CLUSTERS.
void importLabelledSet(core::Repository &repo, const QJsonArray &clusters)
{
    const auto parsed = core::bib::parseCslJson(fixture("references.json"), "references.json");
    CHECK(parsed.skipped.isEmpty());
    const QList<core::bib::Entry> &entries = parsed.entries;
    REQUIRE(entries.size() >= 40);
    const auto imported = core::importReferences(repo, entries, "references.json", false);
    Q_UNUSED(imported);
    QStringList paragraphs;
    for (const QJsonValue &c : clusters)
        paragraphs.append(pandocCluster(c.toArray()));
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = "note-labelled";
    note.fields = { { "title", "Labelled set" }, { "body", paragraphs.join("\n\n") } };
    core::saveNote(repo, note);
}

TEST_CASE("The labelled set renders as citeproc-js renders it in each required style (>= 95% exact)", "[csl]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    const QJsonArray clusters = QJsonDocument::fromJson(fixture("citations.json")).array();
    importLabelledSet(repo, clusters);
    const qsizetype items = QJsonDocument::fromJson(fixture("references.json")).array().size();

    for (const QString &styleId : { QStringLiteral("china-national-standard-gb-t-7714-2015-numeric"),
             QStringLiteral("china-national-standard-gb-t-7714-2015-author-date"), QStringLiteral("apa"),
             QStringLiteral("chicago-author-date") }) {
        const core::CslStyle style = core::resolveStyle(styleId);
        const Rendered ours = plenumExport(repo, styleId);
        const Rendered ref = reference(style.path);
        CHECK(ref.citations.size() == clusters.size());
        CHECK(ref.entries.size() == items);
        const int citations = agreeing(ours.citations, ref.citations, "citation", styleId);
        const int list = agreeing(ours.entries, ref.entries, "entry", styleId);
        const double share = 100.0 * (citations + list) / double(ref.citations.size() + ref.entries.size());
        std::cout << "csl agreement " << styleId.toStdString() << ": citations " << citations << "/"
                  << ref.citations.size() << ", entries " << list << "/" << ref.entries.size() << " = " << share
                  << "%\n";
        CHECK(citations >= 0.95 * ref.citations.size());
        CHECK(list >= 0.95 * ref.entries.size());
    }
}

TEST_CASE("A note with 20 citations exports to DOCX; read back by pandoc it shows the GB/T 7714 list citeproc-js "
          "makes",
    "[csl][docx]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("k.db"), true);
    auto &repo = kb->repository();
    QJsonArray clusters;
    const QJsonArray items = QJsonDocument::fromJson(fixture("references.json")).array();
    for (qsizetype i = 0; i < 20; ++i) {
        QJsonObject cite { { "id", items[i].toObject().value("id") } };
        if (i % 4 == 1)
            cite.insert("locator", QString::number(10 + i)), cite.insert("label", "page");
        clusters.append(QJsonArray { cite });
    }
    importLabelledSet(repo, clusters);
    test::writeFile(dir.path("clusters.json"), QJsonDocument(clusters).toJson());

    core::NoteExportOptions options; // the default style: GB/T 7714-2015 numeric
    const QByteArray docx = core::exportDocument(core::exportNotes(repo, { "note-labelled" }, options), "docx");
    REQUIRE(docx.startsWith("PK")); // a zip container, as every .docx is
    const QString plain = core::documentText(docx, "docx");
    INFO(plain.toStdString());
    const qsizetype heading = plain.indexOf(QStringLiteral("References")); // the note is in English
    REQUIRE(heading > 0);
    QStringList list;
    for (const QString &line : plain.mid(heading).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
        list.append(line.simplified());
    const Rendered ref
        = reference(core::resolveStyle("gbt7714").path, kData + "references.json", dir.path("clusters.json"));
    REQUIRE(ref.entries.size() == 20);
    CHECK(list == ref.entries);
    CHECK(list.value(0)
        == QStringLiteral("[1] 王浩, 李明. 网格化管理与基层社会治理创新[J]. 社会学研究, 2019, 34(2): 45-67."));
}
