#include "reader/pageview.h"

#include <QMouseEvent>
#include <QPainter>

namespace plenum::reader {

PageView::PageView(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void PageView::setPage(const QImage &image, double scale)
{
    m_image = image;
    m_scale = scale;
    setFixedSize(image.size() / image.devicePixelRatio());
    update();
}

void PageView::setHighlights(const QList<Highlight> &highlights)
{
    m_highlights = highlights;
    update();
}

void PageView::setFindHit(const QRectF &hit)
{
    m_findHit = hit;
    update();
}

void PageView::setSelection(const QRectF &selection)
{
    m_selection = selection;
    update();
}

QRectF PageView::toWidget(const QRectF &p) const
{
    return { p.x() * m_scale, p.y() * m_scale, p.width() * m_scale, p.height() * m_scale };
}

QPointF PageView::toPoints(const QPointF &w) const
{
    return w / m_scale;
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.drawImage(QPointF(0, 0), m_image);
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    for (const Highlight &h : m_highlights)
        p.fillRect(toWidget(h.rect), h.color);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    if (!m_findHit.isNull()) {
        p.setPen(QPen(QColor(0, 120, 215), 2));
        p.drawRect(toWidget(m_findHit).adjusted(-2, -2, 2, 2));
    }
    if (!m_selection.isNull()) {
        p.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
        p.setBrush(QColor(0, 120, 215, 50));
        p.drawRect(toWidget(m_selection));
    }
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragStart = toPoints(event->position());
    setSelection({});
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        setSelection(QRectF(m_dragStart, toPoints(event->position())).normalized());
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    setSelection(QRectF(m_dragStart, toPoints(event->position())).normalized());
    if (m_selection.width() > 2 && m_selection.height() > 2)
        emit selectionMade(m_selection);
}

} // namespace plenum::reader
