#include "interchange/inputfile.h"

#include "model/error.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace plenum::core {

QByteArray readInputFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        throw Error(ErrorCode::NotFound, QStringLiteral("Cannot read %1: No such file or directory.").arg(shown));
    if (S_ISDIR(st.st_mode))
        throw Error(ErrorCode::FileError, QStringLiteral("%1 is a folder; expected a file to import.").arg(shown));
    if (!S_ISREG(st.st_mode))
        throw Error(ErrorCode::FileError,
            QStringLiteral("%1 is not a regular file (a FIFO, socket or device); expected a file to import.")
                .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileError, QStringLiteral("Cannot read %1: %2.").arg(shown, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorCode::FileError, QStringLiteral("Cannot read %1: %2.").arg(shown, file.errorString()));
    return data;
}

} // namespace plenum::core
