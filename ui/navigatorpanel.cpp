#include "ui/navigatorpanel.h"

#include "queries/conceptqueries.h"
#include "storage/repository.h"
#include "ui/concepttreemodel.h"
#include "ui/milestonetreemodel.h"
#include "ui/notelistmodel.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"

#include <QHeaderView>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace plenum::ui {

NavigatorPanel::NavigatorPanel(ErrorReporter &errors, QWidget *parent)
    : QTabWidget(parent)
    , m_milestones(new MilestoneTreeModel(this))
    , m_concepts(new ConceptTreeModel(this))
    , m_notes(new NoteListModel(this))
    , m_milestoneView(new QTreeView)
    , m_conceptView(new QTreeView)
    , m_noteList(new QListView)
    , m_search(new SearchPanel(errors))
{
    for (QTreeView *tree : { m_milestoneView, m_conceptView }) {
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->header()->setStretchLastSection(false);
    }
    m_milestoneView->setModel(m_milestones);
    m_milestoneView->header()->setSectionResizeMode(MilestoneTreeModel::NameColumn, QHeaderView::Stretch);
    m_milestoneView->header()->setSectionResizeMode(MilestoneTreeModel::DatesColumn, QHeaderView::ResizeToContents);
    m_milestoneView->setAccessibleName(tr("Milestones"));
    m_conceptView->setModel(m_concepts);
    m_conceptView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conceptView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_conceptView->setAccessibleName(tr("Concepts"));
    addTab(m_milestoneView, tr("Milestones"));
    addTab(m_conceptView, tr("Concepts"));
    addTab(createNotesTab(), tr("Notes"));
    addTab(m_search, tr("Search"));

    for (QTreeView *tree : { m_milestoneView, m_conceptView })
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const QString id = current.data(IdRole).toString();
            if (!id.isEmpty())
                emit itemSelected(id);
        });
    connect(
        m_noteList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const QString id = current.data(IdRole).toString();
            if (!id.isEmpty())
                emit noteSelected(id);
        });
}

QWidget *NavigatorPanel::createNotesTab()
{
    auto *notesPanel = new QWidget;
    auto *notesLayout = new QVBoxLayout(notesPanel);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto *newNoteButton = new QPushButton(tr("New Note"));
    notesLayout->addWidget(newNoteButton);
    notesLayout->addWidget(m_noteList, 1);
    m_noteList->setModel(m_notes);
    m_noteList->setAccessibleName(tr("Notes"));
    connect(newNoteButton, &QPushButton::clicked, this, &NavigatorPanel::newNoteRequested);
    return notesPanel;
}

void NavigatorPanel::reload(core::Repository *repo)
{
    const QList<core::Milestone> milestones = repo ? repo->milestones() : QList<core::Milestone>();
    const QList<core::ConceptSummary> concepts = repo ? core::conceptSummaries(*repo) : QList<core::ConceptSummary>();
    m_milestones->setMilestones(milestones);
    m_concepts->setConcepts(concepts);
    m_conceptView->expandToDepth(0);
    m_notes->reload(repo);
}

void NavigatorPanel::reloadNotes(core::Repository *repo, const QString &id)
{
    const QSignalBlocker blocker(m_noteList->selectionModel());
    m_notes->reload(repo);
    m_noteList->setCurrentIndex(m_notes->index(m_notes->rowOf(id)));
}

void NavigatorPanel::follow(const QString &id, std::optional<core::ItemType> type)
{
    if (type == core::ItemType::Milestone)
        selectQuietly(m_milestoneView, m_milestones->indexOf(id));
    else if (type == core::ItemType::Concept)
        selectQuietly(m_conceptView, m_concepts->indexOf(id));
}

void NavigatorPanel::showMilestones()
{
    setCurrentWidget(m_milestoneView);
    m_milestoneView->setFocus();
}

void NavigatorPanel::showConcepts()
{
    setCurrentWidget(m_conceptView);
    m_conceptView->setFocus();
}

void NavigatorPanel::selectQuietly(QTreeView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    view->expand(index.parent());
    const QSignalBlocker blocker(view->selectionModel());
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace plenum::ui
