#include "ui/concepttreemodel.h"

#include "ui/labels.h"
#include "ui/roles.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

#include <functional>

namespace plenum::ui {

ConceptTreeModel::ConceptTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

ConceptTreeModel::~ConceptTreeModel() = default;

void ConceptTreeModel::setConcepts(const QList<core::ConceptSummary> &concepts)
{
    beginResetModel();
    m_concepts = concepts;
    m_root = std::make_unique<Node>();
    QHash<QString, int> byId;
    for (int i = 0; i < m_concepts.size(); ++i)
        byId.insert(m_concepts.at(i).id, i);
    QHash<int, QList<int>> narrower;
    QList<int> roots;
    for (int i = 0; i < m_concepts.size(); ++i) {
        bool hasParent = false;
        for (const QString &b : m_concepts.at(i).broader)
            if (byId.contains(b)) {
                narrower[byId.value(b)].append(i);
                hasParent = true;
            }
        if (!hasParent)
            roots.append(i);
    }
    // Siblings in the interface language's order (pinyin in Chinese).
    const QCollator collator = interfaceCollator();
    const auto byName = [&](int a, int b) {
        const auto &ca = m_concepts.at(a), &cb = m_concepts.at(b);
        return collator.compare(primaryName(ca.nameEn, ca.nameZh), primaryName(cb.nameEn, cb.nameZh)) < 0;
    };
    std::stable_sort(roots.begin(), roots.end(), byName);
    for (auto &children : narrower)
        std::stable_sort(children.begin(), children.end(), byName);
    // Depth-first, refusing to descend into a entry already on the path (a cycle in the data).
    QList<int> path;
    std::function<void(Node *, int)> add = [&](Node *parent, int entry) {
        if (path.contains(entry))
            return;
        auto node = std::make_unique<Node>();
        node->entry = entry;
        node->parent = parent;
        node->row = static_cast<int>(parent->children.size());
        Node *raw = node.get();
        parent->children.push_back(std::move(node));
        path.append(entry);
        for (int child : narrower.value(entry))
            add(raw, child);
        path.removeLast();
    };
    for (int r : roots)
        add(m_root.get(), r);
    endResetModel();
}

ConceptTreeModel::Node *ConceptTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ConceptTreeModel::indexOf(const QString &id) const
{
    std::function<QModelIndex(const Node *)> find = [&](const Node *node) -> QModelIndex {
        for (const auto &child : node->children) {
            if (m_concepts.at(child->entry).id == id)
                return createIndex(child->row, 0, child.get());
            const QModelIndex inner = find(child.get());
            if (inner.isValid())
                return inner;
        }
        return {};
    };
    return find(m_root.get());
}

QModelIndex ConceptTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(static_cast<std::size_t>(row)).get());
}

QModelIndex ConceptTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int ConceptTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ConceptTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ConceptTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::ConceptSummary &c = m_concepts.at(nodeOf(index)->entry);
    switch (role) {
    case Qt::DisplayRole:
        if (chineseInterface())
            return index.column() == 0 ? primaryName(c.nameEn, c.nameZh) : c.nameEn;
        return index.column() == 0 ? primaryName(c.nameEn, c.nameZh) : c.nameZh;
    case Qt::ToolTipRole:
        return bilingual(c.nameEn, c.nameZh);
    case IdRole:
        return c.id;
    case TypeRole:
        return QStringLiteral("entry");
    default:
        return {};
    }
}

QVariant ConceptTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Concept");
    return chineseInterface() ? QStringLiteral("英文") : QStringLiteral("中文");
}

} // namespace plenum::ui
