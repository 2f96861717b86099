#include "transfercommands.h"

#include "bibformats.h"
#include "clicommands.h"
#include "clicontext.h"

#include "backup.h"
#include "noteexport.h"
#include "paperimporter.h"
#include "referenceimporter.h"
#include "textdecode.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;

DocumentWriter &documentWriter()
{
    static DocumentWriter writer;
    return writer;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QFileInfo::exists(path) ? ErrorCode::FileError : ErrorCode::NotFound,
                    QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

void refuseOverwrite(const QString &path, bool force)
{
    if (QFileInfo::exists(path) && !force)
        throw Error(ErrorCode::Conflict, QStringLiteral("%1 already exists; add --force to replace it.").arg(path));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(ErrorCode::FileError, QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
}

QString paperPreviewText(const QJsonObject &o)
{
    QString out;
    const QJsonObject doc = o.value(QStringLiteral("document")).toObject();
    const bool dry = o.value(QStringLiteral("dry_run")).toBool();
    out += QStringLiteral("%1 %2: %3\n").arg(dry ? QStringLiteral("Would create") : QStringLiteral("Created"),
                                            doc.value(QStringLiteral("id")).toString(), doc.value(QStringLiteral("title")).toString());
    out += QStringLiteral("  authors: %1\n").arg(doc.value(QStringLiteral("authors")).toVariant().toStringList().join(QStringLiteral(", ")));
    out += QStringLiteral("  affiliation: %1\n").arg(doc.value(QStringLiteral("affiliation")).toString());
    out += QStringLiteral("  keywords: %1\n").arg(doc.value(QStringLiteral("keywords")).toVariant().toStringList().join(QStringLiteral(", ")));
    out += QStringLiteral("  doi: %1\n").arg(doc.value(QStringLiteral("doi")).toString());
    out += QStringLiteral("Sections:\n");
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        out += QString(s.value(QStringLiteral("level")).toInt() * 2, QLatin1Char(' ')) +
               QStringLiteral("%1 %2\n").arg(s.value(QStringLiteral("number")).toString(), s.value(QStringLiteral("title")).toString());
    }
    out += QStringLiteral("Statements (kind quote): %1 paragraphs, %2 figure captions; %3 citation markers, %4 linked\n")
               .arg(o.value(QStringLiteral("statements")).toArray().size())
               .arg(o.value(QStringLiteral("figures")).toArray().size())
               .arg(o.value(QStringLiteral("citation_markers")).toInt())
               .arg(o.value(QStringLiteral("marker_links")).toInt());
    out += QStringLiteral("References:\n");
    for (const QJsonValue &v : o.value(QStringLiteral("references")).toArray()) {
        const QJsonObject r = v.toObject();
        QString what = r.value(QStringLiteral("created")).toBool() ? QStringLiteral("new") : QStringLiteral("existing (same %1)").arg(r.value(QStringLiteral("reused_by")).toString());
        if (!r.value(QStringLiteral("duplicate_of")).isNull())
            what += QStringLiteral(", duplicate of ") + r.value(QStringLiteral("duplicate_of")).toString();
        out += QStringLiteral("  [%1] %2 %3: %4\n").arg(r.value(QStringLiteral("position")).toInt()).arg(r.value(QStringLiteral("id")).toString(), what,
                                                         r.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString());
    }
    const QJsonArray issues = o.value(QStringLiteral("not_understood")).toArray();
    if (!issues.isEmpty()) {
        out += QStringLiteral("Not understood:\n");
        for (const QJsonValue &v : issues)
            out += QStringLiteral("  line %1: %2\n").arg(v.toObject().value(QStringLiteral("line")).toInt()).arg(v.toObject().value(QStringLiteral("message")).toString());
    }
    if (dry)
        out += QStringLiteral("Dry run: nothing was written.\n");
    return out;
}

} // namespace

void setDocumentWriter(DocumentWriter writer)
{
    documentWriter() = std::move(writer);
}

bool needsDocumentWriter(const QStringList &args)
{
    if (!args.contains(QStringLiteral("export")))
        return false;
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1String("--format") && (args[i + 1] == QLatin1String("pdf") || args[i + 1] == QLatin1String("odt")))
            return true;
    return false;
}

int cmdImport(Context &ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    QString format = ctx.takeValue(QStringLiteral("--format")).toLower();
    const QString path = ctx.takeOne(QStringLiteral("input file"));
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (const auto f = core::bib::formatFromPath(path))
            format = core::bib::formatName(*f);
        else if (suffix == QLatin1String("md") || suffix == QLatin1String("txt") || suffix == QLatin1String("markdown"))
            format = QStringLiteral("paper");
        else
            throw UsageFailure{QStringLiteral("cannot tell the format of %1 from its name; add --format paper|bibtex|ris|csljson").arg(path)};
    }
    const QByteArray data = readFile(path);
    auto kb = ctx.open();
    if (!dryRun)
        core::backup::createBeforeImport(kb->database(), data.size());
    if (format == QLatin1String("paper")) {
        core::PaperImportOptions options;
        options.dryRun = dryRun;
        const auto result = core::importPaper(kb->repository(), QString::fromUtf8(core::normalizedText(data)), path, options);
        const QJsonObject json = core::paperImportJson(result);
        if (ctx.json)
            ctx.printJson(json);
        else
            ctx.out << paperPreviewText(json);
        return Success;
    }
    const auto bibFormat = core::bib::formatFromName(format);
    if (!bibFormat)
        throw UsageFailure{QStringLiteral("unknown import format \"%1\"; use paper, bibtex, ris or csljson").arg(format)};
    const auto entries = core::bib::parse(*bibFormat, data, path);
    const auto result = core::importReferences(kb->repository(), entries, path, dryRun);
    QJsonArray duplicates;
    for (const auto &d : result.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("incoming"), d.incoming},
                                      {QStringLiteral("line"), d.line},
                                      {QStringLiteral("existing"), d.existingId},
                                      {QStringLiteral("matched_by"), d.matchedBy},
                                      {QStringLiteral("filled"), QJsonArray::fromStringList(d.filled)}});
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("format"), core::bib::formatName(*bibFormat)},
                                  {QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("read"), static_cast<int>(entries.size())},
                                  {QStringLiteral("added"), QJsonArray::fromStringList(result.added)},
                                  {QStringLiteral("duplicates"), duplicates}});
        return Success;
    }
    ctx.out << QStringLiteral("%1 %2 of %3 references from %4\n")
                   .arg(dryRun ? QStringLiteral("Dry run (nothing written): would add") : QStringLiteral("Added"))
                   .arg(result.added.size())
                   .arg(entries.size())
                   .arg(path);
    for (const auto &d : result.duplicates)
        ctx.out << QStringLiteral("  line %1: %2 duplicates %3 (same %4)%5\n")
                       .arg(d.line)
                       .arg(d.incoming, d.existingId, d.matchedBy,
                            d.filled.isEmpty() ? QString() : QStringLiteral("; filled in ") + d.filled.join(QStringLiteral(", ")));
    return Success;
}

int cmdExport(Context &ctx)
{
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const bool pandoc = ctx.takeFlag(QStringLiteral("--pandoc"));
    const QString format = ctx.takeValue(QStringLiteral("--format")).toLower();
    const QString outPath = ctx.takeValue(QStringLiteral("--out"));
    const QString styleName = ctx.takeValue(QStringLiteral("--style"));
    const QString dossier = ctx.takeValue(QStringLiteral("--dossier"));
    // --notes and --refs take the IDs that follow them (comma- or space-separated); none means all.
    auto takeList = [&](const QString &option, bool &present) {
        QStringList ids;
        const qsizetype i = ctx.args.indexOf(option);
        present = i >= 0;
        if (!present)
            return ids;
        ctx.args.removeAt(i);
        while (i < ctx.args.size() && !ctx.args.at(i).startsWith(QLatin1String("--")))
            ids += ctx.args.takeAt(i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return ids;
    };
    bool notes = false, refs = false;
    const QStringList noteIds = takeList(QStringLiteral("--notes"), notes);
    const QStringList refIds = takeList(QStringLiteral("--refs"), refs);
    ctx.expectNoArgs();
    if (int(notes) + int(refs) + int(!dossier.isEmpty()) != 1)
        throw UsageFailure{QStringLiteral("choose one of --notes, --refs or --dossier ID")};
    if (format.isEmpty() || outPath.isEmpty())
        throw UsageFailure{QStringLiteral("export needs --format and --out")};
    const auto style = core::citationStyleFromName(styleName.isEmpty() ? QStringLiteral("gbt7714") : styleName);
    if (!style)
        throw UsageFailure{QStringLiteral("unknown style \"%1\"; use gbt7714 or apa").arg(styleName)};
    const auto bibFormat = core::bib::formatFromName(format);
    const bool document = format == QLatin1String("md") || format == QLatin1String("html") || format == QLatin1String("pdf") ||
                          format == QLatin1String("odt");
    if (!document && !bibFormat)
        throw UsageFailure{QStringLiteral("unknown export format \"%1\"; use md, html, pdf, odt, bibtex, ris or csljson").arg(format)};
    if ((refs && document) || (!dossier.isEmpty() && !document))
        throw UsageFailure{refs ? QStringLiteral("--refs exports to bibtex, ris or csljson") : QStringLiteral("--dossier exports to md, html, pdf or odt")};
    if (pandoc && format != QLatin1String("md"))
        throw UsageFailure{QStringLiteral("--pandoc applies to --format md only")};
    if ((format == QLatin1String("pdf") || format == QLatin1String("odt")) && !documentWriter())
        throw Error(ErrorCode::Usage, QStringLiteral("This build of plenum-cli cannot write %1; export html instead.").arg(format));
    const QString bibPath = pandoc ? QFileInfo(outPath).path() + QLatin1Char('/') + QFileInfo(outPath).completeBaseName() + QStringLiteral(".bib") : QString();
    refuseOverwrite(outPath, force);
    if (pandoc)
        refuseOverwrite(bibPath, force);

    auto kb = ctx.open();
    auto &repo = kb->repository();
    QJsonObject summary{{QStringLiteral("path"), QFileInfo(outPath).absoluteFilePath()}, {QStringLiteral("format"), format}};
    if (refs) {
        const auto fields = core::referenceFields(repo, refIds);
        writeFile(outPath, core::bib::write(*bibFormat, fields));
        summary.insert(QStringLiteral("references"), static_cast<int>(fields.size()));
    } else {
        core::NoteExportOptions options;
        options.style = *style;
        options.pandoc = pandoc;
        options.bibliographyFile = pandoc ? QFileInfo(bibPath).fileName() : QString();
        const core::ExportedText text = notes ? core::exportNotes(repo, noteIds, options) : core::exportDossier(repo, dossier, options);
        if (bibFormat)
            writeFile(outPath, core::bib::write(*bibFormat, text.cited));
        else if (format == QLatin1String("md"))
            writeFile(outPath, text.markdown.toUtf8());
        else if (format == QLatin1String("html"))
            writeFile(outPath, core::exportHtml(text).toUtf8());
        else
            documentWriter()(core::exportHtml(text), outPath, format);
        if (pandoc) {
            writeFile(bibPath, core::bib::writeBibtex(text.cited));
            summary.insert(QStringLiteral("bibliography"), QFileInfo(bibPath).absoluteFilePath());
        }
        summary.insert(QStringLiteral("references"), static_cast<int>(text.cited.size()));
        summary.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(text.warnings));
        for (const QString &w : text.warnings)
            ctx.err << "plenum-cli: " << w << "\n";
    }
    if (ctx.json)
        ctx.printJson(summary);
    else
        ctx.out << (refs ? QStringLiteral("Wrote %1 (%2 references)\n") : QStringLiteral("Wrote %1 (%2 references cited)\n"))
                       .arg(outPath)
                       .arg(summary.value(QStringLiteral("references")).toInt());
    return Success;
}

} // namespace plenum::cli
