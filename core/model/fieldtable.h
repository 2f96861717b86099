#pragma once

#include "model/item.h"

#include <span>

namespace plenum::core {

/// How a field is stored: SQLite column type and how it maps to JSON.
enum class FieldKind {
    Text, ///< string
    Integer, ///< integer
    Real, ///< floating point
    JsonArray, ///< JSON array kept as text
    JsonObject, ///< JSON object kept as text
    CslItem ///< the whole of an item's fields, a CSL item (model/cslitem.h), kept as JSON text
};

/// One field of an item type. `key` may be dotted ("verification.status") for nested JSON.
struct Field {
    const char *key;
    const char *column;
    FieldKind kind;
    bool required;
    bool nullable = false; ///< absent means NULL rather than the column default
};

/// The table holding items of TYPE.
const char *tableName(ItemType type);
/// The fields of TYPE in their canonical order (the order exports write).
std::span<const Field> fieldsOf(ItemType type);

} // namespace plenum::core
