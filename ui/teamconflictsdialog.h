#pragma once

#include "team/teamsync.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace plenum::ui {

/// Conflicts…: every item and field that changed both here and in the team library since the last
/// sync (or was deleted on one side and changed on the other), with the last synced value, mine and
/// theirs side by side. Keep Mine, Take Theirs, or Use Merged (notes come prefilled with the
/// three-way merge and its conflict markers). Everything is reachable from the keyboard: the list,
/// then Alt+M, Alt+T, Alt+G; with an undo stack, Ctrl+Z and Ctrl+Shift+Z take a choice back and
/// make it again while the dialog is open.
class TeamConflictsDialog final : public QDialog {
    Q_OBJECT
public:
    /// Stores a choice (on the GUI thread, one undo step); throws core::Error when it is refused.
    using Resolver = std::function<void(const core::team::Conflict &, core::team::Choice, const QString &merged)>;

    /// The conflicts of ENGINE, resolved through RESOLVER; TITLE_OF names an item for the list (its
    /// id when it has none).
    TeamConflictsDialog(std::shared_ptr<core::team::TeamSync> engine, std::function<QString(const QString &)> titleOf,
        Resolver resolver, QWidget *parent = nullptr);
    /// Offers STACK's Undo and Redo in the dialog and lists the conflicts again after either.
    void setUndoStack(QUndoStack *stack);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPlainTextEdit *baseText() const { return m_base; }
    [[nodiscard]] QPlainTextEdit *localText() const { return m_local; }
    [[nodiscard]] QPlainTextEdit *remoteText() const { return m_remote; }
    [[nodiscard]] QPlainTextEdit *mergedText() const { return m_merged; }
    [[nodiscard]] QPushButton *keepMineButton() const { return m_keepMine; }
    [[nodiscard]] QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    [[nodiscard]] QPushButton *useMergedButton() const { return m_useMerged; }
    [[nodiscard]] QLabel *errorLine() const { return m_error; }
    /// True while the conflicts are being read.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// The conflicts as last read.
    [[nodiscard]] const std::vector<core::team::Conflict> &conflicts() const { return m_conflicts; }

    /// Reads the conflicts again (on a worker thread: a running sync may hold the engine).
    void reload();
    void reject() override;

signals:
    /// A choice was stored: the knowledge base may have changed.
    void resolved();

private:
    void showCurrent();
    void resolve(core::team::Choice choice);
    void setBusy(bool busy);
    [[nodiscard]] const core::team::Conflict *current() const;
    [[nodiscard]] QWidget *column(const QString &title, QPlainTextEdit *text, QLabel **label = nullptr);

    std::shared_ptr<core::team::TeamSync> m_engine;
    std::function<QString(const QString &)> m_titleOf;
    Resolver m_resolve;
    std::vector<core::team::Conflict> m_conflicts;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_remoteLabel = nullptr;
    QPlainTextEdit *m_base;
    QPlainTextEdit *m_local;
    QPlainTextEdit *m_remote;
    QPlainTextEdit *m_merged;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_useMerged;
    QLabel *m_error;
    bool m_busy = false;
    bool m_reading = false;
    bool m_readAgain = false; // the conflicts changed while they were being read
};

} // namespace plenum::ui
