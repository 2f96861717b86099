#pragma once

#include "model/progress.h"

#include <QJsonObject>
#include <QString>

namespace plenum::core {
class KnowledgeBase;
}

namespace plenum::ui {

/// Whether PATH is a plenum-kb file (docs/format.md): named .plenum-kb or .jsonl.
[[nodiscard]] bool isKbFile(const QString &path);

/// Merges the plenum-kb file at PATH into KB as `plenum-cli import-kb` does (a "before-merge"
/// backup first, one transaction), or with DRY_RUN only says what it would do. The answer is the
/// CLI's --json summary plus what ImportPreviewDialog shows: "format": "plenum-kb", "read", and
/// "entries" [{"line", "id", "title", "year", "status": new|updated|unchanged|conflict}].
/// Throws core::Error naming the file and line for a malformed file (nothing is written).
QJsonObject importKbFile(core::KnowledgeBase &kb, const QString &path, bool dryRun, const core::Progress &progress);

} // namespace plenum::ui
