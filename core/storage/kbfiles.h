#pragma once

#include <QString>

namespace plenum::core {

/// The derived search index beside the knowledge base at KB_PATH ("<kb>.search.sqlite"). Storage
/// owns the name so backups and restores can retire a stale index without knowing the search layer.
QString searchIndexPath(const QString &kbPath);

} // namespace plenum::core
