#include "testsupport.h"

#include "cli/clicommands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <vector>

namespace plenum::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

core::Error failure(const std::function<void()> &f)
{
    try {
        f();
    } catch (const core::Error &e) {
        return e;
    }
    FAIL("no error was thrown");
    return core::Error(core::ErrorCode::Internal, QString());
}

QByteArray readFile(const QString &path)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    REQUIRE(vfs);
    std::vector<char> storage(static_cast<std::size_t>(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    const QByteArray name = QFileInfo(path).absoluteFilePath().toUtf8(); // must outlive the file
    if (!QFileInfo(path).isFile())
        return {};
    int flags = 0;
    if (vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) != SQLITE_OK)
        return {};
    sqlite3_int64 size = 0;
    QByteArray bytes;
    if (file->pMethods->xFileSize(file, &size) == SQLITE_OK && size > 0) {
        bytes.resize(static_cast<qsizetype>(size));
        if (file->pMethods->xRead(file, bytes.data(), static_cast<int>(size), 0) != SQLITE_OK)
            bytes.clear();
    }
    file->pMethods->xClose(file);
    return bytes;
}

QByteArray fileHash(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QString cliBinary()
{
    return QStringLiteral(PLENUM_CLI_BINARY);
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

void addTexts(const QString &kbPath, int first, const QStringList &texts)
{
    core::Database db = core::Database::open(kbPath, core::Database::OpenMode::ReadWrite);
    core::Transaction tx(db);
    auto entity = db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'statement')");
    auto statement = db.prepare("INSERT INTO statements(id, text, language, date) VALUES (?1, ?2, 'zh', ?3)");
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString id = QStringLiteral("st-%1").arg(first + i);
        entity.reset();
        entity.bindAll(id).run();
        statement.reset();
        statement.bindAll(id, texts[i], QStringLiteral("%1-03-01").arg(2005 + i % 15)).run();
    }
    tx.commit();
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
