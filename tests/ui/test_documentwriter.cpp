#include "render/documentwriter.h"

#include "model/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestDocumentWriter : public QObject {
    Q_OBJECT

private slots:
    void writesPdfAndOdt()
    {
        QTemporaryDir dir;
        const QString html
            = QStringLiteral("<html><head><title>笔记</title></head><body><h1>社会治理</h1>"
                             "<p>Text with a citation [1].</p><p>[1] 张三. 标题[J]. 期刊, 2015.</p></body></html>");
        const QString pdf = dir.filePath(QStringLiteral("n.pdf"));
        plenum::render::writeDocument(html, pdf, QStringLiteral("pdf"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = p.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.size() > 1000);

        const QString odt = dir.filePath(QStringLiteral("n.odt"));
        plenum::render::writeDocument(html, odt, QStringLiteral("odt"));
        QFile o(odt);
        QVERIFY(o.open(QIODevice::ReadOnly));
        const QByteArray odtBytes = o.readAll();
        QVERIFY(odtBytes.startsWith("PK"));
        QVERIFY(odtBytes.contains("application/vnd.oasis.opendocument.text"));
    }

    void refusesUnknownFormats()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(plenum::core::Error,
            plenum::render::writeDocument(QStringLiteral("<p>x</p>"), dir.filePath("x.doc"), QStringLiteral("doc")));
    }
};

QTEST_MAIN(TestDocumentWriter)
#include "test_documentwriter.moc"
