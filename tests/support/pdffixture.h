#pragma once

#include <QList>
#include <QString>

namespace plenum::test {

/// One block of a generated PDF: a line or paragraph the fixture lays out.
struct PdfFixtureBlock {
    enum class Kind { Title, FrontMatter, Heading, Paragraph, Footnote };
    Kind kind = Kind::Paragraph;
    QString text;
};

struct PdfFixtureOptions {
    int columns = 1;
    QString runningHeader; ///< printed at the top of every page
    bool pageNumbers = true; ///< "- n -" at the bottom of every page
    bool textLayer = true; ///< false: the glyphs are drawn as paths (a scanned page has no text either)
    QString family = QStringLiteral("Noto Serif CJK SC");
    double bodySize = 10; ///< points
    double pageHeight = 842; ///< points (A4 by default)
    QString title; ///< the document information's title
    double firstLineIndent = 0; ///< in em, as Chinese text sets its paragraphs
};

/// Where the fixture put each block: the 1-based page its first line is on.
struct PdfFixtureLayout {
    QList<int> pageOfBlock;
    int pages = 0;
};

/// Writes BLOCKS as a PDF at PATH with QPdfWriter: the title and front matter across the page,
/// then the body in OPTIONS.columns columns, lines broken by Qt, paragraphs split across columns
/// and pages where they fall, footnotes at the foot of the page where they appear.
PdfFixtureLayout writePdfFixture(
    const QString &path, const QList<PdfFixtureBlock> &blocks, const PdfFixtureOptions &options = {});

} // namespace plenum::test
