#pragma once

#include <QString>

namespace plenum::core {

/// The text of a bundled resource such as ":/plenum/sql/schema.sql"; Internal error when the
/// build does not contain it.
QString resourceText(const QString &path);

} // namespace plenum::core
