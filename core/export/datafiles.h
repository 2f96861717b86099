#pragma once

#include <QString>

namespace plenum::core {

/// Where a data file the exports need at run time is (the citeproc-js engine script, its npm
/// packages, pandoc's Lua filter): "<prefix>/share/plenum/RELATIVE" beside an installed program
/// (a package's /usr/bin/plenum finds /usr/share/plenum/…), else BUILD_PATH, where it sits in the
/// source tree of a build that was not installed.
QString exportDataFile(const QString &relative, const QString &buildPath);

} // namespace plenum::core
