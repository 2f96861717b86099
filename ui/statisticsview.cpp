#include "ui/statisticsview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
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
} // namespace

StatisticsView::StatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_groups(new QComboBox)
    , m_chart(new QChartView)
    , m_sources(new QLabel)
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_sources);
    connect(m_groups, &QComboBox::currentIndexChanged, this, [this] { showGroup(m_groups->currentText()); });
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
    m_groups->addItems(groups);
    showGroup(groups.value(0));
}

QStringList StatisticsView::groups() const
{
    QStringList list;
    for (int i = 0; i < m_groups->count(); ++i)
        list.append(m_groups->itemText(i));
    return list;
}

QStringList StatisticsView::plottedSeries() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->chart()->series())
        names.append(s->name());
    return names;
}

void StatisticsView::showGroup(const QString &group)
{
    if (m_groups->currentText() != group) {
        const QSignalBlocker blocker(m_groups);
        m_groups->setCurrentIndex(m_groups->findText(group));
    }
    auto *chart = new QChart;
    chart->setTitle(group);
    chart->legend()->setAlignment(Qt::AlignBottom);
    std::map<QString, QList<const core::StatPoint *>> bySeries;
    QStringList sources;
    double maxValue = 0;
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    QString unit;
    for (const auto &p : m_points) {
        if (core::seriesGroup(p.series) != group)
            continue;
        bySeries[p.series].append(&p);
        for (const QString &s : p.sources)
            if (!sources.contains(s))
                sources.append(s);
        maxValue = std::max(maxValue, p.value);
        minMs = std::min(minMs, msOf(p.date));
        maxMs = std::max(maxMs, msOf(p.date));
        unit = p.unit;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTitleText(tr("Date"));
    auto *y = new QValueAxis;
    y->setTitleText(unit);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[name, points] : bySeries) {
        auto *line = new QLineSeries;
        static const QRegularExpression citedIn(QStringLiteral("\\(as cited in ([^)]*)\\)"));
        line->setName(name.section(QLatin1Char('/'), 1).replace(citedIn, QStringLiteral("(\\1)")));
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        for (const core::StatPoint *p : points)
            line->append(static_cast<double>(msOf(p->date)), p->value);
        chart->addSeries(line);
        if (name.contains(QLatin1String("as cited"))) {
            // Figures as a paper cites them: dashed, so they read as a claim beside the official series.
            QPen pen(line->color());
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            line->setPen(pen);
        }
        line->attachAxis(x);
        line->attachAxis(y);
        const QList<const core::StatPoint *> owned = points;
        connect(line, &QLineSeries::clicked, this, [this, owned](const QPointF &at) {
            const core::StatPoint *best = nullptr;
            double distance = 0;
            for (const core::StatPoint *p : owned) {
                const double d = std::abs(static_cast<double>(msOf(p->date)) - at.x());
                if (!best || d < distance) {
                    best = p;
                    distance = d;
                }
            }
            if (best)
                emit statementActivated(best->statementId);
        });
    }
    if (!bySeries.empty()) {
        const qint64 pad = std::max<qint64>(30LL * 24 * 3600 * 1000, (maxMs - minMs) / 10);
        x->setRange(
            QDateTime::fromMSecsSinceEpoch(minMs - pad, Qt::UTC), QDateTime::fromMSecsSinceEpoch(maxMs + pad, Qt::UTC));
        y->setRange(0, maxValue * 1.1);
        y->applyNiceNumbers();
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    QStringList escaped;
    for (const QString &s : sources)
        escaped.append(s.toHtmlEscaped());
    m_sources->setText(
        sources.isEmpty() ? QString() : tr("<b>Sources:</b> %1").arg(escaped.join(QStringLiteral(" · "))));
    m_sources->setTextFormat(Qt::RichText);
}

} // namespace plenum::ui
