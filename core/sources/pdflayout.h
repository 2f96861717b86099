#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace plenum::core {

/// One word as the PDF library found it on a page (points, origin at the top left).
struct PdfWord {
    QString text;
    QRectF box;
    double size = 0; ///< font size
    bool bold = false;
    bool spaceAfter = false;
};

/// A paragraph, heading or caption in reading order, with the page it starts on (1-based).
struct PdfBlock {
    int page = 0;
    QString text;
    double size = 0;
    bool bold = false;
};

/// A footnote kept apart from the body, with its page.
struct PdfFootnote {
    int page = 0;
    QString text;
};

/// What the layout analysis made of a document's pages.
struct PdfLayoutResult {
    QList<PdfBlock> blocks;
    QList<PdfFootnote> footnotes;
    int removedLines = 0; ///< running headers, footers and page numbers taken out
};

/// Puts the words of each page into lines and reading order (one or two columns, with full-width
/// bands such as a title block between them), then across all pages removes running headers,
/// footers and page numbers, keeps footnotes apart and joins lines into paragraphs: also across a
/// column or page break when the sentence goes on. Holds lines, not words, between pages.
class PdfLayout {
public:
    /// Adds page NUMBER (1-based) of WIDTH × HEIGHT points with its words in any order.
    void addPage(int number, double width, double height, QList<PdfWord> words);
    /// The blocks and footnotes of all pages added so far.
    [[nodiscard]] PdfLayoutResult finish() const;

    struct Line {
        QString text;
        QRectF box;
        double size = 0;
        bool bold = false;
        int column = 0; ///< 0 left (or the only column), 1 right, 2 across both columns
        int zone = 0; ///< -1 top margin, 0 body, 2 footnotes (small print below the body), 1 bottom margin
        double firstWord = 0; ///< width of the first word: would it have fitted on the line before?
    };
    struct Page {
        int number = 0;
        double width = 0;
        double height = 0;
        QList<Line> lines; ///< in reading order
    };

private:
    QList<Page> m_pages;
};

} // namespace plenum::core
