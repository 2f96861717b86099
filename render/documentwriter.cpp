#include "render/documentwriter.h"

#include "model/error.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace plenum::render {

void writeDocument(const QString &html, const QString &path, const QString &format)
{
    using core::Error;
    using core::ErrorCode;
    QTextDocument doc;
    doc.setHtml(html);
    if (format == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Plenum"));
        doc.print(&writer);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
            throw Error(
                ErrorCode::FileError, QStringLiteral("Cannot write %1: the PDF could not be created.").arg(path));
        return;
    }
    if (format == QLatin1String("odt")) {
        QTextDocumentWriter writer(path, "odf");
        if (!writer.write(&doc))
            throw Error(ErrorCode::FileError,
                QStringLiteral("Cannot write %1: %2.")
                    .arg(path, writer.device() ? writer.device()->errorString() : QStringLiteral("ODF writer failed")));
        return;
    }
    throw Error(ErrorCode::Usage, QStringLiteral("Cannot write %1 as \"%2\": use pdf or odt.").arg(path, format));
}

} // namespace plenum::render
