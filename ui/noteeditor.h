#pragma once

#include "linking/notelinks.h"
#include "model/item.h"
#include "ui/errorreporter.h"

#include <QDateTime>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStandardItemModel;
class QTextBrowser;
class QTimer;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class CitationRenderer;

/// A Markdown note editor with a live preview (citations in the chosen CSL style), `[[`
/// completion of any item by name or alias in either language, `[@` completion of references by
/// key, author, year or title, the note's links listed beside it and its saved state below.
/// Edits are reported (debounced) through noteEdited; the owner saves them as undoable commands,
/// and the window's Undo is the editor's Undo (the text fields keep no history of their own).
class NoteEditor final : public QWidget {
    Q_OBJECT
public:
    /// Lookups that fail (completions, the note's links) are reported to ERRORS.
    explicit NoteEditor(ErrorReporter &errors, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// The repository completions and links are looked up in (not owned).
    void setRepository(core::Repository *repo);
    /// Shows NOTE as stored for editing (reloading it when it is already shown).
    void loadNote(const core::Item &note);
    /// Shows a new, empty note NOTE that is stored only once something is written in it.
    void startNewNote(const core::Item &note);
    /// The note being edited, with the text as typed so far.
    [[nodiscard]] core::Item currentNote() const;
    [[nodiscard]] bool hasNote() const { return !m_note.id.isEmpty(); }
    /// Shows notes without letting them be changed (a read-only knowledge base).
    void setReadOnly(bool readOnly);
    /// Saves pending edits now (before the window's Undo, a switch of note, closing).
    void flush();
    /// The knowledge base changed: the names to complete are read again when a completion starts.
    void invalidateCompletions() { m_completionsStale = true; }

    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    /// The links list as shown ("→ title", "❝ title" or "? text" for what resolves to nothing).
    [[nodiscard]] QStringList linkLines() const;
    /// The ID each line of the links list opens ("" for what resolves to nothing).
    [[nodiscard]] QStringList linkTargets() const;
    [[nodiscard]] QString previewHtml() const;
    /// The preview as plain text.
    [[nodiscard]] QString previewText() const;
    /// The saved state as the footer shows it ("Saved 14:02", "Unsaved changes").
    [[nodiscard]] QString savedState() const;
    /// The citation engine of the preview (tests wait on it).
    [[nodiscard]] CitationRenderer *citations() const { return m_citations; }

signals:
    /// The user changed the note (fires after a short pause in typing).
    void noteEdited(const core::Item &note);
    /// The user followed a link in the preview or the links list.
    void itemActivated(const QString &id);
    /// Undo (or REDO) pressed while the completion popup had the keyboard: the window's history takes it.
    void undoRequested(bool redo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ResolvedToken {
        core::NoteToken token;
        QString target; // the item it names, or empty
        QString title; // that item's title
    };
    struct Preview;
    void createLayout();
    void connectParts();
    [[nodiscard]] QList<ResolvedToken> resolveTokens(const QString &body) const;
    void show(const core::Item &note, bool stored);
    void onTextChanged();
    void updateCompletion();
    void fillCompletions();
    void insertCompletion(const QModelIndex &index);
    bool acceptCompletion();
    void refreshSideViews();
    void fillLinks(const QList<ResolvedToken> &tokens);
    [[nodiscard]] Preview citationClusters(const QList<ResolvedToken> &tokens) const;
    [[nodiscard]] QString previewMarkdown(const QString &body, const QList<ResolvedToken> &tokens);
    [[nodiscard]] bool isBlank() const;
    void updateSavedState();

    ErrorReporter &m_errors;
    RepeatFilter m_lookupErrors; // the links are looked up on every key press: report a failure once
    core::Repository *m_repo = nullptr;
    core::Item m_note;
    bool m_loading = false;
    bool m_stored = false; // the note is in the knowledge base (a new one is not until written in)
    bool m_dirty = false; // typed since the last save
    QDateTime m_savedAt;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QListWidget *m_links;
    QLabel *m_savedLabel;
    QLabel *m_citationLabel;
    QTimer *m_saveTimer;
    QCompleter *m_completer;
    QStandardItemModel *m_itemEntries;
    QStandardItemModel *m_citationEntries;
    CitationRenderer *m_citations;
    int m_completionStart = -1; // position just after "[[" or "[@"
    bool m_completionsStale = false;
    QString m_referencesVersion; // of the citation completions shown
};

} // namespace plenum::ui
