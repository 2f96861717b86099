#include "pdffixture.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

namespace plenum::test {

namespace {

constexpr double kPageWidth = 595;
constexpr double kMargin = 50;
constexpr double kGutter = 22;
constexpr double kTop = 60;
constexpr double kFootnoteZone = 60; // above the page number, below the body

// Lays the blocks out line by line into columns and pages.
class FixtureWriter {
public:
    FixtureWriter(const QString &path, const PdfFixtureOptions &o)
        : m_writer(path)
        , m_o(o)
    {
        m_writer.setPageSize(QPageSize(QSizeF(kPageWidth, o.pageHeight), QPageSize::Point));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setResolution(72);
        m_writer.setCreator(QStringLiteral("Plenum test fixture"));
        m_writer.setTitle(o.title);
        m_painter.begin(&m_writer);
        startPage();
    }
    ~FixtureWriter() { m_painter.end(); }

    void add(const PdfFixtureBlock &b, PdfFixtureLayout &layout);
    int pages() const { return m_page; }

private:
    QFont fontFor(PdfFixtureBlock::Kind kind) const;
    void startPage();
    void nextColumn();
    void drawLine(const QString &lineText, const QFont &font, QPointF baseline);
    double bodyBottom() const { return m_o.pageHeight - 50 - kFootnoteZone; }
    double columnWidth() const { return (kPageWidth - 2 * kMargin - (m_o.columns - 1) * kGutter) / m_o.columns; }

    QPdfWriter m_writer;
    QPainter m_painter;
    PdfFixtureOptions m_o;
    int m_page = 0;
    int m_column = 0;
    double m_y = kTop;
    double m_bandTop = kTop; // where the columns start on this page
    double m_footY = 0;
    bool m_inBody = false;
};

QFont FixtureWriter::fontFor(PdfFixtureBlock::Kind kind) const
{
    QFont f(m_o.family);
    using K = PdfFixtureBlock::Kind;
    f.setPointSizeF(kind == K::Title ? 18
            : kind == K::Heading     ? m_o.bodySize + 2
            : kind == K::Footnote    ? 7
                                     : m_o.bodySize);
    f.setBold(kind == K::Title || kind == K::Heading);
    return f;
}

void FixtureWriter::startPage()
{
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    m_column = 0;
    m_y = m_bandTop = kTop;
    m_footY = bodyBottom() + 18;
    QFont small(m_o.family);
    small.setPointSizeF(8);
    if (!m_o.runningHeader.isEmpty())
        drawLine(m_o.runningHeader, small, QPointF(kMargin, 35));
    if (m_o.pageNumbers) {
        const QString number = QStringLiteral("- %1 -").arg(m_page);
        drawLine(number, small, QPointF(kPageWidth / 2 - 10, m_o.pageHeight - 30));
    }
}

void FixtureWriter::nextColumn()
{
    if (++m_column >= m_o.columns)
        startPage();
    else
        m_y = m_bandTop;
}

void FixtureWriter::drawLine(const QString &lineText, const QFont &font, QPointF baseline)
{
    // A soft hyphen where the line breaks is printed, elsewhere it is invisible.
    QString text = lineText;
    if (text.endsWith(QChar(0x00AD)))
        text.back() = QLatin1Char('-');
    text.remove(QChar(0x00AD));
    if (m_o.textLayer) {
        m_painter.setFont(font);
        m_painter.drawText(baseline, text);
        return;
    }
    QPainterPath path;
    path.addText(baseline, font, text);
    m_painter.fillPath(path, Qt::black);
}

void FixtureWriter::add(const PdfFixtureBlock &b, PdfFixtureLayout &layout)
{
    using K = PdfFixtureBlock::Kind;
    const QFont font = fontFor(b.kind);
    const bool across = b.kind == K::Title || b.kind == K::FrontMatter || b.kind == K::Footnote;
    if (!across && !m_inBody) {
        m_inBody = true;
        m_bandTop = m_y;
    }
    const double width = across ? kPageWidth - 2 * kMargin : columnWidth();
    QTextLayout tl(b.text, font, &m_writer);
    tl.beginLayout();
    QList<QTextLine> lines;
    const double indent = b.kind == K::Paragraph ? m_o.firstLineIndent * font.pointSizeF() : 0;
    for (QTextLine line = tl.createLine(); line.isValid(); line = tl.createLine()) {
        line.setLineWidth(lines.isEmpty() ? width - indent : width);
        lines.append(line);
    }
    tl.endLayout();
    const QFontMetricsF fm(font, &m_writer);
    const double leading = fm.height() * 1.15;
    if (b.kind == K::Footnote) {
        layout.pageOfBlock.append(m_page);
        for (const QTextLine &line : lines) {
            drawLine(b.text.mid(line.textStart(), line.textLength()).trimmed(), font, QPointF(kMargin, m_footY));
            m_footY += leading;
        }
        return;
    }
    if (b.kind == K::Heading && m_y > m_bandTop)
        m_y += leading * 0.8;
    int firstPage = 0;
    for (const QTextLine &line : lines) {
        if (!across && m_y + leading > bodyBottom())
            nextColumn();
        if (firstPage == 0)
            firstPage = m_page;
        const double x = kMargin + (across ? 0 : m_column * (columnWidth() + kGutter))
            + (firstPage == m_page && &line == &lines.first() ? indent : 0);
        drawLine(b.text.mid(line.textStart(), line.textLength()).trimmed(), font, QPointF(x, m_y + fm.ascent()));
        m_y += leading;
    }
    m_y += b.kind == K::Heading ? leading * 0.2 : leading * 0.7;
    layout.pageOfBlock.append(firstPage);
}

} // namespace

PdfFixtureLayout writePdfFixture(
    const QString &path, const QList<PdfFixtureBlock> &blocks, const PdfFixtureOptions &options)
{
    PdfFixtureLayout layout;
    FixtureWriter writer(path, options);
    for (const PdfFixtureBlock &b : blocks)
        writer.add(b, layout);
    layout.pages = writer.pages();
    return layout;
}

} // namespace plenum::test
