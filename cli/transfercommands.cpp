#include "cli/transfercommands.h"
#include "storage/kbfiles.h"

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
        throw usageError(QStringLiteral("choose one of --notes, --refs or --dossier ID"));
    if (format.isEmpty() || outPath.isEmpty())
        throw usageError(QStringLiteral("export needs --format and --out"));
    // Found before anything is opened or written: an unknown style names what was looked for.
    const core::CslStyle style = core::resolveStyle(styleName.isEmpty() ? QStringLiteral("gbt7714") : styleName);
    const auto bibFormat = core::bib::formatFromName(format);
    const bool document = format == QLatin1String("md") || format == QLatin1String("html")
        || format == QLatin1String("pdf") || format == QLatin1String("odt") || format == QLatin1String("docx");
    if (!document && !bibFormat)
        throw usageError(
            QStringLiteral("unknown export format \"%1\"; use md, html, docx, odt, pdf, bibtex, ris or csljson")
                .arg(format));
    if ((refs && document) || (!dossier.isEmpty() && !document))
        throw usageError(refs ? QStringLiteral("--refs exports to bibtex, ris or csljson")
                              : QStringLiteral("--dossier exports to md, html, docx, odt or pdf"));
    if (pandoc && format != QLatin1String("md"))
        throw usageError(QStringLiteral("--pandoc applies to --format md only"));
    if (format == QLatin1String("pdf") && !documentWriter())
        throw Error(ErrorCode::Usage,
            QStringLiteral("This build of plenum-cli cannot write %1; export html instead.").arg(format));
    const QString bibPath = pandoc
        ? QFileInfo(outPath).path() + QLatin1Char('/') + QFileInfo(outPath).completeBaseName() + QStringLiteral(".bib")
        : QString();
    core::refuseKnowledgeBaseFile(outPath, ctx.dbPath);
    refuseOverwrite(outPath, force);
    if (pandoc) {
        core::refuseKnowledgeBaseFile(bibPath, ctx.dbPath);
        refuseOverwrite(bibPath, force);
    }

    auto kb = ctx.open();
    auto &repo = kb->repository();
    QJsonObject summary { { QStringLiteral("path"), QFileInfo(outPath).absoluteFilePath() },
        { QStringLiteral("format"), format } };
    if (refs) {
        const auto fields = core::referenceFields(repo, refIds);
        writeFile(outPath, core::bib::write(*bibFormat, fields));
        summary.insert(QStringLiteral("references"), static_cast<int>(fields.size()));
    } else {
        core::NoteExportOptions options;
        options.style = style.path;
        options.pandoc = pandoc;
        options.bibliographyFile = pandoc ? QFileInfo(bibPath).fileName() : QString();
        const core::ExportedText text
            = notes ? core::exportNotes(repo, noteIds, options) : core::exportDossier(repo, dossier, options);
        if (bibFormat)
            writeFile(outPath, core::bib::write(*bibFormat, text.cited));
        else if (format == QLatin1String("pdf"))
            documentWriter()(core::exportHtml(text), outPath, format);
        else
            writeFile(outPath, core::exportDocument(text, format));
        if (pandoc) {
            writeFile(bibPath, core::bib::writeBibtex(text.cited));
            summary.insert(QStringLiteral("bibliography"), QFileInfo(bibPath).absoluteFilePath());
        }
        summary.insert(QStringLiteral("references"), static_cast<int>(text.cited.size()));
        summary.insert(QStringLiteral("style"), styleName.isEmpty() ? QStringLiteral("gbt7714") : styleName);
        summary.insert(QStringLiteral("style_id"), style.id);
        summary.insert(QStringLiteral("style_path"), style.path);
        summary.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(text.warnings));
        for (const QString &w : text.warnings)
            ctx.err << "plenum-cli: " << w << "\n";
    }
    if (ctx.json)
        ctx.printJson(summary);
    else
        ctx.out << (refs ? QStringLiteral("Wrote %1 (%2 references)\n")
                         : QStringLiteral("Wrote %1 (%2 references cited)\n"))
                       .arg(outPath)
                       .arg(summary.value(QStringLiteral("references")).toInt());
    return Success;
}

} // namespace plenum::cli
