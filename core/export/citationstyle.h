#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core {

/// Bibliography styles for exports.
enum class CitationStyle {
    GbT7714, ///< GB/T 7714-2015 numeric (顺序编码制): [1] markers, list in order of first citation
    Apa ///< APA 7th edition: (Author, Year) in text, list sorted by author
};

/// "gbt7714" or "apa"; empty when unknown.
std::optional<CitationStyle> citationStyleFromName(const QString &name);

/// Italic spans in formatted text are wrapped in these private-use characters; markdownText and
/// htmlText turn them into the target's markup.
inline constexpr char16_t kItalicOn = 0xE000;
inline constexpr char16_t kItalicOff = 0xE001;

/// One reference-list entry for REF (reference fields), without the leading "[n] ". APA uses
/// YEAR_LABEL ("2017a") when given.
QString bibliographyEntry(CitationStyle style, const QJsonObject &ref, const QString &yearLabel = {});

/// One cited work inside an in-text citation.
struct CitedWork {
    const QJsonObject *ref = nullptr;
    int number = 0; ///< GB/T: its number in the list
    QString yearLabel; ///< APA: the year with a/b suffix when one author has two works that year
    QString locator; ///< "p. 12"
};

/// The in-text citation for WORKS cited together: "[1, 3-5]" / "[2]12" or "(Roy et al., 2018; 王五 等, 2019, p. 3)".
QString inTextCitation(CitationStyle style, const QList<CitedWork> &works);

/// The APA sort key of a reference (first author's family name, year, title).
QString apaSortKey(const QJsonObject &ref);

/// Formatted text with italics as Markdown (*…*, with Markdown specials escaped).
QString markdownText(const QString &formatted);
/// Formatted text as escaped HTML with <i>…</i>.
QString htmlText(const QString &formatted);
/// Escapes &, <, >, " and ' for HTML text and attribute values.
QString htmlEscape(const QString &text);

} // namespace plenum::core
