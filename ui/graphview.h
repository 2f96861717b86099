#pragma once

#include "queries/graphqueries.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

class QPainter;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// The neighbourhood of an item (depth 1–2) as an interactive graph coloured by type: wheel to
/// zoom, drag to pan, click a node to open it, double-click to centre the graph on it. Labels of
/// outer nodes appear when zoomed in or hovered, so a few hundred nodes stay readable.
class GraphView final : public QWidget {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    void setRepository(core::Repository *repo);
    /// Lays out the neighbourhood of ID to DEPTH (1 or 2); throws core::Error when it cannot be read
    /// (the graph on display stays).
    void showNeighbourhood(const QString &id, int depth);
    [[nodiscard]] const core::Neighbourhood &graph() const { return m_graph; }
    /// The node drawn at POS, or empty.
    [[nodiscard]] QString nodeAt(const QPointF &pos) const;
    /// Where node INDEX is drawn, in widget coordinates.
    [[nodiscard]] QPointF nodePosition(int index) const;

    QSize sizeHint() const override { return { 700, 500 }; }

    /// The depth of the graph on display.
    [[nodiscard]] int depth() const { return m_depth; }

    /// Hides the nodes of the types in TYPES (never the centre) and the links of RELATIONS.
    void setHidden(const QSet<core::ItemType> &types, const QSet<QString> &relations);
    /// Highlights the nodes whose title contains TEXT (empty clears); returns how many match.
    int setSearch(const QString &text);
    /// The ids of the nodes matching the search.
    [[nodiscard]] QStringList matches() const;
    /// True when node INDEX is shown (not filtered out).
    [[nodiscard]] bool isShown(int index) const;
    /// Zooms by FACTOR around the centre of the view.
    void zoom(double factor);
    /// Scales and centres the shown nodes (with their labels) to the view.
    void fitToView();
    /// Where the labels are drawn, one per labelled node (never overlapping each other or a node).
    [[nodiscard]] QList<QRectF> labelRects() const { return m_labelRects; }

signals:
    void itemActivated(const QString &id);
    /// The user double-clicked node ID to put it in the centre.
    void centreRequested(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutGraph();
    void placeLabels();
    void paintLegend(QPainter &painter) const;
    [[nodiscard]] QPointF toScreen(const QPointF &p) const;

    core::Repository *m_repo = nullptr;
    core::Neighbourhood m_graph;
    QList<QPointF> m_positions; // layout coordinates, centre at the origin
    int m_depth = 1;
    double m_scale = 1.0;
    QPointF m_offset;
    QPoint m_dragOrigin;
    QPointF m_dragStart;
    bool m_dragging = false;
    QString m_hover;
    QSet<core::ItemType> m_hiddenTypes;
    QSet<QString> m_hiddenRelations;
    QString m_search;
    QList<QRectF> m_labelRects;
    QList<int> m_labelled; // node index of each label rect
    double m_fit = 1.0; // layout units to pixels at zoom 1
    bool m_fitted = true; // the user has not zoomed or panned since the last fit
    struct ViewState {
        double scale;
        QPointF offset;
    };
    QHash<QString, ViewState> m_views; // zoom and pan per centre, so a revisit looks the same
};

} // namespace plenum::ui
