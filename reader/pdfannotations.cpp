#include "reader/pdfannotations.h"

#include "facade/quotes.h"
#include "model/error.h"
#include "sources/extractedtext.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

#include <poppler-qt6.h>

namespace plenum::reader {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plenum::reader::PdfAnnotations", text);
}

/// The boxes rounded to a tenth of a point, so a box read again compares equal to the stored one.
QString rectsKey(int page, const QList<QRectF> &rects)
{
    QStringList parts { QString::number(page) };
    for (const QRectF &r : rects)
        parts << QString::asprintf("%.1f,%.1f,%.1f,%.1f", r.x(), r.y(), r.width(), r.height());
    return parts.join(QLatin1Char(';'));
}

QString storedKey(const core::Annotation &a)
{
    QList<QRectF> rects;
    for (const QJsonValue &v : QJsonDocument::fromJson(a.rects).array()) {
        const QJsonArray r = v.toArray();
        rects.append(QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble()));
    }
    return rectsKey(a.page, rects);
}

QRectF toPoints(const QRectF &normalized, const QSizeF &page)
{
    return QRectF(normalized.x() * page.width(), normalized.y() * page.height(), normalized.width() * page.width(),
        normalized.height() * page.height());
}

/// One annotation of the PDF as the knowledge base keeps it.
struct Found {
    QList<QRectF> rects;
    QString color;
    QString text;
    QString comment;
};

Found readAnnotation(const Poppler::Page &page, const Poppler::Annotation &annotation)
{
    Found f;
    const QSizeF size = page.pageSizeF();
    const QColor colour = annotation.style().color();
    f.color = colour.isValid() ? colour.name() : QStringLiteral("#ffd400");
    f.comment = annotation.contents().trimmed();
    if (annotation.subType() == Poppler::Annotation::AHighlight) {
        QStringList pieces;
        for (const auto &quad : static_cast<const Poppler::HighlightAnnotation &>(annotation).highlightQuads()) {
            double left = quad.points[0].x(), right = left, top = quad.points[0].y(), bottom = top;
            for (const QPointF &p : quad.points) {
                left = std::min(left, p.x()), right = std::max(right, p.x());
                top = std::min(top, p.y()), bottom = std::max(bottom, p.y());
            }
            const QRectF points = toPoints(QRectF(QPointF(left, top), QPointF(right, bottom)), size);
            f.rects.append(points);
            pieces.append(page.text(points));
        }
        f.text = core::normalizeExtractedText(pieces.join(QLatin1Char(' '))).simplified();
    }
    if (f.rects.isEmpty())
        f.rects.append(toPoints(annotation.boundary().normalized(), size));
    return f;
}

void store(core::Repository &repo, const core::Attachment &attachment, int page, const Found &f)
{
    if (!f.text.isEmpty()) {
        core::QuoteRequest request;
        request.attachmentId = attachment.id;
        request.page = page;
        request.rects = f.rects;
        request.text = f.text;
        request.color = f.color;
        request.comment = f.comment;
        request.origin = QStringLiteral("pdf");
        (void)core::addQuote(repo, request);
        return;
    }
    core::Annotation a;
    a.attachmentId = attachment.id;
    a.page = page;
    QJsonArray rects;
    for (const QRectF &r : f.rects)
        rects.append(QJsonArray { r.x(), r.y(), r.width(), r.height() });
    a.rects = QJsonDocument(rects).toJson(QJsonDocument::Compact);
    a.color = f.color;
    a.comment = f.comment;
    a.origin = QStringLiteral("pdf");
    core::Transaction tx(repo.database());
    core::addAnnotation(repo.database(), a);
    tx.commit();
}

} // namespace

PdfAnnotationImport importPdfAnnotations(core::Repository &repo, const core::Attachment &attachment)
{
    const QString path = core::attachmentFilePath(repo.database(), attachment);
    if (!core::attachmentPresent(repo.database(), attachment))
        throw core::Error(core::ErrorCode::NotFound, tr("The PDF %1 is not there (or has changed).").arg(path));
    const auto pdf = Poppler::Document::load(path);
    if (!pdf || pdf->isLocked())
        throw core::Error(core::ErrorCode::InvalidData, tr("%1 cannot be opened as a PDF.").arg(path));
    QSet<QString> known;
    for (const core::Annotation &a : core::annotationsOf(repo.database(), attachment.id))
        if (a.origin == QLatin1String("pdf"))
            known.insert(storedKey(a));
    PdfAnnotationImport result;
    for (int i = 0; i < pdf->numPages(); ++i) {
        const auto page = pdf->page(i);
        if (!page)
            continue;
        for (const auto &annotation : page->annotations({ Poppler::Annotation::AHighlight, Poppler::Annotation::AText })) {
            const Found f = readAnnotation(*page, *annotation);
            const QString key = rectsKey(i + 1, f.rects);
            if (known.contains(key)) {
                ++result.present;
                continue;
            }
            store(repo, attachment, i + 1, f);
            known.insert(key);
            ++result.added;
        }
    }
    return result;
}

} // namespace plenum::reader
