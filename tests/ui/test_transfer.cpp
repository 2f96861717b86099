// Import and export from the GUI: work off the GUI thread, results in the views, files written,
// errors reported with nothing changed.
#include "facade/knowledgebase.h"
#include "pdffixture.h"
#include "pdfpapers.h"
#include "storage/repository.h"
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/transferactions.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableWidget>
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

    // Before any test makes the transfers unattended: the preview is shown and answered.
    void aBibliographyIsPreviewedBeforeAnythingIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("preview.bib"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("@article{first, title = {Grid management in urban China}, author = {Tang, Beibei}, year = 2019,\n"
                   "  cnki_id = {X1}}\n\n@book{second, title = {社区治理}, year = 2020}\n\n"
                   "@article{third, title = {A third work}, year = 2021}\n\n@article{bad, title = {Unclosed\n");
        file.close();
        const auto before = repo().counts();
        QStringList rows;
        QString summary;
        bool importEnabled = false;
        int shown = 0;
        const auto look = [&](ui::ImportPreviewDialog &dialog) {
            ++shown;
            summary = dialog.summary()->text();
            importEnabled = dialog.importButton()->isEnabled();
            rows.clear();
            for (int r = 0; r < dialog.entries()->rowCount(); ++r)
                rows.append(dialog.entries()->item(r, 1)->text() + QLatin1Char('|')
                    + dialog.entries()->item(r, 3)->text() + QLatin1Char('|') + dialog.entries()->item(r, 4)->text());
            QCOMPARE(dialog.skipped()->count(), 1);
            QVERIFY(dialog.skipped()->item(0)->text().startsWith(QStringLiteral("Line 8: ")));
            const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
            if (!dir.isEmpty() && shown == 1) { // the user guide shows the first preview
                dialog.show();
                QVERIFY(dialog.grab().save(dir + QStringLiteral("/import-preview.png")));
            }
        };
        // Cancel: nothing is written.
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &dialog) {
            look(dialog);
            return false;
        });
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(shown, 1, 20000);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringLiteral("Grid management in urban China|New|cnki_id"));
        QCOMPARE(rows.at(1), QStringLiteral("社区治理|New|"));
        QVERIFY(summary.contains(QStringLiteral("4 records in preview.bib: 3 new, 0 already")));
        QVERIFY(importEnabled);
        QTest::qWait(50);
        QCOMPARE(repo().counts().references, before.references);
        // Import: the records are written, and a second preview finds them already there.
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &dialog) {
            look(dialog);
            return true;
        });
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(repo().counts().references, before.references + 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!errors().reports.isEmpty(), 20000); // the skipped record, after the import
        const ui::ErrorReport skippedReport = errors().take().constFirst();
        QVERIFY(skippedReport.what.contains(QStringLiteral("preview.bib")));
        QVERIFY2(skippedReport.message.startsWith(QStringLiteral("Line 8: ")), qPrintable(skippedReport.message));
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &dialog) {
            look(dialog);
            return false;
        });
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(shown, 3, 20000);
        QCOMPARE(rows.at(0), QStringLiteral("Grid management in urban China|Already here: merged|cnki_id"));
        m_window->transfers()->setPreviewHandler({});
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

    void aPdfIsCopiedIntoTheAttachmentFolderOfTheSettings()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Attachments of mine"));
        ui::Settings().setAttachmentFolder(folder);
        const QString pdf = m_dir.filePath(QStringLiteral("grid.pdf"));
        test::writePdfFixture(pdf, test::englishPaper(1), test::journalOptions(false));
        const auto before = repo().counts();
        m_window->transfers()->setUnattended(QString(), QStringLiteral("gbt7714"));
        m_window->transfers()->importFiles({ pdf });
        QTRY_VERIFY2_WITH_TIMEOUT(repo().counts().documents == before.documents + 1,
            qPrintable(errors().reports.join(QLatin1Char('\n'))), 20000);
        ui::Settings().setAttachmentFolder(QString());
        QStringList copies;
        QDirIterator it(folder, { QStringLiteral("*.pdf") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            copies.append(it.next());
        QCOMPARE(copies.size(), 1);
        QVERIFY(copies.first().endsWith(QStringLiteral("/grid.pdf")));
        QVERIFY(
            !QFileInfo::exists(m_window->knowledgeBase().repository().database().path() + QStringLiteral(".files")));
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
