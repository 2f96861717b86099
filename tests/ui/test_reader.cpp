// The PDF reader offscreen: an imported Chinese paper opens at a page, find works in Chinese, a
// selection quoted becomes a linked statement with its page, and the highlight is still there
// when the reader is opened again. With PLENUM_SCREENSHOT_DIR set the reader's image is kept.
#include "uitestsupport.h"

#include "facade/fileimport.h"
#include "pdffixture.h"
#include "pdfpapers.h"
#include "reader/pdfannotations.h"
#include "reader/readerpane.h"
#include "storage/repository.h"
#include "templatekb.h"
#include "ui/appearance.h"
#include "ui/settings.h"

#include <QJsonArray>
#include <QSet>

#include <poppler-qt6.h>

using namespace plenum;

class TestReader : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    std::unique_ptr<core::KnowledgeBase> m_kb;
    QString m_documentId;

    /// Writes the paper to PATH with a highlight (colour, comment) over PHRASE and a note beside it,
    /// made with poppler-qt6 as Okular makes them; returns the 1-based page of the highlight.
    int writeAnnotatedPdf(const QString &path, const QString &phrase)
    {
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        test::writePdfFixture(plain, zh ? test::chinesePaper() : test::englishPaper(), test::journalOptions(zh));
        const auto pdf = Poppler::Document::load(plain);
        for (int i = 0; i < pdf->numPages(); ++i) {
            const auto page = pdf->page(i);
            const QList<QRectF> hits = page->search(phrase);
            if (hits.isEmpty())
                continue;
            const QSizeF size = page->pageSizeF();
            const QRectF r = hits.first().adjusted(-0.5, -0.5, 0.5, 0.5);
            const QRectF n(
                r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height());
            Poppler::HighlightAnnotation highlight;
            Poppler::HighlightAnnotation::Quad quad { { n.topLeft(), n.topRight(), n.bottomRight(), n.bottomLeft() },
                false, false, 0.1 };
            highlight.setHighlightQuads({ quad });
            highlight.setBoundary(n);
            Poppler::Annotation::Style style = highlight.style();
            style.setColor(QColor(QStringLiteral("#a28ae5")));
            highlight.setStyle(style);
            highlight.setContents(QStringLiteral("the plenum, highlighted in Okular"));
            page->addAnnotation(&highlight);
            Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
            note.setBoundary(QRectF(0.05, 0.05, 0.03, 0.03));
            note.setContents(QStringLiteral("check the date"));
            page->addAnnotation(&note);
            auto converter = pdf->pdfConverter();
            converter->setOutputFileName(path);
            converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
            if (!converter->convert())
                return 0;
            return i + 1;
        }
        return 0;
    }

    void keepScreenshot(QWidget *widget, const QString &name)
    {
        const QImage image = widget->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 12, "the reader looks blank");
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QLatin1Char('/') + name + QLatin1Char('-') + m_language + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_kb = test::copyTemplateKb(m_dir.filePath("kb.db"), core::KnowledgeBase::Content::Bundled);
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString pdf = m_dir.filePath(zh ? "paper-zh.pdf" : "paper-en.pdf");
        test::writePdfFixture(pdf, zh ? test::chinesePaper() : test::englishPaper(), test::journalOptions(zh));
        const auto r = core::importFile(m_kb->repository(), pdf, {}, false);
        m_documentId = r.json.value("document").toObject().value("id").toString();
        QVERIFY(!m_documentId.isEmpty());
    }

    void aQuoteBecomesALinkedStatementWithItsPage()
    {
        reader::ReaderPane pane(m_kb->repository());
        pane.resize(1100, 760);
        pane.show();
        pane.openDocument(m_documentId, 2);
        QCOMPARE(pane.currentPage(), 2);
        QVERIFY(pane.pageCount() >= 3);
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString phrase = zh ? QStringLiteral("十八届三中全会") : QStringLiteral("2013 Third Plenum");
        QVERIFY(pane.find(phrase));
        const int page = pane.currentPage();
        pane.selectArea(pane.findHit().adjusted(-0.5, -0.5, 0.5, 0.5));
        QCOMPARE(pane.selectedText(), phrase);
        QString quoted;
        connect(&pane, &reader::ReaderPane::quoted, this, [&](const QString &id) { quoted = id; });
        const QString id = pane.quoteSelection(QStringLiteral("the plenum named in the text"));
        QCOMPARE(quoted, id);
        const core::Item st = m_kb->repository().item(id);
        QCOMPARE(st.fields.value("text").toString(), phrase);
        QCOMPARE(st.fields.value("locator").toString(), QStringLiteral("p. %1").arg(page));
        QCOMPARE(st.fields.value("document").toString(), m_documentId);
        QCOMPARE(st.fields.value("kind").toString(), QStringLiteral("quote"));
        QStringList targets;
        for (const core::Link &l : m_kb->repository().outgoingLinks(id))
            targets.append(l.targetId);
        QVERIFY2(targets.contains(QStringLiteral("cc18-3")), "the linker did not link the quote to the Third Plenum");
        keepScreenshot(&pane, QStringLiteral("reader"));
    }

    void theHighlightSurvivesReopening()
    {
        reader::ReaderPane pane(m_kb->repository());
        pane.openDocument(m_documentId);
        const auto annotations = pane.annotations();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().comment, QStringLiteral("the plenum named in the text"));
        QVERIFY(!annotations.first().statementId.isEmpty());
        QVERIFY(annotations.first().page >= 1);
    }

    void aHighlightKeepsTheChosenColourAndComment()
    {
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString phrase = zh ? QStringLiteral("十八届三中全会") : QStringLiteral("2013 Third Plenum");
        QString id;
        {
            reader::ReaderPane pane(m_kb->repository());
            pane.openDocument(m_documentId, 1);
            QCOMPARE(pane.highlightColour(), QStringLiteral("#ffd400")); // yellow until another is chosen
            pane.setHighlightColour(QStringLiteral("#2ea8e5"));
            QVERIFY(pane.find(phrase));
            pane.selectArea(pane.findHit().adjusted(-0.5, -0.5, 0.5, 0.5));
            id = pane.quoteSelection(QStringLiteral("blue: the reform agenda"));
        }
        reader::ReaderPane reopened(m_kb->repository());
        reopened.openDocument(m_documentId);
        bool found = false;
        for (const core::Annotation &a : reopened.annotations())
            if (a.statementId == id) {
                found = true;
                QCOMPARE(a.color, QStringLiteral("#2ea8e5"));
                QCOMPARE(a.comment, QStringLiteral("blue: the reform agenda"));
            }
        QVERIFY(found);
    }

    void anEmptySelectionIsRefusedAndWritesNothing()
    {
        reader::ReaderPane pane(m_kb->repository());
        pane.openDocument(m_documentId, 1);
        pane.selectArea(QRectF(1, 1, 3, 3)); // the white margin
        const auto before = m_kb->repository().counts();
        try {
            pane.quoteSelection();
            QFAIL("an empty selection was quoted");
        } catch (const core::Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("holds no text to quote")));
        }
        QCOMPARE(m_kb->repository().counts().statements, before.statements);
    }

    void thePdfsOwnAnnotationsComeInOnce()
    {
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString phrase = zh ? QStringLiteral("十八届三中全会") : QStringLiteral("2013 Third Plenum");
        const QString path = m_dir.filePath(QStringLiteral("annotated.pdf"));
        const int page = writeAnnotatedPdf(path, phrase);
        QVERIFY(page >= 1);
        auto kb = test::copyTemplateKb(m_dir.filePath("annotated.db"), core::KnowledgeBase::Content::Bundled);
        const auto r = core::importFile(kb->repository(), path, {}, false);
        const QString doc = r.json.value("document").toObject().value("id").toString();
        const core::Attachment attachment = core::attachmentsOf(kb->repository().database(), doc).first();
        const auto first = reader::importPdfAnnotations(kb->repository(), attachment);
        QCOMPARE(first.added, 2);
        QCOMPARE(first.present, 0);
        const auto statements = kb->repository().counts().statements;
        const auto again = reader::importPdfAnnotations(kb->repository(), attachment);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.present, 2);
        QCOMPARE(kb->repository().counts().statements, statements);

        const auto list = core::annotationsOf(kb->repository().database(), attachment.id);
        QCOMPARE(list.size(), 2);
        const core::Annotation &highlight = list.at(0).text.isEmpty() ? list.at(1) : list.at(0);
        const core::Annotation &note = list.at(0).text.isEmpty() ? list.at(0) : list.at(1);
        QCOMPARE(highlight.text, phrase);
        QCOMPARE(highlight.page, page);
        QCOMPARE(highlight.color, QStringLiteral("#a28ae5"));
        QCOMPARE(highlight.comment, QStringLiteral("the plenum, highlighted in Okular"));
        QCOMPARE(highlight.origin, QStringLiteral("pdf"));
        const core::Item st = kb->repository().item(highlight.statementId);
        QCOMPARE(st.fields.value("text").toString(), phrase);
        QCOMPARE(st.fields.value("locator").toString(), QStringLiteral("p. %1").arg(page));
        QCOMPARE(st.fields.value("document").toString(), doc);
        QCOMPARE(note.comment, QStringLiteral("check the date"));
        QCOMPARE(note.origin, QStringLiteral("pdf"));
        QVERIFY(note.statementId.isEmpty());

        reader::ReaderPane pane(kb->repository());
        pane.openDocument(doc, page);
        QCOMPARE(pane.importPdfAnnotations(), 0); // the reader's button: nothing new
        QCOMPARE(pane.annotations().size(), 2);
    }

    void aDocumentWithoutItsFileSaysWhichFileIsMissing()
    {
        reader::ReaderPane pane(m_kb->repository());
        const auto list = core::attachmentsOf(m_kb->repository().database(), m_documentId);
        const QString file = core::attachmentFilePath(m_kb->repository().database(), list.first());
        QVERIFY(QFile::rename(file, m_dir.filePath("moved.pdf")));
        try {
            pane.openDocument(m_documentId);
            QFAIL("a missing file was opened");
        } catch (const core::Error &e) {
            QVERIFY(e.message().contains(file)); // in either language
            QCOMPARE(e.code(), core::ErrorCode::NotFound);
        }
        QVERIFY(QFile::rename(
            m_dir.filePath("moved.pdf"), core::attachmentFilePath(m_kb->repository().database(), list.first())));
    }
};

QTEST_MAIN(TestReader)
#include "test_reader.moc"
