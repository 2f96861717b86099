#include "sources/pdflayout.h"

#include "sources/extractedtext.h"
#include "text/scripts.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace plenum::core {

namespace {

using Line = PdfLayout::Line;
using Page = PdfLayout::Page;

bool cjkBetween(const QString &a, const QString &b)
{
    return scripts::isCjk(scripts::lastCodePoint(a)) && scripts::isCjk(scripts::firstCodePoint(b));
}

// Words whose vertical centres agree form a row; a row splits into lines at gaps wider than
// 1.5 em (a column gutter), so two columns with level baselines stay apart.
QList<Line> groupLines(QList<PdfWord> words)
{
    std::stable_sort(words.begin(), words.end(),
        [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<PdfWord>> rows;
    for (const PdfWord &w : words) {
        if (w.text.trimmed().isEmpty())
            continue;
        if (rows.isEmpty()
            || std::abs(w.box.center().y() - rows.last().first().box.center().y())
                > 0.4 * std::min(w.box.height(), rows.last().first().box.height()))
            rows.append(QList<PdfWord> {});
        rows.last().append(w);
    }
    QList<Line> lines;
    for (QList<PdfWord> &row : rows) {
        std::stable_sort(
            row.begin(), row.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        const PdfWord *prev = nullptr;
        for (const PdfWord &w : row) {
            const double gap = prev ? w.box.left() - prev->box.right() : 0;
            if (!prev || gap > 1.5 * std::max(w.size, 1.0)) {
                lines.append({ w.text, w.box, w.size, w.bold });
                lines.last().firstWord = w.box.width();
            } else {
                Line &l = lines.last();
                const bool space = (prev->spaceAfter || gap > 0.2 * w.size) && !cjkBetween(l.text, w.text);
                l.text += (space ? QStringLiteral(" ") : QString()) + w.text;
                l.box = l.box.united(w.box);
                l.bold = l.bold && w.bold;
                l.size = std::max(l.size, w.size);
            }
            prev = &w;
        }
    }
    return lines;
}

// Small print below the last line in the page's body size: footnotes (zone 2).
void markFootnotes(QList<Line> &lines)
{
    std::map<int, qsizetype> chars;
    for (const Line &l : lines)
        if (l.zone == 0)
            chars[static_cast<int>(l.size * 2 + 0.5)] += l.text.size();
    if (chars.empty())
        return;
    const double body
        = std::max_element(chars.begin(), chars.end(), [](const auto &a, const auto &b) { return a.second < b.second; })
              ->first
        / 2.0;
    double bodyBottom = 0;
    for (const Line &l : lines)
        if (l.zone == 0 && l.size >= 0.88 * body)
            bodyBottom = std::max(bodyBottom, l.box.bottom());
    for (Line &l : lines)
        if (l.zone == 0 && l.size < 0.88 * body && l.box.top() >= bodyBottom - 1)
            l.zone = 2;
}

// Reading order: top margin, then bands of lines between full-width lines (inside a band the left
// column before the right one), then the bottom margin.
QList<Line> orderLines(QList<Line> lines, double width, double height)
{
    const double mid = width / 2;
    const double slack = width * 0.01;
    int left = 0, right = 0;
    for (Line &l : lines) {
        l.zone = l.box.bottom() < height * 0.075 ? -1 : l.box.top() > height * 0.925 ? 1 : 0;
        l.column = l.box.left() >= mid - slack ? 1 : 0;
        left += l.zone == 0 && l.box.right() <= mid + slack ? 1 : 0;
        right += l.zone == 0 && l.column == 1 ? 1 : 0;
    }
    const bool twoColumns = left >= 3 && right >= 3;
    markFootnotes(lines);
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    QList<Line> top, body, notes, bottom, band, rightColumn;
    auto flushBand = [&] {
        body += band;
        body += rightColumn;
        band.clear();
        rightColumn.clear();
    };
    for (Line &l : lines) {
        const bool spanning = l.box.right() > mid + slack && l.box.left() < mid - slack;
        if (l.zone != 0 || !twoColumns)
            l.column = 0;
        else if (spanning)
            l.column = 2;
        if (l.zone != 0) {
            (l.zone < 0 ? top : l.zone == 2 ? notes : bottom).append(l);
        } else if (!twoColumns) {
            body.append(l);
        } else if (spanning) {
            flushBand();
            body.append(l);
        } else {
            (l.column == 1 ? rightColumn : band).append(l);
        }
    }
    flushBand();
    return top + body + notes + bottom;
}

QString runningKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return QString(text).replace(digits, QStringLiteral("#")).simplified();
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:[-–—·\\s]*\\d{1,4}[-–—·\\s]*|page\\s+\\d+(?:\\s+of\\s+\\d+)?"
                                                      "|第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?|"
                                                      "[ivxlc]{1,6})$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// The font size most characters of the body have.
double bodySize(const QList<Page> &pages)
{
    std::map<int, qsizetype> chars;
    for (const Page &p : pages)
        for (const Line &l : p.lines)
            chars[static_cast<int>(l.size * 2 + 0.5)] += l.text.size();
    int best = 20;
    qsizetype most = -1;
    for (const auto &[size, n] : chars)
        if (n > most) {
            most = n;
            best = size;
        }
    return best / 2.0;
}

} // namespace

void PdfLayout::addPage(int number, double width, double height, QList<PdfWord> words)
{
    for (PdfWord &w : words)
        w.text = normalizeExtractedText(w.text);
    m_pages.append({ number, width, height, orderLines(groupLines(std::move(words)), width, height) });
}

namespace {

bool startsFootnote(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d{1,3}|[*†‡§①-⑳¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\[\\d{1,3}\\]|注\\s*\\d*)"));
    return re.match(text).hasMatch();
}

// Joins the lines of the body into paragraphs, one rule per way a paragraph can end.
class BlockBuilder {
public:
    BlockBuilder(PdfLayoutResult &result, double bodySize, bool indents)
        : m_result(result)
        , m_bodySize(bodySize)
        , m_indents(indents)
    {
    }
    void startPage(const Page &page, const QList<const Line *> &body);
    void add(const Line &line);
    void flush();

private:
    bool continues(const Line &line) const;

    PdfLayoutResult &m_result;
    const double m_bodySize;
    const bool m_indents; // paragraphs start with an indented line (Chinese typesetting)
    int m_page = 0;
    double m_left[3] = { 0, 0, 0 }; // left column, right column, full width
    double m_right[3] = { 0, 0, 0 };
    PdfBlock m_block;
    const Line *m_prev = nullptr;
    int m_prevPage = 0;
    bool m_newPage = false;
};

void BlockBuilder::startPage(const Page &page, const QList<const Line *> &body)
{
    m_page = page.number;
    m_newPage = true;
    // A column's right edge: where nine lines in ten end (a full-width title must not widen it).
    QList<double> rights[3];
    for (int c = 0; c < 3; ++c)
        m_left[c] = page.width;
    for (const Line *l : body) {
        if (l->zone != 0 || std::abs(l->size - m_bodySize) > 0.5)
            continue;
        m_left[l->column] = std::min(m_left[l->column], l->box.left());
        rights[l->column].append(l->box.right());
    }
    for (int c = 0; c < 3; ++c) {
        std::sort(rights[c].begin(), rights[c].end());
        m_right[c] = rights[c].isEmpty() ? page.width : rights[c][(rights[c].size() - 1) * 9 / 10];
    }
}

bool BlockBuilder::continues(const Line &line) const
{
    const Line &prev = *m_prev;
    const bool sameFont = std::abs(line.size - m_block.size) <= 0.12 * m_block.size && line.bold == m_block.bold;
    const bool indented = line.box.left() > m_left[line.column] + 0.8 * line.size;
    const bool newColumn = m_newPage || line.box.top() < prev.box.top() - 1; // the flow went up: next column
    if (!sameFont || (indented && (m_indents || endsSentence(m_block.text))))
        return false;
    // The line before ended early although this line's first word would have fitted after it.
    const bool shortEnd = prev.box.right() + line.firstWord + 0.5 * line.size < m_right[prev.column];
    if (newColumn)
        return !indented && (m_indents || !endsSentence(m_block.text) || !shortEnd);
    const bool gap = line.box.top() - prev.box.bottom() > 0.6 * line.size;
    return !gap && !(shortEnd && endsSentence(prev.text));
}

void BlockBuilder::add(const Line &line)
{
    if (m_prev && !m_block.text.isEmpty() && continues(line)) {
        m_block.text = joinLines(m_block.text, line.text);
    } else {
        flush();
        m_block = { m_page, line.text.trimmed(), line.size, line.bold };
    }
    m_prev = &line;
    m_newPage = false;
}

void BlockBuilder::flush()
{
    if (!m_block.text.isEmpty())
        m_result.blocks.append(m_block);
    m_block = {};
}

// True when the body's paragraphs start with an indented first line: then a line at the column's
// left edge after a page break continues the paragraph even after a full stop.
bool usesFirstLineIndents(const QList<Page> &pages, double size)
{
    int indented = 0;
    for (const Page &p : pages) {
        double left[3] = { p.width, p.width, p.width };
        for (const Line &l : p.lines)
            if (l.zone == 0 && std::abs(l.size - size) < 0.5)
                left[l.column] = std::min(left[l.column], l.box.left());
        for (const Line &l : p.lines) {
            const double in = l.box.left() - left[l.column];
            indented += l.zone == 0 && std::abs(l.size - size) < 0.5 && in > 0.8 * size && in < 4 * size ? 1 : 0;
        }
    }
    return indented >= 3;
}

} // namespace

PdfLayoutResult PdfLayout::finish() const
{
    PdfLayoutResult result;
    QHash<QString, QSet<int>> marginTexts; // zone and text with digits as '#' → pages
    for (const Page &p : m_pages)
        for (const Line &l : p.lines)
            if (l.zone != 0)
                marginTexts[QString::number(l.zone) + runningKey(l.text)].insert(p.number);
    const double size = bodySize(m_pages);
    BlockBuilder builder(result, size, usesFirstLineIndents(m_pages, size));
    for (const Page &p : m_pages) {
        QList<const Line *> body;
        for (const Line &l : p.lines) {
            const bool running = l.zone != 0
                && (isPageNumber(l.text)
                    || marginTexts.value(QString::number(l.zone) + runningKey(l.text)).size() >= 2);
            if (running)
                ++result.removedLines;
            else
                body.append(&l);
        }
        builder.startPage(p, body);
        for (const Line *l : body) {
            if (l->zone != 2) {
                builder.add(*l);
            } else if (result.footnotes.isEmpty() || result.footnotes.last().page != p.number
                || startsFootnote(l->text)) {
                result.footnotes.append({ p.number, l->text.trimmed() });
            } else {
                result.footnotes.last().text = joinLines(result.footnotes.last().text, l->text);
            }
        }
    }
    builder.flush();
    return result;
}

} // namespace plenum::core
