#include "model/resourcetext.h"

#include "model/error.h"

#include <QFile>

namespace plenum::core {

QString resourceText(const QString &path)
{
    // Only ":/" resources: never a file of the knowledge base (docs/reliability.md, POSIX locks).
    QFile file(path);
    if (!path.startsWith(QLatin1String(":/")) || !file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Internal, QStringLiteral("Bundled resource %1 is missing from this build.").arg(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace plenum::core
