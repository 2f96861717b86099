#pragma once

#include "queries/statistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QColor;
class QComboBox;
class QLabel;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// Statement series (such as social-organization counts by type and date) as line charts, one
/// chart per series group: series and units named in the interface language, one value axis
/// per unit, numbers grouped as readers say them, and the names of the plotted statements'
/// sources under the chart.
class StatisticsView final : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsView(QWidget *parent = nullptr);

    void setRepository(core::Repository *repo);
    /// The series groups offered ("social-organizations", …).
    [[nodiscard]] QStringList groups() const;
    /// Shows GROUP's series.
    void showGroup(const QString &group);
    /// The series on the chart by their stored names ("social-groups", …).
    [[nodiscard]] QStringList plottedSeries() const;
    /// The series as the legend names them, in the interface language.
    [[nodiscard]] QStringList seriesNames() const;
    /// The legend under the chart (every series' full name with its colour).
    [[nodiscard]] QString legendText() const;
    /// The value axes' titles (one per unit).
    [[nodiscard]] QStringList axisTitles() const;

signals:
    /// The user clicked a point; ID is its statement.
    void statementActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void plot(QChart *chart, const QString &group, QStringList &sources);
    void addSeries(QChart *chart, const QString &name, const QList<const core::StatPoint *> &points,
        const QColor &colour, double divisor);

    QList<core::StatPoint> m_points;
    QComboBox *m_groups;
    QChartView *m_chart;
    QLabel *m_sources;
    QLabel *m_legend;
};

} // namespace plenum::ui
