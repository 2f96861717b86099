#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <sqlite3.h>

using namespace plenum;
using core::Database;
using core::ErrorCode;

namespace {

// Opens PATH expecting failure; returns the error.
core::Error openFailure(const QString &path, bool create = true)
{
    try {
        core::KnowledgeBase::open(path, create);
    } catch (const core::Error &e) {
        return e;
    }
    FAIL("opening " << path << " succeeded");
    return core::Error(ErrorCode::Internal, QString());
}

} // namespace

TEST_CASE("opening a file that is not a SQLite database names it and changes nothing", "[database]")
{
    test::TempDir dir;
    const QString path = dir.path("notes.txt");
    test::writeFile(path, "These are my notes, not a database.\n");
    const QByteArray before = test::fileHash(path);
    const auto e = openFailure(path);
    CHECK(e.code() == ErrorCode::NotADatabase);
    CHECK(e.message().contains(path));
    CHECK(e.message().contains(QStringLiteral("not a SQLite database")));
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("opening a truncated database reports damage and changes nothing", "[database]")
{
    test::TempDir dir;
    const QString whole = dir.path("whole.db");
    test::createKb(whole, true).reset(); // closed: no connection of this process holds it
    const QString path = dir.path("cut.db");
    test::writeFile(path, test::readFile(whole).left(2048)); // half of the first page
    const QByteArray before = test::fileHash(path);
    const auto e = openFailure(path);
    CHECK(e.code() == ErrorCode::Corrupt);
    CHECK(e.message().contains(path));
    CHECK(e.message().contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("opening in a missing folder creates nothing", "[database]")
{
    test::TempDir dir;
    const QString path = dir.path("no/such/folder/kb.db");
    const auto e = openFailure(path);
    CHECK(e.code() == ErrorCode::FileError);
    CHECK(e.message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QDir(dir.path("no")).exists());
}

TEST_CASE("opening a missing file without create says how to create it", "[database]")
{
    test::TempDir dir;
    const QString path = dir.path("absent.db");
    const auto e = openFailure(path, false);
    CHECK(e.code() == ErrorCode::NotFound);
    CHECK(e.message().contains(QStringLiteral("plenum-cli init")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("opening a folder as a knowledge base is refused", "[database]")
{
    test::TempDir dir;
    const auto e = openFailure(dir.path("."));
    CHECK(e.code() == ErrorCode::FileError);
    CHECK(e.message().contains(QStringLiteral("folder")));
}

TEST_CASE("a read-only file opens read-only, and writes then fail saying so", "[database]")
{
    test::TempDir dir;
    const QString path = dir.path("ro.db");
    test::createKb(path, true).reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = test::fileHash(path);
    // root writes through file permissions, so there the explicit read-only mode stands in for chmod.
    const auto access = ::geteuid() == 0 ? core::KnowledgeBase::Access::ReadOnly : core::KnowledgeBase::Access::Auto;
    auto kb = core::KnowledgeBase::open(path, false, core::KnowledgeBase::Content::Bundled, access);
    CHECK(kb->isReadOnly());
    CHECK(kb->repository().counts().milestones == 0);
    try {
        kb->database().prepare("INSERT INTO meta (key, value) VALUES ('x', '1')").run();
        FAIL("a read-only knowledge base was written");
    } catch (const core::Error &e) {
        CHECK(e.code() == ErrorCode::ReadOnly);
        CHECK(e.message().contains(QStringLiteral("read-only")));
    }
    try {
        core::Transaction tx(kb->database());
        FAIL("a transaction began on a read-only knowledge base");
    } catch (const core::Error &e) {
        CHECK(e.code() == ErrorCode::ReadOnly);
        CHECK(e.message().contains(path));
    }
    kb.reset();
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a knowledge base held exclusively by another connection is reported as locked", "[database]")
{
    test::TempDir dir;
    const QString path = dir.path("locked.db");
    auto holder = test::createKb(path, true);
    holder->database().exec("PRAGMA locking_mode = EXCLUSIVE");
    holder->database().exec("BEGIN EXCLUSIVE");
    holder->database().exec("INSERT INTO meta (key, value) VALUES ('held', '1')");
    try {
        auto db = Database::open(path, Database::OpenMode::ReadWrite, 50);
        core::migrator::migrate(db);
        FAIL("the locked database was opened");
    } catch (const core::Error &e) {
        CHECK(e.code() == ErrorCode::Locked);
        CHECK(e.message().contains(QStringLiteral("locked")));
        CHECK(e.message().contains(path));
    }
    holder->database().exec("ROLLBACK");
}

TEST_CASE("a new knowledge base uses WAL and foreign keys", "[database]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto q = kb->database().prepare("PRAGMA journal_mode");
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("wal"));
    CHECK(kb->database().pragmaInt("foreign_keys") == 1);
}

TEST_CASE("a query with two statements is refused", "[database]")
{
    auto db = Database::openMemory();
    CHECK_THROWS_AS(db.prepare("SELECT 1; DROP TABLE x"), core::Error);
}

TEST_CASE(
    "SQLite keeps no allocation count, whose lock would make the search's connections wait on each other", "[database]")
{
    test::TempDir dir;
    Database db = Database::open(dir.path("kb.db"), Database::OpenMode::Create);
    db.exec("CREATE TABLE t (x TEXT)");
    db.exec("INSERT INTO t VALUES (hex(randomblob(100000)))");
    // With SQLITE_CONFIG_MEMSTATUS on, every allocation is counted under one process-wide mutex.
    CHECK(sqlite3_memory_used() == 0);
}
