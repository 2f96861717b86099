#include "sources/extractedtext.h"

#include "text/scripts.h"

#include <algorithm>
#include <utility>

namespace plenum::core {

namespace {

#include "sources/radicals.inc"

// The ideograph a CJK radical-supplement character stands for; 0 when it has none.
char32_t radicalIdeograph(char32_t c)
{
    const auto *end = std::end(kRadicalIdeographs);
    const auto *it = std::lower_bound(std::begin(kRadicalIdeographs), end, c,
        [](const std::pair<char32_t, char32_t> &p, char32_t key) { return p.first < key; });
    return it != end && it->first == c ? it->second : 0;
}

// Where NFKC gives the character the author meant (see the header for what stays).
bool wantsCompatibilityForm(char32_t c)
{
    return (c >= 0xFB00 && c <= 0xFB06) // Latin ligatures
        || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
        || (c >= 0x2F00 && c <= 0x2FD5) // Kangxi radicals
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0x2000 && c <= 0x200A) || c == 0x00A0 || c == 0x3000 || c == 0x202F;
}

bool unreadable(char32_t c);

bool dropped(char32_t c)
{
    return unreadable(c) || c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF
        || (c < 0x20 && c != '\n' && c != '\t');
}

bool unreadable(char32_t c)
{
    return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || (c < 0x20 && c != '\n' && c != '\t' && c != '\r');
}

} // namespace

QString normalizeExtractedText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    scripts::forEachCodePoint(text, [&](char32_t c) {
        if (dropped(c))
            return true;
        if (const char32_t ideograph = radicalIdeograph(c)) {
            out += QString::fromUcs4(&ideograph, 1);
            return true;
        }
        const QString one = QString::fromUcs4(&c, 1);
        if (!wantsCompatibilityForm(c)) {
            out += one;
            return true;
        }
        const QString form = one.normalized(QString::NormalizationForm_KC);
        out += (c == 0x3000 || c == 0x00A0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A)) ? QStringLiteral(" ") : form;
        return true;
    });
    return out;
}

QString joinLines(const QString &first, const QString &second)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    const bool hyphen = (a.endsWith(QLatin1Char('-')) || a.endsWith(QChar(0x2010))) && a.size() >= 2
        && a[a.size() - 2].isLower() && b.front().isLower();
    if (hyphen)
        return a.left(a.size() - 1) + b;
    if (a.endsWith(QLatin1Char('-')) || a.endsWith(QChar(0x2010)) || a.endsWith(QLatin1Char('/')))
        return a + b;
    const bool cjk = scripts::isCjk(scripts::lastCodePoint(a)) || scripts::isCjk(scripts::firstCodePoint(b));
    return cjk ? a + b : a + QLatin1Char(' ') + b;
}

bool endsSentence(const QString &text)
{
    QString t = text.trimmed();
    while (!t.isEmpty() && QStringLiteral("\"'”’)）]】").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringLiteral(".!?:;。！？：；…").contains(t.back());
}

int unreadableCharacters(const QString &text)
{
    int n = 0;
    scripts::forEachCodePoint(text, [&](char32_t c) {
        n += unreadable(c) ? 1 : 0;
        return true;
    });
    return n;
}

} // namespace plenum::core
