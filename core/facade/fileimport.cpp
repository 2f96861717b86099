#include "facade/fileimport.h"
#include "facade/zoteroimport.h"

#include "interchange/bibformats.h"
#include "interchange/inputfile.h"
#include "interchange/paperimporter.h"
#include "interchange/referenceimporter.h"
#include "linking/linker.h"
#include "model/cslitem.h"
#include "model/error.h"
#include "sources/documentimport.h"
#include "sources/docxtext.h"
#include "sources/htmltext.h"
#include "sources/pdfimport.h"
#include "storage/attachments.h"
#include "storage/backup.h"
#include "storage/kbfiles.h"
#include "storage/repository.h"
#include "text/textdecode.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace plenum::core {

namespace {

QByteArray readFile(const QString &path)
{
    return readInputFile(path); // refuses folders and FIFOs by name instead of blocking on them
}

QString paperPreviewText(const QJsonObject &o)
{
    QString out;
    const QJsonObject doc = o.value(QStringLiteral("document")).toObject();
    const bool dry = o.value(QStringLiteral("dry_run")).toBool();
    out += QStringLiteral("%1 %2: %3\n")
               .arg(dry ? QStringLiteral("Would create") : QStringLiteral("Created"),
                   doc.value(QStringLiteral("id")).toString(), doc.value(QStringLiteral("title")).toString());
    out += QStringLiteral("  authors: %1\n")
               .arg(doc.value(QStringLiteral("authors")).toVariant().toStringList().join(QStringLiteral(", ")));
    out += QStringLiteral("  affiliation: %1\n").arg(doc.value(QStringLiteral("affiliation")).toString());
    out += QStringLiteral("  keywords: %1\n")
               .arg(doc.value(QStringLiteral("keywords")).toVariant().toStringList().join(QStringLiteral(", ")));
    out += QStringLiteral("  doi: %1\n").arg(doc.value(QStringLiteral("doi")).toString());
    out += QStringLiteral("Sections:\n");
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        out += QString(s.value(QStringLiteral("level")).toInt() * 2, QLatin1Char(' '))
            + QStringLiteral("%1 %2\n").arg(
                s.value(QStringLiteral("number")).toString(), s.value(QStringLiteral("title")).toString());
    }
    out += QStringLiteral(
        "Statements (kind quote): %1 paragraphs, %2 figure captions; %3 citation markers, %4 linked\n")
               .arg(o.value(QStringLiteral("statements")).toArray().size())
               .arg(o.value(QStringLiteral("figures")).toArray().size())
               .arg(o.value(QStringLiteral("citation_markers")).toInt())
               .arg(o.value(QStringLiteral("marker_links")).toInt());
    out += QStringLiteral("References:\n");
    for (const QJsonValue &v : o.value(QStringLiteral("references")).toArray()) {
        const QJsonObject r = v.toObject();
        QString what = r.value(QStringLiteral("created")).toBool()
            ? QStringLiteral("new")
            : QStringLiteral("existing (same %1)").arg(r.value(QStringLiteral("reused_by")).toString());
        if (!r.value(QStringLiteral("duplicate_of")).isNull())
            what += QStringLiteral(", duplicate of ") + r.value(QStringLiteral("duplicate_of")).toString();
        out += QStringLiteral("  [%1] %2 %3: %4\n")
                   .arg(r.value(QStringLiteral("position")).toInt())
                   .arg(r.value(QStringLiteral("id")).toString(), what,
                       r.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString());
    }
    const QJsonArray issues = o.value(QStringLiteral("not_understood")).toArray();
    if (!issues.isEmpty()) {
        out += QStringLiteral("Not understood:\n");
        for (const QJsonValue &v : issues)
            out += QStringLiteral("  line %1: %2\n")
                       .arg(v.toObject().value(QStringLiteral("line")).toInt())
                       .arg(v.toObject().value(QStringLiteral("message")).toString());
    }
    if (dry)
        out += QStringLiteral("Dry run: nothing was written.\n");
    return out;
}

QString referencesText(const QJsonObject &o)
{
    const bool dry = o.value(QStringLiteral("dry_run")).toBool();
    QString out = QStringLiteral("%1 %2 of %3 references from %4\n")
                      .arg(dry ? QStringLiteral("Dry run (nothing written): would add") : QStringLiteral("Added"))
                      .arg(o.value(QStringLiteral("added")).toArray().size())
                      .arg(o.value(QStringLiteral("read")).toInt())
                      .arg(o.value(QStringLiteral("file")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("duplicates")).toArray()) {
        const QJsonObject d = v.toObject();
        const QStringList filled = d.value(QStringLiteral("filled")).toVariant().toStringList();
        out += QStringLiteral("  line %1: %2 duplicates %3 (same %4)%5\n")
                   .arg(d.value(QStringLiteral("line")).toInt())
                   .arg(d.value(QStringLiteral("incoming")).toString(), d.value(QStringLiteral("existing")).toString(),
                       d.value(QStringLiteral("matched_by")).toString(),
                       filled.isEmpty() ? QString()
                                        : QStringLiteral("; filled in ") + filled.join(QStringLiteral(", ")));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("possible_duplicates")).toArray()) {
        const QJsonObject p = v.toObject();
        out += QStringLiteral("  %1 looks like %2 (same %3); merge them if they are one work\n")
                   .arg(p.value(QStringLiteral("id")).toString(),
                       p.value(QStringLiteral("others")).toVariant().toStringList().join(QStringLiteral(", ")),
                       p.value(QStringLiteral("reason")).toString() == QLatin1String("doi")
                           ? QStringLiteral("DOI")
                           : QStringLiteral("title, year and first author"));
    }
    const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
    if (!skipped.isEmpty())
        out += QStringLiteral("Skipped %1 bad records (the rest were read):\n").arg(skipped.size());
    for (const QJsonValue &v : skipped)
        out += QStringLiteral("  %1:%2: %3\n")
                   .arg(v.toObject().value(QStringLiteral("file")).toString())
                   .arg(v.toObject().value(QStringLiteral("line")).toInt())
                   .arg(v.toObject().value(QStringLiteral("reason")).toString());
    return out;
}

// Each entry read as the preview lists it: where it starts, its title and year, the reference it
// becomes ("new") or is merged into ("duplicate"), and the fields CSL has no variable for.
QJsonArray entriesJson(const bib::ParseResult &parsed, const ReferenceImportResult &result)
{
    QHash<QString, QStringList> looksLike;
    for (const PossibleDuplicate &p : result.possibleDuplicates)
        looksLike[p.id] += p.others;
    const QSet<QString> added(result.added.begin(), result.added.end());
    QJsonArray entries;
    for (qsizetype i = 0; i < parsed.entries.size() && i < result.entryIds.size(); ++i) {
        const QJsonObject &fields = parsed.entries.at(i).fields;
        const QString id = result.entryIds.at(i);
        QJsonObject e { { QStringLiteral("line"), parsed.entries.at(i).line }, { QStringLiteral("id"), id },
            { QStringLiteral("title"), csl::title(fields) },
            { QStringLiteral("status"), added.contains(id) ? "new" : "duplicate" },
            { QStringLiteral("not_understood"), QJsonArray::fromStringList(csl::extra(fields).keys()) } };
        if (const auto year = csl::year(fields))
            e.insert(QStringLiteral("year"), *year);
        if (looksLike.contains(id))
            e.insert(QStringLiteral("possible_duplicates"), QJsonArray::fromStringList(looksLike.value(id)));
        entries.append(e);
    }
    return entries;
}

QJsonObject referencesJson(const QString &path, bib::Format format, bool dryRun, const bib::ParseResult &parsed,
    const ReferenceImportResult &result)
{
    QJsonArray skipped;
    for (const bib::Skipped &s : parsed.skipped)
        skipped.append(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("line"), s.line },
            { QStringLiteral("reason"), s.reason } });
    QJsonArray duplicates;
    for (const auto &d : result.duplicates)
        duplicates.append(QJsonObject { { QStringLiteral("incoming"), d.incoming }, { QStringLiteral("line"), d.line },
            { QStringLiteral("existing"), d.existingId }, { QStringLiteral("matched_by"), d.matchedBy },
            { QStringLiteral("filled"), QJsonArray::fromStringList(d.filled) } });
    QJsonArray possible;
    for (const PossibleDuplicate &p : result.possibleDuplicates)
        possible.append(QJsonObject { { QStringLiteral("id"), p.id },
            { QStringLiteral("others"), QJsonArray::fromStringList(p.others) },
            { QStringLiteral("reason"), p.reason } });
    return { { QStringLiteral("file"), path }, { QStringLiteral("format"), bib::formatName(format) },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("read"), static_cast<int>(parsed.entries.size() + parsed.skipped.size()) },
        { QStringLiteral("added"), QJsonArray::fromStringList(result.added) },
        { QStringLiteral("duplicates"), duplicates }, { QStringLiteral("possible_duplicates"), possible },
        { QStringLiteral("entries"), entriesJson(parsed, result) }, { QStringLiteral("skipped"), skipped } };
}

} // namespace

QString guessImportFormat(const QString &path, const QByteArray &data)
{
    if (const auto f = bib::formatFromPath(path))
        return bib::formatName(*f);
    if (const auto f = bib::formatFromContent(data))
        return bib::formatName(*f);
    if (QFileInfo(path).suffix().compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zotero");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("mhtml") || suffix == QLatin1String("mht"))
        return QStringLiteral("mhtml");
    if (suffix == QLatin1String("docx"))
        return QStringLiteral("docx");
    if (suffix == QLatin1String("md") || suffix == QLatin1String("txt") || suffix == QLatin1String("markdown"))
        return QStringLiteral("paper");
    return {};
}

namespace {

void linkStatements(Repository &repo, const QStringList &ids)
{
    Linker linker(repo);
    for (const QString &id : ids)
        linker.linkItem(id);
}

// A paper from Markdown or text, or a PDF kept as the document's attachment; the linker runs on
// the new statements. A copy written for an import that then fails is removed again.
struct AttachmentPlace {
    bool link = false; ///< link the user's file instead of copying it
    QString folder; ///< where copies go; empty: "<kb>.files"
};

FileImport importPaperFile(Repository &repo, const QString &path, const QByteArray &data, bool pdf,
    const Progress &progress, bool dryRun, const AttachmentPlace &place)
{
    PaperImportOptions options;
    options.dryRun = dryRun;
    options.progress = progress;
    // The importer links [n] markers itself; the linker adds milestones and concepts.
    options.afterStatements = linkStatements;
    QString copied;
    std::optional<Attachment> attachment;
    if (pdf)
        options.afterDocument = [&](Repository &r, const QString &documentId) {
            attachment = addAttachment(r.database(), documentId, path, data, place.link, 0, &copied, place.folder);
        };
    QJsonObject json;
    try {
        json = paperImportJson(pdf ? importPdf(repo, data, path, options)
                                   : importPaper(repo, QString::fromUtf8(normalizedText(data)), path, options));
    } catch (...) {
        if (!copied.isEmpty())
            QFile::remove(copied);
        throw;
    }
    if (attachment)
        json.insert(QStringLiteral("attachment"),
            QJsonObject { { QStringLiteral("mode"), attachment->linked ? "link" : "copy" },
                { QStringLiteral("path"), attachmentFilePath(repo.database(), *attachment) },
                { QStringLiteral("sha256"), attachment->sha256 },
                { QStringLiteral("size"), static_cast<qint64>(attachment->size) } });
    FileImport out { json, paperPreviewText(json) };
    if (attachment)
        out.text += QStringLiteral("Attachment (%1): %2\n")
                        .arg(attachment->linked ? QStringLiteral("linked") : QStringLiteral("copied"),
                            attachmentFilePath(repo.database(), *attachment));
    return out;
}

// A web page, Word file or official document in text (one paragraph a line), through the linker.
FileImport importDocumentFile(Repository &repo, const QString &path, const QByteArray &data, const QString &format,
    const Progress &progress, bool dryRun)
{
    SourceDocument doc;
    if (format == QLatin1String("html")) {
        doc = readHtml(data, path);
    } else if (format == QLatin1String("mhtml")) {
        doc = readMhtml(data, path);
    } else if (format == QLatin1String("docx")) {
        doc = readDocx(data, path);
    } else {
        doc.file = path;
        doc.format = QStringLiteral("text");
        for (const QString &line : QString::fromUtf8(normalizedText(data)).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                doc.blocks.append({ line.trimmed(), 0 });
    }
    PaperImportOptions options;
    options.dryRun = dryRun;
    options.progress = progress;
    options.afterStatements = linkStatements;
    const QJsonObject json = documentImportJson(importSourceDocument(repo, doc, options));
    return { json, documentImportText(json) };
}

} // namespace

FileImport importFile(Repository &repo, const QString &path, QString format, bool dryRun, const Progress &progress,
    bool linkAttachment, const QString &attachmentFolder)
{
    // Reading the knowledge base's own files with anything but SQLite would drop this process's locks.
    refuseKnowledgeBaseFile(path, repo.database().path());
    if (format == QLatin1String("zotero") || (format.isEmpty() && guessImportFormat(path) == QLatin1String("zotero")))
        return importZoteroLibrary(repo, path, dryRun, progress); // SQLite reads it, never QFile
    const QByteArray data = readFile(path);
    if (format.isEmpty()) // CNKI and others save EndNote, RefWorks and NoteExpress exports as .txt
        format = guessImportFormat(path, data);
    if (format.isEmpty())
        throw Error(ErrorCode::Usage,
            QStringLiteral("Cannot tell the format of %1 from its name or its first lines; choose paper, pdf, html, "
                           "mhtml, docx, official, bibtex, ris, csljson, endnote, refworks, noteexpress or zotero.")
                .arg(path));
    if (!dryRun)
        backup::createBeforeImport(repo.database(), data.size()); // large imports: a backup first
    if (format == QLatin1String("paper") || format == QLatin1String("pdf"))
        return importPaperFile(
            repo, path, data, format == QLatin1String("pdf"), progress, dryRun, { linkAttachment, attachmentFolder });
    static const QStringList documentFormats = { "html", "mhtml", "docx", "official" };
    if (documentFormats.contains(format))
        return importDocumentFile(repo, path, data, format, progress, dryRun);
    const auto bibFormat = bib::formatFromName(format);
    if (!bibFormat)
        throw Error(ErrorCode::Usage,
            QStringLiteral("Unknown import format \"%1\"; use paper, pdf, html, mhtml, docx, official, bibtex, ris, "
                           "csljson, endnote, refworks, noteexpress or zotero.")
                .arg(format));
    const bib::ParseResult parsed = bib::parse(*bibFormat, data, path);
    const auto result = importReferences(repo, parsed.entries, path, dryRun, progress);
    const QJsonObject json = referencesJson(path, *bibFormat, dryRun, parsed, result);
    return { json, referencesText(json) };
}

} // namespace plenum::core
