#pragma once

#include "model/item.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QPainter;

namespace plenum::ui {

/// Milestones on a zoomable, pannable time axis: Central Committee terms as coloured eras,
/// congresses as diamonds and plenums as dots, labels that never overlap, today's position, and
/// an optional concept whose history is highlighted and drawn as a lane beneath.
class TimelineView final : public QWidget {
    Q_OBJECT
public:
    /// One step in a highlighted concept's history.
    struct HistoryStep {
        QString milestoneId;
        bool first = false; ///< the milestone where the concept first appears
    };

    explicit TimelineView(QWidget *parent = nullptr);

    void setMilestones(const QList<core::Milestone> &milestones);
    /// Highlights a concept's history (empty clears it); LABEL names the lane.
    void setHighlight(const QString &label, const QList<HistoryStep> &steps);
    /// Marks the milestone on display (drawn selected; keyboard navigation starts there).
    void setCurrent(const QString &id);
    [[nodiscard]] QString current() const { return m_current; }

    /// The milestone drawn at POS, or empty.
    [[nodiscard]] QString milestoneAt(const QPoint &pos) const;
    /// The x coordinate of DATE in the current view.
    [[nodiscard]] double xForDate(const QDate &date) const;
    /// Visible span in days; zooming keeps it between kMinSpanDays and the whole range.
    [[nodiscard]] double visibleDays() const { return m_span; }
    /// Zooms by FACTOR (>1 zooms in) around the x coordinate ANCHOR.
    void zoom(double factor, double anchor);
    /// Shows the whole range of milestones.
    void fitAll();
    /// The milestones whose labels are drawn (labels that would overlap are left out).
    [[nodiscard]] QStringList labelledMilestones() const;
    /// The text of those labels, in the form that fits.
    [[nodiscard]] QStringList labelTexts() const;
    /// Where those labels are drawn.
    [[nodiscard]] QList<QRectF> labelRects() const;
    /// The x coordinate of each labelled milestone, in the order of labelRects().
    [[nodiscard]] QList<double> labelledPositions() const;
    /// The day (julian) where the era of the Central Committee of TERM ends, or 0 if unknown.
    [[nodiscard]] double eraEnd(int term) const;

    static constexpr double kMinSpanDays = 90.0;
    QSize sizeHint() const override { return { 900, 230 }; }
    QSize minimumSizeHint() const override { return { 300, 130 }; }

signals:
    /// The user clicked a milestone or pressed Enter on it.
    void milestoneActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Placed {
        int index;
        QPointF point;
        QRectF label;
        bool labelled;
        QString text; ///< the form of its label that fits ("3rd Plenum", "3rd Pl.", "三中全会", "三中")
    };
    [[nodiscard]] QList<int> congressIndexes() const;
    [[nodiscard]] double termEnd(int congress, const QList<int> &congresses) const;
    void layoutMarks();
    void clampView();
    void step(int direction);
    [[nodiscard]] double maxSpan() const;
    [[nodiscard]] double dayOf(const QString &isoDate) const;
    [[nodiscard]] double markY() const;
    void paintEras(QPainter &painter, double axisTop) const;
    void paintAxis(QPainter &painter, double axisTop) const;
    double paintToday(QPainter &painter, double axisTop) const;
    void paintConceptLane(QPainter &painter, double laneY, double todayX) const;
    void paintMilestones(QPainter &painter) const;

    QList<core::Milestone> m_milestones;
    QList<Placed> m_placed;
    QHash<QString, HistoryStep> m_highlight;
    QString m_highlightLabel;
    QString m_current;
    double m_first = 0; // julian day of the first milestone
    double m_last = 0; // julian day of today or the last milestone, whichever is later
    double m_start = 0; // left edge of the view, julian day
    double m_span = 365;
    QPoint m_dragOrigin;
    double m_dragStart = 0;
    bool m_dragging = false;
};

} // namespace plenum::ui
