#include "ui/navigatorpanel.h"

#include "queries/conceptqueries.h"
#include "storage/repository.h"
#include "ui/concepttreemodel.h"
#include "ui/editors/collectionspanel.h"
#include "ui/milestonetreemodel.h"
#include "ui/notelistmodel.h"
#include "ui/notelistpanel.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTabBar>
#include <QTreeView>

namespace plenum::ui {

NavigatorPanel::NavigatorPanel(ErrorReporter &errors, QWidget *parent)
    : QTabWidget(parent)
    , m_milestones(new MilestoneTreeModel(this))
    , m_concepts(new ConceptTreeModel(this))
    , m_notes(new NoteListPanel)
    , m_milestoneView(new QTreeView)
    , m_conceptView(new QTreeView)
    , m_search(new SearchPanel(errors))
    , m_collections(new CollectionsPanel)
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
    addTab(m_notes, tr("Notes"));
    addTab(m_search, tr("Search"));
    addTab(m_collections, tr("Collections"));
    // Every tab's name stays whole, at 1024 pixels too: the splitter gives the pane at least this.
    setMinimumWidth(tabBar()->sizeHint().width() + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth));

    for (QTreeView *tree : { m_milestoneView, m_conceptView })
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const QString id = current.data(IdRole).toString();
            if (!id.isEmpty())
                emit itemSelected(id);
        });
    connect(m_notes, &NoteListPanel::noteSelected, this, &NavigatorPanel::noteSelected);
    connect(m_notes, &NoteListPanel::newNoteRequested, this, &NavigatorPanel::newNoteRequested);
}

NoteListModel *NavigatorPanel::noteModel() const
{
    return m_notes->model();
}

void NavigatorPanel::reload(core::Repository *repo)
{
    const QList<core::Milestone> milestones = repo ? repo->milestones() : QList<core::Milestone>();
    const QList<core::ConceptSummary> concepts = repo ? core::conceptSummaries(*repo) : QList<core::ConceptSummary>();
    // What the user opened and chose survives the reload (an edit, an undo, another program's write).
    const bool first = m_concepts->rowCount() == 0;
    const QStringList milestonesOpen = expandedIds(m_milestoneView), conceptsOpen = expandedIds(m_conceptView);
    const QString milestone = m_milestoneView->currentIndex().data(IdRole).toString();
    const QString conceptId = m_conceptView->currentIndex().data(IdRole).toString();
    m_milestones->setMilestones(milestones);
    m_concepts->setConcepts(concepts);
    if (first)
        m_conceptView->expandToDepth(0);
    expandIds(m_milestoneView, milestonesOpen, [this](const QString &id) { return m_milestones->indexOf(id); });
    expandIds(m_conceptView, conceptsOpen, [this](const QString &id) { return m_concepts->indexOf(id); });
    selectQuietly(m_milestoneView, m_milestones->indexOf(milestone));
    selectQuietly(m_conceptView, m_concepts->indexOf(conceptId));
    reloadNotes(repo, m_notes->currentId());
    m_collections->reload(repo);
}

QStringList NavigatorPanel::expandedIds(const QTreeView *view)
{
    QStringList ids;
    const QAbstractItemModel *model = view->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (view->isExpanded(index)) {
                // Group rows (terms) have no item ID; their text names them.
                const QString id = index.data(IdRole).toString();
                ids.append(id.isEmpty() ? QStringLiteral("#") + index.data().toString() : id);
                walk(index);
            }
        }
    };
    walk({});
    return ids;
}

void NavigatorPanel::expandIds(
    QTreeView *view, const QStringList &ids, const std::function<QModelIndex(const QString &)> &find)
{
    const QAbstractItemModel *model = view->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (ids.contains(QStringLiteral("#") + index.data().toString()))
                view->expand(index);
            if (model->hasChildren(index))
                walk(index);
        }
    };
    walk({});
    for (const QString &id : ids)
        if (!id.startsWith(QLatin1Char('#')))
            if (const QModelIndex index = find(id); index.isValid())
                view->expand(index);
}

void NavigatorPanel::reloadNotes(core::Repository *repo, const QString &id)
{
    m_notes->reload(repo, id);
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
