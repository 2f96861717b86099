#include "ui/graphview.h"

#include "ui/labels.h"

#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>

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

// The title in the interface's language: of "English · 中文" the Chinese part in the Chinese interface.
QString shortTitle(const QString &title)
{
    QString first = title.section(QStringLiteral(" · "), 0, 0);
    if (chineseInterface()) {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const QString &part : title.split(QStringLiteral(" · ")))
            if (part.contains(han)) {
                first = part;
                break;
            }
    }
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
    core::Neighbourhood graph = core::neighbourhood(*m_repo, id, clamped);
    if (!m_graph.nodes.isEmpty())
        m_views.insert(m_graph.nodes.first().id + QString::number(m_depth), { m_scale, m_offset });
    m_graph = std::move(graph);
    m_depth = clamped;
    layoutGraph();
    fitToView();
    // A graph visited before comes back as the user left it.
    const auto it = m_views.constFind(id + QString::number(clamped));
    if (it != m_views.constEnd()) {
        m_scale = it->scale;
        m_offset = it->offset;
        m_fitted = false;
    }
    setSearch(m_search);
    update();
}

void GraphView::setHidden(const QSet<core::ItemType> &types, const QSet<QString> &relations)
{
    m_hiddenTypes = types;
    m_hiddenRelations = relations;
    if (m_fitted)
        fitToView();
    update();
}

bool GraphView::isShown(int index) const
{
    return index == 0 || !m_hiddenTypes.contains(m_graph.nodes.at(index).type);
}

int GraphView::setSearch(const QString &text)
{
    m_search = text.trimmed();
    update();
    return static_cast<int>(matches().size());
}

QStringList GraphView::matches() const
{
    QStringList ids;
    if (m_search.isEmpty())
        return ids;
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i)
        if (isShown(static_cast<int>(i)) && m_graph.nodes.at(i).title.contains(m_search, Qt::CaseInsensitive))
            ids.append(m_graph.nodes.at(i).id);
    return ids;
}

namespace {
constexpr double kMargin = 14;
constexpr double kLegendWidth = 120; // the type legend at the top left
constexpr double kLabelRoom = 150; // labels sit right of their nodes
} // namespace

// The shown nodes' box fills the view, with room for the legend and the labels.
void GraphView::fitToView()
{
    QRectF box;
    for (qsizetype i = 0; i < m_positions.size(); ++i)
        if (isShown(static_cast<int>(i)))
            box |= QRectF(m_positions.at(i), QSizeF(0.001, 0.001));
    const QRectF room(kMargin + kLegendWidth / 2, kMargin, width() - 2 * kMargin - kLegendWidth / 2 - kLabelRoom,
        height() - 2 * kMargin);
    if (box.isEmpty() || room.width() <= 0 || room.height() <= 0) {
        m_fit = 1;
        m_offset = {};
    } else {
        m_fit
            = std::min({ room.width() / std::max(1.0, box.width()), room.height() / std::max(1.0, box.height()), 3.0 });
        m_offset = room.center() - QPointF(width() / 2.0, height() / 2.0) - box.center() * m_fit;
    }
    m_scale = 1;
    m_fitted = true;
    update();
}

void GraphView::zoom(double factor)
{
    m_scale = std::clamp(m_scale * factor, 0.3, 8.0);
    m_fitted = false;
    update();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fitToView();
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
    return QPointF(width() / 2.0, height() / 2.0) + m_offset + p * m_fit * m_scale;
}

QPointF GraphView::nodePosition(int index) const
{
    return toScreen(m_positions.value(index));
}

QString GraphView::nodeAt(const QPointF &pos) const
{
    for (qsizetype i = m_graph.nodes.size() - 1; i >= 0; --i) {
        if (!isShown(static_cast<int>(i)))
            continue;
        const QPointF c = toScreen(m_positions.at(i));
        const double r = m_graph.nodes.at(i).depth == 0 ? 12 : 7;
        if (std::hypot(c.x() - pos.x(), c.y() - pos.y()) <= r + 2)
            return m_graph.nodes.at(i).id;
    }
    return {};
}

namespace {
double radius(const core::Neighbourhood::Node &node)
{
    return node.depth == 0 ? 12 : (node.depth == 1 ? 7 : 5);
}
} // namespace

// Labels claim space in order (the centre, search matches, the hovered node, then by depth);
// each tries right, left, above and below its node and is left out (hover shows it) when every
// place would overlap another label, a node or the legend, or leave the view.
void GraphView::placeLabels()
{
    m_labelRects.clear();
    m_labelled.clear();
    const QStringList found = matches();
    QList<int> order;
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i)
        if (isShown(static_cast<int>(i)))
            order.append(static_cast<int>(i));
    const auto rank = [&](int i) {
        const auto &n = m_graph.nodes.at(i);
        return n.depth == 0 ? -3 : found.contains(n.id) ? -2 : n.id == m_hover ? -1 : n.depth;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) < rank(b); });
    QList<QRectF> obstacles { QRectF(0, 0, kLegendWidth, 8 + 18 * std::size(core::kAllItemTypes)) };
    for (int i : order) {
        const double r = radius(m_graph.nodes.at(i)) + 1;
        obstacles.append(QRectF(toScreen(m_positions.at(i)) - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    const QRectF view = QRectF(rect()).adjusted(2, 2, -2, -2);
    for (int i : order) {
        const auto &node = m_graph.nodes.at(i);
        QFont f = font();
        f.setBold(node.depth == 0 || found.contains(node.id));
        const QSizeF size = QFontMetricsF(f).size(0, shortTitle(node.title)) + QSizeF(4, 0);
        const QPointF c = toScreen(m_positions.at(i));
        const double r = radius(node) + 3;
        const QRectF own(c - QPointF(r, r), QSizeF(2 * r, 2 * r));
        const QList<QPointF> places
            = { c + QPointF(r, -size.height() / 2), c + QPointF(-r - size.width(), -size.height() / 2),
                  c + QPointF(-size.width() / 2, -r - size.height()), c + QPointF(-size.width() / 2, r) };
        bool placed = false;
        for (const QPointF &at : places) {
            const QRectF box(at, size);
            const auto hits = [&](const QRectF &o) { return o.intersects(box) && !own.contains(o); };
            if (view.contains(box) && std::none_of(obstacles.cbegin(), obstacles.cend(), hits)
                && std::none_of(m_labelRects.cbegin(), m_labelRects.cend(), hits)) {
                m_labelRects.append(box);
                m_labelled.append(i);
                placed = true;
                break;
            }
        }
        // The centre and the hovered node are always named: on a backing over what lies beneath.
        if (!placed && (node.depth == 0 || node.id == m_hover)) {
            QRectF box(places.first(), size);
            box.moveLeft(std::clamp(box.left(), view.left(), std::max(view.left(), view.right() - box.width())));
            m_labelRects.append(box);
            m_labelled.append(i);
        }
    }
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
    const QStringList found = matches();
    QColor edge = pal.color(QPalette::Text);
    edge.setAlpha(m_graph.nodes.size() > 120 ? 40 : 80);
    p.setPen(QPen(edge, 1));
    for (const auto &e : m_graph.edges)
        if (isShown(e.from) && isShown(e.to) && !m_hiddenRelations.contains(e.relation))
            p.drawLine(toScreen(m_positions.at(e.from)), toScreen(m_positions.at(e.to)));
    for (qsizetype i = 0; i < m_graph.nodes.size(); ++i) {
        if (!isShown(static_cast<int>(i)))
            continue;
        const auto &node = m_graph.nodes.at(i);
        const QPointF c = toScreen(m_positions.at(i));
        QColor fill = typeColour(node.type);
        if (!found.isEmpty() && !found.contains(node.id) && node.depth != 0)
            fill.setAlpha(70); // a search dims what does not match
        p.setPen(QPen(typeColour(node.type).darker(150), node.id == m_hover ? 2.5 : 1));
        p.setBrush(fill);
        p.drawEllipse(c, radius(node), radius(node));
        if (found.contains(node.id)) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
            p.drawEllipse(c, radius(node) + 4, radius(node) + 4);
        }
    }
    placeLabels();
    for (qsizetype l = 0; l < m_labelRects.size(); ++l) {
        const auto &node = m_graph.nodes.at(m_labelled.at(l));
        QFont f = font();
        f.setBold(node.depth == 0 || found.contains(node.id));
        p.setFont(f);
        if (node.depth == 0 || node.id == m_hover) {
            QColor backing = pal.color(QPalette::Base);
            backing.setAlpha(220);
            p.fillRect(m_labelRects.at(l), backing);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(m_labelRects.at(l), Qt::AlignCenter, shortTitle(node.title));
    }
    paintLegend(p);
}

void GraphView::paintLegend(QPainter &p) const
{
    const QPalette pal = palette();
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
    m_fitted = false;
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
            m_fitted = false;
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
        m_fitted = false;
        break;
    case Qt::Key_Minus:
        m_scale = std::max(0.3, m_scale / 1.25);
        m_fitted = false;
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToView();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace plenum::ui
