#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core {

class Repository;

/// One value of a statistic statement.
struct StatPoint {
    QString series; ///< e.g. "social-organizations/social-groups"
    QString date; ///< YYYY-MM-DD the value refers to
    double value = 0;
    QString unit;
    QString statementId;
    QStringList sources;
};

/// Every statistic statement's value, ordered by series and date.
QList<StatPoint> statisticPoints(Repository &repo);

/// The group of a series: the part before the first '/', e.g. "social-organizations".
QString seriesGroup(const QString &series);

} // namespace plenum::core
