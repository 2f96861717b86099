#include "storage/kbfiles.h"
#include "model/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <filesystem>

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

void refuseKnowledgeBaseFile(const QString &path, const QString &kbPath)
{
    if (kbPath.isEmpty() || path.isEmpty())
        return;
    const QString index = searchIndexPath(kbPath);
    const QString own[] = { kbPath, kbPath + QStringLiteral("-wal"), kbPath + QStringLiteral("-shm"),
        kbPath + QStringLiteral("-journal"), index, index + QStringLiteral("-wal"), index + QStringLiteral("-shm") };
    const QString target = QFileInfo(path).absoluteFilePath();
    for (const QString &file : own) {
        std::error_code ec; // stat(2) only: equivalent() compares device and inode of existing files
        const bool same = QFileInfo(file).absoluteFilePath() == target
            || std::filesystem::equivalent(
                QFile::encodeName(path).toStdString(), QFile::encodeName(file).toStdString(), ec);
        if (same)
            throw Error(ErrorCode::Usage,
                QStringLiteral("Cannot use %1 as a file to read or write: it is %2 (or one of its working files), "
                               "which only Plenum's database layer may touch.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kbPath)));
    }
}

QByteArray readOnlyUri(const QString &path, bool immutable)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    return url.toString(QUrl::FullyEncoded).toUtf8();
}

QString kbAttachName(const QString &kbPath)
{
    if (QFileInfo(QFileInfo(kbPath).absolutePath()).isWritable())
        return kbPath;
    return QString::fromUtf8(readOnlyUri(kbPath, QFileInfo(kbPath + QStringLiteral("-wal")).size() == 0));
}

} // namespace plenum::core
