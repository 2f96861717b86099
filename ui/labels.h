#pragma once

#include <QString>

namespace plenum::ui {

/// An item type ("milestone", …) as the interface names it, translated.
QString typeLabel(const QString &type);
/// A stored enumeration value ("cc_plenum", "paraphrase", …) as a reader wants it, translated;
/// anything else is returned unchanged.
QString kindLabel(const QString &value);

} // namespace plenum::ui
