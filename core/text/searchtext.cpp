#include "text/searchtext.h"

#include "text/scripts.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace plenum::core::search {

namespace {

struct T2S {
    char16_t from;
    char16_t to;
};

constexpr T2S kT2S[] = {
#include "text/t2stable.inc"
};

// One lookup table for the whole BMP: the tokenizer folds every CJK character it sees.
const std::vector<char16_t> &simplifiedTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000, 0);
        for (const T2S &p : kT2S)
            t[p.from] = p.to;
        return t;
    }();
    return table;
}

enum class CharClass { Separator, Word, Cjk, Mark };

// Appends the folded form of C (zero, one or several code points) to OUT.
void foldChar(char32_t c, std::vector<char32_t> &out, int depth = 0)
{
    if (c < 0x80) {
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        foldChar(c - 0xFEE0, out, depth + 1);
        return;
    }
    if (c == 0x3000) {
        out.push_back(' ');
        return;
    }
    if (c < 0x10000 && scripts::isUnspacedLetter(c) && !(c >= 0xF900 && c <= 0xFAFF)) {
        const char16_t s = simplifiedTable()[c];
        out.push_back(s ? s : c);
        return;
    }
    const QChar::Decomposition tag = QChar::decompositionTag(c);
    if (tag != QChar::NoDecomposition && depth < 4) {
        // Canonical: drop the accents (é → e). Compatibility: NFKC (ﬁ → fi, ① → 1, 兀 → 兀).
        const QString parts = tag == QChar::Canonical
            ? QChar::decomposition(c)
            : QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        for (const char32_t p : parts.toUcs4())
            foldChar(p, out, depth + 1);
        return;
    }
    out.push_back(QChar::toCaseFolded(c));
}

CharClass classify(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? CharClass::Word : CharClass::Separator;
    if (scripts::isUnspacedLetter(c))
        return CharClass::Cjk;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Mark;
    default:
        return QChar::isLetterOrNumber(c) ? CharClass::Word : CharClass::Separator;
    }
}

// Decodes one UTF-8 code point at I (advancing I); malformed bytes decode as U+FFFD, one byte each.
char32_t decode(std::string_view s, std::size_t &i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    const int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + k]);
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (cont & 0x3F);
    }
    i += len;
    return c;
}

void encode(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

struct CjkChar {
    char32_t c;
    int start;
    int end;
};

constexpr std::size_t kMaxWordBytes = 64;

class Tokenizer {
public:
    Tokenizer(TokenizeMode mode, TokenSink sink, void *context)
        : m_mode(mode)
        , m_sink(sink)
        , m_context(context)
    {
    }

    int run(std::string_view text)
    {
        std::vector<char32_t> folded;
        std::size_t i = 0;
        while (i < text.size()) {
            const int start = static_cast<int>(i);
            const char32_t raw = decode(text, i);
            const int end = static_cast<int>(i);
            folded.clear();
            foldChar(raw, folded);
            for (const char32_t c : folded) {
                int rc = 0;
                switch (classify(c)) {
                case CharClass::Word:
                    rc = flushCjk();
                    if (m_word.empty())
                        m_wordStart = start;
                    if (m_word.size() < kMaxWordBytes)
                        encode(c, m_word);
                    m_wordEnd = end;
                    break;
                case CharClass::Cjk:
                    rc = flushWord();
                    m_cjk.push_back({ c, start, end });
                    break;
                case CharClass::Mark: // accents left after folding: part of the word, not text
                    if (!m_word.empty())
                        m_wordEnd = end;
                    break;
                case CharClass::Separator:
                    rc = flushWord();
                    if (rc == 0)
                        rc = flushCjk();
                    break;
                }
                if (rc != 0)
                    return rc;
            }
        }
        int rc = flushWord();
        if (rc == 0)
            rc = flushCjk();
        return rc != 0 ? rc : flushPending(false);
    }

private:
    int push(bool colocated, const std::string &token, int start, int end)
    {
        return m_sink(m_context, colocated, token.data(), static_cast<int>(token.size()), start, end);
    }

    int flushWord()
    {
        if (m_word.empty())
            return 0;
        std::string word;
        word.swap(m_word);
        if (m_mode != TokenizeMode::Prefix)
            return push(false, stem(std::move(word)), m_wordStart, m_wordEnd);
        // Only the last token of a prefix phrase stays unstemmed ("govern*" must match
        // "governance"), so each word waits until the next token shows it was not the last.
        const int rc = flushPending(true);
        m_pending = { std::move(word), m_wordStart, m_wordEnd, true };
        return rc;
    }

    int flushPending(bool stemIt)
    {
        if (!m_pending.valid)
            return 0;
        m_pending.valid = false;
        return push(false, stemIt ? stem(std::move(m_pending.text)) : m_pending.text, m_pending.start, m_pending.end);
    }

    std::string chars(std::size_t from, std::size_t count) const
    {
        std::string s;
        for (std::size_t k = from; k < from + count; ++k)
            encode(m_cjk[k].c, s);
        return s;
    }

    int flushCjk()
    {
        const std::size_t n = m_cjk.size();
        if (n == 0)
            return 0;
        int rc = flushPending(true);
        if (m_mode == TokenizeMode::Document) {
            // Position k holds character k, with the bigram starting there colocated.
            for (std::size_t k = 0; k < n && rc == 0; ++k) {
                rc = push(false, chars(k, 1), m_cjk[k].start, m_cjk[k].end);
                if (rc == 0 && k + 1 < n)
                    rc = push(true, chars(k, 2), m_cjk[k].start, m_cjk[k + 1].end);
            }
        } else if (n == 1) {
            rc = push(false, chars(0, 1), m_cjk[0].start, m_cjk[0].end);
        } else {
            // Bigrams at positions 0..n-2 and the last character at n-1: the phrase matches the
            // same positions as the document's characters, so highlights cover exactly the match.
            for (std::size_t k = 0; k + 1 < n && rc == 0; ++k)
                rc = push(false, chars(k, 2), m_cjk[k].start, m_cjk[k + 1].end);
            if (rc == 0)
                rc = push(false, chars(n - 1, 1), m_cjk[n - 1].start, m_cjk[n - 1].end);
        }
        m_cjk.clear();
        return rc;
    }

    TokenizeMode m_mode;
    TokenSink m_sink;
    void *m_context;
    std::string m_word;
    int m_wordStart = 0;
    int m_wordEnd = 0;
    std::vector<CjkChar> m_cjk;
    struct {
        std::string text;
        int start = 0;
        int end = 0;
        bool valid = false;
    } m_pending;
};

bool endsWith(const std::string &w, std::string_view suffix)
{
    return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isVowelAt(const std::string &w, std::size_t i)
{
    switch (w[i]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
        return true;
    case 'y':
        return i > 0 && !isVowelAt(w, i - 1);
    default:
        return false;
    }
}

bool hasVowel(const std::string &w, std::size_t end)
{
    for (std::size_t i = 0; i < end; ++i)
        if (isVowelAt(w, i))
            return true;
    return false;
}

int collect(void *context, bool, const char *token, int length, int, int)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, length));
    return 0;
}

} // namespace

std::string stem(std::string w)
{
    if (w.size() <= 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return w;
    // Plurals.
    if (endsWith(w, "sses") || endsWith(w, "ies"))
        w.resize(w.size() - 2);
    else if (endsWith(w, "s") && !endsWith(w, "ss") && !endsWith(w, "us") && !endsWith(w, "is"))
        w.pop_back();
    // Past tense and gerund.
    if (endsWith(w, "eed")) {
        if (w.size() > 4)
            w.pop_back();
    } else if ((endsWith(w, "ed") && hasVowel(w, w.size() - 2)) || (endsWith(w, "ing") && hasVowel(w, w.size() - 3))) {
        w.resize(w.size() - (endsWith(w, "ed") ? 2 : 3));
        const std::size_t n = w.size();
        if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz"))
            w += 'e';
        else if (n >= 2 && w[n - 1] == w[n - 2] && !isVowelAt(w, n - 1) && w[n - 1] != 'l' && w[n - 1] != 's'
            && w[n - 1] != 'z')
            w.pop_back();
    }
    if (w.size() > 2 && w.back() == 'y' && hasVowel(w, w.size() - 1))
        w.back() = 'i';
    // Only inflections: derivational suffixes (-ance, -ment, -ation, …) make words users tell
    // apart (governance, government, govern), so they stay (docs/adr/0014).
    if (w.size() > 4 && w.back() == 'e')
        w.pop_back();
    if (w.size() > 4 && endsWith(w, "ll"))
        w.pop_back();
    return w;
}

int tokenize(std::string_view text, TokenizeMode mode, TokenSink sink, void *context)
{
    return Tokenizer(mode, sink, context).run(text);
}

QStringList tokens(const QString &text, TokenizeMode mode)
{
    QStringList list;
    const QByteArray utf8 = text.toUtf8();
    tokenize(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), mode, collect, &list);
    return list;
}

namespace {

// foldKey() of text that is ASCII alone (most milestone forms: "third plenum of the 18th central
// committee"), or nothing: letters lowered, digits kept, every run of anything else one space
// between words.
std::optional<QString> foldAscii(const QString &text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x80)
            return std::nullopt;
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!word) {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key += QLatin1Char(' ');
        space = false;
        key += QChar(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return key;
}

} // namespace

QString foldKey(const QString &text)
{
    if (std::optional<QString> ascii = foldAscii(text))
        return *std::move(ascii);
    std::vector<char32_t> folded;
    std::u32string key; // one QString at the end, not one per character
    key.reserve(std::size_t(text.size()));
    bool space = false;
    for (const char32_t raw : text.toUcs4()) {
        folded.clear();
        foldChar(raw, folded);
        for (const char32_t c : folded) {
            const CharClass cls = classify(c);
            if (cls == CharClass::Mark)
                continue;
            if (cls == CharClass::Separator) {
                space = !key.empty();
                continue;
            }
            if (space)
                key += U' ';
            space = false;
            key += c;
        }
    }
    return QString::fromUcs4(key.data(), qsizetype(key.size()));
}

} // namespace plenum::core::search
