#include "export/exportfile.h"

#include "model/error.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plenum::core {

namespace {

QString reason(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return QStringLiteral("the disk is full");
    if (error == EFBIG)
        return QStringLiteral("the file is larger than this system allows");
    if (error == EROFS)
        return QStringLiteral("the folder is on read-only storage");
    if (error == EACCES || error == EPERM)
        return QStringLiteral("the folder is not writable");
    return QString::fromLocal8Bit(std::strerror(error));
}

[[noreturn]] void fail(const QString &path, int error)
{
    throw Error(ErrorCode::FileError,
        QStringLiteral("Cannot write %1: %2; nothing was written.").arg(QDir::toNativeSeparators(path), reason(error)));
}

// Writes all of DATA to FD; false (errno set) on a short write.
bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

void checkExportTarget(const QString &path, bool replace)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st { };
    if (::lstat(native.constData(), &st) != 0) {
        const QFileInfo info(path);
        if (!QFileInfo(info.absolutePath()).isDir())
            throw Error(ErrorCode::FileError,
                QStringLiteral("Cannot write %1: the folder %2 does not exist.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
        return; // a new name in an existing folder
    }
    if (S_ISLNK(st.st_mode))
        throw Error(ErrorCode::Conflict,
            QStringLiteral("%1 is a symbolic link; exports never write through links. Remove it or choose another "
                           "file name.")
                .arg(QDir::toNativeSeparators(path)));
    if (S_ISDIR(st.st_mode))
        throw Error(ErrorCode::FileError,
            QStringLiteral("%1 is a folder; expected the name of a file to write.")
                .arg(QDir::toNativeSeparators(path)));
    if (!S_ISREG(st.st_mode))
        throw Error(ErrorCode::FileError,
            QStringLiteral("%1 is not a regular file (a FIFO, socket or device); expected the name of a file to write.")
                .arg(QDir::toNativeSeparators(path)));
    if (!replace)
        throw Error(ErrorCode::Conflict, QStringLiteral("%1 already exists; add --force to replace it.").arg(path));
}

void writeExportFile(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    QByteArray temp
        = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        fail(path, errno);
    ::fchmod(
        fd, 0644 & ~[] {
            const mode_t mask = ::umask(0);
            ::umask(mask);
            return mask;
        }());
    const bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    const int closeError = errno;
    if (!written || !closed) {
        ::unlink(temp.constData());
        fail(path, written ? closeError : writeError);
    }
    // rename() replaces whatever is at PATH, a link included, and never writes through it.
    if (::rename(temp.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const int error = errno;
        ::unlink(temp.constData());
        fail(path, error);
    }
}

} // namespace plenum::core
