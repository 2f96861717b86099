// A read-only knowledge base opens for reading with a notice and no editing; backups are made
// without being asked, listed with date, reason and size, and restored with a preview and an undo;
// a damaged one opens the recovery dialog (restore the latest GOOD backup, salvage, or open
// another) and is never written. PLENUM_SCREENSHOT_DIR saves the dialogs; PLENUM_TEST_LANGUAGE=zh_CN
// runs them in Chinese.
#include "storage/backup.h"
#include "ui/appearance.h"
#include "ui/backupdialog.h"
#include "ui/backupscheduler.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/noteeditor.h"
#include "ui/recovery.h"
#include "ui/settings.h"
#include "ui/startup.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace plenum;

using test::whenModal;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Overwrites pages FROM..TO (fractions of the file) with garbage: damage in the middle of the data.
bool damagePages(const QString &path, double from, double to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = file.size() / 4096;
    for (qint64 page = std::max<qint64>(2, qint64(pages * from)); page < std::max<qint64>(3, qint64(pages * to));
         ++page) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, char(0x5a)));
    }
    return true;
}

qint64 references(core::KnowledgeBase &kb)
{
    return kb.repository().counts().references;
}

} // namespace

class TestRecovery : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString path = test::screenshotPath(name); !path.isEmpty())
            widget->grab().save(path);
    }

    // A knowledge base in a new folder NAME with a good backup, a newer damaged backup, and then
    // itself damaged. Returns its path; GOOD_REFERENCES is what the good backup holds.
    QString damagedWithBackups(const QString &name, qint64 &goodReferences, QString &good)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + QStringLiteral("/kb.db"));
        auto kb = core::KnowledgeBase::open(path, true);
        good = core::backup::create(kb->database(), QStringLiteral("daily"));
        goodReferences = references(*kb);
        const QString bad = core::backup::create(kb->database(), QStringLiteral("manual"));
        kb.reset();
        damagePages(bad, 0.1, 0.9);
        damagePages(path, 0.0, 0.5);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepareGuiTest();
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
    }

    void readOnlyKnowledgeBaseCannotBeEdited()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.db"));
        core::KnowledgeBase::open(path, true).reset();
        ui::MainWindow window(core::KnowledgeBase::open(path, false, core::KnowledgeBase::Content::Bundled,
                                  core::KnowledgeBase::Access::ReadOnly),
            &errors());
        window.show();
        QVERIFY(window.knowledgeBase().isReadOnly());
        bool notice = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            notice |= label->isVisible()
                && label->text() == QStringLiteral("<b>%1</b>").arg(ui::MainWindow::tr("Read-only"));
        QVERIFY(notice);
        QAction *newNote = findAction(&window, ui::MainActions::tr("&New Note"));
        QVERIFY(newNote);
        QVERIFY(!newNote->isEnabled());
        window.editNote(QStringLiteral("note-1"));
        QVERIFY(window.noteEditor()->bodyEdit()->isReadOnly());
        QVERIFY(core::backup::list(path).isEmpty()); // nothing is written for a read-only base
    }

    void backupsExistAfterAFirstDayOfUseWithoutAsking()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir);
        QVERIFY(window);
        const QString path = dir.filePath(QStringLiteral("kb.db"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->backupScheduler()->isBusy() && !core::backup::list(path).isEmpty(), 60000);
        const auto all = core::backup::entries(path);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().reason, QStringLiteral("daily"));
        core::backup::verify(all.first().path);
        window->backupScheduler()->backUpIfDue(); // the same day: no second one
        QTRY_VERIFY_WITH_TIMEOUT(!window->backupScheduler()->isBusy(), 60000);
        QCOMPARE(core::backup::list(path).size(), 1);
        QVERIFY2(errors().reports.isEmpty(), qPrintable(errors().reports.join(QLatin1Char('\n'))));
    }

    void theBackupsDialogRestoresWithAPreviewAndUndoes()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir);
        QVERIFY(window);
        const QString path = dir.filePath(QStringLiteral("kb.db"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->backupScheduler()->isBusy() && !core::backup::list(path).isEmpty(), 60000);
        const qint64 before = references(window->knowledgeBase());
        QVERIFY(before > 0);
        window->knowledgeBase().database().exec("DELETE FROM entities WHERE type = 'reference'");
        QString preview, size, reason;
        int rows = 0;
        bool cancelIsDefault = false, restored = false, restoredAll = false, undoShown = false, undone = false;
        whenModal([&](QWidget *modal) -> bool {
            auto *dialog = qobject_cast<ui::BackupDialog *>(modal);
            if (!dialog)
                return false;
            QTreeWidget *list = dialog->backupList();
            rows = list->topLevelItemCount();
            if (rows != 1) {
                dialog->reject();
                return true;
            }
            size = list->topLevelItem(0)->text(2);
            reason = list->topLevelItem(0)->text(1);
            list->setCurrentItem(list->topLevelItem(0));
            dialog->resize(700, 420);
            screenshot(dialog, QStringLiteral("backups-dialog"));
            whenModal([&](QWidget *question) -> bool {
                auto *box = qobject_cast<QMessageBox *>(question);
                if (!box)
                    return false;
                preview = box->informativeText();
                screenshot(box, QStringLiteral("backups-restore-preview"));
                cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel); // not the destructive one
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
                return true;
            });
            restored = dialog->restoreBackup(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toString());
            restoredAll = references(window->knowledgeBase()) == before; // reopened on the restored file
            undoShown = dialog->undoButton()->isVisible();
            dialog->undoButton()->click();
            undone = references(window->knowledgeBase()) == 0;
            dialog->reject();
            return true;
        });
        findAction(window.get(), ui::MainActions::tr("&Backups…"))->trigger();
        QCOMPARE(rows, 1);
        QVERIFY(!size.isEmpty());
        QCOMPARE(reason, ui::backupReasonLabel(QStringLiteral("daily")));
        QVERIFY(cancelIsDefault);
        QVERIFY(restored);
        QVERIFY(restoredAll);
        QVERIFY(undoShown);
        QVERIFY2(preview.contains(QLocale().toString(before)), qPrintable(preview));
        QVERIFY(undone);
        QVERIFY2(errors().reports.isEmpty(), qPrintable(errors().reports.join(QLatin1Char('\n'))));
    }

    void aDamagedFileRestoresTheLatestGoodBackupNotTheNewest()
    {
        qint64 goodReferences = 0;
        QString good;
        const QString path = damagedWithBackups(QStringLiteral("restore"), goodReferences, good);
        const QByteArray damaged = hashOf(path);
        QString text;
        bool closeIsDefault = false;
        whenModal([&](QWidget *modal) -> bool {
            auto *dialog = qobject_cast<ui::RecoveryDialog *>(modal);
            if (!dialog)
                return false;
            text = dialog->backupText();
            closeIsDefault = dialog->button(ui::RecoveryDialog::Choice::None)->isDefault()
                && !dialog->button(ui::RecoveryDialog::Choice::Restore)->isDefault();
            screenshot(dialog, QStringLiteral("recovery-dialog"));
            dialog->button(ui::RecoveryDialog::Choice::Restore)->click();
            return true;
        });
        auto kb = ui::openKnowledgeBase(nullptr, path, false, errors());
        QVERIFY2(kb, qPrintable(errors().reports.join(QLatin1Char('\n'))));
        QVERIFY(closeIsDefault);
        QVERIFY2(text.contains(QLocale().toString(goodReferences)), qPrintable(text));
        QCOMPARE(references(*kb), goodReferences); // all of them, not 9 of 4,229
        // The damaged bytes were moved aside, unchanged.
        bool kept = false;
        for (const auto &e : core::backup::entries(path))
            kept |= e.reason == QStringLiteral("before-restore-damaged") && hashOf(e.path) == damaged;
        QVERIFY(kept);
    }

    void aDamagedFileIsSalvagedIntoANewFileAndLeftUnchanged()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("salvage"));
        const QString path = m_dir.filePath(QStringLiteral("salvage/kb.db"));
        core::KnowledgeBase::open(path, true).reset();
        qint64 metaPage = 0;
        {
            core::Database db = core::Database::open(path, core::Database::OpenMode::ReadOnly);
            auto q = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'meta'");
            QVERIFY(q.next());
            metaPage = q.integer(0);
        }
        {
            QFile file(path); // one page of garbage where the settings live: opening fails, the rest is readable
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((metaPage - 1) * 4096));
            file.write(QByteArray(4096, char(0x5a)));
        }
        const QByteArray damaged = hashOf(path);
        QString summary;
        bool restoreEnabled = true;
        whenModal([&](QWidget *modal) -> bool {
            auto *dialog = qobject_cast<ui::RecoveryDialog *>(modal);
            if (!dialog)
                return false;
            restoreEnabled = dialog->button(ui::RecoveryDialog::Choice::Restore)->isEnabled(); // no backup
            whenModal([&](QWidget *info) -> bool {
                auto *box = qobject_cast<QMessageBox *>(info);
                if (!box)
                    return false;
                summary = box->text();
                screenshot(box, QStringLiteral("recovery-salvaged"));
                box->accept();
                return true;
            });
            dialog->button(ui::RecoveryDialog::Choice::Salvage)->click();
            return true;
        });
        test::RecordingReporter errors;
        auto kb = ui::openKnowledgeBase(nullptr, path, false, errors);
        QVERIFY2(kb, qPrintable(errors.reports.join(QLatin1Char('\n'))));
        QVERIFY(!restoreEnabled);
        QVERIFY(kb->database().path().contains(QStringLiteral("kb-salvaged-")));
        QVERIFY(kb->repository().counts().milestones > 0);
        QVERIFY2(summary.contains(QDir::toNativeSeparators(kb->database().path())), qPrintable(summary));
        QCOMPARE(hashOf(path), damaged);
    }

    // As the app starts: the window is built and shown while the pages are checked. A sound file
    // keeps it; a damaged one gives the recovery dialog, not the errors the window ran into.
    void aDamagedFileAtStartGivesTheRecoveryDialogAlone()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("start"));
        const QString path = m_dir.filePath(QStringLiteral("start/kb.db"));
        core::KnowledgeBase::open(path, true).reset();
        {
            test::RecordingReporter errors;
            auto startup = ui::StartupWindow::open(path, errors);
            QVERIFY2(startup, qPrintable(errors.reports.join(QLatin1Char('\n'))));
            QSignalSpy settled(startup.get(), &ui::StartupWindow::settled);
            startup->show();
            QVERIFY(startup->window()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(startup->isSettled(), 10000);
            QCOMPARE(settled.count(), 1);
            QCOMPARE(settled.first().first().toBool(), true);
            QVERIFY(startup->window()->isVisible());
            QVERIFY(startup->window()->knowledgeBase().repository().counts().milestones > 0);
            QVERIFY2(errors.reports.isEmpty(), qPrintable(errors.reports.join(QLatin1Char('\n'))));
        }
        QVERIFY(damagePages(path, 0.3, 0.7));
        const QByteArray damaged = hashOf(path);
        QStringList seen;
        whenModal([&](QWidget *modal) -> bool {
            seen.append(QString::fromLatin1(modal->metaObject()->className()));
            if (!qobject_cast<ui::RecoveryDialog *>(modal)) {
                QTest::keyClick(modal, Qt::Key_Escape); // a message box: seen, and dismissed
                return false;
            }
            QTest::keyClick(modal, Qt::Key_Return); // Close, the default
            return true;
        });
        test::RecordingReporter errors;
        // Opening may read a damaged page itself (the recovery dialog then comes at once), or leave
        // the damage to the check, whose verdict closes the window.
        auto startup = ui::StartupWindow::open(path, errors);
        if (startup) {
            QSignalSpy settled(startup.get(), &ui::StartupWindow::settled);
            startup->show();
            QTRY_VERIFY_WITH_TIMEOUT(startup->isSettled(), 10000);
            QCOMPARE(settled.first().first().toBool(), false);
            QVERIFY(!startup->window());
        }
        QCOMPARE(seen, QStringList { QStringLiteral("plenum::ui::RecoveryDialog") });
        QCOMPARE(hashOf(path), damaged);
    }

    void closingTheRecoveryDialogChangesNothing()
    {
        qint64 goodReferences = 0;
        QString good;
        const QString path = damagedWithBackups(QStringLiteral("close"), goodReferences, good);
        const QByteArray damaged = hashOf(path);
        const QStringList before
            = QDir(QFileInfo(path).absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        whenModal([&](QWidget *modal) -> bool {
            if (!qobject_cast<ui::RecoveryDialog *>(modal))
                return false;
            QTest::keyClick(modal, Qt::Key_Return); // the default button
            return true;
        });
        test::RecordingReporter errors;
        QVERIFY(!ui::openKnowledgeBase(nullptr, path, false, errors));
        QCOMPARE(hashOf(path), damaged);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QCOMPARE(core::backup::list(path).size(), 2);
    }
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
