#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QListView;
class QSpinBox;
class QUndoStack;
class QTabWidget;
class QTreeView;

namespace plenum::core {
class KnowledgeBase;
struct Item;
} // namespace plenum::core

namespace plenum::ui {

class BackupScheduler;
class ConceptTreeModel;
struct EditContext;
class NoteEditor;
class NoteListModel;
class GraphView;
class SearchPanel;
class StatisticsView;
class TransferActions;
class ErrorReporter;
class ItemPage;
class MilestoneTreeModel;
class TimelinePanel;

/// Assembles the panels: the timeline, the navigator (milestones, concepts), the item page and the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// Shows KB; errors go to REPORTER (a dialog reporter when null).
    explicit MainWindow(
        std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter *reporter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The open knowledge base.
    [[nodiscard]] core::KnowledgeBase &knowledgeBase() const { return *m_kb; }
    /// Puts item ID on display and selects it in the navigator when it is a milestone.
    void openItem(const QString &id);
    /// The one-line counts shown in the status bar.
    [[nodiscard]] QString countsText() const;

    [[nodiscard]] MilestoneTreeModel *milestoneModel() const { return m_milestones; }
    [[nodiscard]] ConceptTreeModel *conceptModel() const { return m_concepts; }
    [[nodiscard]] ItemPage *itemPage() const { return m_page; }
    [[nodiscard]] TimelinePanel *timeline() const { return m_timeline; }
    [[nodiscard]] GraphView *graph() const { return m_graph; }
    [[nodiscard]] StatisticsView *statistics() const { return m_statistics; }
    [[nodiscard]] SearchPanel *search() const { return m_search; }
    [[nodiscard]] TransferActions *transfers() const { return m_transfers; }
    /// Puts the focus in the search field (Ctrl+K, Ctrl+F).
    void focusSearch();
    /// Brings the view tab with WIDGET to the front (the item page, graph or statistics).
    void showView(QWidget *widget);
    [[nodiscard]] NoteEditor *noteEditor() const { return m_noteEditor; }
    [[nodiscard]] NoteListModel *noteModel() const { return m_notes; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] BackupScheduler *backupScheduler() const { return m_backups; }
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
    void createMenus();
    void setKnowledgeBase(std::unique_ptr<core::KnowledgeBase> kb);
    void openKnowledgeBase(const QString &path = {});
    void newKnowledgeBase();
    void fillRecentMenu();
    void changeLanguage(const QString &code);
    void showBackups();
    void refresh();
    void syncNavigator(const QString &id);
    void refreshGraph();
    void itemChanged(const QString &id);
    void saveNote(const core::Item &note);
    [[nodiscard]] EditContext editContext();
    static void selectQuietly(QTreeView *view, const QModelIndex &index);

    std::unique_ptr<core::KnowledgeBase> m_kb;
    std::unique_ptr<ErrorReporter> m_ownReporter;
    ErrorReporter *m_errors;
    MilestoneTreeModel *m_milestones;
    ConceptTreeModel *m_concepts;
    QTreeView *m_navigator;
    QTreeView *m_conceptView;
    QTabWidget *m_sidebar;
    TimelinePanel *m_timeline;
    SearchPanel *m_search;
    ItemPage *m_page;
    GraphView *m_graph;
    QSpinBox *m_graphDepth;
    StatisticsView *m_statistics;
    QTabWidget *m_views;
    NoteListModel *m_notes;
    QListView *m_noteList;
    NoteEditor *m_noteEditor;
    QUndoStack *m_undo;
    QString m_editorNoteId;
    TransferActions *m_transfers = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_editActions; // disabled while the knowledge base is read-only
    QSplitter *m_vertical;
    QSplitter *m_splitter;
    QLabel *m_counts;
    QLabel *m_readOnly;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    BackupScheduler *m_backups = nullptr;
};

} // namespace plenum::ui
