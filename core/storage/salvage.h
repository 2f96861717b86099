#pragma once

#include "model/item.h"
#include "model/progress.h"

#include <QList>
#include <QString>

namespace plenum::core::salvage {

/// What was read from one table of a damaged file.
struct TableReport {
    QString table;
    qint64 copied = 0; ///< rows written to the new file
    int damagedStretches = 0; ///< places where reading failed and was resumed past the damage
    bool unreadable = false; ///< nothing of the table could be read
    qint64 dropped = 0; ///< rows left out because what they refer to was lost
};

/// The outcome of salvage().
struct Report {
    QString target;
    QList<TableReport> tables;
    Counts counts; ///< what the new file holds
    [[nodiscard]] qint64 rowsCopied() const;
    [[nodiscard]] bool complete() const; ///< no damage met and nothing dropped
};

/// A new, unused path beside DAMAGED for its salvage: "<name>-salvaged-<UTC time>.db".
QString defaultTarget(const QString &damaged);
/// Reads what SQLite can still read of the damaged knowledge base DAMAGED (opened read-only,
/// never written), table by table and row by row, skipping unreadable pages, into a new
/// knowledge base at TARGET (which must not exist; written as TARGET.part and renamed when done,
/// so nothing half-written is left). Rows that refer to lost rows are left out and counted.
/// Throws Error Corrupt when nothing at all can be read, FileError when TARGET cannot be written.
Report salvage(const QString &damaged, const QString &target, const Progress &progress = {});

} // namespace plenum::core::salvage
