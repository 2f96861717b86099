#include "ui/statisticslabels.h"

#include "ui/labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace plenum::ui {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Statistics", text);
}

// A name nobody translated yet still reads as words: "private-non-enterprise-units" → "Private non enterprise units".
QString readable(QString id)
{
    id.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!id.isEmpty())
        id[0] = id[0].toUpper();
    return id;
}

QString named(const QMap<QString, const char *> &names, const QString &id)
{
    const auto it = names.constFind(id);
    return it == names.constEnd() ? readable(id) : translated(*it);
}

QString significant(double value)
{
    return QLocale().toString(value, 'g', value >= 100 ? 4 : 3);
}
} // namespace

QString seriesGroupLabel(const QString &group)
{
    static const QMap<QString, const char *> names = {
        { QStringLiteral("social-organizations"), QT_TRANSLATE_NOOP("Statistics", "Social organizations") },
        { QStringLiteral("internet-users"), QT_TRANSLATE_NOOP("Statistics", "Internet users") },
    };
    return named(names, group);
}

QString seriesLabel(const QString &series)
{
    static const QMap<QString, const char *> names = {
        { QStringLiteral("total"), QT_TRANSLATE_NOOP("Statistics", "Total") },
        { QStringLiteral("social-groups"), QT_TRANSLATE_NOOP("Statistics", "Social groups") },
        { QStringLiteral("private-non-enterprise-units"),
            QT_TRANSLATE_NOOP("Statistics", "Private non-enterprise units") },
        { QStringLiteral("foundations"), QT_TRANSLATE_NOOP("Statistics", "Foundations") },
        { QStringLiteral("penetration"), QT_TRANSLATE_NOOP("Statistics", "Penetration rate") },
    };
    static const QRegularExpression citedIn(QStringLiteral("^(.*?)\\s*\\(as cited in ([^)]*)\\)$"));
    const QString name = series.contains(QLatin1Char('/')) ? series.section(QLatin1Char('/'), 1) : series;
    if (const auto m = citedIn.match(name); m.hasMatch())
        return QCoreApplication::translate("Statistics", "%1 (as cited in %2)")
            .arg(named(names, m.captured(1)), m.captured(2));
    return named(names, name);
}

QString unitLabel(const QString &unit)
{
    static const QMap<QString, const char *> names = {
        { QStringLiteral("organizations"), QT_TRANSLATE_NOOP("Statistics", "organizations") },
        { QStringLiteral("persons"), QT_TRANSLATE_NOOP("Statistics", "persons") },
        { QStringLiteral("percent"), QT_TRANSLATE_NOOP("Statistics", "percent") },
    };
    const auto it = names.constFind(unit);
    return it == names.constEnd() ? unit : translated(*it);
}

QString groupedNumber(double value, const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return QLocale().toString(value, 'g', 3) + QLatin1Char('%');
    const double a = std::abs(value);
    if (chineseInterface()) {
        const QString u = unitLabel(unit);
        if (a >= 1e8)
            return significant(value / 1e8) + QStringLiteral(" 亿") + u;
        if (a >= 1e4)
            return significant(value / 1e4) + QStringLiteral(" 万") + u;
        return QLocale().toString(value, 'f', 0) + u;
    }
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QString u = QLatin1Char(' ') + unitLabel(unit);
    if (a >= 1e9)
        return en.toString(value / 1e9, 'g', 3) + QStringLiteral(" billion") + u;
    if (a >= 1e6)
        return en.toString(value / 1e6, 'g', 3) + QStringLiteral(" million") + u;
    return en.toString(value, 'f', 0) + u;
}

AxisScale axisScale(double max, const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return { 1, chineseInterface() ? QStringLiteral("%") : QCoreApplication::translate("Statistics", "percent") };
    if (chineseInterface()) {
        const QString u = unitLabel(unit);
        if (max >= 1e8)
            return { 1e8, QStringLiteral("亿") + u };
        if (max >= 1e4)
            return { 1e4, QStringLiteral("万") + u };
        return { 1, u };
    }
    if (max >= 1e9)
        return { 1e9, QCoreApplication::translate("Statistics", "billions of %1").arg(unitLabel(unit)) };
    if (max >= 1e6)
        return { 1e6, QCoreApplication::translate("Statistics", "millions of %1").arg(unitLabel(unit)) };
    if (max >= 1e4)
        return { 1e3, QCoreApplication::translate("Statistics", "thousands of %1").arg(unitLabel(unit)) };
    return { 1, unitLabel(unit) };
}

QString sourceName(const QString &source)
{
    const QString s = source.trimmed();
    if (s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))) {
        QString host = QUrl(s).host();
        return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
    }
    if (s.startsWith(QLatin1String("repo:")))
        return s.mid(5).section(QLatin1Char('/'), 0, 1);
    const qsizetype paren = s.indexOf(QStringLiteral(" ("));
    QString name = paren > 0 ? s.left(paren) : s;
    const qsizetype comma = name.indexOf(QStringLiteral(", "));
    if (comma > 0 && name.size() > 60)
        name = name.left(comma);
    return name;
}

} // namespace plenum::ui
