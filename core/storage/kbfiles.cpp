#include "storage/kbfiles.h"

namespace plenum::core {

QString searchIndexPath(const QString &kbPath)
{
    return kbPath + QStringLiteral(".search.sqlite");
}

} // namespace plenum::core
