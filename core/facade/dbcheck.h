#pragma once

#include "search/searchindex.h"

#include <QString>
#include <QStringList>

namespace plenum::core {

/// What checkKnowledgeBase() found and did.
struct CheckReport {
    QStringList integrity; ///< PRAGMA integrity_check's complaints; empty when the file is sound
    QStringList foreignKeys; ///< rows whose reference points nowhere, one sentence each
    QString index; ///< "ok", "caught_up", "rebuilt", or "skipped" (damaged or read-only knowledge base)
    QStringList repaired; ///< what was repaired, one sentence each
    [[nodiscard]] bool ok() const { return integrity.isEmpty() && foreignKeys.isEmpty(); }
};

/// Runs SQLite's integrity and foreign-key checks on the knowledge base at PATH, then verifies its
/// search index, rebuilding it when it is stale, damaged or disagrees with the data. Never changes
/// the knowledge base itself. Throws Error when PATH cannot be opened at all.
CheckReport checkKnowledgeBase(const QString &path, const Progress &progress = {});

} // namespace plenum::core
