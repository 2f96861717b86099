#pragma once

#include "model/item.h"

#include <QByteArray>

#include <cstdint>

namespace plenum::core::search::rowid {

/// One field of a search index row id: BITS bits starting at bit SHIFT.
struct Field {
    int shift;
    int bits;
    /// The field's largest value.
    [[nodiscard]] constexpr std::int64_t max() const { return (std::int64_t(1) << bits) - 1; }
    /// The lowest row id whose field holds VALUE (all other fields zero).
    [[nodiscard]] constexpr std::int64_t at(std::int64_t value) const { return (value & max()) << shift; }
    /// The field's value in row id ID.
    [[nodiscard]] constexpr std::int64_t of(std::int64_t id) const { return (id >> shift) & max(); }
};

// The one definition of the row-id layout. The id packs what filters and facets need, so they
// never read a row; fields from high to low, so ids sort by type, then term, then year, and
// within a type higher ids are more recent.
inline constexpr Field kType { 56, 3 }; ///< typeCode() of the item type, 1–6
inline constexpr Field kTerm { 51, 5 }; ///< Central Committee term, 0 when none
inline constexpr Field kYear { 43, 8 }; ///< year − 1900, 0 when undated or out of range
inline constexpr Field kLang { 41, 2 }; ///< languages: 1 zh, 2 en, 3 both
inline constexpr Field kSerial { 0, 41 }; ///< allocation order, unique within the index file

static_assert(kSerial.shift + kSerial.bits == kLang.shift && kLang.shift + kLang.bits == kYear.shift
        && kYear.shift + kYear.bits == kTerm.shift && kTerm.shift + kTerm.bits == kType.shift
        && kType.shift + kType.bits < 63,
    "the row-id fields must tile the positive 63 bits without overlap");

/// Statements, the bulk of a large knowledge base and the only type without titles, come last
/// so that "everything with a title" is one id range.
inline constexpr int kStatementCode = 6;

/// The code of item type T in the type field (1–6).
int typeCode(ItemType t);
/// The item type of a type code (Note for an unknown code).
ItemType typeOfCode(int code);

/// The row id of an item with these properties; YEAR outside 1901–2155 packs as undated, TERM
/// is clamped to the field.
std::int64_t pack(ItemType type, int term, int year, int lang, std::int64_t serial);

/// The SQL expression of field F of the integer expression COLUMN, e.g. "((rowid >> 56) & 7)".
QByteArray sql(const Field &f, const char *column = "rowid");
/// The SQL expression of the row id's bits from field F up, e.g. "(rowid >> 43)".
QByteArray sqlFrom(const Field &f, const char *column = "rowid");

} // namespace plenum::core::search::rowid
