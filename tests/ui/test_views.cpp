// Renders each main view offscreen and checks what a user would see: not blank, the right
// content, and sensible behaviour of the timeline and graph. With PLENUM_SCREENSHOT_DIR set,
// the images are kept there (docs/images is made this way).
#include "facade/knowledgebase.h"
#include "ui/appearance.h"
#include "ui/concepttreemodel.h"
#include "ui/graphpanel.h"
#include "ui/graphview.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/statisticslabels.h"
#include "ui/statisticsview.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace plenum;

class TestViews : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));

    void check(QWidget *widget, const QString &name)
    {
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 12, qPrintable(name + QStringLiteral(" looks blank")));
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QLatin1Char('/') + name
                + (m_language == QLatin1String("en") ? QString() : QLatin1Char('-') + m_language)
                + QStringLiteral(".png")));
    }

    // The bundled milestones plus those of 1977-2002 (tests/data) that the bundle does not have yet.
    QList<core::Milestone> reformEraMilestones()
    {
        QList<core::Milestone> all = m_window->knowledgeBase().repository().milestones();
        QSet<QString> known;
        for (const auto &m : std::as_const(all))
            known.insert(m.id);
        QFile tsv(QStringLiteral(PLENUM_TEST_DATA "/milestones-1977-2002.tsv"));
        if (!tsv.open(QIODevice::ReadOnly))
            return {};
        tsv.readLine(); // header
        while (!tsv.atEnd()) {
            const QStringList f = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
            if (f.size() < 5 || known.contains(f.at(0)))
                continue;
            core::Milestone m;
            m.id = f.at(0);
            m.kind = f.at(1) == QLatin1String("congress") ? core::MilestoneKind::NationalCongress
                                                          : core::MilestoneKind::CcPlenum;
            m.term = f.at(2).toInt();
            m.session = m.kind == core::MilestoneKind::CcPlenum ? m.id.section(QLatin1Char('-'), 1).toInt() : 0;
            m.startDate = f.at(3);
            m.endDate = f.at(4);
            all.append(m);
        }
        return all;
    }

    // Labels never overlap, each covers its own milestone, and none belongs to a milestone out of view.
    static QString labelProblem(const ui::TimelineView *view)
    {
        const QList<QRectF> rects = view->labelRects();
        const QList<double> xs = view->labelledPositions();
        const QStringList ids = view->labelledMilestones();
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (xs.at(i) < rects.at(i).left() || xs.at(i) > rects.at(i).right())
                return ids.at(i) + QStringLiteral(" is labelled away from its mark");
            if (xs.at(i) < 0 || xs.at(i) > view->width())
                return ids.at(i) + QStringLiteral(" is out of view but labelled");
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                if (rects.at(i).intersects(rects.at(j)))
                    return ids.at(i) + QStringLiteral(" and ") + ids.at(j) + QStringLiteral(" overlap");
        }
        return rects.isEmpty() ? QStringLiteral("no labels") : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
    }

    void interfaceLanguage()
    {
        const QString file = m_window->menuBar()->actions().first()->text();
        QCOMPARE(file, m_language == QLatin1String("zh_CN") ? QStringLiteral("文件(&F)") : QStringLiteral("&File"));
        check(m_window.get(), QStringLiteral("main-window"));
    }

    void timelineHitTestingAndZoomBounds()
    {
        ui::TimelineView *view = m_window->timeline()->view();
        view->fitAll();
        QCoreApplication::processEvents();
        // Every labelled milestone can be clicked where it is drawn.
        const double x = view->xForDate(QDate(2013, 11, 9));
        QCOMPARE(view->milestoneAt(QPoint(int(x), 42)), QStringLiteral("cc18-3"));
        QVERIFY(view->milestoneAt(QPoint(2, 2)).isEmpty());
        // Zoom stays between 90 days and the whole range.
        for (int i = 0; i < 40; ++i)
            view->zoom(2.0, view->width() / 2.0);
        QCOMPARE(view->visibleDays(), ui::TimelineView::kMinSpanDays);
        for (int i = 0; i < 40; ++i)
            view->zoom(0.5, view->width() / 2.0);
        const double whole = view->visibleDays();
        view->zoom(0.5, 0);
        QCOMPARE(view->visibleDays(), whole);
        view->fitAll();
        QSignalSpy activated(view, &ui::TimelineView::milestoneActivated);
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(int(view->xForDate(QDate(2013, 11, 9))), 42));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(m_window->itemPage()->currentId(), QStringLiteral("cc18-3"));
    }

    void timelineLabelsNeverOverlap()
    {
        ui::TimelineView *view = m_window->timeline()->view();
        const auto noOverlap = [view] {
            const QList<QRectF> rects = view->labelRects();
            for (qsizetype i = 0; i < rects.size(); ++i)
                for (qsizetype j = i + 1; j < rects.size(); ++j)
                    if (rects.at(i).intersects(rects.at(j)))
                        return false;
            return !rects.isEmpty();
        };
        for (int width : { 1280, 700, 420 }) {
            view->resize(width, view->height());
            view->fitAll();
            QVERIFY2(noOverlap(), qPrintable(QStringLiteral("labels overlap at width %1").arg(width)));
        }
        view->resize(1280, view->height());
        view->zoom(4.0, view->xForDate(QDate(2013, 1, 1)));
        QVERIFY(noOverlap());
        QVERIFY(view->labelledMilestones().contains(QStringLiteral("cc18-3")));
        view->fitAll();
    }

    void timelineFromTheReformEraTellsTheTruth()
    {
        const QList<core::Milestone> milestones = reformEraMilestones();
        QVERIFY2(milestones.size() >= 42 + 30, qPrintable(QString::number(milestones.size())));
        ui::TimelineView *view = m_window->timeline()->view();
        m_window->resize(1024, 600);
        QCoreApplication::processEvents();
        view->setMilestones(milestones);
        // At the widest zoom every congress from the 11th (1977) to the 20th is labelled.
        QStringList congresses;
        for (const auto &m : milestones)
            if (m.kind == core::MilestoneKind::NationalCongress)
                congresses.append(m.id);
        QCOMPARE(congresses.size(), 10);
        for (const QString &id : congresses)
            QVERIFY2(view->labelledMilestones().contains(id), qPrintable(id + QStringLiteral(" has no label")));
        QVERIFY2(labelProblem(view).isEmpty(), qPrintable(labelProblem(view)));
        // The current Central Committee's term runs to the next congress, five years after its own.
        QCOMPARE(view->eraEnd(20), double(QDate(2027, 10, 16).toJulianDay()));
        QCOMPARE(view->eraEnd(11), double(QDate(1982, 9, 1).toJulianDay()));
        // Zoomed in anywhere, labels still sit on their marks and never on milestones out of view.
        for (const QDate anchor : { QDate(1978, 12, 18), QDate(1992, 10, 12), QDate(2013, 11, 9), QDate(2025, 1, 1) }) {
            view->fitAll();
            for (int i = 0; i < 6; ++i) {
                view->zoom(2.0, view->xForDate(anchor));
                QVERIFY2(labelProblem(view).isEmpty(),
                    qPrintable(anchor.toString(Qt::ISODate) + QStringLiteral(": ") + labelProblem(view)));
            }
        }
        view->fitAll();
        view->zoom(32.0, view->xForDate(QDate(1978, 12, 18)));
        QVERIFY2(view->labelledMilestones().contains(QStringLiteral("cc11-3")),
            qPrintable(view->labelledMilestones().join(QLatin1Char(' '))));
        check(m_window.get(), QStringLiteral("timeline-1978-zoom32-1024x600"));
        view->fitAll();
        view->zoom(4.0, view->xForDate(QDate(1992, 10, 12)));
        QVERIFY2(labelProblem(view).isEmpty(), qPrintable(labelProblem(view)));
        // Every label keeps its ordinal and its kind ("3rd Plenum", "3rd Pl.", 三中全会, 三中), never a bare number.
        const QRegularExpression readable(m_language == QLatin1String("zh_CN")
                ? QStringLiteral("^(中共)?[一二三四五六七八九十]+(大|中|中全会|届[一二三四五六七八九十]+中全会)$")
                : QStringLiteral("^\\d+(st|nd|rd|th) (Congress|Plenum|Pl\\.)$|^\\d+(st|nd|rd|th)$"));
        int plenums = 0;
        for (const QString &text : view->labelTexts()) {
            QVERIFY2(readable.match(text).hasMatch(), qPrintable(text));
            plenums += text.contains(QLatin1String("Pl")) || text.endsWith(QChar(0x4E2D))
                || text.endsWith(QStringLiteral("中全会"));
        }
        QVERIFY2(plenums >= 4, qPrintable(view->labelTexts().join(QLatin1Char(' '))));
        check(m_window.get(), QStringLiteral("timeline-1992-zoom4-1024x600"));
        view->fitAll();
        check(m_window.get(), QStringLiteral("timeline-1977-1024x600"));
        m_window->resize(1280, 820);
        view->setMilestones(m_window->knowledgeBase().repository().milestones());
    }

    void conceptHistoryIsHighlighted()
    {
        m_window->openItem(QStringLiteral("social-governance"));
        QCOMPARE(m_window->timeline()->highlightedConcept(), QStringLiteral("social-governance"));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("cc18-3")));
        check(m_window.get(), QStringLiteral("concept-history"));
    }

    void conceptTreeModel()
    {
        QAbstractItemModelTester tester(
            m_window->conceptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->conceptModel()->rowCount() > 0);
        QVERIFY(m_window->conceptModel()->indexOf(QStringLiteral("grid-management")).isValid());
        QVERIFY(m_window->conceptModel()->indexOf(QStringLiteral("grid-management")).parent().isValid());
    }

    void milestonePage()
    {
        m_window->openItem(QStringLiteral("cc18-3"));
        m_window->showView(m_window->itemPage());
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("中国共产党第十八届中央委员会第三次全体会议")));
        check(m_window.get(), QStringLiteral("milestone"));
    }

    void graphOfAMilestone()
    {
        m_window->openItem(QStringLiteral("cc18-3"));
        m_window->showView(m_window->graph()->parentWidget());
        const auto &graph = m_window->graph()->graph();
        QVERIFY(graph.nodes.size() > 10);
        QCOMPARE(graph.nodes.first().id, QStringLiteral("cc18-3"));
        // Clicking a node opens it.
        const QString neighbour = graph.nodes.at(1).id;
        QSignalSpy activated(m_window->graph(), &ui::GraphView::itemActivated);
        QTest::mouseClick(m_window->graph(), Qt::LeftButton, {}, m_window->graph()->nodePosition(1).toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), neighbour);
        QCOMPARE(m_window->itemPage()->currentId(), neighbour);
        m_window->openItem(QStringLiteral("cc18-3"));
        m_window->showView(m_window->graph()->parentWidget());
        check(m_window.get(), QStringLiteral("graph"));
    }

    void graphFitsFiltersAndSearches()
    {
        m_window->openItem(QStringLiteral("cc18-3"));
        m_window->showView(m_window->graph()->parentWidget());
        QCoreApplication::processEvents();
        ui::GraphView *graph = m_window->graph();
        graph->fitToView();
        const QRect view = graph->rect();
        for (int i = 0; i < graph->graph().nodes.size(); ++i)
            QVERIFY2(view.contains(graph->nodePosition(i).toPoint()), qPrintable(graph->graph().nodes.at(i).id));
        graph->repaint();
        const QList<QRectF> labels = graph->labelRects();
        QVERIFY(labels.size() >= 5);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY(QRectF(view).contains(labels.at(i)));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels.at(i).intersects(labels.at(j)));
        }
        // Hiding statements takes them off the graph; the centre always stays.
        auto *panel = static_cast<ui::GraphPanel *>(graph->parentWidget());
        for (QAction *a : panel->typeMenu()->actions())
            if (a->data().toInt() == int(core::ItemType::Statement))
                a->trigger();
        int statements = 0;
        for (int i = 0; i < graph->graph().nodes.size(); ++i)
            if (graph->graph().nodes.at(i).type == core::ItemType::Statement) {
                ++statements;
                QVERIFY(!graph->isShown(i));
            }
        QVERIFY(statements > 0);
        QVERIFY(graph->isShown(0));
        // Relation names are in the interface language.
        QVERIFY(!panel->relationMenu()->actions().first()->text().contains(QLatin1Char('_')));
        for (QAction *a : panel->typeMenu()->actions())
            if (!a->isChecked())
                a->trigger();
        // Search highlights the nodes whose title matches.
        panel->searchField()->setText(QStringLiteral("社会"));
        QVERIFY(!graph->matches().isEmpty());
        check(m_window.get(), QStringLiteral("graph-search"));
        panel->searchField()->clear();
        // Coming back to a graph shows it as it was left.
        graph->zoom(1.5);
        const QPointF before = graph->nodePosition(1);
        m_window->openItem(QStringLiteral("social-governance"));
        m_window->openItem(QStringLiteral("cc18-3"));
        QCOMPARE(graph->nodePosition(1), before);
        graph->fitToView();
    }

    void smallScreen()
    {
        // A small laptop screen: everything still fits and stays usable.
        m_window->resize(1024, 600);
        QCoreApplication::processEvents();
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);
        QVERIFY2(m_window->minimumSizeHint().height() <= 600,
            qPrintable(QString::number(m_window->minimumSizeHint().height())));
        QVERIFY(!m_window->timeline()->view()->labelRects().isEmpty());
        check(m_window.get(), QStringLiteral("laptop"));
        m_window->resize(1280, 820);
    }

    void statisticsChart()
    {
        m_window->showView(m_window->statistics());
        QVERIFY(m_window->statistics()->groups().contains(QStringLiteral("social-organizations")));
        m_window->statistics()->showGroup(QStringLiteral("social-organizations"));
        QVERIFY(m_window->statistics()->plottedSeries().contains(QStringLiteral("social-groups")));
        // Named in the interface language with their units, on one axis per unit.
        QVERIFY(m_window->statistics()->seriesNames().contains(m_language == QLatin1String("zh_CN")
                ? QStringLiteral("社会团体（个）")
                : QStringLiteral("Social groups (organizations)")));
        QCOMPARE(m_window->statistics()->axisTitles(),
            QStringList(m_language == QLatin1String("zh_CN") ? QStringLiteral("万个")
                                                             : QStringLiteral("thousands of organizations")));
        // The legend names every series in full.
        QVERIFY(m_window->statistics()->legendText().contains(m_language == QLatin1String("zh_CN")
                ? QStringLiteral("民办非企业单位（Li 2020 引用）")
                : QStringLiteral("Private non-enterprise units (as cited in Li 2020)")));
        m_window->statistics()->showGroup(QStringLiteral("internet-users"));
        QCOMPARE(m_window->statistics()->axisTitles().size(), 2); // persons and percent never share an axis
        QCOMPARE(ui::groupedNumber(772000000, QStringLiteral("persons")),
            m_language == QLatin1String("zh_CN") ? QStringLiteral("7.72 亿人") : QStringLiteral("772 million persons"));
        check(m_window.get(), QStringLiteral("statistics-internet"));
        m_window->statistics()->showGroup(QStringLiteral("social-organizations"));
        check(m_window.get(), QStringLiteral("statistics"));
        m_window->showView(m_window->itemPage());
    }

    void darkPaletteIsFollowed()
    {
        // The custom views draw with the palette, so a dark system theme gives dark views.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        for (QWidget *view :
            { static_cast<QWidget *>(m_window->timeline()->view()), static_cast<QWidget *>(m_window->graph()) }) {
            const QImage image = view->grab().toImage();
            QVERIFY(QColor(image.pixel(image.width() - 3, image.height() / 2)).lightness() < 90);
        }
        // The item page's links take the dark palette's link colour, readable on its dark base.
        QVERIFY2(m_window->itemPage()->html().contains(QStringLiteral("#6cb4ff"), Qt::CaseInsensitive),
            qPrintable(m_window->itemPage()->html().left(2000)));
        check(m_window.get(), QStringLiteral("dark"));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
