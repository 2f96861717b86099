// Two desktops share a team library on a real PostgreSQL (tools/pg-test-server, ctest fixture
// team_server): one creates it and adds a member through the dialogs, the other joins (a wrong
// password is refused in the dialog), what one adds the other sees after Sync Now, and a note
// edited on both sides shows up in the conflicts view, where choosing clears it. The functions
// run in order, one scenario. PLENUM_SCREENSHOT_DIR keeps the sync status and the conflicts view;
// PLENUM_TEST_LANGUAGE=zh_CN runs it all in Chinese.
#include "pgserver.h"
#include "pgtestserver.h"
#include "team/teamsync.h"
#include "ui/appearance.h"
#include "ui/coremessages.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/noteeditor.h"
#include "ui/notelistmodel.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/teamactions.h"
#include "ui/teamconflictsdialog.h"
#include "ui/teamconnectdialog.h"
#include "ui/teammembersdialog.h"
#include "ui/teamresolvecommand.h"
#include "ui/teamstatusbutton.h"
#include "ui/teamsyncer.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

using namespace plenum;

namespace {

constexpr int kServerWaitMs = 60000; // a loaded machine; nothing here measures speed

// Steps dialog T, once modal, with STEP each 20 ms until STEP returns true (it closed the dialog).
// Once its dialog has closed the driver stops, so it never steps the next dialog of the same kind.
template <typename T> void drive(std::function<bool(T *)> step)
{
    auto seen = std::make_shared<QPointer<T>>();
    auto started = std::make_shared<bool>(false);
    test::whenModal([=](QWidget *modal) {
        if (*started && (!*seen || !(*seen)->isVisible()))
            return true;
        auto *dialog = qobject_cast<T *>(modal);
        if (!dialog)
            return false;
        *seen = dialog;
        *started = true;
        return step(dialog);
    });
}

QAction *menuAction(ui::MainWindow &window, const QString &text)
{
    for (QAction *a : window.menuBar()->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestTeam : public test::GuiTest {
    Q_OBJECT

    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    std::unique_ptr<test::PgTestDatabase> m_db;
    QTemporaryDir m_dirA, m_dirB;
    std::unique_ptr<ui::MainWindow> m_a, m_b;
    QString m_member, m_password = QStringLiteral("Lin-Wei-2024!");
    QString m_noteId;

    static void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString path = test::screenshotPath(name); !path.isEmpty())
            widget->grab().save(path);
    }

    // The right of the status bar: the sync button and the counts.
    static void statusShot(ui::MainWindow &w, const QString &name)
    {
        const QString path = test::screenshotPath(name);
        if (path.isEmpty())
            return;
        w.statusBar()->clearMessage();
        QCoreApplication::processEvents();
        const int left = std::max(0, w.team()->statusButton()->x() - 8);
        w.statusBar()->grab(QRect(left, 0, w.statusBar()->width() - left, w.statusBar()->height())).save(path);
    }

    static ui::TeamSyncer &syncer(ui::MainWindow &w) { return *w.team()->syncer(); }

    // Sync Now from the menu, waited for; true when it succeeded.
    static bool syncNow(ui::MainWindow &w)
    {
        if (!syncer(w).canSync())
            return false;
        QSignalSpy done(&syncer(w), &ui::TeamSyncer::syncFinished);
        QSignalSpy failed(&syncer(w), &ui::TeamSyncer::syncFailed);
        menuAction(w, ui::TeamActions::tr("Sync &Now"))->trigger();
        for (int waited = 0; done.isEmpty() && failed.isEmpty() && waited < kServerWaitMs; waited += 50)
            QTest::qWait(50);
        QCoreApplication::processEvents(); // the views reload through knowledgeBaseChanged
        return !done.isEmpty();
    }

    // Fills the connect dialog with URL (NAME, PASSWORD) and presses OK; returns the error line's
    // text when the server refused (the dialog then closed by Cancel), or "" when it was accepted.
    QString connectThrough(
        ui::MainWindow &w, const QString &actionText, const QString &url, const QString &name, const QString &password)
    {
        auto refused = std::make_shared<QString>();
        auto pressed = std::make_shared<bool>(false);
        drive<ui::TeamConnectDialog>([=, this](ui::TeamConnectDialog *d) {
            if (!*pressed) {
                d->url()->setText(url);
                d->libraryName()->setText(name);
                d->password()->setText(password);
                *pressed = true;
                d->buttons()->button(QDialogButtonBox::Ok)->click();
                return false;
            }
            if (d->isBusy() || d->errorLine()->isHidden())
                return !d->isVisible();
            *refused = d->errorLine()->text();
            screenshot(d, QStringLiteral("team-join"));
            d->reject();
            return true;
        });
        menuAction(w, actionText)->trigger();
        return *refused;
    }

    void editNoteBody(ui::MainWindow &w, const QString &body)
    {
        w.editNote(m_noteId);
        w.noteEditor()->bodyEdit()->setPlainText(body);
        w.noteEditor()->flush();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dirA.isValid() && m_dirB.isValid());
        test::prepareGuiTest();
        ui::Settings().setLanguage(m_language);
        ui::Settings().setTeamSyncMinutes(0); // the test syncs when it means to
        ui::applyAppearance(*qApp);
        m_db = std::make_unique<test::PgTestDatabase>();
        m_member = m_db->prefix() + QStringLiteral("linwei");
        m_a = openWindow(m_dirA);
        m_b = openWindow(m_dirB);
        QVERIFY(m_a && m_b);
    }

    void aKnowledgeBaseOutsideATeamShowsNoSyncButton()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!syncer(*m_a).isReadingStatus(), kServerWaitMs); // the first read came back
        QVERIFY(!syncer(*m_a).status().configured);
        QVERIFY(m_a->team()->statusButton()->isHidden());
        QVERIFY(!menuAction(*m_a, ui::TeamActions::tr("Sync &Now"))->isEnabled());
        QVERIFY(menuAction(*m_a, ui::TeamActions::tr("C&reate Team Library…"))->isEnabled());
    }

    void createLibraryThenAddAMemberAsAdmin()
    {
        const QString error = connectThrough(*m_a, ui::TeamActions::tr("C&reate Team Library…"),
            m_db->ownerUrl(QStringLiteral("fengqiao")), QStringLiteral("fengqiao"), {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(syncer(*m_a).status().library, QStringLiteral("fengqiao"));
        QCOMPARE(syncer(*m_a).status().role, QStringLiteral("admin"));
        QVERIFY(!m_a->team()->statusButton()->isHidden());

        auto added = std::make_shared<bool>(false);
        drive<ui::TeamMembersDialog>([this, added](ui::TeamMembersDialog *d) {
            if (d->isBusy())
                return false;
            if (!*added) {
                d->name()->setText(m_member);
                d->password()->setText(m_password);
                d->role()->setCurrentIndex(d->role()->findData(QStringLiteral("editor")));
                d->addButton()->click();
                *added = true;
                return false;
            }
            if (!d->list()->findItems(m_member, Qt::MatchExactly).isEmpty() || !d->errorLine()->isHidden())
                d->reject();
            return true;
        });
        menuAction(*m_a, ui::TeamActions::tr("&Members…"))->trigger();
        QVERIFY(*added);
        bool listed = false;
        for (const core::team::Member &m : syncer(*m_a).engine().members())
            listed = listed || (m.name == m_member && m.role == QLatin1String("editor"));
        QVERIFY(listed);
    }

    void aWrongPasswordIsRefusedInTheJoinDialog()
    {
        const QString error = connectThrough(*m_b, ui::TeamActions::tr("&Join Team Library…"),
            m_db->url(m_member, QStringLiteral("not-the-password"), QStringLiteral("fengqiao")), {}, {});
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error)); // names the server
        QVERIFY(!syncer(*m_b).status().configured);
    }

    void whatOneDesktopAddsTheOtherSeesAfterSync()
    {
        const QString error = connectThrough(*m_b, ui::TeamActions::tr("&Join Team Library…"),
            m_db->url(m_member, {}, QStringLiteral("fengqiao")), {}, m_password); // the password typed, masked
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(syncer(*m_b).status().role, QStringLiteral("editor"));

        m_a->newNote();
        m_noteId = m_a->noteEditor()->currentNote().id;
        m_a->noteEditor()->titleEdit()->setText(QStringLiteral("Fengqiao experience, field notes"));
        editNoteBody(*m_a, QStringLiteral("Village mediation first.\nDisputes stay local.\nThird line.\n"));
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(syncer(*m_a).status().pendingChanges >= 1, kServerWaitMs); // read off the GUI thread
        QVERIFY(syncNow(*m_a));
        QCOMPARE(syncer(*m_a).status().pendingChanges, 0);
        QVERIFY(m_b->noteModel()->rowOf(m_noteId) < 0);
        QVERIFY(syncNow(*m_b));
        QTRY_VERIFY(m_b->noteModel()->rowOf(m_noteId) >= 0); // the navigator reloaded after the pull
        QCOMPARE(m_b->knowledgeBase().repository().title(m_noteId), QStringLiteral("Fengqiao experience, field notes"));
    }

    void aNoteEditedOnBothSidesIsAConflictThatChoosingClears()
    {
        editNoteBody(*m_a, QStringLiteral("Village mediation first.\nDisputes stay local (A).\nThird line.\n"));
        QVERIFY(syncNow(*m_a));
        editNoteBody(*m_b, QStringLiteral("Village mediation first.\nDisputes stay in the county (B).\nThird line.\n"));
        QVERIFY(syncNow(*m_b));
        QCOMPARE(syncer(*m_b).status().conflicts, 1);
        QVERIFY(m_b->team()->statusButton()->text().contains(ui::TeamStatusButton::tr("%n conflict(s)", nullptr, 1)));
        statusShot(*m_b, QStringLiteral("team-status"));

        auto seen = std::make_shared<QStringList>();
        drive<ui::TeamConflictsDialog>([this, seen](ui::TeamConflictsDialog *d) {
            if (d->isBusy())
                return false;
            if (seen->isEmpty()) {
                if (d->conflicts().empty())
                    return false; // still reading
                const core::team::Conflict &c = d->conflicts().front();
                *seen << c.entityId << d->localText()->toPlainText() << d->remoteText()->toPlainText()
                      << d->mergedText()->toPlainText();
                screenshot(d, QStringLiteral("team-conflicts"));
                d->list()->setFocus();
                QTest::keyClick(d, Qt::Key_T, Qt::AltModifier); // Take Theirs, from the keyboard
                return false;
            }
            if (!d->conflicts().empty())
                return false;
            d->reject();
            return true;
        });
        menuAction(*m_b, ui::TeamActions::tr("&Conflicts…"))->trigger();
        QCOMPARE(seen->size(), 4);
        QCOMPARE(seen->at(0), m_noteId);
        QVERIFY(seen->at(1).contains(QStringLiteral("(B)")));
        QVERIFY(seen->at(2).contains(QStringLiteral("(A)")));
        QVERIFY2(seen->at(3).contains(QStringLiteral("<<<<<<<")), qPrintable(seen->at(3))); // the three-way merge
        QTRY_COMPARE_WITH_TIMEOUT(syncer(*m_b).status().conflicts, 0, kServerWaitMs);
        QTRY_VERIFY(m_b->knowledgeBase()
                        .repository()
                        .findItem(m_noteId)
                        ->text(QStringLiteral("body"))
                        .contains(QStringLiteral("(A)")));
        QVERIFY(syncNow(*m_b));
        QVERIFY(syncNow(*m_a));
        QCOMPARE(m_a->knowledgeBase().repository().findItem(m_noteId)->text(QStringLiteral("body")),
            m_b->knowledgeBase().repository().findItem(m_noteId)->text(QStringLiteral("body")));
    }

    // Keep Mine, Take Theirs and Use Merged are steps of the knowledge base's undo stack: Ctrl+Z in
    // the dialog lists the conflict again (with mine and theirs) and the status bar counts it,
    // Ctrl+Shift+Z chooses again; after the dialog, Edit ▸ Undo and Redo do the same.
    void aChoiceIsOneUndoStepThatPutsTheConflictBack()
    {
        editNoteBody(*m_a, QStringLiteral("Village mediation first.\nDisputes go to the township (A2).\n"));
        QVERIFY(syncNow(*m_a));
        editNoteBody(*m_b, QStringLiteral("Village mediation first.\nDisputes go to the court (B2).\n"));
        QVERIFY(syncNow(*m_b));
        QCOMPARE(syncer(*m_b).status().conflicts, 1);
        const QString countText = ui::TeamStatusButton::tr("%n conflict(s)", nullptr, 1);
        ui::TeamStatusButton *button = m_b->team()->statusButton();
        const auto body
            = [this] { return m_b->knowledgeBase().repository().findItem(m_noteId)->text(QStringLiteral("body")); };

        auto stage = std::make_shared<int>(0);
        auto seen = std::make_shared<QStringList>();
        drive<ui::TeamConflictsDialog>([=, this](ui::TeamConflictsDialog *d) {
            if (d->isBusy())
                return false;
            const bool listed = !d->conflicts().empty();
            switch (*stage) {
            case 0: // read: Take Theirs
                if (!listed)
                    return false;
                d->list()->setFocus();
                QTest::keyClick(d, Qt::Key_T, Qt::AltModifier);
                *stage = 1;
                return false;
            case 1: // resolved: Ctrl+Z
                if (listed || syncer(*m_b).status().conflicts != 0)
                    return false;
                *seen << body();
                QTest::keyClick(d->list(), Qt::Key_Z, Qt::ControlModifier);
                *stage = 2;
                return false;
            case 2: // back in the list, with mine and theirs, and counted: Ctrl+Shift+Z
                if (!listed || syncer(*m_b).status().conflicts != 1 || !button->text().contains(countText))
                    return false;
                *seen << d->conflicts().front().entityId << d->localText()->toPlainText()
                      << d->remoteText()->toPlainText() << body();
                screenshot(d, QStringLiteral("team-conflict-undone"));
                QTest::keyClick(d->list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
                *stage = 3;
                return false;
            default: // chosen again
                if (listed || syncer(*m_b).status().conflicts != 0)
                    return false;
                *seen << body();
                d->reject();
                return true;
            }
        });
        menuAction(*m_b, ui::TeamActions::tr("&Conflicts…"))->trigger();
        QCOMPARE(seen->size(), 6);
        QVERIFY2(seen->at(0).contains(QStringLiteral("(A2)")), qPrintable(seen->at(0))); // theirs taken
        QCOMPARE(seen->at(1), m_noteId);
        QVERIFY(seen->at(2).contains(QStringLiteral("(B2)")));
        QVERIFY(seen->at(3).contains(QStringLiteral("(A2)")));
        QVERIFY2(seen->at(4).contains(QStringLiteral("(B2)")), qPrintable(seen->at(4))); // mine again after Undo
        QVERIFY(seen->at(5).contains(QStringLiteral("(A2)"))); // theirs again after Redo

        // The same step from the window's Edit menu once the dialog is closed.
        QUndoStack *stack = m_b->session().undoStack();
        QVERIFY(stack->undoText().contains(ui::ResolveConflictCommand::tr("Resolve the team library conflict on “%1”")
                                               .arg(m_b->knowledgeBase().repository().title(m_noteId))));
        QAction *undo = nullptr, *redo = nullptr;
        for (QAction *action : m_b->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
            else if (action->shortcut() == QKeySequence(QKeySequence::Redo))
                redo = action;
        }
        QVERIFY(undo && redo);
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(syncer(*m_b).status().conflicts, 1, kServerWaitMs);
        QVERIFY(body().contains(QStringLiteral("(B2)")));
        redo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(syncer(*m_b).status().conflicts, 0, kServerWaitMs);
        QVERIFY(body().contains(QStringLiteral("(A2)")));
        QVERIFY(syncNow(*m_b));
        QVERIFY(syncNow(*m_a));
        QCOMPARE(m_a->knowledgeBase().repository().findItem(m_noteId)->text(QStringLiteral("body")), body());
        QVERIFY(errors().reports.isEmpty());
    }

    void aBackgroundSyncThatFailsShowsOnTheButtonNotInADialog()
    {
        syncer(*m_b).engine().setPassword(QStringLiteral("not-the-password"));
        QSignalSpy failed(&syncer(*m_b), &ui::TeamSyncer::syncFailed);
        syncer(*m_b).syncNow(); // what the timer calls
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kServerWaitMs);
        ui::TeamStatusButton *button = m_b->team()->statusButton();
        QVERIFY2(button->text().startsWith(ui::TeamStatusButton::tr("⚠ Sync failed")), qPrintable(button->text()));
        QVERIFY2(button->toolTip().contains(QStringLiteral("127.0.0.1")), qPrintable(button->toolTip()));
        QVERIFY(errors().reports.isEmpty());

        QVERIFY(!syncNow(*m_b)); // asked for: reported as well
        const QList<ui::ErrorReport> reports = errors().take();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.front().what, ui::TeamActions::tr("Cannot sync the team library"));

        syncer(*m_b).engine().setPassword(m_password);
        QVERIFY(syncNow(*m_b));
        QVERIFY(!button->text().contains(ui::TeamStatusButton::tr("⚠ Sync failed")));
    }

    void theBackgroundSyncIntervalFollowsTheSettingsDialog()
    {
        QCOMPARE(syncer(*m_a).interval(), 0);
        drive<ui::SettingsDialog>([](ui::SettingsDialog *d) {
            d->teamSync()->setCurrentIndex(d->teamSync()->findData(15));
            d->accept();
            return true;
        });
        menuAction(*m_a, ui::MainActions::tr("Se&ttings…"))->trigger();
        QCOMPARE(ui::Settings().teamSyncMinutes(), 15);
        QCOMPARE(syncer(*m_a).interval(), 15);
        ui::Settings().setTeamSyncMinutes(0);
        m_a->team()->applySettings();
        QCOMPARE(syncer(*m_a).interval(), 0);
    }

    void cancelStopsASyncAndTheNextOneGoesOn()
    {
        editNoteBody(*m_a, QStringLiteral("Village mediation first.\nA line typed before a cancelled sync.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(syncer(*m_a).status().pendingChanges >= 1, kServerWaitMs);
        QSignalSpy failed(&syncer(*m_a), &ui::TeamSyncer::syncFailed);
        menuAction(*m_a, ui::TeamActions::tr("Sync &Now"))->trigger();
        auto *progress = m_a->findChild<QProgressDialog *>();
        QVERIFY(progress); // shown once the sync has run half a second
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kServerWaitMs);
        QVERIFY(failed.front().at(1).toBool()); // cancelled, not failed
        QVERIFY(errors().reports.isEmpty()); // and not reported as a failure
        QVERIFY(m_a->statusBar()->currentMessage().contains(
            ui::TeamActions::tr("Sync stopped; the next sync goes on from there.")));
        QTRY_VERIFY_WITH_TIMEOUT(syncer(*m_a).status().pendingChanges >= 1, kServerWaitMs);
        QVERIFY(syncNow(*m_a));
        QCOMPARE(syncer(*m_a).status().pendingChanges, 0);
    }

    // A third desktop reaches the server through tools/cutproxy, which goes silent (accepts, forwards
    // nothing). Its URL waits an hour for a silent server, so only Cancel can end the sync: the
    // progress dialog's Cancel stops it while the request is out, and the next sync goes on.
    void cancelStopsASyncThatWaitsOnASilentServer()
    {
        QTemporaryDir dirC;
        teamtest::CutProxy proxy(dirC.path(), test::pgTestPort());
        std::unique_ptr<ui::MainWindow> c = openWindow(dirC);
        QVERIFY(c);
        const QString chen = m_db->prefix() + QStringLiteral("chen");
        syncer(*m_a).engine().addMember(chen, m_password, QStringLiteral("editor"));
        core::team::TeamUrl url = core::team::TeamUrl::parse(m_db->url(chen, m_password, QStringLiteral("fengqiao")));
        url.port = proxy.port();
        url.timeout = 3600;
        syncer(*c).engine().join(url);
        syncer(*c).setStatus(syncer(*c).engine().status());
        QVERIFY(syncer(*c).canSync());

        QCOMPARE(proxy.command(QStringLiteral("blackhole")), QStringLiteral("ok blackhole"));
        QSignalSpy failed(&syncer(*c), &ui::TeamSyncer::syncFailed);
        menuAction(*c, ui::TeamActions::tr("Sync &Now"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            proxy.command(QStringLiteral("stats")).contains(QLatin1String("held=1")), kServerWaitMs);
        auto *progress = c->findChild<QProgressDialog *>();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), kServerWaitMs); // the sync is waiting on the server
        progress->findChild<QPushButton *>()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kServerWaitMs); // long before the hour
        QVERIFY(failed.front().at(1).toBool()); // cancelled, not failed
        QVERIFY(errors().reports.isEmpty());
        QVERIFY(c->statusBar()->currentMessage().contains(
            ui::TeamActions::tr("Sync stopped; the next sync goes on from there.")));

        proxy.command(QStringLiteral("heal"));
        QVERIFY(syncNow(*c));
        QCOMPARE(syncer(*c).status().pendingChanges, 0);
        QVERIFY(c->noteModel()->rowOf(m_noteId) >= 0);

        // With a timeout of 1 s (joined again with the new URL) the silent server is given up by
        // itself, and the report names it and how long it waited, in the interface language.
        url.timeout = 1;
        syncer(*c).engine().join(url);
        proxy.command(QStringLiteral("blackhole"));
        QVERIFY(!syncNow(*c));
        const QList<ui::ErrorReport> reports = errors().take();
        QCOMPARE(reports.size(), 1);
        const QString said = syncer(*c).lastFailure()->message();
        QVERIFY2(said.contains(QStringLiteral("did not answer for 1 s")), qPrintable(said));
        QCOMPARE(reports.front().detail, ui::coreMessageText(said));
        if (m_language == QLatin1String("zh_CN"))
            QVERIFY2(
                reports.front().detail.contains(QStringLiteral("秒内没有应答")), qPrintable(reports.front().detail));
        proxy.command(QStringLiteral("heal"));
    }

    void aRemovedMemberCanNoLongerSync()
    {
        auto removed = std::make_shared<bool>(false);
        drive<QMessageBox>([](QMessageBox *box) {
            box->button(QMessageBox::Yes)->click();
            return true;
        });
        drive<ui::TeamMembersDialog>([this, removed](ui::TeamMembersDialog *d) {
            if (d->isBusy())
                return false;
            const QList<QTreeWidgetItem *> rows = d->list()->findItems(m_member, Qt::MatchExactly);
            if (!*removed && !rows.isEmpty()) {
                d->list()->setCurrentItem(rows.front());
                *removed = true;
                d->removeButton()->click(); // asks first (the message box above)
                return false;
            }
            if (*removed && rows.isEmpty())
                d->reject();
            return *removed && rows.isEmpty();
        });
        menuAction(*m_a, ui::TeamActions::tr("&Members…"))->trigger();
        QVERIFY(*removed);
        QVERIFY(!syncNow(*m_b)); // the server refuses; Sync Now reports it
        const QList<ui::ErrorReport> reports = errors().take();
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.front().detail.contains(QStringLiteral("127.0.0.1")), qPrintable(reports.front().detail));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_db.reset();
        GuiTest::cleanupTestCase();
    }
};

QTEST_MAIN(TestTeam)
#include "test_team.moc"
