#include "text/textkind.h"

namespace plenum::core {

ScriptCounts countScripts(QStringView text)
{
    ScriptCounts counts;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            ++counts.han;
        else if (c.isLetter())
            ++counts.latin;
    }
    return counts;
}

} // namespace plenum::core
