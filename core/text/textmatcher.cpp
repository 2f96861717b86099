#include "text/textmatcher.h"

#include "text/scripts.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <string>

namespace plenum::core {

namespace {

// Traditional characters that appear in Party titles, folded so 十八屆三中全會 reads as 十八届三中全会.
constexpr std::pair<char16_t, char16_t> kTraditional[] = {
    { u'屆', u'届' },
    { u'會', u'会' },
    { u'黨', u'党' },
    { u'國', u'国' },
    { u'產', u'产' },
    { u'議', u'议' },
    { u'體', u'体' },
    { u'員', u'员' },
    { u'華', u'华' },
    { u'時', u'时' },
};

bool isSpace(char32_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == 0x00A0 || c == 0x3000
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F;
}

char16_t computeFold(char32_t c)
{
    if (isSpace(c))
        return 0;
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
        c -= 0xFEE0;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032)
        return u'\'';
    if (c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212)
        return 0; // hyphens and dashes separate words like spaces do
    for (const auto &[from, to] : kTraditional)
        if (c == from)
            return to;
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : static_cast<char16_t>(c);
    return static_cast<char16_t>(QChar::toCaseFolded(c));
}

const std::array<char16_t, 0x10000> &foldTable()
{
    static const auto table = [] {
        auto t = std::make_unique<std::array<char16_t, 0x10000>>();
        for (char32_t c = 0; c < 0x10000; ++c)
            (*t)[c] = (c >= 0xD800 && c <= 0xDFFF) ? static_cast<char16_t>(c) : computeFold(c);
        return t;
    }();
    return *table;
}

// Calls FN(codePoint, utf16Index, utf16Length) for each code point of TEXT.
template <typename Fn> void forEachCodePoint(QStringView text, Fn &&fn)
{
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = data[i];
        int len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            len = 2;
        }
        fn(c, static_cast<int>(i), len);
        i += len;
    }
}

} // namespace

TextMatcher::TextMatcher()
    : m_children(1)
    , m_nodes(1)
{
}

char32_t TextMatcher::fold(char32_t c)
{
    return c < 0x10000 ? foldTable()[c] : c;
}

bool TextMatcher::isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return !scripts::isCjk(c) && QChar::isLetterOrNumber(c);
}

int TextMatcher::add(QStringView pattern, int payload)
{
    m_built = false;
    std::u32string folded;
    forEachCodePoint(pattern, [&](char32_t c, int, int) {
        const char32_t f = fold(c);
        if (f != 0)
            folded += f;
        else if (!folded.empty() && folded.back() != U' ')
            folded += U' ';
    });
    while (!folded.empty() && folded.back() == U' ')
        folded.pop_back();
    if (folded.empty())
        return payload;
    std::int32_t node = 0;
    for (const char32_t f : folded) {
        auto &kids = m_children[node];
        const auto it = std::find_if(kids.begin(), kids.end(), [f](const auto &e) { return e.first == f; });
        if (it != kids.end()) {
            node = it->second;
            continue;
        }
        const auto next = static_cast<std::int32_t>(m_nodes.size());
        kids.emplace_back(f, next);
        m_nodes.push_back(Node {});
        m_children.emplace_back();
        node = next;
    }
    if (m_nodes[node].output >= 0)
        return m_patterns[m_nodes[node].output].payload;
    const auto length = static_cast<std::int32_t>(folded.size());
    m_nodes[node].output = static_cast<std::int32_t>(m_patterns.size());
    m_patterns.push_back({ length, payload });
    m_maxLength = std::max(m_maxLength, length);
    return payload;
}

std::int32_t TextMatcher::child(std::int32_t node, char32_t c) const
{
    if (node == 0 && c < 0x10000)
        return m_rootNext[c];
    const Node &n = m_nodes[node];
    const char32_t *begin = m_edgeSymbol.data() + n.edgeBegin;
    const char32_t *end = begin + n.edgeCount;
    if (n.edgeCount <= 8) {
        for (const char32_t *p = begin; p != end; ++p)
            if (*p == c)
                return m_edgeTarget[p - m_edgeSymbol.data()];
        return -1;
    }
    const char32_t *p = std::lower_bound(begin, end, c);
    return (p != end && *p == c) ? m_edgeTarget[p - m_edgeSymbol.data()] : -1;
}

std::int32_t TextMatcher::step(std::int32_t node, char32_t c) const
{
    for (;;) {
        const std::int32_t next = child(node, c);
        if (next >= 0)
            return next;
        if (node == 0)
            return 0;
        node = m_nodes[node].fail;
    }
}

void TextMatcher::build()
{
    m_edgeSymbol.clear();
    m_edgeTarget.clear();
    m_rootNext.assign(0x10000, -1);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        auto &kids = m_children[i];
        std::sort(kids.begin(), kids.end());
        m_nodes[i].edgeBegin = static_cast<std::int32_t>(m_edgeSymbol.size());
        m_nodes[i].edgeCount = static_cast<std::int32_t>(kids.size());
        for (const auto &[symbol, target] : kids) {
            m_edgeSymbol.push_back(symbol);
            m_edgeTarget.push_back(target);
            if (i == 0 && symbol < 0x10000)
                m_rootNext[symbol] = target;
        }
    }
    std::deque<std::int32_t> queue;
    for (const auto &[symbol, target] : m_children[0]) {
        m_nodes[target].fail = 0;
        queue.push_back(target);
    }
    while (!queue.empty()) {
        const std::int32_t u = queue.front();
        queue.pop_front();
        for (const auto &[symbol, v] : m_children[u]) {
            const std::int32_t f = step(m_nodes[u].fail, symbol);
            m_nodes[v].fail = f;
            m_nodes[v].dict = m_nodes[f].output >= 0 ? f : m_nodes[f].dict;
            queue.push_back(v);
        }
    }
    m_built = true;
}

void TextMatcher::scan(QStringView text, const std::function<void(const TextMatch &)> &hit) const
{
    if (!m_built || m_patterns.empty())
        return;
    // Where each of the last symbols fed to the automaton started, to turn lengths into spans.
    std::size_t ring = 1;
    while (ring < static_cast<std::size_t>(m_maxLength) + 1)
        ring <<= 1;
    const std::size_t mask = ring - 1;
    std::vector<std::pair<int, int>> starts(ring);

    const auto &table = foldTable();
    std::int32_t state = 0;
    std::size_t fed = 0;
    int cp = 0;
    bool lastSpace = false;
    forEachCodePoint(text, [&](char32_t c, int at16, int len16) {
        char32_t f = c < 0x10000 ? table[c] : c;
        const int here = cp++;
        if (f == 0) {
            if (lastSpace)
                return;
            f = u' ';
            lastSpace = true;
        } else {
            lastSpace = false;
        }
        starts[fed & mask] = { here, at16 };
        state = step(state, f);
        std::int32_t out = m_nodes[state].output >= 0 ? state : m_nodes[state].dict;
        while (out >= 0) {
            const Pattern &p = m_patterns[m_nodes[out].output];
            const auto &[start, start16] = starts[(fed + 1 - p.length) & mask];
            hit(TextMatch { start, here + 1, start16, at16 + len16, p.payload });
            out = m_nodes[out].dict;
        }
        ++fed;
    });
}

} // namespace plenum::core
