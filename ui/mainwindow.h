#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QThread;
class QSplitter;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace plenum::core {
class KnowledgeBase;
struct Counts;
struct Item;
} // namespace plenum::core

namespace plenum::ui {

class ConceptTreeModel;
class ErrorReporter;
class GraphPanel;
class GraphView;
class ItemPage;
class MainActions;
class MilestoneTreeModel;
class NavigatorPanel;
class NoteEditor;
class NoteListModel;
class SearchPanel;
class Session;
class BackupScheduler;
class StatisticsView;
class TeamActions;
class TimelinePanel;
class TransferActions;

/// Assembles the panels: the timeline above, the navigator beside the views (item page, graph,
/// note, statistics), the menus, and the status bar; and keeps them on one knowledge base.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// Shows KB; errors go to REPORTER (a dialog reporter when null).
    explicit MainWindow(
        std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter *reporter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes KB the open knowledge base: a new session (undo starts afresh) and every view reloaded.
    void setKnowledgeBase(std::unique_ptr<core::KnowledgeBase> kb);
    /// The open knowledge base.
    [[nodiscard]] core::KnowledgeBase &knowledgeBase() const;
    /// The session of the open knowledge base (undo, read-only state, backups).
    [[nodiscard]] Session &session() const { return *m_session; }
    /// The automatic backups of the open knowledge base.
    [[nodiscard]] BackupScheduler *backupScheduler() const;
    /// Where every failure is shown.
    [[nodiscard]] ErrorReporter &errors() const { return *m_errors; }
    /// Puts item ID on display and selects it in the navigator when it is a milestone.
    void openItem(const QString &id);
    /// The one-line counts shown in the status bar (throws core::Error when they cannot be read).
    [[nodiscard]] QString countsText() const;

    [[nodiscard]] NavigatorPanel *navigator() const { return m_navigator; }
    [[nodiscard]] MilestoneTreeModel *milestoneModel() const;
    [[nodiscard]] ConceptTreeModel *conceptModel() const;
    [[nodiscard]] NoteListModel *noteModel() const;
    [[nodiscard]] SearchPanel *search() const;
    [[nodiscard]] ItemPage *itemPage() const { return m_page; }
    [[nodiscard]] TimelinePanel *timeline() const { return m_timeline; }
    [[nodiscard]] GraphView *graph() const;
    [[nodiscard]] StatisticsView *statistics() const { return m_statistics; }
    [[nodiscard]] TransferActions *transfers() const { return m_transfers; }
    /// The team library menu, sync button and background sync.
    [[nodiscard]] TeamActions *team() const { return m_team; }
    [[nodiscard]] NoteEditor *noteEditor() const { return m_noteEditor; }
    /// The open knowledge base's undo stack.
    [[nodiscard]] QUndoStack *undoStack() const;
    /// Holds the open session's stack, so Undo and Redo follow the file that is open.
    [[nodiscard]] QUndoGroup *undoGroup() const { return m_undoGroup; }
    /// Puts the focus in the search field (Ctrl+K, Ctrl+F).
    void focusSearch();
    /// Brings the view tab with WIDGET to the front (the item page, graph or statistics).
    void showView(QWidget *widget);
    /// The note in the editor when the editor is in front, else the item on the page (or empty).
    [[nodiscard]] QString currentItemId() const;
    /// Creates an empty note and opens it in the editor (undoable).
    void newNote();
    /// Opens note ID in the editor.
    void editNote(const QString &id);
    /// Deletes the item on the page (undoable).
    void deleteCurrentItem();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createStatusBar();
    void connectPanels();
    void connectPage();
    void installBusyNotifier();
    void restoreLayout();
    void showReadOnly(bool readOnly);
    bool refresh();
    void refreshViews();
    void updateCounts();
    [[nodiscard]] static QString countsSentence(const core::Counts &c);
    void syncNavigator(const QString &id);
    void refreshGraph();
    void itemChanged(const QString &id);
    void saveNote(const core::Item &note);
    void showItemInFront(const QString &id);

    std::unique_ptr<ErrorReporter> m_ownReporter;
    ErrorReporter *m_errors;
    Session *m_session = nullptr;
    QUndoGroup *m_undoGroup;
    NavigatorPanel *m_navigator;
    TimelinePanel *m_timeline;
    ItemPage *m_page;
    GraphPanel *m_graphPanel;
    StatisticsView *m_statistics;
    NoteEditor *m_noteEditor;
    QTabWidget *m_views;
    TransferActions *m_transfers;
    TeamActions *m_team = nullptr;
    MainActions *m_actions = nullptr;
    QString m_editorNoteId;
    QSplitter *m_vertical;
    QSplitter *m_splitter;
    QLabel *m_counts;
    QThread *m_countsReader = nullptr; // updateCounts()'s, while it reads
    bool m_countsAgain = false; // a change came while it read
    QLabel *m_readOnly;
};

} // namespace plenum::ui
