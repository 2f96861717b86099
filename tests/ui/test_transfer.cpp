// Import and export from the GUI: work off the GUI thread, results in the views, files written,
// errors reported with nothing changed.
#include "facade/knowledgebase.h"
#include "storage/repository.h"
#include "ui/mainwindow.h"
#include "ui/transferactions.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace plenum;

class TestTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::RecordingReporter m_reporter;
    std::unique_ptr<ui::MainWindow> m_window;
    core::Repository &repo() { return m_window->knowledgeBase().repository(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepareGuiTest();
        m_window = test::openWindow(m_dir, &m_reporter);
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
            qPrintable(m_reporter.reports.join(QLatin1Char('\n'))), 20000);
        QVERIFY(repo().counts().statements > before.statements);
        QVERIFY(m_reporter.reports.isEmpty());
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
        QTRY_VERIFY_WITH_TIMEOUT(!m_reporter.reports.isEmpty(), 20000);
        QVERIFY(m_reporter.reports.first().contains(QStringLiteral("broken.bib")));
        QCOMPARE(repo().counts().references, before.references);
        m_reporter.reports.clear();
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
        QVERIFY(m_reporter.reports.isEmpty());
    }
};

QTEST_MAIN(TestTransfer)
#include "test_transfer.moc"
