#include "ui/statisticsview.h"

#include "ui/labels.h"
#include "ui/statisticslabels.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace plenum::ui {

namespace {
qint64 msOf(const QString &date)
{
    return QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Distinct colours (Tableau 10), the same series always the same colour within a chart.
const QColor kSeriesColours[] = { QColor(0x4e, 0x79, 0xa7), QColor(0xe1, 0x57, 0x59), QColor(0x59, 0xa1, 0x4f),
    QColor(0xf2, 0x8e, 0x2b), QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
    QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7), QColor(0xba, 0xb0, 0xac) };

// Date labels that never repeat: whole years over long ranges, months over short ones, with no
// more ticks than there are distinct labels.
void fitDateAxis(QDateTimeAxis *x, qint64 fromMs, qint64 toMs)
{
    const double days = double(toMs - fromMs) / (24.0 * 3600 * 1000);
    const double months = days / 30.44;
    if (months >= 36) {
        x->setFormat(QStringLiteral("yyyy"));
        x->setTickCount(std::clamp(static_cast<int>(months / 12), 2, 8));
    } else {
        x->setFormat(QStringLiteral("yyyy-MM"));
        x->setTickCount(std::clamp(static_cast<int>(months), 2, 6));
    }
}
} // namespace

StatisticsView::StatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_groups(new QComboBox)
    , m_chart(new QChartView)
    , m_sources(new QLabel)
    , m_legend(new QLabel)
{
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Series:"));
    label->setBuddy(m_groups);
    top->addWidget(label);
    top->addWidget(m_groups, 1);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(150);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources->setObjectName(QStringLiteral("data")); // the sources' own names, in their own language
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_sources);
    // The chart's own legend elides names; this one wraps and shows each in full.
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this] { showGroup(m_groups->currentData().toString()); });
}

void StatisticsView::setRepository(core::Repository *repo)
{
    m_points = repo ? core::statisticPoints(*repo) : QList<core::StatPoint>();
    QStringList groups;
    for (const auto &p : m_points)
        if (!groups.contains(core::seriesGroup(p.series)))
            groups.append(core::seriesGroup(p.series));
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const QString &g : groups)
        m_groups->addItem(seriesGroupLabel(g), g);
    showGroup(groups.value(0));
}

void StatisticsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A dark palette gets a dark chart (the chart draws with its own theme, not the palette).
    if (event->type() == QEvent::PaletteChange && m_chart->chart())
        showGroup(m_groups->currentData().toString());
}

QStringList StatisticsView::groups() const
{
    QStringList list;
    for (int i = 0; i < m_groups->count(); ++i)
        list.append(m_groups->itemData(i).toString());
    return list;
}

QStringList StatisticsView::plottedSeries() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->chart()->series())
        names.append(s->objectName());
    return names;
}

QStringList StatisticsView::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->chart()->series())
        names.append(s->name());
    return names;
}

QStringList StatisticsView::axisTitles() const
{
    QStringList titles;
    for (QAbstractAxis *a : m_chart->chart()->axes(Qt::Vertical))
        titles.append(a->titleText());
    return titles;
}

void StatisticsView::showGroup(const QString &group)
{
    if (m_groups->currentData().toString() != group) {
        const QSignalBlocker blocker(m_groups);
        m_groups->setCurrentIndex(m_groups->findData(group));
    }
    auto *chart = new QChart;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    QStringList sources;
    plot(chart, group, sources);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    QStringList legend;
    for (QAbstractSeries *series : chart->series()) {
        const auto *line = static_cast<QLineSeries *>(series);
        legend.append(QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
                          .arg(line->pen().color().name(),
                              line->pen().style() == Qt::DashLine ? QStringLiteral("╍╍") : QStringLiteral("━━"),
                              line->name().toHtmlEscaped()));
    }
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    QStringList names;
    for (const QString &s : sources)
        if (const QString name = sourceName(s); !names.contains(name))
            names.append(name);
    QStringList escaped;
    for (const QString &n : names)
        escaped.append(n.toHtmlEscaped());
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setText(names.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b> %2").arg(tr("Sources:").toHtmlEscaped(), escaped.join(QStringLiteral(" · "))));
    m_sources->setToolTip(sources.join(QLatin1Char('\n')));
    layout()->activate(); // the legend and sources wrap to their new length at once
}

QString StatisticsView::legendText() const
{
    return m_legend->text();
}

// GROUP's series on CHART: one value axis per unit (left, then right), each scaled so its
// numbers read as "万"/"亿" or thousands/millions; SOURCES collects the points' sources.
void StatisticsView::plot(QChart *chart, const QString &group, QStringList &sources)
{
    std::map<QString, QList<const core::StatPoint *>> bySeries;
    QStringList units;
    QMap<QString, double> maxByUnit;
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    for (const auto &p : m_points) {
        if (core::seriesGroup(p.series) != group)
            continue;
        bySeries[p.series].append(&p);
        for (const QString &s : p.sources)
            if (!sources.contains(s))
                sources.append(s);
        if (!units.contains(p.unit))
            units.append(p.unit);
        maxByUnit[p.unit] = std::max(maxByUnit.value(p.unit), p.value);
        minMs = std::min(minMs, msOf(p.date));
        maxMs = std::max(maxMs, msOf(p.date));
    }
    if (bySeries.empty())
        return;
    const qint64 pad = std::max<qint64>(30LL * 24 * 3600 * 1000, (maxMs - minMs) / 10);
    auto *x = new QDateTimeAxis;
    x->setRange(
        QDateTime::fromMSecsSinceEpoch(minMs - pad, Qt::UTC), QDateTime::fromMSecsSinceEpoch(maxMs + pad, Qt::UTC));
    fitDateAxis(x, minMs - pad, maxMs + pad);
    chart->addAxis(x, Qt::AlignBottom);
    QMap<QString, std::pair<QValueAxis *, AxisScale>> axes;
    for (qsizetype u = 0; u < units.size(); ++u) {
        const AxisScale scale = axisScale(maxByUnit.value(units.at(u)), units.at(u));
        auto *y = new QValueAxis;
        y->setTitleText(scale.title);
        y->setRange(0, maxByUnit.value(units.at(u)) / scale.divisor * 1.1);
        y->applyNiceNumbers();
        y->setLabelFormat(y->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        chart->addAxis(y, u % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        axes.insert(units.at(u), { y, scale });
    }
    QStringList bases; // a series and a paper's citation of it share their colour
    for (const auto &[name, points] : bySeries) {
        const QString base = name.section(QStringLiteral(" (as cited"), 0, 0);
        if (!bases.contains(base))
            bases.append(base);
        const auto &[y, scale] = axes.value(points.first()->unit);
        addSeries(chart, name, points, kSeriesColours[bases.indexOf(base) % std::size(kSeriesColours)], scale.divisor);
        chart->series().constLast()->attachAxis(x);
        chart->series().constLast()->attachAxis(y);
    }
}

void StatisticsView::addSeries(QChart *chart, const QString &name, const QList<const core::StatPoint *> &points,
    const QColor &colour, double divisor)
{
    auto *line = new QLineSeries;
    line->setObjectName(name.section(QLatin1Char('/'), 1));
    const QString unit = points.first()->unit;
    line->setName(seriesLabel(name) + QStringLiteral(" (") + unitLabel(unit) + QLatin1Char(')'));
    if (chineseInterface())
        line->setName(seriesLabel(name) + QStringLiteral("（") + unitLabel(unit) + QStringLiteral("）"));
    line->setPointsVisible(true);
    line->setMarkerSize(9);
    for (const core::StatPoint *p : points)
        line->append(static_cast<double>(msOf(p->date)), p->value / divisor);
    chart->addSeries(line);
    QPen pen(colour);
    pen.setWidth(2);
    // Figures as a paper cites them: dashed, so they read as a claim beside the official series.
    if (name.contains(QLatin1String("as cited")))
        pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setColor(colour);
    const auto nearest = [points](const QPointF &at) {
        const core::StatPoint *best = nullptr;
        double distance = 0;
        for (const core::StatPoint *p : points) {
            const double d = std::abs(static_cast<double>(msOf(p->date)) - at.x());
            if (!best || d < distance) {
                best = p;
                distance = d;
            }
        }
        return best;
    };
    connect(line, &QLineSeries::clicked, this, [this, nearest](const QPointF &at) {
        if (const core::StatPoint *p = nearest(at))
            emit statementActivated(p->statementId);
    });
    connect(line, &QLineSeries::hovered, this, [nearest, label = line->name()](const QPointF &at, bool state) {
        const core::StatPoint *p = nearest(at);
        if (state && p)
            QToolTip::showText(
                QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(label, p->date, groupedNumber(p->value, p->unit)));
    });
}

} // namespace plenum::ui
