#include "torturecommon.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

namespace torture {

QString token(std::uint64_t n)
{
    QString word = QStringLiteral("zq");
    QString letters;
    for (int i = 0; i < 9; ++i, n /= 26)
        letters.prepend(QChar(u'a' + int(n % 26)));
    return word + letters + QLatin1Char('x');
}

void appendLine(const QString &path, const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const ssize_t written = ::write(fd, bytes.constData(), size_t(bytes.size()));
    (void)written; // a log that cannot be written shows up as missing lines, never as a false pass
    ::close(fd);
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

QByteArray bibEntry(const QString &token)
{
    return QStringLiteral("@article{%1,\n  title = {Torture entry %1},\n  author = {Tester, Alice},\n"
                          "  journal = {Journal of Crash Tests},\n  year = {2026}\n}\n\n")
        .arg(token)
        .toUtf8();
}

QByteArray kbNote(const QString &id, const QString &token)
{
    QJsonObject note { { QStringLiteral("type"), QStringLiteral("note") }, { QStringLiteral("id"), id },
        { QStringLiteral("title"), QStringLiteral("Torture note %1").arg(token) },
        { QStringLiteral("body"), QStringLiteral("Edited by plenum-cli import-kb: %1.").arg(token) } };
    return QByteArray("{\"format\":\"plenum-kb\",\"version\":1}\n") + QJsonDocument(note).toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace torture
