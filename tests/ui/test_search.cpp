// Searching as the user types: results, highlights, expansions, facets and keyboard navigation.
#include "facade/knowledgebase.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"
#include "ui/searchresultmodel.h"
#include "ui/searchworker.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace plenum;

class TestSearch : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    // Types TEXT as an input method would commit it and waits until counts and facets arrive.
    QStringList resultIds()
    {
        QStringList ids;
        ui::SearchResultModel *model = m_window->search()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row).data(ui::IdRole).toString());
        return ids;
    }

    void search(const QString &text)
    {
        ui::SearchPanel *panel = m_window->search();
        m_window->focusSearch();
        panel->field()->setText(text);
        panel->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(panel->total() >= 0, 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
    }

    void theSearchIndexIsBuiltWhenTheKnowledgeBaseOpens()
    {
        // A knowledge base without an index: the search thread builds it while the user looks at
        // the window, and the first search does not wait for it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString index = core::search::SearchIndex::indexPath(dir.filePath(QStringLiteral("kb.db")));
        auto window = openWindow(dir);
        QVERIFY(window);
        const auto built = [&index] {
            try {
                auto db = core::Database::open(index, core::Database::OpenMode::ReadOnly);
                auto q = db.prepare("SELECT count(*) FROM search_meta WHERE key = 'version'");
                return q.next() && q.integer(0) == 1;
            } catch (const core::Error &) {
                return false; // not there yet
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT(built(), 20000);
        QCOMPARE(window->search()->total(), -1); // no search was asked for
        QCOMPARE(window->search()->model()->rowCount(), 0);
        window.reset();
        m_window->activateWindow(); // the keyboard tests below type into the shared window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void chineseSearchFindsStatementsWithHighlights()
    {
        QAbstractItemModelTester tester(
            m_window->search()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        search(QStringLiteral("社会治理"));
        ui::SearchResultModel *model = m_window->search()->model();
        QVERIFY(model->rowCount() >= 10);
        QVERIFY(m_window->search()->total() >= model->rowCount());
        bool statement = false, highlighted = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            statement |= model->index(r).data(ui::TypeRole).toString() == QLatin1String("statement");
            highlighted |= ui::SearchResultDelegate::snippetHtml(
                model->index(r).data(ui::SearchResultModel::SnippetRole).toString())
                               .contains(QStringLiteral("<b>社会治理</b>"));
        }
        QVERIFY(statement);
        QVERIFY(highlighted);
        QVERIFY(m_window->search()->facetsText().contains(QStringLiteral("statement")));
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/search.png")));
    }

    void resultsLoadLazilyAsTheListScrolls()
    {
        search(QStringLiteral("治"));
        ui::SearchResultModel *model = m_window->search()->model();
        QVERIFY(m_window->search()->total() > 100);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->canFetchMore({}));
        m_window->search()->results()->scrollToBottom();
        model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 100, 10000);
        QSet<QString> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.insert(model->index(r).data(ui::IdRole).toString());
        QCOMPARE(ids.size(), model->rowCount()); // pages do not repeat hits
    }

    void keyboardOpensAStatement()
    {
        search(QStringLiteral("社会治理 type:statement"));
        ui::SearchPanel *panel = m_window->search();
        panel->field()->setFocus();
        QTest::keyClick(panel->field(), Qt::Key_Down);
        QVERIFY(panel->results()->hasFocus());
        const QString first = panel->results()->currentIndex().data(ui::IdRole).toString();
        QVERIFY(first.startsWith(QLatin1String("st-")));
        QTest::keyClick(panel->results(), Qt::Key_Return);
        QCOMPARE(m_window->itemPage()->currentId(), first);
    }

    void aliasExpansionIsShownAndCanBeSwitchedOff()
    {
        search(QStringLiteral("十八届三中全会"));
        QVERIFY(m_window->search()->expansionsText().contains(QStringLiteral("十八届三中全会")));
        // The milestone's name also lists what links to it: st-nc19-9 links to cc18-3 without naming it.
        QVERIFY(m_window->search()->expansionsText().contains(QStringLiteral("Also listing what links to")));
        QVERIFY(resultIds().contains(QStringLiteral("st-nc19-9")));
        const qint64 expanded = m_window->search()->total();
        QCheckBox *expand = m_window->search()->findChild<QCheckBox *>();
        QVERIFY(expand);
        expand->setChecked(false);
        search(QStringLiteral("十八届三中全会"));
        QVERIFY(m_window->search()->expansionsText().isEmpty());
        QVERIFY(m_window->search()->total() <= expanded);
        QVERIFY(!resultIds().contains(QStringLiteral("st-nc19-9")));
        expand->setChecked(true);
    }

    void typingReadsAheadWhatItsSearchWillRead()
    {
        // The worker as the panel drives it while the user types, here on the test's thread.
        const QString kb = m_window->knowledgeBase().database().path();
        ui::SearchWorker worker(kb);
        QSignalSpy finished(&worker, &ui::SearchWorker::finished);
        QSignalSpy failed(&worker, &ui::SearchWorker::failed);
        worker.readAhead(1, QStringLiteral("社会治理"), true); // a word with its aliases
        QVERIFY(worker.heldPostingRows() > 0);
        QCOMPARE(finished.count() + failed.count(), 0); // nothing is shown before the search
        const qint64 held = worker.heldPostingRows();
        worker.search(1, QStringLiteral("社会治理"), true, {}, false);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(3).value<core::search::SearchResults>().hits.isEmpty());
        QCOMPARE(worker.heldPostingRows(), held); // ranked from what was read ahead
        // Typed on since: a read for older text does nothing.
        ui::SearchWorker later(kb);
        later.supersede(2);
        later.readAhead(1, QStringLiteral("社会治理"), true);
        QCOMPARE(later.heldPostingRows(), 0);
    }

    void hostileInputIsJustText()
    {
        for (const QString &text : { QStringLiteral("\"unbalanced"), QStringLiteral("OR"), QStringLiteral("NEAR( *"),
                 QStringLiteral("😀 -"), QString(5000, QLatin1Char('(')) }) {
            search(text);
            QVERIFY2(
                !m_window->search()->findChild<QLabel *>()->text().contains(QStringLiteral("SQL")), qPrintable(text));
        }
    }

    void ctrlKFocusesTheField()
    {
        m_window->itemPage()->setFocus();
        m_window->focusSearch();
        QVERIFY(m_window->search()->field()->hasFocus());
    }
};

QTEST_MAIN(TestSearch)
#include "test_search.moc"
