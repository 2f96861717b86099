#include "queries/statistics.h"

#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core {

QList<StatPoint> statisticPoints(Repository &repo)
{
    auto q = repo.database().prepare(
        "SELECT s.stat_series, coalesce(s.stat_date, s.date, ''), s.stat_value, coalesce(s.stat_unit, ''), s.id, "
        "e.sources "
        "FROM statements s JOIN entities e ON e.id = s.id "
        "WHERE s.stat_series IS NOT NULL AND s.stat_value IS NOT NULL ORDER BY s.stat_series, 2");
    QList<StatPoint> points;
    while (q.next()) {
        StatPoint p { q.text(0), q.text(1), q.real(2), q.text(3), q.text(4), {} };
        for (const QJsonValue &v : QJsonDocument::fromJson(q.text(5).toUtf8()).array())
            p.sources.append(v.toString());
        points.append(p);
    }
    return points;
}

QString seriesGroup(const QString &series)
{
    return series.section(QLatin1Char('/'), 0, 0);
}

} // namespace plenum::core
