// Renders each main view offscreen and checks what a user would see: not blank, the right
// content, and sensible behaviour of the timeline and graph. With PLENUM_SCREENSHOT_DIR set,
// the images are kept there (docs/images is made this way).
#include "facade/knowledgebase.h"
#include "ui/appearance.h"
#include "ui/concepttreemodel.h"
#include "ui/graphview.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/statisticsview.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace plenum;

class TestViews : public QObject {
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepareGuiTest();
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = std::make_unique<ui::MainWindow>(
            test::copyTemplateKb(m_dir.filePath(QStringLiteral("kb.db")), core::KnowledgeBase::Content::Bundled));
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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
        check(m_window.get(), QStringLiteral("dark"));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
