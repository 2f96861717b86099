#include "sources/pdfreader.h"

#include "model/error.h"
#include "sources/extractedtext.h"

#include <QDateTime>
#include <QDir>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

namespace plenum::core {

namespace {

QString fromPoppler(const poppler::ustring &s)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(s.data()), static_cast<qsizetype>(s.size())).trimmed();
}

// poppler reports damage through one global callback; an import collects what it says.
void collectPopplerMessage(const std::string &message, void *closure)
{
    auto *messages = static_cast<QStringList *>(closure);
    if (messages && messages->size() < 20)
        messages->append(QString::fromStdString(message));
}

class PopplerMessages {
public:
    PopplerMessages() { poppler::set_debug_error_function(collectPopplerMessage, &m_messages); }
    ~PopplerMessages() { poppler::set_debug_error_function(collectPopplerMessage, nullptr); }
    const QStringList &messages() const { return m_messages; }

private:
    QStringList m_messages;
};

QList<PdfWord> pageWords(const poppler::page &page)
{
    QList<PdfWord> words;
    for (const poppler::text_box &box : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::rectf r = box.bbox();
        const QString font = QString::fromStdString(box.get_font_name());
        words.append({ fromPoppler(box.text()), QRectF(r.x(), r.y(), r.width(), r.height()), box.get_font_size(),
            font.contains(QLatin1String("Bold"), Qt::CaseInsensitive), box.has_space_after() });
    }
    return words;
}

void readInfo(const poppler::document &doc, PdfText &out)
{
    out.title = fromPoppler(doc.get_title());
    out.author = fromPoppler(doc.info_key("Author"));
    out.subject = fromPoppler(doc.info_key("Subject"));
    out.keywords = fromPoppler(doc.info_key("Keywords"));
    const time_t created = doc.info_date_t("CreationDate");
    if (created > 0)
        out.date = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).date().toString(Qt::ISODate);
}

std::unique_ptr<poppler::document> openDocument(const QByteArray &data, const QString &shown)
{
    if (!looksLikePdf(data))
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("%1 is not a PDF (it does not start with %PDF-).").arg(shown));
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data.constData(), static_cast<int>(data.size())));
    if (!doc)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 is damaged: the PDF library could not find its pages. Nothing was imported.")
                .arg(shown));
    if (doc->is_locked())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 is encrypted with a password; Plenum cannot read it. Open it in a PDF reader, save an "
                           "unprotected copy and import that. Nothing was imported.")
                .arg(shown));
    if (doc->pages() <= 0)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 has no pages that can be read. Nothing was imported.").arg(shown));
    return doc;
}

} // namespace

bool looksLikePdf(const QByteArray &data)
{
    const qsizetype at = data.left(1024).indexOf("%PDF-");
    return at >= 0;
}

PdfText readPdf(const QByteArray &data, const QString &fileName, const Progress &progress)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    PopplerMessages messages;
    const std::unique_ptr<poppler::document> doc = openDocument(data, shown);
    PdfText out;
    out.file = fileName;
    out.pages = doc->pages();
    readInfo(*doc, out);
    if (!data.right(1024).contains("%%EOF"))
        out.problems.append(QStringLiteral("the file ends early (truncated?): only what was there was read"));
    PdfLayout layout;
    qsizetype characters = 0;
    for (int i = 0; i < out.pages; ++i) {
        reportProgress(progress, i, out.pages, "PDF reading");
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) {
            out.problems.append(QStringLiteral("page %1 could not be read").arg(i + 1));
            continue;
        }
        QList<PdfWord> words = pageWords(*page);
        int unreadable = 0;
        for (const PdfWord &w : words) {
            characters += w.text.size();
            unreadable += unreadableCharacters(w.text);
        }
        if (unreadable > 0)
            out.problems.append(
                QStringLiteral("page %1: %2 characters in a font without a Unicode mapping were left out")
                    .arg(i + 1)
                    .arg(unreadable));
        const poppler::rectf r = page->page_rect();
        layout.addPage(i + 1, r.width(), r.height(), std::move(words));
    }
    reportProgress(progress, out.pages, out.pages, "PDF reading");
    out.textLayer = characters > 0;
    out.layout = layout.finish();
    for (const QString &m : messages.messages())
        out.problems.append(QStringLiteral("PDF library: %1").arg(m));
    return out;
}

} // namespace plenum::core
