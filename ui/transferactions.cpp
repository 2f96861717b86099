#include "ui/transferactions.h"
#include "ui/settings.h"

#include "export/cslstyles.h"
#include "export/exportfile.h"
#include "export/noteexport.h"
#include "facade/fileimport.h"
#include "facade/knowledgebase.h"
#include "interchange/bibformats.h"
#include "interchange/referenceimporter.h"
#include "render/documentwriter.h"
#include "search/searchindex.h"
#include "storage/repository.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/importpreviewdialog.h"
#include "ui/kbimport.h"
#include "ui/settings.h"
#include "ui/stylechoices.h"
#include "ui/taskrunner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QRegularExpression>

namespace plenum::ui {

namespace {

// The file dialog has asked before replacing a file; a link, folder or FIFO is still refused, and
// the file is written all or nothing (core/export/exportfile.h), as plenum-cli writes it.
void writeBytes(const QString &path, const QByteArray &data)
{
    core::checkExportTarget(path, true);
    core::writeExportFile(path, data);
}

// The titles of the stored references a preview names (merged into, or looked like), by ID; a
// reference new in the same file is named by its title in the file.
QJsonObject previewTitles(core::Repository &repo, const QJsonObject &preview)
{
    QJsonObject titles;
    const QJsonArray entries = preview.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries)
        titles.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject().value(QStringLiteral("title")));
    for (const QJsonValue &v : entries) {
        QStringList ids = v.toObject().value(QStringLiteral("possible_duplicates")).toVariant().toStringList();
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
        for (const QString &id : std::as_const(ids))
            if (repo.typeOf(id))
                titles.insert(id, repo.title(id));
    }
    return titles;
}

// What an import did, for the status bar in the interface language (core's report is the CLI's).
QString importedMessage(const QString &name, const QJsonObject &result)
{
    if (result.contains(QStringLiteral("entries")))
        return TransferActions::tr("Imported %1: %2 new, %3 merged into references already here, %4 skipped.")
            .arg(name)
            .arg(result.value(QStringLiteral("added")).toArray().size())
            .arg(result.value(QStringLiteral("duplicates")).toArray().size())
            .arg(result.value(QStringLiteral("skipped")).toArray().size());
    if (!result.contains(QStringLiteral("document"))) // a Zotero library
        return TransferActions::tr("Imported %1.").arg(name);
    return TransferActions::tr("Imported %1 as “%2”: %3 statements.")
        .arg(name, result.value(QStringLiteral("document")).toObject().value(QStringLiteral("title")).toString())
        .arg(result.value(QStringLiteral("statements")).toArray().size());
}

} // namespace

TransferActions::TransferActions(
    QWidget *window, ErrorReporter &errors, std::function<QString()> kbPath, std::function<void()> changed)
    : QObject(window)
    , m_window(window)
    , m_errors(errors)
    , m_kbPath(std::move(kbPath))
    , m_changed(std::move(changed))
{
    preloadStyleChoices(); // the first Export or Settings dialog then lists them at once
}

void TransferActions::setUnattended(const QString &exportPath, const QString &style)
{
    m_unattended = true;
    m_exportPath = exportPath;
    m_style = style;
}

bool TransferActions::chooseStyle(const QString &title, QString &style)
{
    // Every installed style by title, the one in the settings first chosen; the choice is kept.
    Settings settings;
    const QList<StyleChoice> styles = styleChoices();
    QStringList titles;
    for (const StyleChoice &s : styles)
        titles.append(s.label);
    const int current = styleChoiceIndex(styles, settings.exportStyle());
    if (titles.isEmpty())
        return guard(m_errors, tr("Cannot export"), [] { (void)core::resolveStyle(core::defaultStyleName()); });
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, title, tr("Citation style:"), titles, current, false, &ok);
    if (!ok)
        return false;
    style = styles.value(titles.indexOf(chosen)).id;
    settings.setExportStyle(style);
    return true;
}

void TransferActions::chooseAndImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import"), QString(),
        tr("Papers, documents, bibliographies and knowledge bases (*.pdf *.html *.htm *.mhtml *.mht *.docx *.md "
           "*.markdown *.txt *.bib *.ris *.json *.enw *.net *.ne *.sqlite *.plenum-kb *.jsonl);;Plenum knowledge base "
           "(*.plenum-kb *.jsonl);;PDF (*.pdf);;Web pages (*.html *.htm *.mhtml *.mht);;Word "
           "(*.docx);;"
           "Papers (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json);;EndNote, RefWorks, "
           "NoteExpress (*.enw *.txt *.net *.ne);;Zotero library (zotero.sqlite *.sqlite)"));
    importFiles(paths);
}

void TransferActions::importFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (isKbFile(path)) {
            runKbImport(path, !m_unattended);
            continue;
        }
        QString format; // empty: importFile tells it from the name and first lines (CNKI's .txt exports)
        if (core::guessImportFormat(path).isEmpty()) {
            if (m_unattended) {
                m_errors.report(tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                    tr("Plenum cannot tell the format of %1 from its name.").arg(path));
                continue;
            }
            bool ok = false;
            format = QInputDialog::getItem(m_window, tr("Import %1").arg(QFileInfo(path).fileName()),
                tr("What kind of file is this?"),
                { QStringLiteral("paper"), QStringLiteral("official"), QStringLiteral("pdf"), QStringLiteral("html"),
                    QStringLiteral("docx"), QStringLiteral("bibtex"), QStringLiteral("ris"), QStringLiteral("csljson"),
                    QStringLiteral("endnote"), QStringLiteral("refworks"), QStringLiteral("noteexpress"),
                    QStringLiteral("zotero") },
                0, false, &ok);
            if (!ok)
                continue;
        }
        runImport(path, format, !m_unattended);
    }
}

bool TransferActions::confirmImport(const QString &name, const QJsonObject &preview)
{
    ImportPreviewDialog dialog(name, preview, m_window);
    if (m_previewHandler)
        return m_previewHandler(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void TransferActions::runImport(const QString &path, const QString &format, bool preview)
{
    const QString name = QFileInfo(path).fileName();
    // A PDF's copy goes to the attachment folder of the settings (empty: beside the knowledge base).
    const QString attachments = Settings().attachmentFolder();
    auto work = [path, format, preview, attachments](core::KnowledgeBase &kb, const core::Progress &progress) {
        const auto result = core::importFile(kb.repository(), path, format, preview, progress, false, attachments);
        QJsonObject o = result.json;
        o.insert(QStringLiteral("text"), result.text);
        if (preview)
            o.insert(QStringLiteral("titles"), previewTitles(kb.repository(), result.json));
        return o;
    };
    TaskRunner::run(m_window, m_kbPath(), preview ? tr("Reading %1…").arg(name) : tr("Importing %1…").arg(name), work,
        [this, path, format, preview, name](
            const std::optional<QJsonObject> &result, const std::optional<core::Error> &error) {
            if (error) {
                if (error->code() != core::ErrorCode::Cancelled)
                    m_errors.report(tr("Cannot import %1").arg(name), *error);
                else
                    emit message(tr("Import of %1 cancelled; nothing was changed.").arg(name));
                return;
            }
            if (preview && result->contains(QStringLiteral("entries"))) {
                if (confirmImport(name, *result))
                    runImport(path, format, false);
                return;
            }
            if (preview) {
                QMessageBox box(QMessageBox::Question, tr("Import %1").arg(name),
                    tr("Plenum read %1. The details show what the import will create and what it did not understand.")
                        .arg(name),
                    QMessageBox::Cancel, m_window);
                box.setDetailedText(ImportPreviewDialog::documentSummary(*result)); // core's text is the CLI's
                box.addButton(tr("Import"), QMessageBox::AcceptRole);
                if (box.exec() == QMessageBox::Cancel)
                    return;
                runImport(path, format, false);
                return;
            }
            m_changed();
            if (const QJsonArray skipped = result->value(QStringLiteral("skipped")).toArray(); !skipped.isEmpty()) {
                QStringList lines; // bad records: say which, and why, in the interface language
                for (const QJsonValue &v : skipped)
                    lines.append(ImportPreviewDialog::skippedText(v.toObject()));
                m_errors.report(tr("Some records of %1 were skipped").arg(name), lines.join(QLatin1Char('\n')));
            }
            emit message(importedMessage(name, *result));
        });
}

void TransferActions::runKbImport(const QString &path, bool preview)
{
    const QString name = QFileInfo(path).fileName();
    auto work = [path, preview](core::KnowledgeBase &kb, const core::Progress &progress) {
        return importKbFile(kb, path, preview, progress);
    };
    TaskRunner::run(m_window, m_kbPath(), preview ? tr("Reading %1…").arg(name) : tr("Importing %1…").arg(name), work,
        [this, path, preview, name](const std::optional<QJsonObject> &result, const std::optional<core::Error> &error) {
            if (error) {
                if (error->code() != core::ErrorCode::Cancelled)
                    m_errors.report(tr("Cannot import %1").arg(name), *error);
                else
                    emit message(tr("Import of %1 cancelled; nothing was changed.").arg(name));
                return;
            }
            if (preview) {
                if (confirmImport(name, *result))
                    runKbImport(path, false);
                return;
            }
            m_changed();
            emit message(tr("Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as you edited them.")
                             .arg(name)
                             .arg(result->value(QStringLiteral("added")).toInt())
                             .arg(result->value(QStringLiteral("updated")).toInt())
                             .arg(result->value(QStringLiteral("unchanged")).toInt())
                             .arg(result->value(QStringLiteral("conflicts")).toArray().size()));
        });
}

void TransferActions::exportNotes(const QStringList &ids)
{
    exportDocument(tr("Export Notes"), false, ids);
}

void TransferActions::exportDossier(const QString &id)
{
    exportDocument(tr("Export Dossier"), true, { id });
}

void TransferActions::exportDocument(const QString &title, bool dossier, const QStringList &ids)
{
    QString path = m_exportPath;
    QString style = m_style;
    if (!m_unattended) {
        // The save dialog asks before replacing an existing file.
        QString filter;
        path = QFileDialog::getSaveFileName(m_window, title, QString(),
            tr("Word document (*.docx);;Markdown (*.md);;Web page (*.html);;PDF (*.pdf);;OpenDocument text (*.odt)"),
            &filter);
        if (path.isEmpty())
            return;
        // The chosen file type sets the extension when the name has none.
        static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
        if (const auto m = pattern.match(filter); m.hasMatch() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + m.captured(1);
        if (!chooseStyle(title, style))
            return;
    }
    QString format = QFileInfo(path).suffix().toLower();
    static const QStringList documents
        = { QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("docx") };
    if (!documents.contains(format)) {
        format = QStringLiteral("md");
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".md");
    }
    auto work = [dossier, ids, style, format](core::KnowledgeBase &kb, const core::Progress &) {
        core::NoteExportOptions options;
        options.style = style;
        const core::ExportedText text = dossier ? core::exportDossier(kb.repository(), ids.value(0), options)
                                                : core::exportNotes(kb.repository(), ids, options);
        // docx and odt are written by pandoc here, off the GUI thread; PDF needs QTextDocument (GUI thread).
        const bool pandoc = format == QLatin1String("docx") || format == QLatin1String("odt");
        return QJsonObject { { QStringLiteral("markdown"), text.markdown },
            { QStringLiteral("html"), format == QLatin1String("md") ? QString() : core::exportHtml(text) },
            { QStringLiteral("document"),
                pandoc ? QString::fromLatin1(core::exportDocument(text, format).toBase64()) : QString() },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(text.warnings) } };
    };
    TaskRunner::run(m_window, m_kbPath(), tr("Exporting…"), work,
        [this, path, format](const std::optional<QJsonObject> &result, const std::optional<core::Error> &error) {
            if (error && error->code() == core::ErrorCode::Cancelled)
                return;
            guard(m_errors, tr("Cannot export"), [&] {
                if (error)
                    throw *error;
                if (format == QLatin1String("md"))
                    writeBytes(path, result->value(QStringLiteral("markdown")).toString().toUtf8());
                else if (format == QLatin1String("html"))
                    writeBytes(path, result->value(QStringLiteral("html")).toString().toUtf8());
                else if (format == QLatin1String("docx") || format == QLatin1String("odt"))
                    writeBytes(
                        path, QByteArray::fromBase64(result->value(QStringLiteral("document")).toString().toLatin1()));
                else {
                    core::checkExportTarget(path, true); // never through a link, into a folder or FIFO
                    render::writeDocument(result->value(QStringLiteral("html")).toString(), path,
                        format); // QTextDocument layout: GUI thread
                }
                emit message(tr("Exported to %1").arg(path));
            });
        });
}

void TransferActions::exportReferences()
{
    QString path = m_exportPath;
    if (!m_unattended) {
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export References"), QString(), tr("BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)"));
        if (path.isEmpty())
            return;
    }
    const auto format = core::bib::formatFromPath(path);
    if (!format) {
        m_errors.report(tr("Cannot export"), tr("Name the file .bib, .ris or .json to choose the format."));
        return;
    }
    guard(m_errors, tr("Cannot export"), [&] {
        auto kb = core::KnowledgeBase::open(m_kbPath(), false);
        const auto fields = core::referenceFields(kb->repository());
        writeBytes(path, core::bib::write(*format, fields));
        emit message(tr("Exported %n reference(s) to %1", nullptr, static_cast<int>(fields.size())).arg(path));
    });
}

void TransferActions::rebuildSearchIndex()
{
    const QString kbPath = m_kbPath();
    TaskRunner::run(
        m_window, kbPath, tr("Rebuilding the search index…"),
        [kbPath](core::KnowledgeBase &, const core::Progress &progress) {
            auto index = core::search::SearchIndex::open(kbPath);
            index->rebuild(progress);
            return QJsonObject { { QStringLiteral("items"), static_cast<qint64>(index->itemCount()) } };
        },
        [this](const std::optional<QJsonObject> &result, const std::optional<core::Error> &error) {
            if (error)
                m_errors.report(tr("Cannot rebuild the search index"), *error);
            else
                emit message(
                    tr("Search index rebuilt: %1 items.").arg(result->value(QStringLiteral("items")).toInteger()));
        });
}

} // namespace plenum::ui
