#pragma once

#include <cstdint>
#include <functional>

namespace plenum::core {

/// Reports long work: DONE of TOTAL steps (64-bit: an index rebuild counts rows). Returning false
/// asks the work to stop; it then throws Error(Cancelled) and rolls back what it changed. The one
/// progress type of core: imports, linking, index rebuilds and checks all take it.
using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

/// Calls PROGRESS when set; throws Error(Cancelled) naming WHAT when it returns false.
void reportProgress(const Progress &progress, std::int64_t done, std::int64_t total, const char *what);

} // namespace plenum::core
