#pragma once

#include "facade/quotes.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QTreeWidget;
class QAction;
class QToolBar;

namespace Poppler {
class Document;
}

namespace plenum::core {
class Error;
class Repository;
} // namespace plenum::core

namespace plenum::reader {

class PageView;

/// The reader of a document's PDF attachment: one page at a time with zoom, go to page, find
/// (Chinese too), the PDF's outline (or a page list), and "Quote": the selected passage becomes
/// a linked statement of the document with its page, shown as a highlight that is stored in the
/// knowledge base and so survives restarts. Keyboard: PgUp/PgDn, Ctrl+F, F3, Ctrl++/Ctrl+-,
/// Ctrl+G (go to page), Ctrl+Shift+H (highlight colour), Ctrl+Shift+Q (quote,
/// with the comment typed beside it).
class ReaderPane final : public QWidget {
    Q_OBJECT
public:
    explicit ReaderPane(core::Repository &repo, QWidget *parent = nullptr);
    ~ReaderPane() override;

    /// Called with what failed and the error when an action of the pane fails (a Quote, a file).
    void setErrorHandler(std::function<void(const QString &what, const core::Error &error)> handler);
    /// Opens the first PDF attachment of DOCUMENT_ID at PAGE; throws core::Error (NotFound) when the
    /// document has no attachment or its file is gone, naming the file.
    void openDocument(const QString &documentId, int page = 1);
    void goToPage(int page);
    [[nodiscard]] int currentPage() const { return m_page; }
    [[nodiscard]] int pageCount() const;
    /// Pixels per point × 72 / 96: 1.0 is "100 %".
    void setZoom(double zoom);
    /// Finds TEXT after the current hit (case-insensitive), going on to the next pages; true when found.
    bool find(const QString &text);
    /// Selects the area of the current page given in points.
    void selectArea(const QRectF &points);
    /// The current find hit on its page (points); null before a find.
    [[nodiscard]] QRectF findHit() const { return m_hit; }
    /// The text under the selection, as the PDF gives it.
    [[nodiscard]] QString selectedText() const;
    /// Quotes the selection (see core::addQuote); returns the new statement's id.
    QString quoteSelection(const QString &comment = {});
    /// The colour the next quote is highlighted in: one of core::highlightColours() (yellow at first).
    void setHighlightColour(const QString &color);
    [[nodiscard]] QString highlightColour() const;
    /// Reads the open PDF's own annotations into the knowledge base (see reader::importPdfAnnotations)
    /// and shows them; returns how many were new.
    int importPdfAnnotations();
    /// The highlights stored for the open attachment.
    [[nodiscard]] QList<core::Annotation> annotations() const;

signals:
    void quoted(const QString &statementId);

private:
    void buildUi();
    void buildQuoteTools(QToolBar *bar);
    void render();
    void loadOutline();
    void report(const QString &what, const core::Error &error);

    core::Repository &m_repo;
    std::unique_ptr<Poppler::Document> m_pdf;
    core::Attachment m_attachment;
    int m_page = 1;
    double m_zoom = 1.0;
    QRectF m_hit;
    int m_hitPage = 0;
    std::function<void(const QString &, const core::Error &)> m_onError;
    PageView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageCount = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QTreeWidget *m_outline = nullptr;
    QAction *m_quote = nullptr;
    QComboBox *m_colourBox = nullptr;
    QLineEdit *m_commentEdit = nullptr;
};

} // namespace plenum::reader
