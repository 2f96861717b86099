#include "storage/kbfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace plenum::core {

QString searchIndexPath(const QString &kbPath)
{
    const QFileInfo kb(kbPath);
    if (QFileInfo(kb.absolutePath()).isWritable())
        return kbPath + QStringLiteral(".search.sqlite");
    // A knowledge base in a read-only folder (a CD, a shared drive, a locked-down folder) keeps its
    // derived index in the per-user cache, one file per knowledge base path.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("search-index"));
    QDir().mkpath(folder);
    const QByteArray key
        = QCryptographicHash::hash(kb.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(folder).filePath(
        kb.fileName() + QLatin1Char('-') + QString::fromLatin1(key) + QStringLiteral(".search.sqlite"));
}

QByteArray readOnlyUri(const QString &path, bool immutable)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    return url.toString(QUrl::FullyEncoded).toUtf8();
}

QByteArray readOnlyAttachName(const QString &kbPath)
{
    const bool folderWritable = QFileInfo(QFileInfo(kbPath).absolutePath()).isWritable();
    return readOnlyUri(kbPath, !folderWritable && QFileInfo(kbPath + QStringLiteral("-wal")).size() == 0);
}

} // namespace plenum::core
