#include "queries/graphqueries.h"

#include "storage/repository.h"

#include <QHash>
#include <QSet>

namespace plenum::core {

Neighbourhood neighbourhood(Repository &repo, const QString &id, int depth, int maxNodes)
{
    Neighbourhood n;
    const auto centreType = repo.typeOf(id);
    if (!centreType)
        return n;
    QHash<QString, int> index;
    auto addNode = [&](const QString &nodeId, ItemType type, int d) {
        index.insert(nodeId, static_cast<int>(n.nodes.size()));
        n.nodes.append({ nodeId, type, repo.title(nodeId), d });
    };
    addNode(id, *centreType, 0);
    auto neighbours = repo.database().prepare("SELECT l.target_id, e.type FROM links l JOIN entities e ON e.id = "
                                              "l.target_id WHERE l.source_id = ?1 AND l.rejected = 0 "
                                              "UNION SELECT l.source_id, e.type FROM links l JOIN entities e ON e.id = "
                                              "l.source_id WHERE l.target_id = ?1 AND l.rejected = 0");
    QList<QString> frontier { id };
    for (int d = 1; d <= depth && !frontier.isEmpty() && !n.truncated; ++d) {
        QList<QString> next;
        for (const QString &from : frontier) {
            neighbours.bind(1, from);
            while (neighbours.next()) {
                const QString other = neighbours.text(0);
                if (index.contains(other))
                    continue;
                if (n.nodes.size() >= maxNodes) {
                    n.truncated = true;
                    break;
                }
                addNode(other, typeFromName(neighbours.text(1)).value_or(ItemType::Note), d);
                next.append(other);
            }
            neighbours.reset();
            if (n.truncated)
                break;
        }
        frontier = next;
    }
    auto links = repo.database().prepare("SELECT target_id, relation FROM links WHERE source_id = ?1 AND rejected = 0");
    QSet<QPair<int, int>> seen;
    for (int i = 0; i < n.nodes.size(); ++i) {
        links.bind(1, n.nodes.at(i).id);
        while (links.next()) {
            const auto it = index.constFind(links.text(0));
            if (it == index.constEnd() || seen.contains({ i, *it }))
                continue;
            seen.insert({ i, *it });
            n.edges.append({ i, *it, links.text(1) });
        }
        links.reset();
    }
    return n;
}

} // namespace plenum::core
