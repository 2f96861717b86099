#pragma once

#include "queries/notes.h"

#include <QAbstractListModel>

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// The notes of a knowledge base, most recently changed first.
class NoteListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    explicit NoteListModel(QObject *parent = nullptr);

    /// Reloads from REPO (null empties the list); when the read fails it throws and the list stays as it was.
    void reload(core::Repository *repo);
    /// The row of note ID, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<core::NoteSummary> m_rows;
};

} // namespace plenum::ui
