#include "testsupport.h"

#include "interchange/bibformats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

// Exports checked by the tools the ecosystem uses: CSL-JSON against the official schema
// (python3-jsonschema), BibLaTeX through biber's data model.

using namespace plenum;
using core::bib::Format;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(PLENUM_TEST_DATA "/bib/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Every record of the labelled BibTeX, RIS and CSL-JSON files, as stored CSL items.
QList<QJsonObject> labelledSet()
{
    QList<QJsonObject> items;
    const std::pair<Format, const char *> files[] = { { Format::BibTeX, "hard.bib" },
        { Format::BibTeX, "crossref.bib" }, { Format::Ris, "hard.ris" }, { Format::CslJson, "hard.json" } };
    for (const auto &[format, file] : files)
        for (const auto &e : core::bib::parse(format, fixture(file), QLatin1String(file)).entries)
            items.append(e.fields);
    return items;
}

// Runs PROGRAM with ARGS (in folder CWD when given); returns its exit code, stdout and stderr in OUTPUT.
int run(const QString &program, const QStringList &args, QString &output, const QString &cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(300000));
    output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

} // namespace

TEST_CASE("CSL-JSON exports validate against the official CSL 1.0.2 schema", "[bib][schema]")
{
    test::TempDir dir;
    const QList<QJsonObject> items = labelledSet();
    REQUIRE(items.size() >= 15);
    const QString file = dir.path("export.json");
    test::writeFile(file, core::bib::writeCslJson(items));
    const QString schema = QStringLiteral(PLENUM_TEST_DATA "/../../resources/csl/csl-data.json");
    QString output;
    const int code = run(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "import json, sys, jsonschema\n"
                "schema = json.load(open(sys.argv[1]))\n"
                "errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
                "for e in errors: print(list(e.path), e.message)\n"
                "sys.exit(1 if errors else 0)"),
            schema, file },
        output);
    INFO(output.toStdString());
    CHECK(code == 0);
    // The check can fail: a Plenum extension left in is refused.
    QJsonObject leaked = items.first();
    leaked.insert(QStringLiteral("_plenum"), QJsonObject { { QStringLiteral("extra"), QJsonObject() } });
    test::writeFile(file, QJsonDocument(QJsonArray { leaked }).toJson());
    CHECK(run(QStringLiteral("python3"),
              { QStringLiteral("-c"),
                  QStringLiteral("import json, sys, jsonschema\n"
                                 "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))"),
                  schema, file },
              output)
        != 0);
}

TEST_CASE("BibLaTeX exports pass biber's data model without a warning", "[bib][biber]")
{
    test::TempDir dir;
    const QString file = dir.path("export.bib");
    test::writeFile(file, core::bib::writeBibtex(labelledSet()));
    QString output;
    const int code = run(QStringLiteral("biber"),
        { QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"), QStringLiteral("export.bib") }, output,
        dir.path("."));
    INFO(output.toStdString());
    REQUIRE(code == 0);
    QStringList problems;
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("WARN")) || line.startsWith(QLatin1String("ERROR")))
            problems.append(line);
    // Mandatory fields the labelled records themselves lack (no author on a web page, no date) are
    // the data's, not the writer's: every other data-model message is a failure.
    QStringList writerProblems;
    for (const QString &p : problems)
        if (!p.contains(QLatin1String("Missing mandatory field")))
            writerProblems.append(p);
    CHECK(writerProblems == QStringList {});
}
