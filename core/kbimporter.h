#pragma once

#include "kbformat.h"

namespace plenum::core {

class Repository;

namespace kb {

/// What an import did (or, for a dry run, would do).
struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList conflicts;  ///< IDs whose stored version has edits the import would overwrite
};

/// Applies RECORDS in one transaction. New IDs are added; records equal to the stored ones are
/// unchanged; records the user has not edited since they were last imported are updated; the
/// rest are left alone and reported as conflicts. Every link target must exist in RECORDS or in
/// the knowledge base, or nothing is written. With DRY_RUN nothing is written either way.
ImportSummary importRecords(Repository &repo, const QList<Record> &records, bool dryRun);

/// The bundled knowledge base (resources/kb/), parsed from the build's resources.
QList<Record> bundledRecords();

/// Brings the bundled content into REPO, leaving user records and user edits untouched.
ImportSummary refreshBundled(Repository &repo);

} // namespace kb
} // namespace plenum::core
