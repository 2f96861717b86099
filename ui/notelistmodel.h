#pragma once

#include "queries/notes.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSortFilterProxyModel>

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// The notes of a knowledge base with when each was created and last changed, most recently
/// changed first. Dates are shown in the interface's locale; SortRole gives them as ISO 8601.
class NoteListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, CreatedColumn, ModifiedColumn, ColumnCount };
    /// What the columns sort by: the title, or the date as ISO 8601 (UTC).
    static constexpr int SortRole = Qt::UserRole + 60;

    explicit NoteListModel(QObject *parent = nullptr);

    /// Reloads from REPO (null empties the list); when the read fails it throws and the list stays as it was.
    void reload(core::Repository *repo);
    /// The row of note ID, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::NoteSummary> m_rows;
};

/// The note list as the user narrows and orders it: titles containing the filter text (any case),
/// sorted by title (in the interface's collation: pinyin for Chinese) or by date.
class NoteListProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NoteListProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace plenum::ui
