#include "sources/pdfimport.h"

#include "text/scripts.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace plenum::core {

QString paperTextFromPdf(const PdfText &pdf, QList<int> *pageOfLine)
{
    QString text;
    pageOfLine->clear();
    pageOfLine->append(0);
    for (const PdfBlock &b : pdf.layout.blocks) {
        QString line = b.text;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += line + QStringLiteral("\n\n");
        pageOfLine->append(b.page);
        pageOfLine->append(b.page);
    }
    return text;
}

namespace {

ParsedPaper metadataOnly(const PdfText &pdf, const QString &fileName)
{
    ParsedPaper p;
    p.file = fileName;
    p.title = pdf.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : pdf.title;
    const auto [han, latin, other] = scripts::countScripts(p.title);
    p.language = han > 0 && han * 3 >= latin + other ? QStringLiteral("zh") : QStringLiteral("en");
    static const QRegularExpression sep(QStringLiteral("\\s*[,;，；、]\\s*|\\s+and\\s+"));
    for (const QString &a : pdf.author.split(sep, Qt::SkipEmptyParts))
        p.authors.append(a.trimmed());
    for (const QString &k : pdf.keywords.split(sep, Qt::SkipEmptyParts))
        p.keywords.append(k.trimmed());
    p.abstract = pdf.subject;
    p.issues.append({ 0,
        QStringLiteral("%1 has no text layer (a scanned PDF?): only its metadata was imported, no paragraphs. "
                       "Run OCR on it and import it again to get its text.")
            .arg(QFileInfo(fileName).fileName()) });
    return p;
}

} // namespace

ParsedPaper parsePdfPaper(const PdfText &pdf, const QString &fileName)
{
    if (!pdf.textLayer || pdf.layout.blocks.isEmpty()) {
        ParsedPaper p = metadataOnly(pdf, fileName);
        for (const QString &problem : pdf.problems)
            p.issues.append({ 0, problem });
        return p;
    }
    QList<int> pageOfLine;
    ParsedPaper p = parsePaper(paperTextFromPdf(pdf, &pageOfLine), fileName);
    for (PaperParagraph &para : p.paragraphs)
        para.page = pageOfLine.value(para.line);
    for (PaperFigure &f : p.figures)
        f.page = pageOfLine.value(f.line);
    for (const PdfFootnote &n : pdf.layout.footnotes)
        p.notes.append({ n.page, n.text });
    if (p.title.isEmpty() || (p.title.size() < 4 && !pdf.title.isEmpty()))
        p.title = pdf.title;
    for (const QString &problem : pdf.problems)
        p.issues.append({ 0, problem });
    return p;
}

PaperImportResult importPdf(
    Repository &repo, const QByteArray &data, const QString &fileName, const PaperImportOptions &options)
{
    const PdfText pdf = readPdf(data, fileName, options.progress);
    return importParsedPaper(repo, parsePdfPaper(pdf, fileName), fileName, options);
}

} // namespace plenum::core
