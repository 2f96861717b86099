#include "ui/notelistpanel.h"

#include "ui/notelistmodel.h"
#include "ui/roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace plenum::ui {

NoteListPanel::NoteListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NoteListModel(this))
    , m_proxy(new NoteListProxy(this))
    , m_filter(new QLineEdit)
    , m_order(new QComboBox)
    , m_view(new QTreeView)
{
    m_proxy->setSourceModel(m_model);
    auto *newNote = new QPushButton(tr("New Note"));
    m_filter->setPlaceholderText(tr("Filter notes"));
    m_filter->setAccessibleName(tr("Filter notes"));
    m_filter->setClearButtonEnabled(true);
    m_order->setAccessibleName(tr("Order of the notes"));
    m_order->addItem(tr("Last changed"), NoteListModel::ModifiedColumn);
    m_order->addItem(tr("Created"), NoteListModel::CreatedColumn);
    m_order->addItem(tr("Title"), NoteListModel::TitleColumn);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setAccessibleName(tr("Notes"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NoteListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NoteListModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(NoteListModel::ModifiedColumn, QHeaderView::ResizeToContents);
    applyOrder(0);

    auto *top = new QHBoxLayout;
    top->addWidget(newNote);
    top->addWidget(m_filter, 1);
    top->addWidget(m_order);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(newNote, &QPushButton::clicked, this, &NoteListPanel::newNoteRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_order, &QComboBox::activated, this, &NoteListPanel::applyOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(IdRole).toString();
        if (!id.isEmpty())
            emit noteSelected(id);
    });
    // A click on a column heading chooses that order too.
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        const QSignalBlocker blocker(m_order);
        m_order->setCurrentIndex(m_order->findData(column));
    });
}

void NoteListPanel::applyOrder(int choice)
{
    const int column = m_order->itemData(choice).toInt();
    // Dates newest first; titles from A (or pinyin a).
    m_view->sortByColumn(column, column == NoteListModel::TitleColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void NoteListPanel::reload(core::Repository *repo, const QString &id)
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->reload(repo);
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)));
}

QString NoteListPanel::currentId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

} // namespace plenum::ui
