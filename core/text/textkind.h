#pragma once

#include <QString>

namespace plenum::core {

/// Han characters and other letters in TEXT, to tell Chinese text from Latin.
struct ScriptCounts {
    int han = 0;
    int latin = 0;
};
ScriptCounts countScripts(QStringView text);

} // namespace plenum::core
