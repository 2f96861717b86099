#pragma once

#include "interchange/kbformat.h"
#include "model/progress.h"

namespace plenum::core {

class Repository;

namespace kb {

/// What an import did (or, for a dry run, would do).
struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList conflicts; ///< IDs whose stored version has edits the import would overwrite
    QStringList dismissed; ///< bundled records the user deleted, left deleted (bundled refresh only)
    QStringList addedIds; ///< the IDs counted in added, in the order written
    QStringList updatedIds; ///< the IDs counted in updated
};

/// Applies RECORDS in one transaction. New IDs are added; records equal to the stored ones are
/// unchanged; records the user has not edited since they were last imported are updated; the
/// rest are left alone and reported as conflicts. Every link target must exist in RECORDS or in
/// the knowledge base, or nothing is written. With DRY_RUN nothing is written either way.
/// With KEEP_DELETIONS, records whose ID existed once and was deleted (the change journal knows)
/// are not brought back: a refresh of the bundled content respects the user's deletions.
/// PROGRESS is told of every 100 records; a cancel through it rolls everything back.
ImportSummary importRecords(Repository &repo, const QList<Record> &records, bool dryRun, bool keepDeletions = false,
    const Progress &progress = {});

/// The bundled knowledge base (resources/kb/), parsed from the build's resources.
QList<Record> bundledRecords();

/// Brings the bundled content into REPO, leaving user records, edits and deletions untouched.
ImportSummary refreshBundled(Repository &repo);

} // namespace kb
} // namespace plenum::core
