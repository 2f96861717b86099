#include "ui/editors/collectionspanel.h"

#include "storage/collections.h"
#include "storage/repository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

enum Role { KindRole = Qt::UserRole + 1, ValueRole, CollectionRole, NameRole };
enum Kind { GroupRow, CollectionRow, MemberRow, SearchRow };

// A stable key for a row, so a reload can expand and choose the same rows again.
QString keyOf(const QTreeWidgetItem *row)
{
    return row->data(0, KindRole).toString() + QLatin1Char('/') + row->data(0, CollectionRole).toString()
        + QLatin1Char('/') + row->data(0, ValueRole).toString();
}

QTreeWidgetItem *makeRow(QTreeWidgetItem *parent, const QString &text, Kind kind, const QString &value,
    std::int64_t collection = 0, const QString &name = {})
{
    auto *row = new QTreeWidgetItem(parent, { text });
    row->setData(0, KindRole, kind);
    row->setData(0, ValueRole, value);
    row->setData(0, CollectionRole, static_cast<qlonglong>(collection));
    row->setData(0, NameRole, name);
    return row;
}

} // namespace

CollectionsPanel::CollectionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
{
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Collections and saved searches"));
    auto *newCollection = new QPushButton(tr("New Collection…"));
    auto *saveSearch = new QPushButton(tr("Save Search…"));
    saveSearch->setToolTip(tr("Keep the query in the search field under a name"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newCollection);
    buttons->addWidget(saveSearch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    connect(newCollection, &QPushButton::clicked, this, &CollectionsPanel::newCollectionRequested);
    connect(saveSearch, &QPushButton::clicked, this, &CollectionsPanel::saveSearchRequested);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) { activate(row); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *row) { activate(row); });
    new QShortcut(QKeySequence::Delete, m_tree, this, &CollectionsPanel::removeCurrent, Qt::WidgetShortcut);
}

void CollectionsPanel::reload(core::Repository *repo)
{
    QList<core::Collection> collections;
    QList<QStringList> members;
    QList<core::SavedSearch> searches;
    if (repo) {
        collections = core::collections(*repo);
        for (const auto &c : std::as_const(collections))
            members.append(core::collectionItems(*repo, c.id));
        searches = core::savedSearches(*repo);
    }
    QSet<QString> expanded;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->isExpanded())
            expanded.insert(keyOf(*it));
    const QString current = m_tree->currentItem() ? keyOf(m_tree->currentItem()) : QString();
    const bool first = m_tree->topLevelItemCount() == 0;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto *collectionGroup = makeRow(m_tree->invisibleRootItem(), tr("Collections"), GroupRow, QStringLiteral("c"));
    for (qsizetype i = 0; i < collections.size(); ++i) {
        const auto &c = collections.at(i);
        auto *row = makeRow(collectionGroup, QStringLiteral("%1 (%2)").arg(c.name).arg(c.items), CollectionRow,
            QString::number(c.id), c.id, c.name);
        for (const QString &id : members.at(i))
            makeRow(row, repo->title(id), MemberRow, id, c.id, c.name)->setToolTip(0, id);
    }
    auto *searchGroup = makeRow(m_tree->invisibleRootItem(), tr("Saved searches"), GroupRow, QStringLiteral("s"));
    for (const auto &s : std::as_const(searches))
        makeRow(searchGroup, s.name, SearchRow, s.query, 0, s.name)->setToolTip(0, s.query);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString key = keyOf(*it);
        (*it)->setExpanded(expanded.contains(key) || (first && (*it)->data(0, KindRole).toInt() == GroupRow));
        if (key == current)
            m_tree->setCurrentItem(*it);
    }
}

void CollectionsPanel::activate(QTreeWidgetItem *row)
{
    if (!row)
        return;
    if (row->data(0, KindRole).toInt() == MemberRow)
        emit itemActivated(row->data(0, ValueRole).toString());
    else if (row->data(0, KindRole).toInt() == SearchRow)
        emit searchActivated(row->data(0, ValueRole).toString());
}

void CollectionsPanel::removeCurrent()
{
    const QTreeWidgetItem *row = m_tree->currentItem();
    if (!row)
        return;
    const auto collection = static_cast<std::int64_t>(row->data(0, CollectionRole).toLongLong());
    const QString name = row->data(0, NameRole).toString();
    switch (row->data(0, KindRole).toInt()) {
    case MemberRow:
        emit removeFromCollectionRequested(collection, name, row->data(0, ValueRole).toString());
        break;
    case CollectionRow:
        emit deleteCollectionRequested(collection, name);
        break;
    case SearchRow:
        emit deleteSearchRequested(name);
        break;
    default:
        break;
    }
}

} // namespace plenum::ui
