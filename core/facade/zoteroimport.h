#pragma once

#include "facade/fileimport.h"
#include "model/progress.h"

#include <QString>

namespace plenum::core {

class Repository;

/// Imports the Zotero library at PATH (zotero.sqlite) without writing it, Zotero running or not:
/// its items become references (merged as a bibliography import merges them), its tags and
/// collections ("Parent/Child") tags of those references, its notes Plenum notes about their
/// item, and attachment paths are kept with the reference. Items Zotero has in the trash are left
/// out; items without a title are skipped and listed. All or nothing; DRY_RUN writes nothing.
FileImport importZoteroLibrary(Repository &repo, const QString &path, bool dryRun, const Progress &progress = {});

} // namespace plenum::core
