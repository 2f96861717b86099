#pragma once

#include "queries/conceptqueries.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace plenum::ui {

/// Concepts as a broader → narrower tree. A entry with several broader concepts appears under
/// each of them; concepts with none are roots.
class ConceptTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit ConceptTreeModel(QObject *parent = nullptr);
    ~ConceptTreeModel() override;

    void setConcepts(const QList<core::ConceptSummary> &concepts);
    /// The first index showing entry ID, or an invalid index.
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int entry = -1; // index into m_concepts; -1 for the invisible root
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;

    QList<core::ConceptSummary> m_concepts;
    std::unique_ptr<Node> m_root;
};

} // namespace plenum::ui
