#pragma once

#include <QSet>
#include <QString>

namespace plenum::core {

class Repository;

// The one way new item IDs are made. IDs are unique across all item types (entities.id).

/// BASE when no item has it and RESERVED does not hold it, else the first free BASE-2, BASE-3, …
/// ("doc-zhou-2021-2", "ref-li2020-3"); the ID returned is added to RESERVED, so one import can
/// hand out several before writing any.
QString uniqueId(Repository &repo, const QString &base, QSet<QString> &reserved);

/// PREFIX-<n> with n one more than the highest PREFIX-<number> any item has ("note-12"). PREFIX is
/// a constant of the caller ("note"), never user input.
QString nextNumberedId(Repository &repo, const QString &prefix);

} // namespace plenum::core
