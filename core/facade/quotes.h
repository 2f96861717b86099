#pragma once

#include "storage/attachments.h"

#include <QList>
#include <QRectF>

namespace plenum::core {

class Repository;

/// A passage chosen in the reader: the text it covers on one page of an attachment.
struct QuoteRequest {
    std::int64_t attachmentId = 0;
    int page = 1; ///< 1-based
    QList<QRectF> rects; ///< in points, origin at the page's top left
    QString text; ///< exactly as the reader selected it
    QString color = QStringLiteral("#ffd400");
    QString comment;
    QString origin = QStringLiteral("reader"); ///< "pdf" when it comes from the PDF's own annotations
};

struct QuoteResult {
    QString statementId;
    std::int64_t annotationId = 0;
};

/// Makes the passage a statement (kind quote, the attachment's document, locator "p. N") and a
/// highlight annotation (colour, comment, boxes) pointing at it, then runs the linker over the
/// statement, all in one transaction. Throws InvalidData when the text is empty or the attachment
/// is unknown, naming what was wrong; nothing is written then.
QuoteResult addQuote(Repository &repo, const QuoteRequest &request);

/// The attachment with ID, or nullopt.
std::optional<Attachment> attachmentById(Repository &repo, std::int64_t id);

} // namespace plenum::core
