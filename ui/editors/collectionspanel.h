#pragma once

#include <QWidget>

#include <cstdint>

class QTreeWidget;
class QTreeWidgetItem;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// The navigator's Collections tab: the user's collections with their items, and the saved
/// searches. Choosing an item opens it; choosing a saved search runs it. Delete takes the chosen
/// item out of its collection, or deletes the chosen collection or saved search.
class CollectionsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CollectionsPanel(QWidget *parent = nullptr);

    /// Reads the collections and saved searches from REPO (null empties the tree), keeping what
    /// was expanded and chosen. Throws core::Error when they cannot be read.
    void reload(core::Repository *repo);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    /// Acts on the chosen row as the Delete key does.
    void removeCurrent();

signals:
    void itemActivated(const QString &id);
    void searchActivated(const QString &query);
    void newCollectionRequested();
    void saveSearchRequested();
    void removeFromCollectionRequested(std::int64_t collection, const QString &name, const QString &itemId);
    void deleteCollectionRequested(std::int64_t collection, const QString &name);
    void deleteSearchRequested(const QString &name);

private:
    void activate(QTreeWidgetItem *row);

    QTreeWidget *m_tree;
};

} // namespace plenum::ui
