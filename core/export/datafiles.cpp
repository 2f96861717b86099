#include "export/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plenum::core {

QString exportDataFile(const QString &relative, const QString &buildPath)
{
    // Without a QCoreApplication (some tests) there is no program folder: the build's path it is.
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral("../share/plenum/") + relative);
        if (QFileInfo::exists(installed))
            return QDir::cleanPath(installed);
    }
    return buildPath;
}

} // namespace plenum::core
