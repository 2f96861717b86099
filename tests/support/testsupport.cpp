#include "testsupport.h"

#include "cli/clicommands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace plenum::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

std::unique_ptr<core::KnowledgeBase> createKb(const QString &path, bool empty)
{
    const auto content = empty ? core::KnowledgeBase::Content::Empty : core::KnowledgeBase::Content::Bundled;
    if (QFileInfo::exists(path))
        return core::KnowledgeBase::open(path, true, content);
    return copyTemplateKb(path, content);
}

int runCli(const QStringList &args, QString &out, QString &err)
{
    out.clear();
    err.clear();
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, o, e);
    o.flush();
    e.flush();
    return code;
}

} // namespace plenum::test
