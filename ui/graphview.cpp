#include "ui/graphview.h"

#include "ui/labels.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace plenum::ui {

namespace {

QColor typeColour(core::ItemType type)
{
    switch (type) {
    case core::ItemType::Milestone:
        return QColor(0xe1, 0x57, 0x59);
    case core::ItemType::Concept:
        return QColor(0x4e, 0x79, 0xa7);
    case core::ItemType::Document:
        return QColor(0xf2, 0x8e, 0x2b);
    case core::ItemType::Reference:
        return QColor(0x76, 0xb7, 0xb2);
    case core::ItemType::Statement:
        return QColor(0x59, 0xa1, 0x4f);
    case core::ItemType::Note:
        return QColor(0xb0, 0x7a, 0xa1);
    }
    return Qt::gray;
}

QString shortTitle(const QString &title)
{
    const QString first = title.section(QStringLiteral(" · "), 0, 0);
    return first.size() > 38 ? first.left(37) + QChar(0x2026) : first;
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Link graph"));
}

void GraphView::setRepository(core::Repository *repo)
{
    m_repo = repo;
    m_graph = {};
    m_positions.clear();
    update();
}

void GraphView::showNeighbourhood(const QString &id, int depth)
{
    if (!m_repo)
        return;
    const int clamped = std::clamp(depth, 1, 2);
    m_graph = core::neighbourhood(*m_repo, id, clamped);
    m_depth = clamped;
    layoutGraph();
    m_scale = 1.0;
    m_offset = {};
    update();
}

// A deterministic force-directed layout (Fruchterman–Reingold): rings by depth to start, then
// repulsion between all nodes and attraction along edges, cooling each round.
void GraphView::layoutGraph()
{
    const auto n = m_graph.nodes.size();
    m_positions.resize(n);
    QList<int> perDepth(3, 0), seenAtDepth(3, 0);
    for (const auto &node : m_graph.nodes)
        ++perDepth[std::min(node.depth, 2)];
    for (qsizetype i = 0; i < n; ++i) {
        const int d = std::min(m_graph.nodes.at(i).depth, 2);
        const double angle = 2 * M_PI * seenAtDepth[d]++ / std::max(1, perDepth[d]);
        m_positions[i] = QPointF(std::cos(angle), std::sin(angle)) * (d * 160.0);
    }
    if (n < 2)
        return;
    const double area = 900.0 * 700.0 * std::max(1.0, n / 60.0);
    const double k = std::sqrt(area / static_cast<double>(n));
    double temperature = k * 2;
    QList<QPointF> shift(n);
    for (int round = 0; round < 250; ++round) {
        std::fill(shift.begin(), shift.end(), QPointF());
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = i + 1; j < n; ++j) {
                QPointF delta = m_positions[i] - m_positions[j];
                double dist = std::max(0.01, std::hypot(delta.x(), delta.y()));
                const QPointF force = delta / dist * (k * k / dist);
                shift[i] += force;
                shift[j] -= force;
            }
        for (const auto &e : m_graph.edges) {
            QPointF delta = m_positions[e.from] - m_positions[e.to];
            const double dist = std::max(0.01, std::hypot(delta.x(), delta.y()));
            const QPointF force = delta / dist * (dist * dist / k);
            shift[e.from] -= force;
            shift[e.to] += force;
        }
        for (qsizetype i = 1; i < n; ++i) { // the centre stays put
            const double len = std::max(0.01, std::hypot(shift[i].x(), shift[i].y()));
            m_positions[i] += shift[i] / len * std::min(len, temperature);
        }
        temperature *= 0.97;
    }
    // Fit the layout into a box of about 800 × 560 units.
    double extent = 1;
    for (const QPointF &p : std::as_const(m_positions))
        extent = std::max({ extent, std::abs(p.x()) / 400, std::abs(p.y()) / 280 });
    for (QPointF &p : m_positions)
        p /= extent;
}

QPointF GraphView::toScreen(const QPointF &p) const
{
    const double fit = std::min(width() / 880.0, height() / 620.0);
    return QPointF(width() / 2.0, height() / 2.0) + m_offset + p * fit * m_scale;
}

QPointF GraphView::nodePosition(int index) const
{
    return toScreen(m_positions.value(index));
}

QString GraphView::nodeAt(const QPointF &pos) const
{
    for (qsizetype i = m_graph.nodes.size() - 1; i >= 0; --i) {
        const QPointF c = toScreen(m_positions.at(i));
        const double r = m_graph.nodes.at(i).depth == 0 ? 12 : 7;
        if (std::hypot(c.x() - pos.x(), c.y() - pos.y()) <= r + 2)
            return m_graph.nodes.at(i).id;
    }
    return {};
}

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_graph.nodes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Open an item to see its links as a graph."));
        return;
    }
    QColor edge = pal.color(QPalette::Text);
    edge.setAlpha(m_graph.nodes.size() > 120 ? 40 : 80);
    p.setPen(QPen(edge, 1));
    for (const auto &e : m_graph.edges)
        p.drawLine(toScreen(m_positions.at(e.from)), toScreen(m_positions.at(e.to)));
    // Nodes first, then labels: the centre, the hovered node and nearer nodes claim space first, and
    // a label that would overlap one already drawn is left out (hover shows it).
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i) {
        const auto &node = m_graph.nodes.at(i);
        const QPointF c = toScreen(m_positions.at(i));
        const double r = node.depth == 0 ? 12 : (node.depth == 1 ? 7 : 5);
        p.setPen(QPen(typeColour(node.type).darker(150), node.id == m_hover ? 2.5 : 1));
        p.setBrush(typeColour(node.type));
        p.drawEllipse(c, r, r);
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const auto rank
            = [this](qsizetype i) { return m_graph.nodes.at(i).id == m_hover ? -1 : m_graph.nodes.at(i).depth; };
        return rank(a) < rank(b);
    });
    QList<QRectF> taken;
    for (qsizetype i : order) {
        const auto &node = m_graph.nodes.at(i);
        const QPointF c = toScreen(m_positions.at(i));
        const double r = node.depth == 0 ? 12 : (node.depth == 1 ? 7 : 5);
        QFont f = font();
        f.setBold(node.depth == 0);
        const QString text = shortTitle(node.title);
        const QRectF box = QRectF(c + QPointF(r + 3, -8), QFontMetricsF(f).size(0, text)).adjusted(-1, 0, 1, 0);
        const bool must = node.depth == 0 || node.id == m_hover;
        if (!must && std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.append(box);
        p.setFont(f);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    // Legend.
    p.setFont(font());
    int y = 10;
    for (core::ItemType t : core::kAllItemTypes) {
        p.setPen(Qt::NoPen);
        p.setBrush(typeColour(t));
        p.drawEllipse(QPointF(16, y + 7), 5, 5);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(26, y + 11), typeLabel(core::typeName(t)));
        y += 18;
    }
    if (m_graph.truncated) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, height() - 22, width() - 8, 20), Qt::AlignRight,
            tr("Showing the first %1 items").arg(m_graph.nodes.size()));
    }
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.2, event->angleDelta().y() / 120.0);
    const double next = std::clamp(m_scale * factor, 0.3, 8.0);
    const QPointF centre(width() / 2.0, height() / 2.0);
    m_offset = (m_offset - (event->position() - centre)) * (next / m_scale) + (event->position() - centre);
    m_scale = next;
    update();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_dragOrigin = event->position().toPoint();
    m_dragStart = m_offset;
    m_dragging = false;
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->position().toPoint() - m_dragOrigin;
        if (delta.manhattanLength() > 3)
            m_dragging = true;
        if (m_dragging) {
            m_offset = m_dragStart + delta;
            update();
        }
        return;
    }
    const QString hover = nodeAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(hover.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        for (const auto &n : std::as_const(m_graph.nodes))
            if (n.id == hover)
                setToolTip(n.title);
        if (hover.isEmpty())
            setToolTip(QString());
        update();
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging && event->button() == Qt::LeftButton) {
        const QString id = nodeAt(event->position());
        if (!id.isEmpty())
            emit itemActivated(id);
    }
    m_dragging = false;
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position());
    if (!id.isEmpty())
        emit centreRequested(id);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_scale = std::min(8.0, m_scale * 1.25);
        break;
    case Qt::Key_Minus:
        m_scale = std::max(0.3, m_scale / 1.25);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        m_scale = 1;
        m_offset = {};
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace plenum::ui
