#include "ui/notelistmodel.h"

#include "ui/labels.h"
#include "ui/roles.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>

namespace plenum::ui {

namespace {

QDateTime localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
}

// Today's changes by the time, older ones by the date, as the interface's locale writes them.
QString shortDate(const QString &iso)
{
    const QDateTime when = localTime(iso);
    if (!when.isValid())
        return {};
    return when.date() == QDate::currentDate() ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                               : QLocale().toString(when.date(), QLocale::ShortFormat);
}

} // namespace

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NoteListModel::reload(core::Repository *repo)
{
    // Read first: a read that fails leaves the list as it was, never half reset.
    QList<core::NoteSummary> notes = repo ? core::noteSummaries(*repo) : QList<core::NoteSummary>();
    beginResetModel();
    m_rows = std::move(notes);
    endResetModel();
}

int NoteListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::NoteSummary &row = m_rows.at(index.row());
    const QString title = row.title.isEmpty() ? tr("(untitled note)") : row.title;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn  ? title
            : index.column() == CreatedColumn ? shortDate(row.createdAt)
                                              : shortDate(row.updatedAt);
    case SortRole:
        return index.column() == TitleColumn ? title : index.column() == CreatedColumn ? row.createdAt : row.updatedAt;
    case Qt::ToolTipRole:
        return tr("%1\ncreated %2 · changed %3")
            .arg(title, QLocale().toString(localTime(row.createdAt), QLocale::ShortFormat),
                QLocale().toString(localTime(row.updatedAt), QLocale::ShortFormat));
    case IdRole:
        return row.id;
    case TypeRole:
        return QStringLiteral("note");
    default:
        return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

NoteListProxy::NoteListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(interfaceCollator())
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(NoteListModel::TitleColumn);
    setSortRole(NoteListModel::SortRole);
}

bool NoteListProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data(NoteListModel::SortRole).toString();
    const QString b = right.data(NoteListModel::SortRole).toString();
    if (left.column() != NoteListModel::TitleColumn)
        return a < b; // ISO 8601 in UTC sorts as text
    return m_collator.compare(a, b) < 0;
}

} // namespace plenum::ui
