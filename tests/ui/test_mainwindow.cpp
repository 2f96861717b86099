#include "facade/knowledgebase.h"
#include "queries/itemdetail.h"
#include "storage/repository.h"
#include "ui/itemhtml.h"
#include "ui/itempage.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/milestonetreemodel.h"
#include "ui/noteeditor.h"
#include "ui/roles.h"
#include "ui/screenshot.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace plenum;

class TestMainWindow : public test::GuiTest {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void milestoneModelGroupsByTerm()
    {
        auto kb = core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("model.db")), true);
        ui::MilestoneTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMilestones(kb->repository().milestones());
        QCOMPARE(model.rowCount(), 10);
        int total = 0;
        for (int t = 0; t < model.rowCount(); ++t) {
            const QModelIndex term = model.index(t, 0);
            const int rows = model.rowCount(term);
            total += rows;
            // The congress comes first within its term.
            QCOMPARE(model.index(0, 0, term).data(ui::IdRole).toString(), QStringLiteral("nc%1").arg(11 + t));
        }
        QCOMPARE(total, 79);
        // The 14th term's last plenum has no known dates: it keeps its place, and the term runs to the 15th Congress.
        const QModelIndex term14 = model.index(3, 0);
        QCOMPARE(term14.siblingAtColumn(ui::MilestoneTreeModel::DatesColumn).data().toString(),
            QStringLiteral("1992 – 1997"));
        const QModelIndex cc147 = model.index(model.rowCount(term14) - 1, 0, term14);
        QCOMPARE(cc147.data(ui::IdRole).toString(), QStringLiteral("cc14-7"));
        QCOMPARE(cc147.siblingAtColumn(ui::MilestoneTreeModel::DatesColumn).data().toString(),
            QStringLiteral("dates unknown"));
        const QModelIndex cc183 = model.indexOf(QStringLiteral("cc18-3"));
        QVERIFY(cc183.isValid());
        QVERIFY(cc183.data().toString().contains(QStringLiteral("十八届三中全会")));
        QCOMPARE(cc183.siblingAtColumn(ui::MilestoneTreeModel::DatesColumn).data().toString(),
            QStringLiteral("2013-11-09 – 11-12"));
    }

    void selectingAMilestoneShowsItsPageAndHistory()
    {
        ui::MainWindow window(core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("window.db")), true), &errors());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ItemPage *page = window.itemPage();
        QCOMPARE(page->currentId(), QStringLiteral("cc18-3"));
        QVERIFY(page->html().contains(QStringLiteral("2013-11-09")));
        window.openItem(QStringLiteral("nc19"));
        QCOMPARE(page->currentId(), QStringLiteral("nc19"));
        QVERIFY(page->canGoBack());
        page->back();
        QCOMPARE(page->currentId(), QStringLiteral("cc18-3"));
        QVERIFY(page->canGoForward());
        page->forward();
        QCOMPARE(page->currentId(), QStringLiteral("nc19"));
        QVERIFY(window.countsText().startsWith(QStringLiteral("79 milestones")));
    }

    // Read in the background (a million statements take tens of ms): shown once read, and after
    // every change.
    void theStatusBarCountsFollowChanges()
    {
        ui::MainWindow window(core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("counts.db")), true), &errors());
        window.show();
        auto *counts = window.statusBar()->findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY(counts);
        QTRY_VERIFY(counts->text().startsWith(QStringLiteral("79 milestones")));
        QCOMPARE(counts->text(), window.countsText());
        const QString before = counts->text();
        window.newNote();
        QTest::keyClicks(window.noteEditor()->titleEdit(), QStringLiteral("Counted"));
        window.noteEditor()->flush();
        QTRY_VERIFY(counts->text() != before);
        QCOMPARE(counts->text(), window.countsText());
        QVERIFY(window.countsText().contains(QStringLiteral(" notes")));
    }

    void milestonePageFlagsDatesNotConfirmedTwice()
    {
        ui::MainWindow window(core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("check.db")), true), &errors());
        ui::ItemPage *page = window.itemPage();
        window.openItem(QStringLiteral("cc11-7"));
        QCOMPARE(page->currentId(), QStringLiteral("cc11-7"));
        QVERIFY(page->html().contains(QStringLiteral("1982-08-06")));
        QVERIFY(page->html().contains(QStringLiteral("dates unverified")));
        window.openItem(QStringLiteral("cc14-7"));
        QVERIFY(page->html().contains(QStringLiteral("Dates unknown")));
        QVERIFY(page->html().contains(QStringLiteral("dates unverified")));
        window.openItem(QStringLiteral("cc11-3"));
        QVERIFY(page->html().contains(QStringLiteral("1978-12-18 – 1978-12-22")));
        QVERIFY(!page->html().contains(QStringLiteral("unverified")));
    }

    void screenshotIsNotBlank()
    {
        ui::MainWindow window(core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("shot.db")), true), &errors());
        window.resize(1200, 760);
        const QString path = m_dir.filePath(QStringLiteral("shot.png"));
        ui::saveScreenshot(window, path);
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1200);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the screenshot looks blank");
    }

    void itemHtmlEscapesStoredText()
    {
        const QJsonObject detail { { "id", "note-x" }, { "type", "note" }, { "title", "<script>alert(1)</script>" },
            { "fields",
                QJsonObject { { "title", "<script>alert(1)</script>" }, { "body", "<img src=x onerror=alert(1)>" } } },
            { "sources", QJsonArray { "javascript:alert(1)", "https://example.org/a?b=<c>" } },
            { "aliases", QJsonArray {} }, { "links", QJsonArray {} }, { "backlinks", QJsonArray {} } };
        const QString html = ui::itemHtml(detail);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript:")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void aReferencePageShowsItsCslItemNotTheScriptFieldNames()
    {
        auto kb = core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("refs.db")), true);
        core::Repository &repo = kb->repository();
        const QString id = repo.itemIds(core::ItemType::Reference).value(0);
        QVERIFY(!id.isEmpty());
        const QString html = ui::itemHtml(core::itemDetail(repo, id));
        for (const char *raw : { "csl_type", ">csl<", "container-title:", "citation_key" })
            QVERIFY2(!html.contains(QLatin1String(raw)), raw);
        QVERIFY(html.contains(QStringLiteral("Authors")));
        QVERIFY(html.contains(ui::kindLabel(repo.item(id).text(QStringLiteral("type")))));
    }

    void chineseLabelsOnItemPagesTakeFullWidthColons()
    {
        const QJsonObject detail { { "id", "st-1" }, { "type", "statement" }, { "title", "一句话" },
            { "fields",
                QJsonObject { { "text", "一句话" }, { "language", "zh" },
                    { "verification", QJsonObject { { "status", "verified" }, { "evidence", "原文" } } } } },
            { "aliases", QJsonArray { QJsonObject { { "text", "别名" }, { "lang", "zh" } } } },
            { "links", QJsonArray {} }, { "backlinks", QJsonArray {} } };
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/plenum/i18n/plenum_zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const QString html = ui::itemHtml(detail);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(html.contains(QStringLiteral("又称：")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("核查结论：")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("又称:")));
    }

    void quotedContextsSlantOnlyLatinText()
    {
        QCOMPARE(ui::quotedContextHtml(QStringLiteral("推进国家治理体系和治理能力现代化")),
            QStringLiteral("推进国家治理体系和治理能力现代化"));
        QCOMPARE(ui::quotedContextHtml(QStringLiteral("grid <management>")),
            QStringLiteral("<i>grid &lt;management&gt;</i>"));
        QCOMPARE(ui::quotedContextHtml(QStringLiteral("网格化管理 (grid management) 的推广。")),
            QStringLiteral("网格化管理 (<i>grid management) </i>的推广。"));
    }

    void itemPagesNameRelationsAsReadersDo()
    {
        const QJsonObject detail { { "id", "c1" }, { "type", "concept" }, { "title", "grid management" },
            { "fields", QJsonObject {} }, { "aliases", QJsonArray {} },
            { "links",
                QJsonArray { QJsonObject { { "relation", "first_appears_in" }, { "target", "cc18-3" },
                    { "target_title", "Third Plenum" }, { "origin", "manual" } } } },
            { "backlinks",
                QJsonArray { QJsonObject { { "relation", "reshaped_by" }, { "source", "s1" },
                    { "source_title", "A statement" }, { "source_type", "statement" }, { "origin", "manual" },
                    { "context", "在城乡社区推行网格化管理" } } } } };
        const QString html = ui::itemHtml(detail);
        QVERIFY2(html.contains(QStringLiteral("first appears in")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("reshaped by")));
        QVERIFY(!html.contains(QStringLiteral("first_appears_in")));
        QVERIFY(!html.contains(QStringLiteral("reshaped_by")));
        QVERIFY(!html.contains(QStringLiteral("<i>在城乡")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
