#pragma once

#include "model/item.h"

#include <QList>
#include <QString>

namespace plenum::core {

class Repository;

/// The items around one item, for the graph view.
struct Neighbourhood {
    struct Node {
        QString id;
        ItemType type;
        QString title;
        int depth; ///< 0 for the centre
    };
    struct Edge {
        int from; ///< index into nodes
        int to;
        QString relation;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    bool truncated = false; ///< MAX_NODES was reached
};

/// Items within DEPTH links (either direction, rejected links ignored) of ID, breadth first,
/// at most MAX_NODES of them; edges are every link among the collected nodes.
Neighbourhood neighbourhood(Repository &repo, const QString &id, int depth, int maxNodes = 400);

} // namespace plenum::core
