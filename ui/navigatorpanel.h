#pragma once

#include "model/item.h"

#include <QTabWidget>

#include <functional>

class QTreeView;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class CollectionsPanel;
class ConceptTreeModel;
class ErrorReporter;
class MilestoneTreeModel;
class NoteListModel;
class NoteListPanel;
class SearchPanel;

/// The navigator beside the views, one tab each: milestones by Central Committee term, concepts
/// by broader concept, notes (newest first, with New Note), search, and collections with saved searches.
class NavigatorPanel final : public QTabWidget {
    Q_OBJECT
public:
    /// Searches that fail are reported to ERRORS.
    explicit NavigatorPanel(ErrorReporter &errors, QWidget *parent = nullptr);

    /// Reads milestones, concepts, notes and collections from REPO (not owned; null empties the
    /// lists), keeping each tree's expanded rows and chosen row. Throws core::Error when they cannot be read.
    void reload(core::Repository *repo);
    /// Reads the notes again from REPO and makes note ID current (when listed), without signalling.
    void reloadNotes(core::Repository *repo, const QString &id);
    /// Selects ID in its tree (milestones or concepts, by TYPE) without signalling.
    void follow(const QString &id, std::optional<core::ItemType> type);
    /// Brings the milestones (or the concepts) to the front with the focus in the tree.
    void showMilestones();
    void showConcepts();

    [[nodiscard]] MilestoneTreeModel *milestoneModel() const { return m_milestones; }
    [[nodiscard]] ConceptTreeModel *conceptModel() const { return m_concepts; }
    [[nodiscard]] NoteListModel *noteModel() const;
    [[nodiscard]] NoteListPanel *notes() const { return m_notes; }
    [[nodiscard]] SearchPanel *search() const { return m_search; }
    [[nodiscard]] CollectionsPanel *collections() const { return m_collections; }
    [[nodiscard]] QTreeView *milestoneView() const { return m_milestoneView; }
    [[nodiscard]] QTreeView *conceptView() const { return m_conceptView; }

signals:
    /// The user chose milestone or concept ID in a tree.
    void itemSelected(const QString &id);
    /// The user chose note ID in the note list.
    void noteSelected(const QString &id);
    /// The user pressed New Note.
    void newNoteRequested();

private:
    static void selectQuietly(QTreeView *view, const QModelIndex &index);
    /// IDs of the expanded rows of VIEW, and the ID of its current row.
    static QStringList expandedIds(const QTreeView *view);
    static void expandIds(
        QTreeView *view, const QStringList &ids, const std::function<QModelIndex(const QString &)> &find);

    MilestoneTreeModel *m_milestones;
    ConceptTreeModel *m_concepts;
    NoteListPanel *m_notes;
    QTreeView *m_milestoneView;
    QTreeView *m_conceptView;
    SearchPanel *m_search;
    CollectionsPanel *m_collections;
};

} // namespace plenum::ui
