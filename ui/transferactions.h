#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace plenum::ui {

class ErrorReporter;
class ImportPreviewDialog;

/// Import and export as the user meets them: a preview before an import writes anything, long
/// work off the GUI thread with progress and Cancel, a save dialog that asks before replacing a
/// file, and the outcome in the status bar.
class TransferActions final : public QObject {
    Q_OBJECT
public:
    /// WINDOW hosts the dialogs; KB_PATH names the open knowledge base; CHANGED runs after writes.
    TransferActions(
        QWidget *window, ErrorReporter &errors, std::function<QString()> kbPath, std::function<void()> changed);

    /// Previews and imports each file (papers as Markdown/text, BibTeX, RIS, CSL-JSON).
    void importFiles(const QStringList &paths);
    /// Asks for files, then imports them.
    void chooseAndImport();
    /// Exports notes IDS (all when empty) to a file the user names, in the format its extension says.
    void exportNotes(const QStringList &ids);
    /// Exports the dossier of item ID (a milestone or concept with its statements and sources).
    void exportDossier(const QString &id);
    /// Exports every reference as BibTeX, RIS or CSL-JSON.
    void exportReferences();
    /// Rebuilds the search index with progress.
    void rebuildSearchIndex();

    /// Skip the preview dialog and file choosers (tests): imports go straight through and
    /// exports use PATH_FOR_TESTS with the style given.
    void setUnattended(const QString &exportPath, const QString &style);

    /// Shows each import preview to HANDLER instead of the user (tests): it returns true for Import.
    void setPreviewHandler(std::function<bool(ImportPreviewDialog &)> handler)
    {
        m_previewHandler = std::move(handler);
    }

signals:
    /// A one-line outcome for the status bar.
    void message(const QString &text);

private:
    void runImport(const QString &path, const QString &format, bool preview);
    /// A plenum-kb file: previewed (PREVIEW), then merged as `plenum-cli import-kb` merges it.
    void runKbImport(const QString &path, bool preview);
    /// Shows the preview of a bibliography import; true when the user chose Import.
    bool confirmImport(const QString &name, const QJsonObject &preview);
    void exportDocument(const QString &title, bool dossier, const QStringList &ids);

    QWidget *m_window;
    ErrorReporter &m_errors;
    std::function<QString()> m_kbPath;
    std::function<void()> m_changed;
    bool m_unattended = false;
    std::function<bool(ImportPreviewDialog &)> m_previewHandler;
    QString m_exportPath;
    QString m_style = QStringLiteral("gbt7714");
    /// Asks for the citation style (installed styles by title); false when the user cancels.
    bool chooseStyle(const QString &title, QString &style);
};

} // namespace plenum::ui
