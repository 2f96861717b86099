#pragma once

#include "queries/statistics.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// Statement series (such as social-organization counts by type and date) as line charts, one
/// chart per series group, with the sources of the plotted statements under the chart.
class StatisticsView final : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsView(QWidget *parent = nullptr);

    void setRepository(core::Repository *repo);
    /// The series groups offered ("social-organizations", …).
    [[nodiscard]] QStringList groups() const;
    /// Shows GROUP's series.
    void showGroup(const QString &group);
    /// Names of the series on the chart.
    [[nodiscard]] QStringList plottedSeries() const;

signals:
    /// The user clicked a point; ID is its statement.
    void statementActivated(const QString &id);

private:
    QList<core::StatPoint> m_points;
    QComboBox *m_groups;
    QChartView *m_chart;
    QLabel *m_sources;
};

} // namespace plenum::ui
