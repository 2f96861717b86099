// Writing a note that links a milestone and cites a reference, completion, and undo/redo of
// every edit command.
#include "facade/knowledgebase.h"
#include "storage/repository.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/noteeditor.h"
#include "ui/notelistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace plenum;

class TestNotes : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    core::Repository &repo() { return m_window->knowledgeBase().repository(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = openWindow(m_dir, { 1200, 800 });
        QVERIFY(m_window);
    }

    void noteListModel()
    {
        QAbstractItemModelTester tester(m_window->noteModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->noteModel()->rowCount() >= 4);
    }

    void writeANoteThatLinksAndCites()
    {
        const int notesBefore = static_cast<int>(repo().counts().notes);
        m_window->newNote();
        ui::NoteEditor *editor = m_window->noteEditor();
        const QString id = editor->currentNote().id;
        QVERIFY(!repo().findItem(id).has_value()); // stored once something is written in it
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Reading the 2013 Decision"));
        editor->flush();
        QVERIFY(repo().findItem(id).has_value());
        QCOMPARE(repo().counts().notes, notesBefore + 1);

        editor->bodyEdit()->setFocus();
        // QTest can only type ASCII; Chinese arrives as an input method would commit it.
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("The plenum [["));
        editor->bodyEdit()->insertPlainText(QStringLiteral("十八届三中全会"));
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Escape);
        QTest::keyClicks(
            editor->bodyEdit(), QStringLiteral("]] made social governance a task [@demircioglu2017, p. 801]."));
        editor->flush();

        const auto saved = repo().item(id);
        QCOMPARE(saved.text(QStringLiteral("title")), QStringLiteral("Reading the 2013 Decision"));
        QVERIFY(saved.text(QStringLiteral("body")).contains(QStringLiteral("[[十八届三中全会]]")));
        // Both references are links in the store, so the note shows up in backlinks.
        bool mentions = false, cites = false;
        for (const auto &l : repo().outgoingLinks(id)) {
            mentions
                |= core::relationName(l.relation) == QLatin1String("mentions") && l.targetId == QLatin1String("cc18-3");
            cites |= core::relationName(l.relation) == QLatin1String("cites")
                && l.targetId == QLatin1String("ref-li2020-7") && l.note == QLatin1String("p. 801");
        }
        QVERIFY(mentions);
        QVERIFY(cites);
        const QStringList lines = editor->linkLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(editor->linkTargets().first(), QStringLiteral("cc18-3"));
        QVERIFY2(!lines.first().contains(QStringLiteral("cc18-3")), qPrintable(lines.first())); // its name, not its ID
        QVERIFY(editor->previewHtml().contains(QStringLiteral("item:cc18-3")));
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/notes.png")));
    }

    void undoAndRedoNoteEdits()
    {
        ui::NoteEditor *editor = m_window->noteEditor();
        const QString id = editor->currentNote().id;
        QUndoStack *undo = m_window->undoStack();
        QVERIFY(undo->canUndo());
        while (undo->canUndo())
            undo->undo();
        QVERIFY(!repo().findItem(id).has_value()); // the note's creation was undone too
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(repo().item(id).text(QStringLiteral("title")), QStringLiteral("Reading the 2013 Decision"));
        QCOMPARE(editor->currentNote().text(QStringLiteral("title")), QStringLiteral("Reading the 2013 Decision"));
    }

    void completionOfItemsAndCitations()
    {
        ui::NoteEditor *editor = m_window->noteEditor();
        QPlainTextEdit *body = editor->bodyEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" See [["));
        body->insertPlainText(QStringLiteral("社会治"));
        QVERIFY(editor->completer()->completionCount() > 0);
        QVERIFY(editor->completer()->popup()->isVisible());
        QAbstractItemView *popup = editor->completer()->popup();
        popup->setCurrentIndex(editor->completer()->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY2(body->toPlainText().endsWith(QStringLiteral("]]")), qPrintable(body->toPlainText()));
        QTest::keyClicks(body, QStringLiteral(" [@flyn"));
        QCOMPARE(editor->completer()->completionCount(), 1);
        popup->setCurrentIndex(editor->completer()->completionModel()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY2(body->toPlainText().endsWith(QStringLiteral("[@flynn2017]")), qPrintable(body->toPlainText()));
        editor->flush();
    }

    void deleteAndUndoRestoresLinks()
    {
        const auto before = repo().counts();
        const int backlinks = static_cast<int>(repo().backlinks(QStringLiteral("grid-management")).size());
        QVERIFY(backlinks > 0);
        m_window->openItem(QStringLiteral("grid-management"));
        m_window->deleteCurrentItem();
        QVERIFY(!repo().findItem(QStringLiteral("grid-management")).has_value());
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("deleted")));
        m_window->undoStack()->undo();
        QVERIFY(repo().findItem(QStringLiteral("grid-management")).has_value());
        QCOMPARE(static_cast<int>(repo().backlinks(QStringLiteral("grid-management")).size()), backlinks);
        QCOMPARE(repo().counts().links, before.links);
        m_window->undoStack()->redo();
        QVERIFY(!repo().findItem(QStringLiteral("grid-management")).has_value());
        m_window->undoStack()->undo();
    }
};

QTEST_MAIN(TestNotes)
#include "test_notes.moc"
