#include "linking/citationmarkers.h"

#include <QRegularExpression>

namespace plenum::core {

namespace {

constexpr int kMaxEntry = 999;
constexpr int kMaxRange = 60;

bool isOpen(QChar c)
{
    return c == QLatin1Char('[') || c == QChar(0xFF3B);
}
bool isClose(QChar c)
{
    return c == QLatin1Char(']') || c == QChar(0xFF3D);
}
bool isDash(QChar c)
{
    return c == QLatin1Char('-') || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c == QChar(0x2212)
        || c == QLatin1Char('~') || c == QChar(0xFF5E) || c == QChar(0xFF0D);
}
bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QLatin1Char(';') || c == QChar(0xFF1B)
        || c == QChar(0x3001);
}

void addRange(QList<int> &numbers, int from, int to)
{
    if (to < from || to - from > kMaxRange)
        return;
    for (int n = from; n <= to; ++n)
        numbers.append(n);
}

// Parses one bracket at I ("[1, 3]", "[4–6]"); on success appends its numbers and returns the
// index after the closing bracket, else -1.
qsizetype parseBracket(QStringView text, qsizetype i, QList<int> &numbers)
{
    if (i >= text.size() || !isOpen(text.at(i)))
        return -1;
    QList<int> found;
    int pendingFrom = -1;
    bool expectNumber = true;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char(' '))
            continue;
        if (c.isDigit() && c.unicode() < 0x80) {
            if (!expectNumber)
                return -1;
            int n = 0;
            while (j < text.size() && text.at(j).isDigit() && text.at(j).unicode() < 0x80 && n <= kMaxEntry)
                n = n * 10 + text.at(j++).digitValue();
            --j;
            if (n == 0 || n > kMaxEntry)
                return -1;
            if (pendingFrom >= 0)
                addRange(found, pendingFrom + 1, n);
            else
                found.append(n);
            pendingFrom = -1;
            expectNumber = false;
        } else if (isSeparator(c) && !expectNumber) {
            expectNumber = true;
        } else if (isDash(c) && !expectNumber && !found.isEmpty()) {
            pendingFrom = found.last();
            expectNumber = true;
        } else if (isClose(c) && !expectNumber && !found.isEmpty()) {
            numbers.append(found);
            return j + 1;
        } else {
            return -1;
        }
    }
    return -1;
}

bool opensLine(QStringView text, qsizetype i)
{
    for (qsizetype j = i - 1; j >= 0; --j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char('\n'))
            return true;
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('*') && c != QChar(0x2022))
            return false;
    }
    return true;
}

} // namespace

QList<CitationMarker> findCitationMarkers(QStringView text)
{
    QList<CitationMarker> markers;
    int cp = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (!isOpen(text.at(i)) || opensLine(text, i)) {
            if (!text.at(i).isLowSurrogate())
                ++cp;
            ++i;
            continue;
        }
        CitationMarker m;
        qsizetype end = parseBracket(text, i, m.numbers);
        if (end < 0) {
            ++cp;
            ++i;
            continue;
        }
        // Joined brackets: [2][5] and [7]–[9].
        for (;;) {
            qsizetype k = end;
            const bool dash = k < text.size() && isDash(text.at(k));
            if (dash)
                ++k;
            QList<int> more;
            const qsizetype next = parseBracket(text, k, more);
            if (next < 0)
                break;
            if (dash && more.size() == 1 && !m.numbers.isEmpty())
                addRange(m.numbers, m.numbers.last() + 1, more.first());
            else
                m.numbers.append(more);
            end = next;
        }
        m.start16 = static_cast<int>(i);
        m.end16 = static_cast<int>(end);
        m.start = cp;
        m.end = cp + static_cast<int>(end - i); // markers hold no surrogate pairs
        markers.append(m);
        cp = m.end;
        i = end;
    }
    return markers;
}

ReferenceSection findReferenceSection(QStringView text)
{
    static const QRegularExpression heading(
        QStringLiteral("^[#*\\s]*(references|bibliography|works cited|literature cited|参考文献|參考文獻)[\\s:：*]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression entry(
        QStringLiteral("^[\\s*•-]*(?:[\\[［](\\d{1,3})[\\]］]|(\\d{1,3})[.)．])\\s*(\\S.*)$"),
        QRegularExpression::MultilineOption);
    ReferenceSection section;
    auto it = heading.globalMatch(text);
    while (it.hasNext())
        section.start16 = static_cast<int>(it.next().capturedStart());
    if (section.start16 < 0)
        return section;
    auto entries = entry.globalMatch(text.mid(section.start16));
    while (entries.hasNext()) {
        const auto m = entries.next();
        const int n = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
        if (!section.entries.contains(n))
            section.entries.insert(n, m.captured(3).trimmed());
    }
    return section;
}

} // namespace plenum::core
