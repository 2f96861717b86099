// Errors that reach the user: a knowledge base damaged under an open window is reported on every
// click that reads it, in the interface language, and the window stays usable.
#include "queries/itemedits.h"
#include "storage/backup.h"
#include "storage/collections.h"
#include "storage/database.h"
#include "storage/kbfiles.h"
#include "storage/repository.h"
#include "ui/coremessages.h"
#include "ui/errorreporter.h"
#include "ui/graphview.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/milestonetreemodel.h"
#include "ui/navigatorpanel.h"
#include "ui/notelistmodel.h"
#include "ui/searchpanel.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "ui/undocommands.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace plenum;

namespace {

constexpr core::ErrorCode kAllCodes[] = { core::ErrorCode::Usage, core::ErrorCode::NotFound,
    core::ErrorCode::InvalidData, core::ErrorCode::FileError, core::ErrorCode::NotADatabase,
    core::ErrorCode::NewerVersion, core::ErrorCode::Locked, core::ErrorCode::ReadOnly, core::ErrorCode::Corrupt,
    core::ErrorCode::Conflict, core::ErrorCode::Cancelled, core::ErrorCode::Internal };

bool hasHan(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

void runSql(core::Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    while (q.next()) { }
}

} // namespace

class TestErrors : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    // Clicks INDEX of VIEW as a user would.
    static void click(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QAction *action(const QString &text)
    {
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    // Overwrites every page of the knowledge base but the first with zeros, from another process:
    // this one never opens the file itself (closing a descriptor would drop SQLite's locks).
    void damageKnowledgeBase()
    {
        core::Database &db = m_window->knowledgeBase().database();
        runSql(db, "PRAGMA wal_checkpoint(TRUNCATE)"); // everything in the main file, where dd reaches
        const qint64 pageSize = db.pragmaInt("page_size");
        const qint64 pages = db.pragmaInt("page_count");
        QVERIFY(pages > 10);
        QProcess dd;
        dd.start(QStringLiteral("dd"),
            { QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + db.path(), QStringLiteral("bs=%1").arg(pageSize),
                QStringLiteral("seek=1"), QStringLiteral("count=%1").arg(pages - 1), QStringLiteral("conv=notrunc") });
        QVERIFY(dd.waitForFinished(20000));
        QCOMPARE(dd.exitCode(), 0);
        db.exec("PRAGMA shrink_memory"); // forget the pages read so far: from now on reads meet the damage
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
    }

    void coreMessagesAreWordedInTheInterfaceLanguage()
    {
        const core::Error damaged(core::ErrorCode::Corrupt, QStringLiteral("kb.db: database disk image is malformed"));
        errors().report(QStringLiteral("Cannot show cc18-3"), damaged);
        auto english = errors().take();
        QCOMPARE(english.size(), 1);
        QCOMPARE(english.first().message, ui::errorSentence(core::ErrorCode::Corrupt));
        QVERIFY(english.first().message.contains(QStringLiteral("damaged")));
        QCOMPARE(english.first().detail, damaged.message()); // core's sentence stays, as the detail

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/plenum/i18n/plenum_zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        QStringList sentences;
        for (core::ErrorCode code : kAllCodes) {
            const QString sentence = ui::errorSentence(code);
            QVERIFY2(hasHan(sentence), qPrintable(sentence));
            sentences.append(sentence);
        }
        errors().report(QStringLiteral("无法显示 cc18-3"), damaged);
        QCoreApplication::removeTranslator(&chinese);
        const auto zh = errors().take();
        QCOMPARE(zh.size(), 1);
        QVERIFY2(zh.first().message.startsWith(QStringLiteral("知识库文件已损坏")), qPrintable(zh.first().message));
        QCOMPARE(zh.first().detail, damaged.message());
        sentences.removeDuplicates();
        QCOMPARE(sentences.size(), static_cast<qsizetype>(std::size(kAllCodes))); // one sentence per kind
    }

    void coreSentencesUsersMeetAreTranslated()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/plenum/i18n/plenum_zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        QStringList untranslated;
        for (const QString &english : ui::coreMessageTemplates()) {
            const QString zh = QCoreApplication::translate("CoreMessages", english.toUtf8().constData());
            // Another program's words (a Detail) may be left out of the translation, nothing else.
            if (!hasHan(zh)
                || zh.count(QLatin1Char('%')) < english.count(QLatin1Char('%')) - ui::coreMessageDetails(english))
                untranslated.append(english);
        }
        // Real sentences from core, as an edit and a collection produce them.
        core::Repository &repo = m_window->knowledgeBase().repository();
        core::Item statement;
        statement.type = core::ItemType::Statement;
        statement.id = QStringLiteral("st-check");
        statement.fields = QJsonObject { { "text", QStringLiteral("一句话") }, { "kind", "quote" },
            { "language", "zh" }, { "date", "2013-13-01" } };
        const auto failureMessage = [](const std::function<void()> &f) {
            try {
                f();
            } catch (const core::Error &e) {
                return e.message();
            }
            return QString();
        };
        const QString badDate = failureMessage([&] { core::validateItem(repo, statement); });
        core::createCollection(repo, QStringLiteral("第三章"));
        const QString taken = failureMessage([&] { core::createCollection(repo, QStringLiteral("第三章")); });
        const QString dateZh = ui::coreMessageText(badDate,
            [](const QString &key) { return key == QLatin1String("date") ? QStringLiteral("日期") : QString(); });
        const QString takenZh = ui::coreMessageText(taken);
        const QString nestedZh = ui::coreMessageText(QStringLiteral(
            "refs.bib:4: expected ',' or '}' in entry k (which starts on line 2), found the end of the file."));
        const QString engineZh = ui::coreMessageText(QStringLiteral(
            "Cannot render citations with apa: the style apa.csl could not be applied: TypeError: x is undefined."));
        // The Backups dialog refusing a schedule that keeps nothing (a real refusal; nothing stored).
        const QString keepNothing = failureMessage([&] { core::backup::setSettings(repo.database(), { 24, 0 }); });
        const QString keepNothingZh = ui::coreMessageText(keepNothing);
        const QString linkZh = ui::coreMessageText(QStringLiteral(
            "/tmp/x.md is a symbolic link; exports never write through links. Remove it or choose another file name."));
        errors().report(QStringLiteral("无法新建合集"), core::Error(core::ErrorCode::Conflict, taken));
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QCOMPARE(dateZh,
            QStringLiteral("表述 st-check：“日期”必须是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期，而不是“2013-13-01”。"));
        QCOMPARE(takenZh, QStringLiteral("已有名为“第三章”的合集。"));
        // A parser's phrase inside a phrase (BibTeX's "expected …"), and the citation engine's
        // sentence without its own English detail.
        QCOMPARE(
            nestedZh, QStringLiteral("refs.bib 第 4 行：应为条目 k（从第 2 行开始）中的“,”或“}”，实际是文件末尾。"));
        QCOMPARE(keepNothingZh, QStringLiteral("至少要保留一个备份。"));
        QCOMPARE(core::backup::settings(repo.database()).keep, core::backup::Settings {}.keep);
        QCOMPARE(linkZh, QStringLiteral("/tmp/x.md 是符号链接；导出从不通过链接写入。请删除它或换一个文件名。"));
        QCOMPARE(engineZh, QStringLiteral("无法用 apa 排版引文：无法应用样式 apa.csl。"));
        QCOMPARE(errors().take().first().detail, takenZh); // the dialog's detail is Chinese too
        // In English the sentence stays core's, with the type as the interface names it.
        QCOMPARE(ui::coreMessageText(taken), taken);
        QCOMPARE(ui::coreMessageText(QStringLiteral("Something core never says.")),
            QStringLiteral("Something core never says."));
    }

    void theDialogShowsTheSentenceWithCoreTextAsDetailOneBoxAtATime()
    {
        ui::DialogErrorReporter dialogs(m_window.get());
        const core::Error damaged(core::ErrorCode::Corrupt, QStringLiteral("kb.db: database disk image is malformed"));
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/plenum/i18n/plenum_zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        QStringList shown;
        int open = 0;
        bool namesWhat = true;
        QTimer poll; // answers each box as a user would, once it is up
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            const auto widgets = QApplication::topLevelWidgets();
            open = static_cast<int>(std::count_if(widgets.begin(), widgets.end(),
                [](QWidget *w) { return qobject_cast<QMessageBox *>(w) && w->isVisible(); }));
            shown.append(box->windowTitle() + QLatin1Char('|') + box->informativeText() + QLatin1Char('|')
                + box->detailedText());
            namesWhat &= box->text().contains(box->windowTitle()); // what failed, in the box itself
            if (shown.size() == 1) {
                const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
                if (!dir.isEmpty())
                    box->grab().save(dir + QStringLiteral("/error-zh_CN.png"));
                // Failures while the box is open wait for it; the same one twice is shown once.
                dialogs.report(QStringLiteral("无法显示 nc19"), damaged);
                dialogs.report(QStringLiteral("无法显示 nc19"), damaged);
            }
            box->button(QMessageBox::Ok)->click();
        });
        poll.start();
        dialogs.report(QStringLiteral("无法显示 cc18-3"), damaged);
        poll.stop();
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(open, 1); // never two boxes on top of each other
        QVERIFY(namesWhat);
        QVERIFY2(
            shown.first().startsWith(QStringLiteral("无法显示 cc18-3|知识库文件已损坏")), qPrintable(shown.first()));
        QVERIFY(shown.first().endsWith(QStringLiteral("|kb.db: database disk image is malformed")));
        QVERIFY(shown.last().startsWith(QStringLiteral("无法显示 nc19|")));
    }

    void anEditStaysUndoableWhenAViewCannotShowIt()
    {
        auto kb = core::KnowledgeBase::open(m_dir.filePath(QStringLiteral("undo.db")), true);
        core::Item note;
        note.type = core::ItemType::Note;
        note.id = QStringLiteral("note-view");
        note.fields.insert(QStringLiteral("title"), QStringLiteral("Saved although a view failed"));
        const ui::EditContext context { &kb->repository(), &errors(),
            [](const QString &) { throw core::Error(core::ErrorCode::Corrupt, QStringLiteral("view read failed")); } };
        QUndoStack stack;
        stack.push(new ui::SaveNoteCommand(context, std::nullopt, note));
        QVERIFY(kb->repository().findItem(note.id).has_value());
        QVERIFY(stack.canUndo()); // the edit happened: it stays on the stack
        const auto reports = errors().take();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().what, QStringLiteral("Cannot show the change to note-view"));
        stack.undo();
        errors().take();
        QVERIFY(!kb->repository().findItem(note.id).has_value());
    }

    void aDamagedFileUnderAnOpenWindowIsReportedAndTheWindowSurvives()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Before the damage: the search index is built and a note is listed.
        ui::SearchPanel *search = m_window->search();
        search->field()->setText(QStringLiteral("社会治理"));
        search->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(search->total() >= 0, 20000);
        QVERIFY(errors().entries.isEmpty());
        damageKnowledgeBase();

        // The navigator: another milestone, a note.
        auto *milestones = qobject_cast<QTreeView *>(m_window->navigator()->widget(0));
        QVERIFY(milestones);
        m_window->navigator()->setCurrentWidget(milestones);
        click(milestones, m_window->milestoneModel()->index(0, 0, m_window->milestoneModel()->index(1, 0)));
        QVERIFY(!errors().entries.isEmpty());
        // The timeline: a milestone, and a concept's history.
        ui::TimelineView *timeline = m_window->timeline()->view();
        timeline->fitAll();
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(int(timeline->xForDate(QDate(2013, 11, 9))), 42));
        auto *concepts = m_window->timeline()->findChild<QComboBox *>();
        QVERIFY(concepts && concepts->count() > 1);
        concepts->setCurrentIndex(1);
        // The item page: a link to another item, and the search for unlinked mentions.
        auto *browser = m_window->itemPage()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        emit browser->anchorClicked(QUrl(QStringLiteral("item:nc19")));
        emit browser->anchorClicked(QUrl(QStringLiteral("action:unlinked")));
        m_window->itemPage()->back();
        // The graph, the notes, the menus.
        m_window->showView(m_window->graph()->parentWidget());
        m_window->navigator()->setCurrentIndex(2);
        auto *notes = m_window->navigator()->currentWidget()->findChild<QTreeView *>();
        QVERIFY(notes && m_window->noteModel()->rowCount() > 0);
        click(notes, notes->model()->index(0, 0));
        QVERIFY(action(QStringLiteral("&New Note")));
        action(QStringLiteral("&New Note"))->trigger();
        action(QStringLiteral("This &Note…"))->trigger();
        // Search: typing on still searches; a failure would be reported like the rest.
        search->field()->setText(QStringLiteral("网格化管理"));
        search->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(search->total() >= 0 || !search->findChild<QLabel *>()->text().isEmpty(), 20000);

        const QList<ui::ErrorReport> reports = errors().take();
        QStringList lines;
        for (const auto &r : reports)
            lines.append(r.what + QStringLiteral(" | ") + r.message + QStringLiteral(" | ") + r.detail);
        // Each place named what it could not do.
        for (const QString &what : { QStringLiteral("Cannot show cc18-3"), QStringLiteral("Cannot show nc19"),
                 QStringLiteral("Cannot show the history of"), QStringLiteral("Cannot look for mentions of nc19"),
                 QStringLiteral("Cannot show the links of"), QStringLiteral("Cannot open the note"),
                 QStringLiteral("Cannot create a note"), QStringLiteral("Cannot export") })
            QVERIFY2(
                std::any_of(reports.begin(), reports.end(), [&](const auto &r) { return r.what.startsWith(what); }),
                qPrintable(what + QStringLiteral(" was not reported; reports:\n") + lines.join(QLatin1Char('\n'))));
        for (const auto &r : reports) {
            QVERIFY(!r.what.isEmpty());
            QVERIFY2(r.message == ui::errorSentence(core::ErrorCode::Corrupt), qPrintable(r.message));
            QVERIFY(!r.detail.isEmpty());
        }
        // Still usable: the window is up, the views respond, the menus still open the other views.
        QVERIFY(m_window->isVisible());
        m_window->showView(m_window->itemPage());
        QCOMPARE(m_window->findChild<QTabWidget *>()->isVisible(), true);
        m_window->focusSearch();
        QVERIFY(search->field()->hasFocus());
    }

    void aFailingSearchIsReportedOnceWhileTheUserTypes()
    {
        // The index is a derived file beside the knowledge base; damage it the same way.
        const QString index = core::searchIndexPath(m_window->knowledgeBase().database().path());
        QProcess dd;
        dd.start(QStringLiteral("dd"),
            { QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + index, QStringLiteral("bs=4096"),
                QStringLiteral("seek=1"), QStringLiteral("conv=notrunc"), QStringLiteral("count=100000") });
        QVERIFY(dd.waitForFinished(20000));
        QCOMPARE(dd.exitCode(), 0);
        ui::SearchPanel *search = m_window->search();
        QSignalSpy finished(search, &ui::SearchPanel::searchFinished);
        for (const QString &text :
            { QStringLiteral("基层治理"), QStringLiteral("基层治理 网格"), QStringLiteral("社区") }) {
            finished.clear();
            search->field()->setText(text);
            search->searchNow();
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 20000); // the hits, then the counts
        }
        const auto reports = errors().take();
        QStringList lines;
        for (const auto &r : reports)
            lines.append(r.what + QStringLiteral(" | ") + r.message + QStringLiteral(" | ") + r.detail);
        // Once, not on every pause in typing; the status line keeps saying it, in the interface language.
        QVERIFY2(reports.size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(reports.first().what, QStringLiteral("Cannot search"));
        QVERIFY(!reports.first().detail.isEmpty());
        QVERIFY(search->findChild<QLabel *>()->text().contains(reports.first().message.toHtmlEscaped()));
        QCOMPARE(search->total(), -1);
    }
};

QTEST_MAIN(TestErrors)
#include "test_errors.moc"
