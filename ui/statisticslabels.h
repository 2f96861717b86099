#pragma once

#include <QString>

namespace plenum::ui {

/// A series group ("social-organizations") as the interface names it ("社会组织", "Social organizations").
QString seriesGroupLabel(const QString &group);
/// A series ("social-organizations/social-groups (as cited in Li 2020)") by its own name in the
/// interface language ("社会团体（Li 2020 引用）").
QString seriesLabel(const QString &series);
/// A unit ("persons") in the interface language ("人").
QString unitLabel(const QString &unit);
/// VALUE in UNIT as a reader says it: "7.72 亿人" / "772 million persons", "55.8%".
QString groupedNumber(double value, const QString &unit);

/// How an axis up to MAX is labelled: values divided by DIVISOR, titled TITLE
/// ("万个" / "thousands of organizations").
struct AxisScale {
    double divisor = 1;
    QString title;
};
AxisScale axisScale(double max, const QString &unit);

/// A source as a reader names it: a web address by its site, a repository by its name, a long
/// description by its part before the first parenthesis.
QString sourceName(const QString &source);

} // namespace plenum::ui
