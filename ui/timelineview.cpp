#include "ui/timelineview.h"

#include "linking/milestonenames.h"

#include <QKeyEvent>
#include <QLocale>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace plenum::ui {

namespace {

constexpr double kMarginDays = 120.0;
constexpr int kAxisHeight = 26;
constexpr int kEraBand = 20;
constexpr int kRowHeight = 17;

const QColor kEraColours[] = { QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
    QColor(0xb0, 0x7a, 0xa1), QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2) };

QColor eraColour(int term)
{
    return kEraColours[static_cast<std::size_t>(term) % std::size(kEraColours)];
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString label(const core::Milestone &m)
{
    if (chineseUi())
        return core::shortNameZh(m.kind, m.term, m.session);
    if (m.kind == core::MilestoneKind::NationalCongress)
        return QObject::tr("%1 Congress").arg(core::englishOrdinal(m.term));
    return QStringLiteral("%1-%2").arg(m.term).arg(m.session);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline of Party congresses and plenums"));
}

double TimelineView::dayOf(const QString &isoDate) const
{
    return static_cast<double>(QDate::fromString(isoDate, Qt::ISODate).toJulianDay());
}

void TimelineView::setMilestones(const QList<core::Milestone> &milestones)
{
    m_milestones = milestones;
    std::sort(m_milestones.begin(), m_milestones.end(),
        [](const auto &a, const auto &b) { return a.startDate < b.startDate; });
    const double today = static_cast<double>(QDate::currentDate().toJulianDay());
    m_first = m_milestones.isEmpty() ? today - 3650 : dayOf(m_milestones.first().startDate);
    m_last = std::max(today, m_milestones.isEmpty() ? today : dayOf(m_milestones.last().endDate));
    fitAll();
}

void TimelineView::setHighlight(const QString &label, const QList<HistoryStep> &steps)
{
    m_highlight.clear();
    m_highlightLabel = label;
    for (const HistoryStep &s : steps)
        m_highlight.insert(s.milestoneId, s);
    layoutMarks();
    update();
}

void TimelineView::setCurrent(const QString &id)
{
    m_current = id;
    update();
}

double TimelineView::maxSpan() const
{
    return (m_last - m_first) + 2 * kMarginDays;
}

void TimelineView::fitAll()
{
    m_span = maxSpan();
    m_start = m_first - kMarginDays;
    layoutMarks();
    update();
}

void TimelineView::clampView()
{
    m_span = std::clamp(m_span, kMinSpanDays, maxSpan());
    m_start = std::clamp(m_start, m_first - kMarginDays, m_last + kMarginDays - m_span);
}

double TimelineView::xForDate(const QDate &date) const
{
    return (static_cast<double>(date.toJulianDay()) - m_start) / m_span * width();
}

void TimelineView::zoom(double factor, double anchor)
{
    if (width() <= 0 || factor <= 0)
        return;
    const double anchorDay = m_start + anchor / width() * m_span;
    m_span /= factor;
    clampView();
    m_start = anchorDay - anchor / width() * m_span;
    clampView();
    layoutMarks();
    update();
}

double TimelineView::markY() const
{
    return kEraBand + 22;
}

void TimelineView::layoutMarks()
{
    m_placed.clear();
    const QFontMetricsF fm(font());
    const int laneSpace = m_highlight.isEmpty() ? 0 : 30;
    const int rows = std::max(1, static_cast<int>((height() - kAxisHeight - laneSpace - markY() - 12) / kRowHeight));
    QList<double> rowRight(rows, -1e9);
    for (int i = 0; i < m_milestones.size(); ++i) {
        const auto &m = m_milestones.at(i);
        const double x = (dayOf(m.startDate) - m_start) / m_span * width();
        Placed p { i, QPointF(x, markY()), QRectF(), false };
        const double w = fm.horizontalAdvance(label(m)) + 6;
        for (int r = 0; r < rows; ++r) {
            QRectF rect(x - w / 2, markY() + 12 + r * kRowHeight, w, kRowHeight);
            // Labels near the edges slide inwards instead of being cut off.
            rect.moveLeft(std::clamp(rect.left(), 0.0, std::max(0.0, width() - w)));
            if (rect.left() > rowRight[r] + 4) {
                rowRight[r] = rect.right();
                p.label = rect;
                p.labelled = true;
                break;
            }
        }
        m_placed.append(p);
    }
}

QStringList TimelineView::labelledMilestones() const
{
    QStringList ids;
    for (const Placed &p : m_placed)
        if (p.labelled)
            ids.append(m_milestones.at(p.index).id);
    return ids;
}

QList<QRectF> TimelineView::labelRects() const
{
    QList<QRectF> rects;
    for (const Placed &p : m_placed)
        if (p.labelled)
            rects.append(p.label);
    return rects;
}

QString TimelineView::milestoneAt(const QPoint &pos) const
{
    QString best;
    double bestDistance = 9.0;
    for (const Placed &p : m_placed) {
        const double d = std::hypot(p.point.x() - pos.x(), p.point.y() - pos.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = m_milestones.at(p.index).id;
        }
        if (p.labelled && p.label.contains(pos))
            return m_milestones.at(p.index).id;
    }
    return best;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const double axisTop = height() - kAxisHeight;

    // Eras: from each congress to the next (the last runs to today).
    QList<int> congresses;
    for (int i = 0; i < m_milestones.size(); ++i)
        if (m_milestones.at(i).kind == core::MilestoneKind::NationalCongress)
            congresses.append(i);
    for (int c = 0; c < congresses.size(); ++c) {
        const auto &m = m_milestones.at(congresses.at(c));
        const double from = (dayOf(m.startDate) - m_start) / m_span * width();
        const double to = c + 1 < congresses.size()
            ? (dayOf(m_milestones.at(congresses.at(c + 1)).startDate) - m_start) / m_span * width()
            : (m_last - m_start) / m_span * width();
        QColor fill = eraColour(m.term);
        fill.setAlpha(38);
        painter.fillRect(QRectF(from, 0, to - from, axisTop), fill);
        QColor text = eraColour(m.term).darker(pal.base().color().lightness() > 128 ? 130 : 60);
        if (pal.base().color().lightness() <= 128)
            text = eraColour(m.term).lighter(140);
        painter.setPen(text);
        const QString name = chineseUi() ? QStringLiteral("第%1届中央委员会").arg(core::chineseNumeral(m.term))
                                         : tr("%1 Central Committee").arg(core::englishOrdinal(m.term));
        painter.drawText(QRectF(std::max(from, 0.0) + 4, 2, std::max(0.0, to - std::max(from, 0.0) - 8), kEraBand),
            Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(name, Qt::ElideRight, std::max(0, int(to - std::max(from, 0.0) - 8))));
    }

    // Axis with year ticks.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, axisTop), QPointF(width(), axisTop));
    const int firstYear = QDate::fromJulianDay(static_cast<qint64>(m_start)).year();
    const int lastYear = QDate::fromJulianDay(static_cast<qint64>(m_start + m_span)).year();
    const double pxPerYear = 365.25 / m_span * width();
    const int every = pxPerYear > 60 ? 1 : pxPerYear > 30 ? 2 : 5;
    painter.setPen(pal.color(QPalette::Text));
    for (int y = firstYear; y <= lastYear + 1; ++y) {
        const double x = xForDate(QDate(y, 1, 1));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x, axisTop), QPointF(x, axisTop + 5));
        if (y % every == 0) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRectF(x - 30, axisTop + 5, 60, kAxisHeight - 5), Qt::AlignCenter, QString::number(y));
        }
    }

    // Today.
    const double todayX = xForDate(QDate::currentDate());
    QPen todayPen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine);
    painter.setPen(todayPen);
    painter.drawLine(QPointF(todayX, kEraBand), QPointF(todayX, axisTop));
    painter.drawText(QRectF(todayX - 60, axisTop - 16, 56, 14), Qt::AlignRight | Qt::AlignVCenter, tr("Today"));

    // Concept lane: a bar from its first appearance to today, named inside, with a dot at every
    // milestone of its history (filled where it first appears).
    if (!m_highlight.isEmpty()) {
        const double laneY = axisTop - 20;
        double laneFrom = width();
        for (const Placed &p : m_placed)
            if (m_highlight.contains(m_milestones.at(p.index).id))
                laneFrom = std::min(laneFrom, p.point.x());
        const QColor laneColour = pal.color(QPalette::Highlight);
        QColor barColour = laneColour;
        barColour.setAlpha(60);
        painter.setPen(Qt::NoPen);
        painter.setBrush(barColour);
        painter.drawRoundedRect(QRectF(laneFrom - 8, laneY - 8, todayX - laneFrom + 8, 16), 8, 8);
        for (const Placed &p : m_placed) {
            const auto it = m_highlight.constFind(m_milestones.at(p.index).id);
            if (it == m_highlight.constEnd())
                continue;
            painter.setPen(QPen(laneColour, 1, Qt::DotLine));
            painter.drawLine(QPointF(p.point.x(), p.point.y() + 6), QPointF(p.point.x(), laneY - 8));
            painter.setBrush(it->first ? laneColour : pal.color(QPalette::Base));
            painter.setPen(QPen(laneColour, 2));
            painter.drawEllipse(QPointF(p.point.x(), laneY), 5, 5);
        }
        // The name goes left of the bar where there is room, so it never hides a dot.
        painter.setPen(pal.color(QPalette::Text));
        const double textWidth = painter.fontMetrics().horizontalAdvance(m_highlightLabel);
        if (laneFrom - 14 >= textWidth) {
            painter.drawText(QRectF(laneFrom - 14 - textWidth, laneY - 8, textWidth, 16),
                Qt::AlignRight | Qt::AlignVCenter, m_highlightLabel);
        } else {
            const QRectF labelRect(std::max(0.0, laneFrom) + 10, laneY - 8, std::max(0.0, todayX - laneFrom - 20), 16);
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(
                    m_highlightLabel, Qt::ElideRight, static_cast<int>(labelRect.width())));
        }
    }

    // Milestones and their labels.
    for (const Placed &p : m_placed) {
        const auto &m = m_milestones.at(p.index);
        const bool congress = m.kind == core::MilestoneKind::NationalCongress;
        const bool highlighted = m_highlight.contains(m.id);
        const bool current = m.id == m_current;
        QColor colour = eraColour(m.term);
        if (!m_highlight.isEmpty() && !highlighted)
            colour.setAlpha(90);
        painter.setPen(QPen(current ? pal.color(QPalette::Highlight) : colour.darker(140), current ? 3 : 1));
        painter.setBrush(colour);
        if (congress) {
            QPainterPath diamond;
            const QPointF c = p.point;
            diamond.moveTo(c + QPointF(0, -9));
            diamond.lineTo(c + QPointF(9, 0));
            diamond.lineTo(c + QPointF(0, 9));
            diamond.lineTo(c + QPointF(-9, 0));
            diamond.closeSubpath();
            painter.drawPath(diamond);
        } else {
            painter.drawEllipse(p.point, 5.5, 5.5);
        }
        if (highlighted) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawEllipse(p.point, 12, 12);
        }
        if (p.labelled) {
            QFont f = font();
            f.setBold(congress || current);
            painter.setFont(f);
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(p.label, Qt::AlignCenter, label(m));
            painter.setFont(font());
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), event->position().x());
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoom(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = milestoneAt(help->pos());
        for (const auto &m : std::as_const(m_milestones))
            if (m.id == id) {
                QToolTip::showText(help->globalPos(),
                    QStringLiteral("%1\n%2\n%3 – %4").arg(m.nameEn, m.nameZh, m.startDate, m.endDate), this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragOrigin = event->position().toPoint();
    m_dragStart = m_start;
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(milestoneAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        return;
    }
    const int dx = event->position().toPoint().x() - m_dragOrigin.x();
    if (std::abs(dx) > 3)
        m_dragging = true;
    if (m_dragging && width() > 0) {
        m_start = m_dragStart - dx * m_span / width();
        clampView();
        layoutMarks();
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_dragging) {
        const QString id = milestoneAt(event->position().toPoint());
        if (!id.isEmpty()) {
            setCurrent(id);
            emit milestoneActivated(id);
        }
    }
    m_dragging = false;
}

void TimelineView::step(int direction)
{
    if (m_milestones.isEmpty())
        return;
    int index = -1;
    for (int i = 0; i < m_milestones.size(); ++i)
        if (m_milestones.at(i).id == m_current)
            index = i;
    index = index < 0 ? 0 : std::clamp(index + direction, 0, static_cast<int>(m_milestones.size()) - 1);
    setCurrent(m_milestones.at(index).id);
    // Keep the selected milestone in view.
    const double day = dayOf(m_milestones.at(index).startDate);
    if (day < m_start || day > m_start + m_span) {
        m_start = day - m_span / 2;
        clampView();
        layoutMarks();
    }
    update();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5, width() / 2.0);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.5, width() / 2.0);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Left:
        if (event->modifiers() & Qt::ShiftModifier) {
            m_start -= m_span / 5;
            clampView();
            layoutMarks();
            update();
        } else {
            step(-1);
        }
        break;
    case Qt::Key_Right:
        if (event->modifiers() & Qt::ShiftModifier) {
            m_start += m_span / 5;
            clampView();
            layoutMarks();
            update();
        } else {
            step(1);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_current.isEmpty())
            emit milestoneActivated(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutMarks();
}

} // namespace plenum::ui
