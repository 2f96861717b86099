#pragma once

#include <Qt>

namespace plenum::ui {

/// Item data roles shared by every model in ui/.
enum Role : int {
    IdRole = Qt::UserRole + 1, ///< the item ID (QString); empty for group rows
    TypeRole, ///< the item type name ("milestone", …)
    DateRole, ///< the item's start date, YYYY-MM-DD
};

} // namespace plenum::ui
