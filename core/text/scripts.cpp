#include "text/scripts.h"

#include <QChar>

namespace plenum::core::scripts {

namespace {

constexpr bool in(char32_t c, char32_t first, char32_t last)
{
    return c >= first && c <= last;
}

} // namespace

bool isHanIdeograph(char32_t c)
{
    return in(c, 0x4E00, 0x9FFF) || in(c, 0x3400, 0x4DBF) || in(c, 0xF900, 0xFAFF) || in(c, 0x20000, 0x3FFFF);
}

bool isHan(char32_t c)
{
    return isHanIdeograph(c) || in(c, 0x2E80, 0x2FDF) || c == 0x3005 || c == 0x3007 || in(c, 0x3021, 0x3029)
        || in(c, 0x3038, 0x303B) || in(c, 0x16FE2, 0x16FE3) || in(c, 0x16FF0, 0x16FF1);
}

bool isKana(char32_t c)
{
    return in(c, 0x3040, 0x30FF);
}

bool isHangulSyllable(char32_t c)
{
    return in(c, 0xAC00, 0xD7A3);
}

bool isUnspacedLetter(char32_t c)
{
    return isHanIdeograph(c) || isKana(c) || isHangulSyllable(c);
}

bool isCjk(char32_t c)
{
    return in(c, 0x2E80, 0x9FFF) || in(c, 0x1100, 0x11FF) || in(c, 0xA960, 0xA97F) || in(c, 0xAC00, 0xD7FF)
        || in(c, 0xF900, 0xFAFF) || in(c, 0xFE30, 0xFE4F) || in(c, 0xFF00, 0xFFEF) || in(c, 0x16FE0, 0x16FFF)
        || in(c, 0x1B000, 0x1B16F) || in(c, 0x20000, 0x3FFFF);
}

bool isLatinLetter(char32_t c)
{
    if (c < 0x80)
        return in(c | 0x20, 'a', 'z');
    return QChar::script(c) == QChar::Script_Latin && QChar::isLetter(c);
}

char32_t firstCodePoint(QStringView text)
{
    char32_t first = 0;
    forEachCodePoint(text, [&](char32_t c) {
        first = c;
        return false;
    });
    return first;
}

char32_t lastCodePoint(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype n = text.size();
    if (n >= 2 && text[n - 1].isLowSurrogate() && text[n - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[n - 2], text[n - 1]);
    return text[n - 1].unicode();
}

bool containsHan(QStringView text)
{
    bool found = false;
    forEachCodePoint(text, [&](char32_t c) {
        found = isHan(c);
        return !found;
    });
    return found;
}

ScriptCounts countScripts(QStringView text)
{
    ScriptCounts counts;
    forEachCodePoint(text, [&](char32_t c) {
        if (isHan(c))
            ++counts.han;
        else if (isLatinLetter(c))
            ++counts.latin;
        else if (QChar::isLetter(c))
            ++counts.other;
        return true;
    });
    return counts;
}

} // namespace plenum::core::scripts
