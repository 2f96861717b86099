#pragma once

#include <QStringView>

#include <cstdint>
#include <functional>
#include <vector>

namespace plenum::core {

/// A raw hit of the automaton: pattern PAYLOAD spans code points [start, end) and UTF-16 units
/// [start16, end16) of the scanned text.
struct TextMatch {
    int start = 0;
    int end = 0;
    int start16 = 0;
    int end16 = 0;
    int payload = 0;
};

/// Aho–Corasick automaton over folded code points: one pass over the text, linear in its length
/// plus the number of hits. Folding makes Latin case-insensitive, maps full-width ASCII to ASCII,
/// curly apostrophes to ', hyphens and dashes to spaces, common traditional characters of Party
/// titles to simplified ones, and collapses runs of white space; patterns are folded the same way.
/// Word boundaries are not checked here (see isWordChar): callers decide per pattern.
class TextMatcher {
public:
    TextMatcher();

    /// Adds a pattern (folded here) carrying PAYLOAD; ignored when it folds to nothing.
    /// Adding the same folded text twice keeps the first payload and returns it; otherwise returns PAYLOAD.
    int add(QStringView pattern, int payload);
    /// Computes failure links; call once after the last add() and before scan().
    void build();
    /// Calls HIT for every occurrence of every pattern, in order of end position.
    void scan(QStringView text, const std::function<void(const TextMatch &)> &hit) const;

    /// Number of trie nodes (for benchmarks and tests).
    [[nodiscard]] std::size_t nodeCount() const noexcept { return m_nodes.size(); }

    /// The folded form of one code point (0 for white space, which callers collapse).
    static char32_t fold(char32_t c);
    /// True for letters and digits outside the CJK scripts: the characters a Latin word boundary separates.
    static bool isWordChar(char32_t c);

private:
    struct Node {
        std::int32_t edgeBegin = 0;
        std::int32_t edgeCount = 0;
        std::int32_t fail = 0;
        std::int32_t output = -1; // pattern index ending here, or -1
        std::int32_t dict = -1; // nearest node on the failure chain with an output
    };
    struct Pattern {
        std::int32_t length; // in folded symbols
        int payload;
    };

    [[nodiscard]] std::int32_t child(std::int32_t node, char32_t c) const;
    [[nodiscard]] std::int32_t step(std::int32_t node, char32_t c) const;

    // While adding: children as (symbol, node) lists; build() flattens them into m_edge*.
    std::vector<std::vector<std::pair<char32_t, std::int32_t>>> m_children;
    std::vector<Node> m_nodes;
    std::vector<char32_t> m_edgeSymbol;
    std::vector<std::int32_t> m_edgeTarget;
    std::vector<std::int32_t> m_rootNext; // dense root transitions for the BMP
    std::vector<Pattern> m_patterns;
    std::int32_t m_maxLength = 1;
    bool m_built = false;
};

} // namespace plenum::core
