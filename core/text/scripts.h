#pragma once

#include <QChar>
#include <QStringView>

namespace plenum::core::scripts {

// The one place that says which characters belong to which script. Everything that tells Chinese
// from Latin text (search tokens, alias word boundaries, milestone contexts, citation styles,
// language guesses, paper import) asks here. Ranges are whole Unicode blocks, so characters that
// a later Unicode version assigns in them already count. Text is read by code point: a character
// outside the BMP (a surrogate pair in a QString) is one character.

/// Han: CJK Unified Ideographs U+4E00–9FFF and Extension A U+3400–4DBF, Compatibility
/// Ideographs U+F900–FAFF, all of planes 2 and 3 (Extensions B–I, Compatibility Supplement
/// U+2F800–2FA1F, G and H U+30000–323AF), the radicals U+2E80–2FDF, and the Han signs of the
/// CJK Symbols block: 々 U+3005, 〇 U+3007, Hangzhou numerals U+3021–3029, U+3038–303B, and
/// the Han marks U+16FE2–16FE3, U+16FF0–16FF1. The test checks it equals Unicode's Script=Han.
bool isHan(char32_t c);
/// Han ideographs proper: isHan() without the radicals and the signs of U+3000–303F.
bool isHanIdeograph(char32_t c);
/// Hiragana U+3040–309F and Katakana U+30A0–30FF.
bool isKana(char32_t c);
/// Precomposed Hangul syllables U+AC00–D7A3.
bool isHangulSyllable(char32_t c);
/// The letters of the East Asian scripts written without spaces between words, which the search
/// index cuts into characters and bigrams: isHanIdeograph(), isKana() or isHangulSyllable().
bool isUnspacedLetter(char32_t c);
/// CJK in the wide sense: characters next to which a Latin word boundary is not needed. isHan()
/// and the blocks U+1100–11FF Hangul Jamo, U+2E80–33FF (radicals, ideographic description, CJK
/// symbols and punctuation, kana, Bopomofo, Kanbun, strokes, enclosed CJK, CJK compatibility),
/// U+3400–9FFF (with the Yijing hexagrams), U+A960–A97F and U+AC00–D7FF Hangul, U+FE30–FE4F CJK
/// compatibility forms, U+FF00–FFEF half- and full-width forms, U+16FE0–16FFF ideographic symbols,
/// U+1B000–1B16F kana supplements.
bool isCjk(char32_t c);
/// Letters of the Latin script (Unicode Script=Latin and a letter): a–z, é, ß, ŀ, full-width Ａ.
bool isLatinLetter(char32_t c);

/// Calls FN(c) with each code point of TEXT in order until FN returns false; an unpaired
/// surrogate is passed as it is.
template <typename Fn> void forEachCodePoint(QStringView text, Fn &&fn)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!fn(c))
            return;
    }
}

/// The code point that starts TEXT (0 when empty); a surrogate pair is read as one.
char32_t firstCodePoint(QStringView text);
/// The code point that ends TEXT (0 when empty); a surrogate pair is read as one.
char32_t lastCodePoint(QStringView text);
/// True when TEXT holds at least one isHan() character.
bool containsHan(QStringView text);

/// Letters in a text by script, counted in code points.
struct ScriptCounts {
    int han = 0; ///< isHan()
    int latin = 0; ///< isLatinLetter()
    int other = 0; ///< any other letter (kana, Hangul, Greek, Cyrillic, …)
};
/// Counts the Han characters, Latin letters and other letters of TEXT, to tell Chinese from not.
ScriptCounts countScripts(QStringView text);

} // namespace plenum::core::scripts
