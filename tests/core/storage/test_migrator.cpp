#include "storage/migrator.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <thread>

using namespace plenum;
using core::Database;

namespace {

// The schema as SQLite records it, one normalized line per object, sorted.
QStringList schemaOf(Database &db)
{
    auto q = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    QStringList rows;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (q.next())
        rows.append(QStringList { q.text(0), q.text(1), q.text(2), q.text(3).replace(space, QStringLiteral(" ")) }.join(
            QLatin1Char('|')));
    return rows;
}

} // namespace

TEST_CASE("a fresh schema equals a database migrated from version 1", "[migrator]")
{
    test::TempDir dir;
    auto fresh = Database::open(dir.path("fresh.db"), Database::OpenMode::Create);
    const auto created = core::migrator::migrate(fresh);
    CHECK(created.created);
    CHECK(fresh.pragmaInt("user_version") == core::migrator::kLatestVersion);

    auto old = Database::open(dir.path("old.db"), Database::OpenMode::Create);
    core::migrator::createAtVersion(old, 1);
    REQUIRE(old.pragmaInt("user_version") == 1);
    const auto migrated = core::migrator::migrate(old);
    CHECK_FALSE(migrated.created);
    CHECK(migrated.fromVersion == 1);
    CHECK(old.pragmaInt("user_version") == core::migrator::kLatestVersion);
    CHECK(schemaOf(old) == schemaOf(fresh));
    CHECK(old.pragmaInt("application_id") == core::migrator::kApplicationId);
}

TEST_CASE("a database from a newer Plenum is refused and left as it was", "[migrator]")
{
    test::TempDir dir;
    const QString path = dir.path("newer.db");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        core::migrator::migrate(db);
        db.exec("PRAGMA user_version = 99");
    }
    const QByteArray before = test::fileHash(path);
    try {
        core::KnowledgeBase::open(path, false);
        FAIL("a newer database was opened");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::NewerVersion);
        CHECK(e.message().contains(QStringLiteral("newer Plenum")));
        CHECK(e.message().contains(path));
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("a SQLite database that is not a Plenum knowledge base is refused", "[migrator]")
{
    test::TempDir dir;
    const QString path = dir.path("other.db");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
    }
    const QByteArray before = test::fileHash(path);
    try {
        core::KnowledgeBase::open(path, false);
        FAIL("a foreign database was opened");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::NotADatabase);
        CHECK(e.message().contains(QStringLiteral("not a Plenum knowledge base")));
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("migrations apply one transaction each and leave user data intact", "[migrator]")
{
    test::TempDir dir;
    const QString path = dir.path("v1.db");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        core::migrator::createAtVersion(db, 1);
        db.exec("INSERT INTO entities (id, type) VALUES ('note-a', 'note')");
        db.exec("INSERT INTO notes (id, title, body) VALUES ('note-a', 'Kept', 'body')");
        db.exec("INSERT INTO meta (key, value) VALUES ('bundle_hash', 'none')");
    }
    auto kb = core::KnowledgeBase::open(path, false);
    CHECK(kb->repository().item(QStringLiteral("note-a")).text(QStringLiteral("title")) == QStringLiteral("Kept"));
    CHECK(kb->database().pragmaInt("user_version") == core::migrator::kLatestVersion);
}

TEST_CASE("two programs upgrading the same old file at once apply each migration once", "[migrator]")
{
    test::TempDir dir;
    const QString path = dir.path("v1.db");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        core::migrator::createAtVersion(db, 1);
    }
    Database first = Database::open(path, Database::OpenMode::ReadWrite);
    first.exec("BEGIN IMMEDIATE");
    // The second program has read version 1 and waits for the write lock; it is held in its wait
    // (inside the busy notifier) until the first program has upgraded the file.
    std::atomic<bool> secondWaits = false;
    std::atomic<bool> release = false;
    std::atomic<std::thread::id> secondThread;
    Database::setBusyNotifier([&](const QString &, int) {
        if (std::this_thread::get_id() == secondThread && !release) {
            secondWaits = true;
            while (!release)
                QThread::msleep(5);
        }
        return true;
    });
    QString secondFailure;
    std::thread second([&] {
        secondThread = std::this_thread::get_id();
        try {
            Database db = Database::open(path, Database::OpenMode::ReadWrite);
            core::migrator::migrate(db);
        } catch (const core::Error &e) {
            secondFailure = e.message();
        }
    });
    while (!secondWaits)
        QThread::msleep(5);
    first.exec("ROLLBACK");
    QString firstFailure;
    try {
        core::migrator::migrate(first);
    } catch (const core::Error &e) {
        firstFailure = e.message();
    }
    release = true;
    second.join();
    Database::setBusyNotifier({});
    CHECK(firstFailure == QString());
    CHECK(secondFailure == QString());
    CHECK(first.pragmaInt("user_version") == core::migrator::kLatestVersion);
}

TEST_CASE("upgrading to version 11 keeps a user's milestones, their links and their deletion cascade", "[migrator]")
{
    test::TempDir dir;
    const QString path = dir.path("v5.db");
    {
        auto db = Database::open(path, Database::OpenMode::Create);
        core::migrator::createAtVersion(db, 5);
        db.exec("INSERT INTO entities (id, type, sources) VALUES ('my-event', 'milestone', '[\"my notes\"]')");
        db.exec("INSERT INTO milestones (id, kind, name_en, name_zh, start_date, end_date, summary_en) VALUES "
                "('my-event', 'other_event', 'Work conference', '中央工作会议', '1978-11-10', '1978-12-15', 'Mine')");
        db.exec("INSERT INTO entities (id, type) VALUES ('note-a', 'note')");
        db.exec("INSERT INTO notes (id, title, body) VALUES ('note-a', 'Kept', 'see it')");
        db.exec("INSERT INTO links (source_id, target_id, relation) VALUES ('note-a', 'my-event', 'mentions')");
        db.exec("INSERT INTO meta (key, value) VALUES ('bundle_hash', 'none')");
    }
    auto kb = core::KnowledgeBase::open(path, false);
    auto &repo = kb->repository();
    const auto item = repo.item(QStringLiteral("my-event"));
    CHECK(item.text(QStringLiteral("name_zh")) == QStringLiteral("中央工作会议"));
    CHECK(item.text(QStringLiteral("end_date")) == QStringLiteral("1978-12-15"));
    CHECK(item.text(QStringLiteral("summary_en")) == QStringLiteral("Mine"));
    CHECK_FALSE(item.fields.contains(QStringLiteral("verification")));
    CHECK(repo.outgoingLinks(QStringLiteral("note-a")).size() == 1);
    // The rebuilt table still cleans up after itself: deleting the entity removes the milestone.
    kb->database().exec("DELETE FROM entities WHERE id = 'my-event'");
    auto q = kb->database().prepare("SELECT count(*) FROM milestones");
    REQUIRE(q.next());
    CHECK(q.integer(0) == 0);
    CHECK(repo.outgoingLinks(QStringLiteral("note-a")).isEmpty());
}

TEST_CASE("a milestone has both dates or neither", "[migrator]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path("k.db"), Database::OpenMode::Create);
    core::migrator::migrate(db);
    db.exec("INSERT INTO entities (id, type) VALUES ('m', 'milestone')");
    CHECK_THROWS_AS(db.exec("INSERT INTO milestones (id, kind, name_en, name_zh, start_date) VALUES "
                            "('m', 'other_event', 'x', 'x', '1990-01-01')"),
        core::Error);
    db.exec("INSERT INTO milestones (id, kind, name_en, name_zh) VALUES ('m', 'other_event', 'x', 'x')");
    auto q = db.prepare("SELECT count(*) FROM milestones WHERE start_date IS NULL");
    REQUIRE(q.next());
    CHECK(q.integer(0) == 1);
}
