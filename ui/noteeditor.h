#pragma once

#include "linking/notelinks.h"
#include "model/item.h"
#include "ui/errorreporter.h"

#include <QWidget>

class QCompleter;
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

/// A Markdown note editor with a live preview, `[[` completion of any item by name or alias in
/// either language, `[@` completion of citation keys, and the note's links listed beside it.
/// Edits are reported (debounced) through noteEdited; the owner saves them as undoable commands.
class NoteEditor final : public QWidget {
    Q_OBJECT
public:
    /// Lookups that fail (completions, the note's links) are reported to ERRORS.
    explicit NoteEditor(ErrorReporter &errors, QWidget *parent = nullptr);

    /// The repository completions and links are looked up in (not owned).
    void setRepository(core::Repository *repo);
    /// Shows NOTE for editing (reloading it when it is already shown).
    void loadNote(const core::Item &note);
    /// The note being edited, with the text as typed so far.
    [[nodiscard]] core::Item currentNote() const;
    [[nodiscard]] bool hasNote() const { return !m_note.id.isEmpty(); }
    /// Shows notes without letting them be changed (a read-only knowledge base).
    void setReadOnly(bool readOnly);
    /// Saves pending edits now (e.g. before the window closes).
    void flush();

    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    /// The links list as shown ("→ title (id)" or "? text" for what resolves to nothing).
    [[nodiscard]] QStringList linkLines() const;
    [[nodiscard]] QString previewHtml() const;

signals:
    /// The user changed the note (fires after a short pause in typing).
    void noteEdited(const core::Item &note);
    /// The user followed a link in the preview or the links list.
    void itemActivated(const QString &id);

private:
    struct ResolvedToken {
        core::NoteToken token;
        QString target; // the item it names, or empty
        QString title; // that item's title
    };
    [[nodiscard]] QList<ResolvedToken> resolveTokens(const QString &body) const;
    void onTextChanged();
    void updateCompletion();
    void insertCompletion(const QModelIndex &index);
    void refreshSideViews();

    ErrorReporter &m_errors;
    RepeatFilter m_lookupErrors; // the links are looked up on every key press: report a failure once
    core::Repository *m_repo = nullptr;
    core::Item m_note;
    bool m_loading = false;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QTextBrowser *m_preview;
    QListWidget *m_links;
    QTimer *m_saveTimer;
    QCompleter *m_completer;
    QStandardItemModel *m_itemEntries;
    QStandardItemModel *m_citationEntries;
    int m_completionStart = -1; // position just after "[[" or "[@"
};

} // namespace plenum::ui
