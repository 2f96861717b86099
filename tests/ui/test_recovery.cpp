// A read-only knowledge base opens for reading with a notice and no editing; a damaged one
// offers its latest backup and is never overwritten.
#include "storage/backup.h"
#include "ui/mainwindow.h"
#include "ui/noteeditor.h"
#include "ui/recovery.h"
#include "uitestsupport.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace plenum;

class TestRecovery : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *a : window->findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
            notice |= label->isVisible() && label->text().contains(QStringLiteral("Read-only"));
        QVERIFY(notice);
        QAction *newNote = findAction(&window, QStringLiteral("&New Note"));
        QVERIFY(newNote);
        QVERIFY(!newNote->isEnabled());
        QVERIFY(!findAction(&window, QStringLiteral("&Import…"))->isEnabled());
        window.editNote(QStringLiteral("note-1"));
        QVERIFY(window.noteEditor()->bodyEdit()->isReadOnly());
    }

    void aDamagedFileOffersTheLatestBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            auto kb = core::KnowledgeBase::open(path, true);
            core::backup::create(kb->database(), QStringLiteral("manual"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(5000); // cut short, as a crashed copy or a full disk leaves it
        file.close();
        const QByteArray damaged = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // Answer the offer as a user would.
        QTimer::singleShot(200, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        auto kb = ui::openKnowledgeBase(nullptr, path, false, errors());
        QVERIFY2(kb, qPrintable(errors().reports.join(QLatin1Char('\n'))));
        QCOMPARE(kb->repository().counts().milestones, 37);
        // The damaged bytes were kept beside the restored file, not overwritten.
        bool kept = false;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            QFile f(m_dir.filePath(name));
            if (name != QStringLiteral("damaged.db") && f.open(QIODevice::ReadOnly) && f.readAll() == damaged)
                kept = true;
        }
        for (const QString &name : QDir(core::backup::folder(path)).entryList(QDir::Files)) {
            QFile f(QDir(core::backup::folder(path)).filePath(name));
            if (f.open(QIODevice::ReadOnly) && f.readAll() == damaged)
                kept = true;
        }
        QVERIFY(kept);
    }
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
