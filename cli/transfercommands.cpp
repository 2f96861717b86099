#include "cli/transfercommands.h"
#include "storage/kbfiles.h"
#include "storage/repository.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "interchange/bibformats.h"

#include "export/cslstyles.h"
#include "export/exportfile.h"
#include "export/noteexport.h"
#include "facade/fileimport.h"
#include "interchange/referenceimporter.h"

#include <QFile>
#include <QFileInfo>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;

DocumentWriter &documentWriter()
{
    static DocumentWriter writer;
    return writer;
}

// Export targets: never a link, a folder or a FIFO; written whole through a temporary file or not at all.
void refuseOverwrite(const QString &path, bool force)
{
    core::checkExportTarget(path, force);
}

void writeFile(const QString &path, const QByteArray &data)
{
    core::writeExportFile(path, data);
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
        if (args[i] == QLatin1String("--format") && args[i + 1] == QLatin1String("pdf"))
            return true;
    return false;
}

int cmdImport(Context &ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    const bool link = ctx.takeFlag(QStringLiteral("--link")); // keep a PDF where it is instead of copying it
    const QString format = ctx.takeValue(QStringLiteral("--format")).toLower();
    const QString path = ctx.takeFile(QStringLiteral("input file"));
    if (format.isEmpty() && core::guessImportFormat(path).isEmpty())
        throw usageError(
            QStringLiteral("cannot tell the format of %1 from its name; add --format "
                           "paper|pdf|html|mhtml|docx|official|bibtex|ris|csljson|endnote|refworks|noteexpress|zotero")
                .arg(path));
    auto kb = ctx.open();
    const core::FileImport result = core::importFile(kb->repository(), path, format, dryRun, {}, link);
    if (ctx.json)
        ctx.printJson(result.json);
    else
        ctx.out << result.text;
    return Success;
}

namespace {

// What `export` was asked for, read from its arguments.
struct ExportRequest {
    bool force = false;
    bool pandoc = false;
    QString format;
    QString outPath;
    QString styleName;
    QString dossier;
    bool notes = false;
    bool refs = false;
    QStringList noteIds;
    QStringList refIds;
};

// --notes and --refs take the IDs that follow them (comma- or space-separated); none means all.
QStringList takeIdList(Context &ctx, const QString &option, bool &present)
{
    QStringList ids;
    const qsizetype i = ctx.args.indexOf(option);
    present = i >= 0;
    if (!present)
        return ids;
    ctx.args.removeAt(i);
    while (i < ctx.args.size() && !ctx.args.at(i).startsWith(QLatin1String("--")))
        ids += ctx.args.takeAt(i).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return ids;
}

ExportRequest takeExportRequest(Context &ctx)
{
    ExportRequest r;
    r.force = ctx.takeFlag(QStringLiteral("--force"));
    r.pandoc = ctx.takeFlag(QStringLiteral("--pandoc"));
    r.format = ctx.takeValue(QStringLiteral("--format")).toLower();
    r.outPath = ctx.takeValue(QStringLiteral("--out"));
    r.styleName = ctx.takeValue(QStringLiteral("--style"));
    r.dossier = ctx.takeValue(QStringLiteral("--dossier"));
    r.noteIds = takeIdList(ctx, QStringLiteral("--notes"), r.notes);
    r.refIds = takeIdList(ctx, QStringLiteral("--refs"), r.refs);
    ctx.expectNoArgs();
    if (int(r.notes) + int(r.refs) + int(!r.dossier.isEmpty()) != 1)
        throw usageError(QStringLiteral("choose one of --notes, --refs or --dossier ID"));
    if (r.format.isEmpty() || r.outPath.isEmpty())
        throw usageError(QStringLiteral("export needs --format and --out"));
    return r;
}

// Refuses a format that does not fit what is exported, before anything is opened or written.
void checkExportFormat(const ExportRequest &r, bool document, bool bibliography)
{
    if (!document && !bibliography)
        throw usageError(
            QStringLiteral("unknown export format \"%1\"; use md, html, docx, odt, pdf, bibtex, ris or csljson")
                .arg(r.format));
    if ((r.refs && document) || (!r.dossier.isEmpty() && !document))
        throw usageError(r.refs ? QStringLiteral("--refs exports to bibtex, ris or csljson")
                                : QStringLiteral("--dossier exports to md, html, docx, odt or pdf"));
    if (r.pandoc && r.format != QLatin1String("md"))
        throw usageError(QStringLiteral("--pandoc applies to --format md only"));
    if (r.format == QLatin1String("pdf") && !documentWriter())
        throw Error(ErrorCode::Usage,
            QStringLiteral("This build of plenum-cli cannot write %1; export html instead.").arg(r.format));
}

// Writes the notes or the dossier asked for in STYLE (with the .bib beside it for pandoc) and adds
// what was written to SUMMARY.
void writeNotesExport(Context &ctx, core::Repository &repo, const ExportRequest &r, const core::CslStyle &style,
    const QString &bibPath, QJsonObject &summary)
{
    const auto bibFormat = core::bib::formatFromName(r.format);
    core::NoteExportOptions options;
    options.style = style.path;
    options.pandoc = r.pandoc;
    options.bibliographyFile = r.pandoc ? QFileInfo(bibPath).fileName() : QString();
    const core::ExportedText text
        = r.notes ? core::exportNotes(repo, r.noteIds, options) : core::exportDossier(repo, r.dossier, options);
    if (bibFormat)
        writeFile(r.outPath, core::bib::write(*bibFormat, text.cited));
    else if (r.format == QLatin1String("pdf"))
        documentWriter()(core::exportHtml(text), r.outPath, r.format);
    else
        writeFile(r.outPath, core::exportDocument(text, r.format));
    if (r.pandoc) {
        writeFile(bibPath, core::bib::writeBibtex(text.cited));
        summary.insert(QStringLiteral("bibliography"), QFileInfo(bibPath).absoluteFilePath());
    }
    summary.insert(QStringLiteral("references"), static_cast<int>(text.cited.size()));
    summary.insert(QStringLiteral("style"), r.styleName.isEmpty() ? QStringLiteral("gbt7714") : r.styleName);
    summary.insert(QStringLiteral("style_id"), style.id);
    summary.insert(QStringLiteral("style_path"), style.path);
    summary.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(text.warnings));
    for (const QString &w : text.warnings)
        ctx.err << "plenum-cli: " << w << "\n";
}

} // namespace

int cmdExport(Context &ctx)
{
    const ExportRequest r = takeExportRequest(ctx);
    // Found before anything is opened or written: an unknown style names what was looked for.
    const core::CslStyle style = core::resolveStyle(r.styleName.isEmpty() ? QStringLiteral("gbt7714") : r.styleName);
    const auto bibFormat = core::bib::formatFromName(r.format);
    const bool document = r.format == QLatin1String("md") || r.format == QLatin1String("html")
        || r.format == QLatin1String("pdf") || r.format == QLatin1String("odt") || r.format == QLatin1String("docx");
    checkExportFormat(r, document, bibFormat.has_value());
    const QString bibPath = r.pandoc ? QFileInfo(r.outPath).path() + QLatin1Char('/')
            + QFileInfo(r.outPath).completeBaseName() + QStringLiteral(".bib")
                                     : QString();
    core::refuseKnowledgeBaseFile(r.outPath, ctx.dbPath);
    refuseOverwrite(r.outPath, r.force);
    if (r.pandoc) {
        core::refuseKnowledgeBaseFile(bibPath, ctx.dbPath);
        refuseOverwrite(bibPath, r.force);
    }

    auto kb = ctx.open();
    auto &repo = kb->repository();
    QJsonObject summary { { QStringLiteral("path"), QFileInfo(r.outPath).absoluteFilePath() },
        { QStringLiteral("format"), r.format } };
    if (r.refs) {
        const auto fields = core::referenceFields(repo, r.refIds);
        writeFile(r.outPath, core::bib::write(*bibFormat, fields));
        summary.insert(QStringLiteral("references"), static_cast<int>(fields.size()));
    } else {
        writeNotesExport(ctx, repo, r, style, bibPath, summary);
    }
    if (ctx.json)
        ctx.printJson(summary);
    else
        ctx.out << (r.refs ? QStringLiteral("Wrote %1 (%2 references)\n")
                           : QStringLiteral("Wrote %1 (%2 references cited)\n"))
                       .arg(r.outPath)
                       .arg(summary.value(QStringLiteral("references")).toInt());
    return Success;
}

} // namespace plenum::cli
