#include "ui/timelineview.h"

#include "linking/milestonenames.h"
#include "ui/labels.h"

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

// A milestone's labels, longest first; each keeps its ordinal and kind, the term being the band's
// above it: "中共十八大", "十八大" / "18th Congress", "18th"; "三中全会", "三中" /
// "3rd Plenum", "3rd Pl.". A label that fits in none of them is left out (the tooltip names it).
QStringList labelForms(const core::Milestone &m)
{
    const bool congress = m.kind == core::MilestoneKind::NationalCongress;
    if (chineseUi()) {
        if (congress)
            return { core::shortNameZh(m.kind, m.term, m.session),
                QStringLiteral("%1大").arg(core::chineseNumeral(m.term)) };
        if (m.kind != core::MilestoneKind::CcPlenum)
            return { core::shortNameZh(m.kind, m.term, m.session) };
        return { QStringLiteral("%1中全会").arg(core::chineseNumeral(m.session)),
            QStringLiteral("%1中").arg(core::chineseNumeral(m.session)) };
    }
    if (congress)
        return { QObject::tr("%1 Congress").arg(core::englishOrdinal(m.term)), core::englishOrdinal(m.term) };
    return { QObject::tr("%1 Plenum").arg(core::englishOrdinal(m.session)),
        QObject::tr("%1 Pl.").arg(core::englishOrdinal(m.session)) };
}

// An era's name in the longest form that fits WIDTH.
QString eraName(int term, double width, const QFontMetricsF &fm)
{
    const QStringList forms = chineseUi()
        ? QStringList { QStringLiteral("第%1届中央委员会").arg(core::chineseNumeral(term)),
              QStringLiteral("%1届").arg(core::chineseNumeral(term)) }
        : QStringList { QObject::tr("%1 Central Committee").arg(core::englishOrdinal(term)),
              QObject::tr("%1 CC").arg(core::englishOrdinal(term)), core::englishOrdinal(term) };
    for (const QString &form : forms)
        if (fm.horizontalAdvance(form) <= width)
            return form;
    return {};
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
    // A milestone no source dates has no place on a time axis (it stays in the navigator and search).
    m_milestones.removeIf([](const core::Milestone &m) { return !m.isDated(); });
    std::sort(m_milestones.begin(), m_milestones.end(),
        [](const auto &a, const auto &b) { return a.startDate < b.startDate; });
    const double today = static_cast<double>(QDate::currentDate().toJulianDay());
    m_first = m_milestones.isEmpty() ? today - 3650 : dayOf(m_milestones.first().startDate);
    m_last = today;
    for (const auto &m : std::as_const(m_milestones))
        m_last = std::max(m_last, dayOf(m.endDate));
    const QList<int> congresses = congressIndexes();
    if (!congresses.isEmpty())
        m_last = std::max(m_last, termEnd(congresses.size() - 1, congresses));
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

// Congress labels first, then plenums; each label covers its own milestone (never slides away
// from it), milestones out of view get none, and a label that fits in no row in any of its forms
// is left out.
void TimelineView::layoutMarks()
{
    m_placed.clear();
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    const int laneSpace = m_highlight.isEmpty() ? 0 : 30;
    const int rows = std::max(1, static_cast<int>((height() - kAxisHeight - laneSpace - markY() - 12) / kRowHeight));
    QList<QList<QPair<double, double>>> taken(rows);
    const auto place = [&](Placed &p, const QString &text, const QFontMetricsF &metrics) {
        const double w = metrics.horizontalAdvance(text) + 6;
        const double x = p.point.x();
        // Centred where possible; near an edge shifted inwards, but never past its own mark.
        double left = std::max(0.0, std::min(x - w / 2, width() - w));
        left = std::min(std::max(left, x - w + 4), x - 4);
        for (int r = 0; r < rows; ++r) {
            const QRectF rect(left, markY() + 12 + r * kRowHeight, w, kRowHeight);
            const bool free = std::none_of(taken[r].cbegin(), taken[r].cend(),
                [&](const auto &span) { return rect.left() < span.second + 4 && rect.right() > span.first - 4; });
            if (free) {
                taken[r].append({ rect.left(), rect.right() });
                p.label = rect;
                p.labelled = true;
                p.text = text;
                return true;
            }
        }
        return false;
    };
    for (int i = 0; i < m_milestones.size(); ++i) {
        const double x = (dayOf(m_milestones.at(i).startDate) - m_start) / m_span * width();
        m_placed.append(Placed { i, QPointF(x, markY()), QRectF(), false, {} });
    }
    for (const bool congresses : { true, false })
        for (Placed &p : m_placed) {
            const auto &m = m_milestones.at(p.index);
            if ((m.kind == core::MilestoneKind::NationalCongress) != congresses || p.point.x() < 0
                || p.point.x() > width())
                continue;
            const QFontMetricsF &metrics = congresses || m.id == m_current ? boldFm : fm;
            for (const QString &form : labelForms(m))
                if (place(p, form, metrics))
                    break;
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

QStringList TimelineView::labelTexts() const
{
    QStringList texts;
    for (const Placed &p : m_placed)
        if (p.labelled)
            texts.append(p.text);
    return texts;
}

QList<QRectF> TimelineView::labelRects() const
{
    QList<QRectF> rects;
    for (const Placed &p : m_placed)
        if (p.labelled)
            rects.append(p.label);
    return rects;
}

QList<double> TimelineView::labelledPositions() const
{
    QList<double> xs;
    for (const Placed &p : m_placed)
        if (p.labelled)
            xs.append(p.point.x());
    return xs;
}

double TimelineView::eraEnd(int term) const
{
    const QList<int> congresses = congressIndexes();
    for (int c = 0; c < congresses.size(); ++c)
        if (m_milestones.at(congresses.at(c)).term == term)
            return termEnd(c, congresses);
    return 0;
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
    paintEras(painter, axisTop);
    paintAxis(painter, axisTop);
    const double todayX = paintToday(painter, axisTop);
    if (!m_highlight.isEmpty())
        paintConceptLane(painter, axisTop - 20, todayX);
    paintMilestones(painter);
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QList<int> TimelineView::congressIndexes() const
{
    QList<int> congresses;
    for (int i = 0; i < m_milestones.size(); ++i)
        if (m_milestones.at(i).kind == core::MilestoneKind::NationalCongress)
            congresses.append(i);
    return congresses;
}

// A Central Committee's term runs to the next congress; the current one its five years.
double TimelineView::termEnd(int c, const QList<int> &congresses) const
{
    if (c + 1 < congresses.size())
        return dayOf(m_milestones.at(congresses.at(c + 1)).startDate);
    const QDate start = QDate::fromString(m_milestones.at(congresses.at(c)).startDate, Qt::ISODate);
    return static_cast<double>(start.addYears(5).toJulianDay());
}

// Eras: each Central Committee's term, named in the longest form that fits.
void TimelineView::paintEras(QPainter &painter, double axisTop) const
{
    const QPalette pal = palette();
    const bool dark = pal.base().color().lightness() <= 128;
    const QList<int> congresses = congressIndexes();
    const QFontMetricsF fm(painter.font());
    for (int c = 0; c < congresses.size(); ++c) {
        const auto &m = m_milestones.at(congresses.at(c));
        const double from = (dayOf(m.startDate) - m_start) / m_span * width();
        const double to = (termEnd(c, congresses) - m_start) / m_span * width();
        QColor fill = eraColour(m.term);
        fill.setAlpha(38);
        painter.fillRect(QRectF(from, 0, to - from, axisTop), fill);
        painter.setPen(dark ? eraColour(m.term).lighter(140) : eraColour(m.term).darker(130));
        const double left = std::max(from, 0.0) + 4;
        const double room = std::min(to, double(width())) - left - 4;
        painter.drawText(QRectF(left, 2, std::max(0.0, room), kEraBand), Qt::AlignLeft | Qt::AlignVCenter,
            eraName(m.term, room, fm));
    }
}

// Axis with year ticks.
void TimelineView::paintAxis(QPainter &painter, double axisTop) const
{
    const QPalette pal = palette();
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
        const double half = painter.fontMetrics().horizontalAdvance(QString::number(y)) / 2.0 + 1;
        if (y % every == 0 && x - half >= 0 && x + half <= width()) { // a year is shown whole or not at all
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRectF(x - 30, axisTop + 5, 60, kAxisHeight - 5), Qt::AlignCenter, QString::number(y));
        }
    }
}

// Today's dashed line; returns its x coordinate.
double TimelineView::paintToday(QPainter &painter, double axisTop) const
{
    const double todayX = xForDate(QDate::currentDate());
    QPen todayPen(QColor(0xd0, 0x30, 0x30), 1.5, Qt::DashLine);
    painter.setPen(todayPen);
    painter.drawLine(QPointF(todayX, kEraBand), QPointF(todayX, axisTop));
    painter.drawText(QRectF(todayX - 60, axisTop - 16, 56, 14), Qt::AlignRight | Qt::AlignVCenter, tr("Today"));
    return todayX;
}

// Concept lane: a bar from its first appearance to today, named inside, with a dot at every
// milestone of its history (filled where it first appears).
void TimelineView::paintConceptLane(QPainter &painter, double laneY, double todayX) const
{
    const QPalette pal = palette();
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
        painter.drawText(QRectF(laneFrom - 14 - textWidth, laneY - 8, textWidth, 16), Qt::AlignRight | Qt::AlignVCenter,
            m_highlightLabel);
    } else {
        const QRectF labelRect(std::max(0.0, laneFrom) + 10, laneY - 8, std::max(0.0, todayX - laneFrom - 20), 16);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(m_highlightLabel, Qt::ElideRight, static_cast<int>(labelRect.width())));
    }
}

// Milestones (congresses as diamonds, plenums as dots) and their labels.
void TimelineView::paintMilestones(QPainter &painter) const
{
    const QPalette pal = palette();
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
            painter.drawText(p.label, Qt::AlignCenter, p.text);
            painter.setFont(font());
        }
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
                    QStringLiteral("%1\n%2 – %3")
                        .arg(bilingual(m.nameEn, m.nameZh, QStringLiteral("\n")), m.startDate, m.endDate),
                    this);
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
