#include "facade/quotes.h"

#include "linking/linker.h"
#include "model/error.h"
#include "sources/extractedtext.h"
#include "storage/itemids.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core {

std::optional<Attachment> attachmentById(Repository &repo, std::int64_t id)
{
    auto q = repo.database().prepare("SELECT item_id FROM attachments WHERE id = ?1");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    for (const Attachment &a : attachmentsOf(repo.database(), q.text(0)))
        if (a.id == id)
            return a;
    return std::nullopt;
}

QuoteResult addQuote(Repository &repo, const QuoteRequest &request)
{
    const QString text = normalizeExtractedText(request.text).simplified();
    if (text.isEmpty())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("The selection on page %1 holds no text to quote.").arg(request.page));
    const auto attachment = attachmentById(repo, request.attachmentId);
    if (!attachment)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("Attachment %1 is not in this knowledge base.").arg(request.attachmentId));
    Transaction tx(repo.database());
    QSet<QString> reserved;
    const QString stem
        = attachment->itemId.startsWith(QLatin1String("doc-")) ? attachment->itemId.mid(4) : attachment->itemId;
    Item st;
    st.type = ItemType::Statement;
    st.id = uniqueId(repo, QStringLiteral("st-%1-p%2").arg(stem).arg(request.page), reserved);
    st.sources = { request.origin == QLatin1String("pdf")
            ? QStringLiteral("Highlighted in %1 (the PDF's own annotation)").arg(attachment->fileName)
            : QStringLiteral("Quoted in the reader from %1").arg(attachment->fileName) };
    const auto [han, latin, other] = scripts::countScripts(text);
    st.fields = { { QStringLiteral("text"), text },
        { QStringLiteral("language"), han > 0 && han * 3 >= latin + other ? "zh" : "en" },
        { QStringLiteral("kind"), QStringLiteral("quote") }, { QStringLiteral("document"), attachment->itemId },
        { QStringLiteral("locator"), QStringLiteral("p. %1").arg(request.page) } };
    repo.createItem(st);
    Annotation a;
    a.attachmentId = attachment->id;
    a.statementId = st.id;
    a.page = request.page;
    QJsonArray rects;
    for (const QRectF &r : request.rects)
        rects.append(QJsonArray { r.x(), r.y(), r.width(), r.height() });
    a.rects = QJsonDocument(rects).toJson(QJsonDocument::Compact);
    a.color = request.color;
    a.text = text;
    a.comment = request.comment;
    a.origin = request.origin;
    const std::int64_t annotationId = addAnnotation(repo.database(), a);
    Linker(repo).linkItem(st.id);
    tx.commit();
    return { st.id, annotationId };
}

} // namespace plenum::core
