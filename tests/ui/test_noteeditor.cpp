// The note editor as a researcher uses it, in both interface languages (PLENUM_TEST_LANGUAGE):
// completion rows (one per item, aliases inside, citations with author, year and title) taken
// with Enter or Tab; citations previewed in the chosen CSL style without waiting for the engine;
// one undo history with the window; the saved state; an empty new note left behind unsaved; the
// note list's filter, order and dates; backlink passages as rendered text. PLENUM_SCREENSHOT_DIR
// keeps pictures of the editor with its completion and preview.
#include "facade/knowledgebase.h"
#include "storage/repository.h"
#include "ui/appearance.h"
#include "ui/itempage.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/noteeditor.h"
#include "ui/noteeditorcitations.h"
#include "ui/notelistmodel.h"
#include "ui/notelistpanel.h"
#include "ui/roles.h"
#include "ui/settings.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace plenum;

class TestNoteEditor : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));

    core::Repository &repo() { return m_window->knowledgeBase().repository(); }
    ui::NoteEditor *editor() { return m_window->noteEditor(); }
    QPlainTextEdit *body() { return editor()->bodyEdit(); }
    QAbstractItemView *popup() { return editor()->completer()->popup(); }
    bool zh() const { return m_language == QLatin1String("zh_CN"); }

    static void type(QWidget *widget, const QString &text) { test::typeText(widget, text); }

    // A new note with TITLE, saved, the cursor at the end of its empty body.
    QString startNote(const QString &title)
    {
        m_window->newNote();
        type(editor()->titleEdit(), title);
        body()->setFocus();
        editor()->flush();
        return editor()->currentNote().id;
    }

    QStringList popupRows() const
    {
        QStringList rows;
        const QAbstractItemModel *model = m_window->noteEditor()->completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0).data().toString());
        return rows;
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // The completion list is a window of its own: drawn under the cursor, where a user sees it
        // (the offscreen screen is narrower than the window, which moves the real one aside).
        QPixmap shot = m_window->grab();
        if (popup()->isVisible()) {
            QPainter painter(&shot);
            painter.drawPixmap(
                body()->viewport()->mapTo(m_window.get(), body()->cursorRect().bottomLeft()), popup()->grab());
        }
        QVERIFY(shot.save(
            dir + QLatin1Char('/') + name + (zh() ? QStringLiteral("-zh_CN") : QString()) + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::Settings().setExportStyle(QStringLiteral("apa"));
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void anItemIsOneCompletionRowWithItsAliasesInside()
    {
        startNote(zh() ? QStringLiteral("补全") : QStringLiteral("Completion"));
        QTest::keyClicks(body(), QStringLiteral("The [["));
        type(body(), QStringLiteral("十八届三中"));
        QVERIFY(popup()->isVisible());
        // cc18-3 has two Chinese aliases with 十八届三中 in them, still one row.
        QCOMPARE(editor()->completer()->completionCount(), 1);
        const QString row = popupRows().constFirst();
        QVERIFY2(row.contains(QStringLiteral("18th CCP Third Plenum")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("党的十八届三中全会")), qPrintable(row));
        // Enter takes the first row without an arrow key first, and writes the name that matched.
        QTest::keyClick(popup(), Qt::Key_Return);
        QVERIFY(!popup()->isVisible());
        QVERIFY2(body()->toPlainText().endsWith(QStringLiteral("The [[十八届三中全会]]")),
            qPrintable(body()->toPlainText()));
        QVERIFY(!body()->toPlainText().contains(QLatin1Char('\n')));
    }

    void tabTakesTheCompletionAndKeepsTheFocus()
    {
        QTest::keyClicks(body(), QStringLiteral(" and [[grid-based"));
        QVERIFY(popup()->isVisible());
        QCOMPARE(editor()->completer()->completionCount(), 1); // three aliases of grid-management match
        QTest::keyClick(popup(), Qt::Key_Tab);
        QVERIFY2(body()->toPlainText().endsWith(QStringLiteral("[[grid-based management]]")),
            qPrintable(body()->toPlainText()));
        QVERIFY(body()->hasFocus());
        QCOMPARE(editor()->linkTargets().last(), QStringLiteral("grid-management"));
        QVERIFY(!editor()->linkLines().last().contains(QStringLiteral("grid-management"))); // named, not by its ID
    }

    void aNoteWrittenMeanwhileCanBeLinkedAtOnce()
    {
        const QString title
            = zh() ? QStringLiteral("斑马线与网格治理") : QStringLiteral("Zebra crossings and grid governance");
        const QString linked = startNote(title);
        QCoreApplication::processEvents(); // the window hears of the change once per event-loop turn
        startNote(zh() ? QStringLiteral("链接") : QStringLiteral("Linking"));
        QTest::keyClicks(body(), QStringLiteral("See [["));
        type(body(), zh() ? QStringLiteral("斑马线") : QStringLiteral("zebra cross"));
        QCOMPARE(editor()->completer()->completionCount(), 1);
        QTest::keyClick(popup(), Qt::Key_Return);
        // A note's title is no alias: the link names the note by its ID and shows the title.
        QVERIFY2(body()->toPlainText().endsWith(QStringLiteral("[[%1|%2]]").arg(linked, title)),
            qPrintable(body()->toPlainText()));
        QCOMPARE(editor()->linkTargets().last(), linked);
        QVERIFY(editor()->linkLines().last().contains(title));
        editor()->flush();
    }

    void citationRowsShowAuthorYearAndTitle()
    {
        QTest::keyClicks(body(), QStringLiteral(" [@flynn"));
        QVERIFY(popup()->isVisible());
        const QStringList rows = popupRows();
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(QStringLiteral("@flynn2017")), qPrintable(rows.first()));
        QVERIFY2(rows.first().contains(QStringLiteral("Flynn")), qPrintable(rows.first()));
        QVERIFY2(rows.first().contains(QStringLiteral("2017")), qPrintable(rows.first()));
        QVERIFY2(
            rows.first().contains(QStringLiteral("Science, Innovation, and Social Work")), qPrintable(rows.first()));
        // A reference is found by a word of its title too.
        QTest::keyClick(popup(), Qt::Key_Escape);
        QTest::keyClicks(body(), QStringLiteral(" [@Clash or"));
        QVERIFY(popupRows().size() == 1 && popupRows().first().contains(QStringLiteral("@flynn2017")));
        QTest::keyClick(popup(), Qt::Key_Return);
        QVERIFY2(body()->toPlainText().endsWith(QStringLiteral("[@flynn2017]")), qPrintable(body()->toPlainText()));
        editor()->flush();
    }

    void thePreviewRendersCitationsInTheChosenStyle()
    {
        const QString id = startNote(zh() ? QStringLiteral("引用") : QStringLiteral("Citations"));
        type(body(), QStringLiteral("Innovation in social work [@flynn2017, p. 5] is contested."));
        // At once: the citation as written, the engine still at work, typing never waited for it.
        QVERIFY2(
            editor()->previewText().contains(QStringLiteral("@flynn2017, p. 5")), qPrintable(editor()->previewText()));
        QVERIFY(editor()->citations()->busy());
        // Then APA's author-date form and the reference list.
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->citations()->busy(), 30000);
        const QString apa = editor()->previewText();
        QVERIFY2(apa.contains(QStringLiteral("(Flynn, 2017, p. 5)")), qPrintable(apa));
        QVERIFY2(!apa.contains(QStringLiteral("@flynn2017")), qPrintable(apa));
        QVERIFY2(apa.contains(QStringLiteral("Science, innovation, and social work"))
                || apa.contains(QStringLiteral("Science, Innovation, and Social Work")),
            qPrintable(apa));
        QVERIFY(editor()->previewHtml().contains(QStringLiteral("item:ref-")));
        // Typing around the citation reuses the rendering: no wait at all.
        type(body(), QStringLiteral(" Indeed."));
        QVERIFY(!editor()->citations()->busy());
        QVERIFY(editor()->previewText().contains(QStringLiteral("(Flynn, 2017, p. 5)")));

        // Another style chosen in Settings: GB/T 7714 numbers the citation.
        ui::Settings().setExportStyle(QStringLiteral("china-national-standard-gb-t-7714-2015-numeric"));
        type(body(), QStringLiteral(" Yes."));
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->citations()->busy(), 30000);
        QVERIFY2(editor()->previewText().contains(QStringLiteral("[1]")),
            qPrintable(editor()->previewText() + editor()->citations()->lastError()));
        ui::Settings().setExportStyle(QStringLiteral("apa"));
        editor()->flush();
        QVERIFY(repo().item(id).text(QStringLiteral("body")).contains(QStringLiteral("[@flynn2017, p. 5]")));
    }

    void aStyleTheEngineRefusesLeavesCitationsAsWrittenAndSaysWhy()
    {
        ui::Settings().setExportStyle(QStringLiteral("no-such-style"));
        type(body(), QStringLiteral(" Again."));
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->citations()->busy(), 30000);
        QVERIFY(editor()->previewText().contains(QStringLiteral("@flynn2017, p. 5")));
        QVERIFY(!editor()->citations()->lastError().isEmpty());
        bool said = false;
        for (const QLabel *label : editor()->findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("no-such-style")))
                continue;
            said = true;
            // Worded in the interface language (core's English sentence stays in the tooltip).
            if (zh()) {
                QVERIFY2(label->text().contains(QStringLiteral("没有安装")), qPrintable(label->text()));
                QVERIFY2(!label->text().contains(QStringLiteral("installed")), qPrintable(label->text()));
                QVERIFY(label->toolTip().contains(QStringLiteral("is installed")));
            } else {
                QVERIFY2(label->text().contains(QStringLiteral("is installed")), qPrintable(label->text()));
            }
        }
        QVERIFY(said);
        ui::Settings().setExportStyle(QStringLiteral("apa"));
        editor()->flush();
    }

    void oneUndoHistoryForTheEditorAndTheWindow()
    {
        const QString id = startNote(zh() ? QStringLiteral("撤销") : QStringLiteral("Undo"));
        type(body(), QStringLiteral("First burst."));
        QVERIFY(!body()->document()->isUndoAvailable()); // the text field keeps no history of its own
        QVERIFY(editor()->savedState().contains(zh() ? QStringLiteral("未保存") : QStringLiteral("Unsaved")));
        // Ctrl+Z in the editor is the window's Undo: the typing is saved as one step and taken back.
        QMenu *edit = nullptr;
        for (QAction *action : m_window->menuBar()->actions())
            if (action->menu() && !action->menu()->actions().isEmpty()
                && action->menu()->actions().constFirst()->shortcut() == QKeySequence(QKeySequence::Undo))
                edit = action->menu();
        QVERIFY(edit);
        const int steps = m_window->undoStack()->index();
        body()->setFocus();
        QTest::keySequence(body(), edit->actions().at(0)->shortcut());
        QCOMPARE(body()->toPlainText(), QString());
        QCOMPARE(repo().item(id).text(QStringLiteral("body")), QString());
        QCOMPARE(m_window->undoStack()->index(), steps);
        QVERIFY(m_window->undoStack()->canRedo());
        QTest::keySequence(body(), edit->actions().at(1)->shortcut());
        QCOMPARE(body()->toPlainText(), QStringLiteral("First burst."));

        // The Edit menu names the typing before it is opened: the note is saved as it opens.
        type(body(), QStringLiteral(" Second."));
        emit edit->aboutToShow();
        QCOMPARE(repo().item(id).text(QStringLiteral("body")), QStringLiteral("First burst. Second."));
        QVERIFY(m_window->undoStack()->canUndo());
        edit->actions().value(0)->trigger();
        QCOMPARE(body()->toPlainText(), QStringLiteral("First burst."));
    }

    void undoWithTheCompletionListOpenClosesItAndUndoesTheTyping()
    {
        const QString id = startNote(zh() ? QStringLiteral("补全时撤销") : QStringLiteral("Undo while completing"));
        const int steps = m_window->undoStack()->index();
        QTest::keyClicks(body(), QStringLiteral("Typed [[grid-based"));
        QVERIFY(popup()->isVisible());
        // The popup has the keyboard, as it does for a user: Ctrl+Z reaches it, not the text field.
        QTest::keySequence(popup(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!popup()->isVisible());
        QCOMPARE(body()->toPlainText(), QString());
        QCOMPARE(repo().item(id).text(QStringLiteral("body")), QString());
        QCOMPARE(m_window->undoStack()->index(), steps); // one step: the typing was saved, then taken back
        QVERIFY(m_window->undoStack()->canRedo());
        QVERIFY(!body()->document()->isUndoAvailable()); // still one history
        QTest::keySequence(body(), QKeySequence(QKeySequence::Redo));
        QCOMPARE(body()->toPlainText(), QStringLiteral("Typed [[grid-based"));
    }

    void theFooterShowsTheSavedState()
    {
        type(body(), QStringLiteral(" More."));
        QCOMPARE(editor()->savedState(), zh() ? QStringLiteral("有未保存的更改") : QStringLiteral("Unsaved changes"));
        const QTime before = QTime::currentTime();
        editor()->flush();
        const QTime after = QTime::currentTime();
        // "Saved 14:02" in the locale's short time (the minute may have turned meanwhile).
        const QString saved = zh() ? QStringLiteral("已保存 %1") : QStringLiteral("Saved %1");
        QVERIFY2(editor()->savedState() == saved.arg(QLocale().toString(before, QLocale::ShortFormat))
                || editor()->savedState() == saved.arg(QLocale().toString(after, QLocale::ShortFormat)),
            qPrintable(editor()->savedState()));
    }

    void anEmptyNewNoteIsNotSaved()
    {
        const auto before = repo().counts().notes;
        const int listed = m_window->noteModel()->rowCount();
        const int steps = m_window->undoStack()->count();
        m_window->newNote();
        const QString id = editor()->currentNote().id;
        QVERIFY(editor()->savedState().contains(
            zh() ? QStringLiteral("写入内容后保存") : QStringLiteral("kept once you write")));
        type(editor()->titleEdit(), QStringLiteral("  "));
        editor()->flush();
        m_window->editNote(QStringLiteral("note-1")); // the user leaves it blank and goes elsewhere
        QCOMPARE(repo().counts().notes, before);
        QVERIFY(!repo().findItem(id));
        QCOMPARE(m_window->noteModel()->rowCount(), listed);
        QCOMPARE(m_window->undoStack()->count(), steps);
    }

    void theNoteListFiltersSortsAndShowsDates()
    {
        ui::NoteListPanel *panel = m_window->findChild<ui::NavigatorPanel *>()->notes();
        QAbstractItemModel *shown = panel->view()->model();
        repo().database().exec("UPDATE notes SET created_at = '2020-03-04T05:06:07.000Z' WHERE id = 'note-2'");
        repo().database().exec("UPDATE notes SET updated_at = '2021-05-06T07:08:09.000Z' WHERE id = 'note-2'");
        panel->reload(&repo(), {});
        // Dates in the interface's locale.
        const int row = [&] {
            for (int r = 0; r < shown->rowCount(); ++r)
                if (shown->index(r, 0).data(ui::IdRole) == QStringLiteral("note-2"))
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(shown->index(row, ui::NoteListModel::CreatedColumn).data().toString(),
            QLocale().toString(QDate(2020, 3, 4), QLocale::ShortFormat));
        QCOMPARE(shown->index(row, ui::NoteListModel::ModifiedColumn).data().toString(),
            QLocale().toString(QDate(2021, 5, 6), QLocale::ShortFormat));
        if (zh())
            QVERIFY(shown->headerData(ui::NoteListModel::ModifiedColumn, Qt::Horizontal).toString()
                == QStringLiteral("修改时间"));
        // Ordered by the last change, newest first: note-2 (2021) comes after today's notes.
        QCOMPARE(panel->orderBox()->currentIndex(), 0);
        QCOMPARE(shown->index(shown->rowCount() - 1, 0).data(ui::IdRole).toString(), QStringLiteral("note-2"));
        // By title, in the interface's collation.
        panel->orderBox()->setCurrentIndex(panel->orderBox()->findData(ui::NoteListModel::TitleColumn));
        emit panel->orderBox()->activated(panel->orderBox()->currentIndex());
        QCollator collator = ui::interfaceCollator();
        for (int r = 1; r < shown->rowCount(); ++r)
            QVERIFY2(
                collator.compare(shown->index(r - 1, 0).data().toString(), shown->index(r, 0).data().toString()) <= 0,
                qPrintable(shown->index(r, 0).data().toString()));
        // By creation: note-2 (2020) is the oldest.
        panel->orderBox()->setCurrentIndex(panel->orderBox()->findData(ui::NoteListModel::CreatedColumn));
        emit panel->orderBox()->activated(panel->orderBox()->currentIndex());
        QCOMPARE(shown->index(shown->rowCount() - 1, 0).data(ui::IdRole).toString(), QStringLiteral("note-2"));
        // The filter box narrows the list to the titles that contain its text.
        QTest::keyClicks(panel->filterField(), QStringLiteral("reading NOTE"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(ui::IdRole).toString(), QStringLiteral("note-2"));
        panel->filterField()->clear();
        QCOMPARE(shown->rowCount(), m_window->noteModel()->rowCount());
    }

    void backlinkPassagesShowNamesNotMarkup()
    {
        m_window->openItem(QStringLiteral("cc16-4"));
        const QString html = m_window->itemPage()->html();
        QVERIFY2(!html.contains(QStringLiteral("[[")), qPrintable(html));
        // note-1's passage names the plenum and the concept in Chinese, as its text is Chinese
        // (as text: only its Latin runs are set in italic, so tags may sit between "2004" and 年).
        QString text = html;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QVERIFY2(
            text.contains(QStringLiteral("2004年中国共产党第十六届中央委员会第四次全体会议提出")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("当时的关键词还是社会管理")));
    }

    void screenshotsOfCompletionAndPreview()
    {
        ui::Settings().setExportStyle(QStringLiteral("apa"));
        auto *navigator = m_window->findChild<ui::NavigatorPanel *>();
        navigator->setCurrentWidget(navigator->notes());
        navigator->notes()->orderBox()->setCurrentIndex(0);
        emit navigator->notes()->orderBox()->activated(0);
        startNote(zh() ? QStringLiteral("2013年以后的社会治理") : QStringLiteral("Social governance after 2013"));
        type(body(),
            zh() ? QStringLiteral("[[cc18-3]]把社会管理改为社会治理 [@demircioglu2017, p. 801]；社会工作的创新见 "
                                  "[@flynn2017]。\n\n另见 [[")
                 : QStringLiteral("The [[cc18-3]] turned social management into social governance [@demircioglu2017, "
                                  "p. 801]; on innovation in social work see [@flynn2017].\n\nCompare [["));
        QTRY_VERIFY_WITH_TIMEOUT(!editor()->citations()->busy(), 30000);
        type(body(), zh() ? QStringLiteral("网格") : QStringLiteral("grid"));
        QVERIFY(popup()->isVisible());
        screenshot(QStringLiteral("note-editor"));
        QTest::keyClick(popup(), Qt::Key_Escape);
        editor()->flush();
    }
};

QTEST_MAIN(TestNoteEditor)
#include "test_noteeditor.moc"
