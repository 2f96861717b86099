#pragma once

#include <functional>

namespace plenum::core {

/// Reports long work: DONE of TOTAL steps. Returning false asks the work to stop; it then throws
/// Error(Cancelled) and, for imports, rolls everything back.
using Progress = std::function<bool(int done, int total)>;

/// Calls PROGRESS when set; throws Error(Cancelled) naming WHAT when it returns false.
void reportProgress(const Progress &progress, int done, int total, const char *what);

} // namespace plenum::core
