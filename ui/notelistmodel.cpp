#include "ui/notelistmodel.h"

#include "ui/roles.h"

namespace plenum::ui {

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
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

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::NoteSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? tr("(untitled note)") : row.title;
    case Qt::ToolTipRole:
        return tr("%1 · changed %2")
            .arg(row.id, QString(row.updatedAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    case IdRole:
        return row.id;
    case TypeRole:
        return QStringLiteral("note");
    default:
        return {};
    }
}

} // namespace plenum::ui
