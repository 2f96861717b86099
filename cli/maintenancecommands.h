#pragma once

namespace plenum::cli {

struct Context;

/// backup [FILE] | backup --list | backup --every HOURS [--keep N]
int cmdBackup(Context &ctx);
/// restore FILE | restore --latest
int cmdRestore(Context &ctx);
/// check: integrity, foreign keys and the search index, with what was repaired
int cmdCheck(Context &ctx);

} // namespace plenum::cli
