#pragma once

#include "model/item.h"

#include <QAbstractItemModel>

namespace plenum::ui {

/// Milestones grouped by Central Committee term: the congress first, then its plenums.
class MilestoneTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DatesColumn, ColumnCount };

    explicit MilestoneTreeModel(QObject *parent = nullptr);

    /// Replaces the content (milestones in any order).
    void setMilestones(const QList<core::Milestone> &milestones);
    /// The index of the milestone with ID, or an invalid index.
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString termYears(int row) const;
    struct Term {
        int number = 0;
        QList<core::Milestone> milestones;
    };
    QList<Term> m_terms;
};

} // namespace plenum::ui
