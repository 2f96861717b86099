#include "reader/readerpane.h"

#include "model/error.h"
#include "reader/pageview.h"
#include "reader/pdfannotations.h"
#include "sources/extractedtext.h"
#include "storage/repository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace plenum::reader {

namespace {

constexpr double kScreenDpi = 96;

QList<QRectF> rectsOf(const QByteArray &json)
{
    QList<QRectF> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonArray r = v.toArray();
        out.append(QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble()));
    }
    return out;
}

} // namespace

ReaderPane::ReaderPane(core::Repository &repo, QWidget *parent)
    : QWidget(parent)
    , m_repo(repo)
{
    buildUi();
}

ReaderPane::~ReaderPane() = default;

void ReaderPane::setErrorHandler(std::function<void(const QString &, const core::Error &)> handler)
{
    m_onError = std::move(handler);
}

void ReaderPane::report(const QString &what, const core::Error &error)
{
    if (m_onError)
        m_onError(what, error);
}

void ReaderPane::buildUi()
{
    auto *bar = new QToolBar(this);
    auto *prev = bar->addAction(tr("Previous page"), this, [this] { goToPage(m_page - 1); });
    prev->setShortcut(QKeySequence::MoveToPreviousPage);
    auto *next = bar->addAction(tr("Next page"), this, [this] { goToPage(m_page + 1); });
    next->setShortcut(QKeySequence::MoveToNextPage);
    m_pageBox = new QSpinBox(bar);
    m_pageBox->setAccessibleName(tr("Page"));
    m_pageBox->setMinimum(1);
    bar->addWidget(m_pageBox);
    m_pageCount = new QLabel(bar);
    // Wide enough for any count: a label in a tool bar keeps the width it had when it was added.
    m_pageCount->setMinimumWidth(m_pageCount->fontMetrics().horizontalAdvance(tr("of %1").arg(99999)) + 8);
    bar->addWidget(m_pageCount);
    connect(m_pageBox, &QSpinBox::editingFinished, this, [this] { goToPage(m_pageBox->value()); });
    auto *goTo = new QAction(tr("Go to page"), this);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goTo, &QAction::triggered, this, [this] { m_pageBox->setFocus(), m_pageBox->selectAll(); });
    addAction(goTo);
    m_zoomBox = new QComboBox(bar);
    m_zoomBox->setAccessibleName(tr("Zoom"));
    for (const int percent : { 50, 75, 100, 125, 150, 200, 300 })
        m_zoomBox->addItem(QStringLiteral("%1 %").arg(percent), percent / 100.0);
    m_zoomBox->setCurrentIndex(2);
    connect(m_zoomBox, &QComboBox::activated, this, [this](int i) { setZoom(m_zoomBox->itemData(i).toDouble()); });
    bar->addWidget(m_zoomBox);
    auto *zoomIn = bar->addAction(tr("Zoom in"), this, [this] { setZoom(m_zoom * 1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    auto *zoomOut = bar->addAction(tr("Zoom out"), this, [this] { setZoom(m_zoom / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_findEdit = new QLineEdit(bar);
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findEdit->setAccessibleName(tr("Find in document"));
    m_findEdit->setClearButtonEnabled(true);
    bar->addWidget(m_findEdit);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    auto *findNext = bar->addAction(tr("Find next"), this, [this] { find(m_findEdit->text()); });
    findNext->setShortcut(QKeySequence::FindNext);
    auto *focusFind = new QAction(tr("Find"), this);
    focusFind->setShortcut(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this] { m_findEdit->setFocus(), m_findEdit->selectAll(); });
    addAction(focusFind);
    buildQuoteTools(bar);

    m_view = new PageView;
    connect(m_view, &PageView::selectionMade, this, [this] { m_quote->setEnabled(!selectedText().isEmpty()); });
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_outline = new QTreeWidget;
    m_outline->setHeaderLabel(tr("Contents"));
    connect(m_outline, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { goToPage(item->data(0, Qt::UserRole).toInt()); });
    auto *split = new QSplitter;
    split->addWidget(m_outline);
    split->addWidget(m_scroll);
    split->setStretchFactor(1, 1);
    split->setSizes({ 180, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
}

// The colour and comment a Quote takes, the Quote itself, and the import of the PDF's annotations.
void ReaderPane::buildQuoteTools(QToolBar *bar)
{
    m_colourBox = new QComboBox;
    m_colourBox->setAccessibleName(tr("Highlight colour"));
    m_colourBox->setToolTip(tr("The colour of the next quote's highlight (Ctrl+Shift+H)"));
    for (const core::HighlightColour &c : core::highlightColours()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(QLatin1String(c.hex)));
        m_colourBox->addItem(QIcon(swatch), tr(c.name), QString::fromLatin1(c.hex));
    }
    bar->addWidget(m_colourBox);
    auto *focusColour = new QAction(tr("Highlight colour"), this);
    focusColour->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(focusColour, &QAction::triggered, this, [this] { m_colourBox->setFocus(), m_colourBox->showPopup(); });
    addAction(focusColour);
    m_commentEdit = new QLineEdit;
    m_commentEdit->setPlaceholderText(tr("Comment on the quote"));
    m_commentEdit->setAccessibleName(tr("Comment on the quote"));
    m_commentEdit->setMaximumWidth(220);
    bar->addWidget(m_commentEdit);
    m_quote = bar->addAction(tr("Quote"), this, [this] {
        try {
            quoteSelection(m_commentEdit->text().trimmed());
            m_commentEdit->clear();
        } catch (const core::Error &e) {
            report(tr("Cannot quote the selection"), e);
        }
    });
    m_quote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_quote->setToolTip(tr("Make the selected passage a statement of this document, with its page"));
    m_quote->setEnabled(false);
    connect(m_commentEdit, &QLineEdit::returnPressed, m_quote, &QAction::trigger);
    auto *importAnnotations = bar->addAction(tr("Import the PDF's annotations"), this, [this] {
        try {
            importPdfAnnotations();
        } catch (const core::Error &e) {
            report(tr("Cannot import the PDF's annotations"), e);
        }
    });
    importAnnotations->setToolTip(tr(
        "Bring in the highlights and notes made on this PDF in Okular, Zotero or Acrobat; each highlight becomes a quote"));
}

void ReaderPane::openDocument(const QString &documentId, int page)
{
    const auto list = core::attachmentsOf(m_repo.database(), documentId);
    if (list.isEmpty())
        throw core::Error(core::ErrorCode::NotFound, tr("%1 has no PDF attached.").arg(documentId));
    m_attachment = list.first();
    const QString path = core::attachmentFilePath(m_repo.database(), m_attachment);
    if (!core::attachmentPresent(m_repo.database(), m_attachment))
        throw core::Error(core::ErrorCode::NotFound,
            tr("The PDF of %1 is missing: %2 is not there (or has changed).").arg(documentId, path));
    m_pdf = Poppler::Document::load(path);
    if (!m_pdf || m_pdf->isLocked())
        throw core::Error(core::ErrorCode::InvalidData, tr("%1 cannot be opened as a PDF.").arg(path));
    m_pdf->setRenderHint(Poppler::Document::Antialiasing);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    m_pageBox->setMaximum(pageCount());
    m_pageCount->setText(tr("of %1").arg(pageCount()));
    loadOutline();
    goToPage(page);
}

int ReaderPane::pageCount() const
{
    return m_pdf ? m_pdf->numPages() : 0;
}

void ReaderPane::loadOutline()
{
    m_outline->clear();
    std::function<void(const QList<Poppler::OutlineItem> &, QTreeWidgetItem *)> add
        = [&](const QList<Poppler::OutlineItem> &items, QTreeWidgetItem *parent) {
              for (const Poppler::OutlineItem &o : items) {
                  auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_outline);
                  item->setText(0, o.name());
                  item->setData(0, Qt::UserRole, o.destination() ? o.destination()->pageNumber() : 1);
                  add(o.children(), item);
              }
          };
    add(m_pdf->outline(), nullptr);
    if (m_outline->topLevelItemCount() == 0) // no outline: a list of pages to jump to
        for (int i = 1; i <= pageCount(); ++i) {
            auto *item = new QTreeWidgetItem(m_outline, { tr("Page %1").arg(i) });
            item->setData(0, Qt::UserRole, i);
        }
}

void ReaderPane::goToPage(int page)
{
    if (!m_pdf)
        return;
    m_page = std::clamp(page, 1, pageCount());
    m_pageBox->setValue(m_page);
    m_view->setSelection({});
    m_quote->setEnabled(false);
    render();
}

void ReaderPane::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    render();
}

void ReaderPane::render()
{
    if (!m_pdf)
        return;
    const std::unique_ptr<Poppler::Page> page(m_pdf->page(m_page - 1));
    if (!page)
        return;
    const double dpi = kScreenDpi * m_zoom;
    m_view->setPage(page->renderToImage(dpi, dpi), dpi / 72.0);
    QList<PageView::Highlight> highlights;
    for (const core::Annotation &a : annotations())
        if (a.page == m_page)
            for (const QRectF &r : rectsOf(a.rects))
                highlights.append({ r, QColor(a.color) });
    m_view->setHighlights(highlights);
    m_view->setFindHit(m_hitPage == m_page ? m_hit : QRectF());
}

bool ReaderPane::find(const QString &text)
{
    if (!m_pdf || text.trimmed().isEmpty())
        return false;
    for (int i = 0; i <= pageCount(); ++i) {
        const int pageNo = (m_page - 1 + i) % pageCount() + 1;
        const std::unique_ptr<Poppler::Page> page(m_pdf->page(pageNo - 1));
        const QList<QRectF> hits = page ? page->search(text, Poppler::Page::IgnoreCase) : QList<QRectF>();
        for (const QRectF &hit : hits) {
            const bool after = pageNo != m_hitPage || i > 0 || hit.top() > m_hit.top() + 0.1
                || (qAbs(hit.top() - m_hit.top()) <= 0.1 && hit.left() > m_hit.left() + 0.1);
            if (after || m_hitPage == 0) {
                m_hit = hit;
                m_hitPage = pageNo;
                goToPage(pageNo);
                m_scroll->ensureVisible(int(hit.center().x() * kScreenDpi * m_zoom / 72),
                    int(hit.center().y() * kScreenDpi * m_zoom / 72));
                return true;
            }
        }
    }
    return false;
}

void ReaderPane::selectArea(const QRectF &points)
{
    m_view->setSelection(points);
    m_quote->setEnabled(!selectedText().isEmpty());
}

QString ReaderPane::selectedText() const
{
    if (!m_pdf || m_view->selection().isNull())
        return {};
    const std::unique_ptr<Poppler::Page> page(m_pdf->page(m_page - 1));
    // Broken CJK fonts give radicals for ideographs (⼗ for 十): the same repair as the import.
    return page ? core::normalizeExtractedText(page->text(m_view->selection())).simplified() : QString();
}

QString ReaderPane::quoteSelection(const QString &comment)
{
    core::QuoteRequest request;
    request.attachmentId = m_attachment.id;
    request.page = m_page;
    request.rects = { m_view->selection() };
    request.text = selectedText();
    request.comment = comment;
    request.color = m_colourBox->currentData().toString();
    const core::QuoteResult result = core::addQuote(m_repo, request);
    m_view->setSelection({});
    m_quote->setEnabled(false);
    render();
    emit quoted(result.statementId);
    return result.statementId;
}

int ReaderPane::importPdfAnnotations()
{
    if (m_attachment.id <= 0)
        return 0;
    const int added = reader::importPdfAnnotations(m_repo, m_attachment).added;
    render();
    return added;
}

void ReaderPane::setHighlightColour(const QString &color)
{
    const int i = m_colourBox->findData(color);
    if (i >= 0)
        m_colourBox->setCurrentIndex(i);
}

QString ReaderPane::highlightColour() const
{
    return m_colourBox->currentData().toString();
}

QList<core::Annotation> ReaderPane::annotations() const
{
    return m_attachment.id > 0 ? core::annotationsOf(m_repo.database(), m_attachment.id) : QList<core::Annotation>();
}

} // namespace plenum::reader
