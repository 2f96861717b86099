#include "ui/notelistmodel.h"

#include "storage/repository.h"
#include "ui/roles.h"

namespace plenum::ui {

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NoteListModel::reload(core::Repository *repo)
{
    beginResetModel();
    m_rows.clear();
    if (repo) {
        auto q = repo->database().prepare("SELECT id, title, updated_at FROM notes ORDER BY updated_at DESC, id");
        while (q.next())
            m_rows.append({ q.text(0), q.text(1), q.text(2) });
    }
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
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? tr("(untitled note)") : row.title;
    case Qt::ToolTipRole:
        return tr("%1 · changed %2").arg(row.id, row.updated.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    case IdRole:
        return row.id;
    case TypeRole:
        return QStringLiteral("note");
    default:
        return {};
    }
}

} // namespace plenum::ui
