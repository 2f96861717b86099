#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace plenum::reader {

/// One rendered page with its highlights, the current find hit and the selection being made;
/// every rectangle in points (origin top left), drawn at the page's scale.
class PageView final : public QWidget {
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    struct Highlight {
        QRectF rect;
        QColor color;
    };
    /// Shows IMAGE rendered at SCALE pixels per point.
    void setPage(const QImage &image, double scale);
    void setHighlights(const QList<Highlight> &highlights);
    void setFindHit(const QRectF &hit);
    void setSelection(const QRectF &selection);
    [[nodiscard]] QRectF selection() const { return m_selection; }
    [[nodiscard]] QSize sizeHint() const override { return m_image.size(); }

signals:
    /// The user dragged out SELECTION (points).
    void selectionMade(const QRectF &selection);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QRectF toWidget(const QRectF &points) const;
    [[nodiscard]] QPointF toPoints(const QPointF &widget) const;

    QImage m_image;
    double m_scale = 1;
    QList<Highlight> m_highlights;
    QRectF m_findHit;
    QRectF m_selection;
    QPointF m_dragStart;
    bool m_dragging = false;
};

} // namespace plenum::reader
