// Import and export from the GUI: work off the GUI thread, results in the views, files written,
// errors reported with nothing changed.
#include "facade/knowledgebase.h"
#include "storage/repository.h"
#include "ui/mainwindow.h"
#include "ui/transferactions.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace plenum;

class TestTransfer : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    core::Repository &repo() { return m_window->knowledgeBase().repository(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
    }

    void droppingAPaperImportsIt()
    {
        const auto before = repo().counts();
        m_window->transfers()->setUnattended(QString(), QStringLiteral("gbt7714"));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(QStringLiteral(PLENUM_TEST_DATA "/paper/paper-en.md")) });
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY2_WITH_TIMEOUT(repo().counts().documents == before.documents + 1,
            qPrintable(errors().reports.join(QLatin1Char('\n'))), 20000);
        QVERIFY(repo().counts().statements > before.statements);
        QVERIFY(errors().reports.isEmpty());
    }

    void aBrokenFileIsReportedAndChangesNothing()
    {
        const auto before = repo().counts();
        const QString path = m_dir.filePath(QStringLiteral("broken.bib"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("@article{key, title = {Unclosed\n");
        file.close();
        m_window->transfers()->importFiles({ path });
        QTRY_VERIFY_WITH_TIMEOUT(!errors().reports.isEmpty(), 20000);
        QVERIFY(errors().reports.first().contains(QStringLiteral("broken.bib")));
        QCOMPARE(repo().counts().references, before.references);
        errors().take();
    }

    void aNoteExportsToEveryFormat()
    {
        for (const QString &name : { QStringLiteral("note.md"), QStringLiteral("note.html"), QStringLiteral("note.pdf"),
                 QStringLiteral("note.odt") }) {
            const QString path = m_dir.filePath(name);
            m_window->transfers()->setUnattended(path, QStringLiteral("apa"));
            m_window->transfers()->exportNotes({ QStringLiteral("note-3") });
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            if (name.endsWith(QLatin1String(".pdf")))
                QVERIFY(head.startsWith("%PDF-"));
            if (name.endsWith(QLatin1String(".odt")))
                QVERIFY(head.startsWith("PK"));
        }
        QFile md(m_dir.filePath(QStringLiteral("note.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(!md.readAll().isEmpty());
        QVERIFY(errors().reports.isEmpty());
    }

    void anExportOntoALinkIsRefusedAndWritesNothingThroughIt()
    {
        const QString target = m_dir.filePath(QStringLiteral("elsewhere.md")); // where the link points
        const QString link = m_dir.filePath(QStringLiteral("link.md"));
        QVERIFY(QFile::link(target, link)); // dangling: elsewhere.md does not exist
        for (const QString &format : { QStringLiteral("md"), QStringLiteral("pdf") }) {
            const QString path = link.left(link.size() - 2) + format;
            if (format != QLatin1String("md"))
                QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere.") + format), path));
            m_window->transfers()->setUnattended(path, QStringLiteral("apa"));
            m_window->transfers()->exportNotes({ QStringLiteral("note-3") });
            QTRY_VERIFY_WITH_TIMEOUT(!errors().reports.isEmpty(), 20000);
            QVERIFY2(errors().reports.first().contains(path), qPrintable(errors().reports.first()));
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("elsewhere.") + format)));
            QVERIFY(QFileInfo(path).isSymLink());
            errors().take();
        }
    }
};

QTEST_MAIN(TestTransfer)
#include "test_transfer.moc"
