#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace plenum::core::search {

/// How text is split: documents get CJK unigrams with colocated bigrams; queries get bigram phrases.
enum class TokenizeMode {
    Document, ///< text being indexed
    Query, ///< a query term
    Prefix ///< a query term with a trailing * (its last token is not stemmed)
};

/// Receives one token: its folded UTF-8 text and the byte span it covers in the input.
/// COLOCATED is true when it shares the position of the previous token. Returns an SQLite
/// result code; anything but 0 stops tokenizing and is returned by tokenize().
using TokenSink = int (*)(void *context, bool colocated, const char *token, int length, int start, int end);

/// Splits UTF-8 TEXT into search tokens: CJK runs become single characters with colocated
/// bigrams (documents) or bigrams followed by the last character (queries); other letters and
/// digits become lower-cased, accent-folded, stemmed words. Full-width and compatibility forms
/// are NFKC-folded and Traditional characters fold to Simplified.
int tokenize(std::string_view text, TokenizeMode mode, TokenSink sink, void *context);

/// The tokens of TEXT as strings (tests, the query parser and alias keys use it).
QStringList tokens(const QString &text, TokenizeMode mode = TokenizeMode::Document);

/// TEXT folded the way the tokenizer folds characters (width, compatibility, case, accents,
/// Traditional→Simplified), with runs of separators collapsed to one space: a key for exact
/// alias matching.
QString foldKey(const QString &text);

/// The light English stemmer the tokenizer applies to lower-case ASCII words.
std::string stem(std::string word);

} // namespace plenum::core::search
