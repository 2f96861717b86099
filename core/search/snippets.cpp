#include "search/snippets.h"

#include "text/scripts.h"

#include <algorithm>

namespace plenum::core::search {

namespace {

// Whether a snippet may not begin or end between AT-1 and AT: inside a word of a spaced script
// (Latin, Cyrillic, digits). Chinese and Japanese may be cut between any two characters.
bool insideWord(const QString &text, qsizetype at)
{
    if (at <= 0 || at >= text.size())
        return false;
    const auto wordChar = [](QChar c) {
        return (c.isLetterOrNumber() || c.isMark()) && !scripts::isCjk(c.unicode()) && !c.isSurrogate();
    };
    return wordChar(text.at(at - 1)) && wordChar(text.at(at));
}

} // namespace

QString cropSnippet(QString text, const QString &open, const QString &close, int maxChars)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const qsizetype first = text.indexOf(open);
    qsizetype start = first < 0 ? 0 : std::max<qsizetype>(0, first - maxChars / 4);
    qsizetype end = std::min<qsizetype>(text.size(), start + maxChars);
    const qsizetype lastOpen = end > 0 ? text.lastIndexOf(open, end - 1) : -1;
    qsizetype mustEnd = 0; // the snippet keeps its last mark whole
    if (lastOpen >= start) {
        const qsizetype c = text.indexOf(close, lastOpen);
        if (c >= 0)
            mustEnd = c + close.size();
        end = std::max(end, mustEnd);
    }
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    // Never half a word: the start moves forward to the word's end (never past the first mark),
    // the end back to the word's start (never before the last mark), else on to the word's end.
    while (insideWord(text, start) && (first < 0 || start < first))
        ++start;
    const qsizetype wanted = end;
    while (insideWord(text, end) && end > std::max(mustEnd, start + 1))
        --end;
    if (insideWord(text, end))
        for (end = wanted; insideWord(text, end);)
            ++end;
    return (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start, end - start).trimmed()
        + (end < text.size() ? QStringLiteral("…") : QString());
}

QString statementTitle(const QString &body)
{
    constexpr int kTitleChars = 80;
    QString t = body.simplified();
    if (t.size() > kTitleChars) {
        t.truncate(kTitleChars);
        if (t.back().isHighSurrogate())
            t.chop(1);
        t += QStringLiteral("…");
    }
    return t;
}

} // namespace plenum::core::search
