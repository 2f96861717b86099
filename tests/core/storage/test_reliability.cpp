// Backups, restore, checks, contention and read-only access (docs/reliability.md).
#include "facade/dbcheck.h"
#include "search/searchindex.h"
#include "storage/backup.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <thread>

using namespace plenum;
using core::Database;
using core::ErrorCode;
using core::KnowledgeBase;

namespace {

void rawSql(const QString &kbPath, std::initializer_list<const char *> statements)
{
    Database db = Database::open(kbPath, Database::OpenMode::ReadWrite);
    for (const char *sql : statements)
        db.exec(sql);
}

std::int64_t scalar(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q.next() ? q.integer(0) : -1;
}

} // namespace

TEST_CASE("link changes reach the change journal and the search index's milestone filter follows them",
    "[reliability][search]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    rawSql(path,
        { "INSERT INTO entities(id, type) VALUES ('cc18-3', 'milestone'), ('st-a', 'statement')",
            "INSERT INTO milestones(id, kind, term, session, name_en, name_zh, start_date, end_date) VALUES"
            " ('cc18-3', 'cc_plenum', 18, 3, 'Third Plenum', '十八届三中全会', '2013-11-09', '2013-11-12')",
            "INSERT INTO statements(id, text, language, date) VALUES ('st-a', 'Innovate social governance.', 'en', "
            "'2013-11-12')" });
    auto index = core::search::SearchIndex::open(path);
    core::search::SearchOptions options;
    options.expandAliases = false;
    const auto hits = [&] { return index->search(QStringLiteral("governance milestone:cc18-3"), options).hits.size(); };
    CHECK(hits() == 0);
    rawSql(path, { "INSERT INTO links(source_id, target_id, relation) VALUES ('st-a', 'cc18-3', 'about')" });
    CHECK(hits() == 1);
    rawSql(path, { "UPDATE links SET note = 'checked' WHERE source_id = 'st-a'" });
    CHECK(hits() == 1);
    rawSql(path, { "DELETE FROM links WHERE source_id = 'st-a'" });
    CHECK(hits() == 0);
    CHECK(index->verify().isEmpty());
}

TEST_CASE("a writer waits for another connection's write instead of failing, and the wait is reported",
    "[reliability][contention]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    std::atomic<bool> holding = false;
    std::thread holder([&] {
        Database other = Database::open(path, Database::OpenMode::ReadWrite);
        core::Transaction tx(other);
        other.exec("INSERT INTO meta (key, value) VALUES ('holder', '1')");
        holding = true;
        QThread::msleep(1000);
        tx.commit();
    });
    while (!holding)
        QThread::msleep(5);
    std::atomic<int> longestWait = 0;
    Database::setBusyNotifier([&](const QString &waitingOn, int waitedMs) {
        CHECK(waitingOn == path);
        longestWait = std::max(longestWait.load(), waitedMs);
        return true;
    });
    {
        Database db = Database::open(path, Database::OpenMode::ReadWrite);
        core::Transaction tx(db);
        db.exec("INSERT INTO meta (key, value) VALUES ('waiter', '1')");
        tx.commit();
        CHECK(scalar(db, "SELECT count(*) FROM meta WHERE key IN ('holder', 'waiter')") == 2);
    }
    Database::setBusyNotifier({});
    holder.join();
    CHECK(longestWait > 0);
}

TEST_CASE("a wait the notifier cancels ends in a Locked error that says what happened", "[reliability][contention]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    Database holder = Database::open(path, Database::OpenMode::ReadWrite);
    core::Transaction held(holder);
    holder.exec("INSERT INTO meta (key, value) VALUES ('holder', '1')");
    Database::setBusyNotifier([](const QString &, int) { return false; });
    Database db = Database::open(path, Database::OpenMode::ReadWrite);
    const auto e = test::failure([&] { core::Transaction tx(db); });
    Database::setBusyNotifier({});
    CHECK(e.code() == ErrorCode::Locked);
    CHECK(e.message().contains(QStringLiteral("another program")));
}

TEST_CASE("backups are consistent copies in backups/, and only the newest N are kept", "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    auto kb = test::createKb(path);
    const auto counts = kb->repository().counts();
    core::backup::setSettings(kb->database(), { 0, 3 });
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made.append(core::backup::create(kb->database(), QStringLiteral("manual")));
    const QStringList kept = core::backup::list(path);
    REQUIRE(kept.size() == 3);
    CHECK(kept.first() == made.last());
    CHECK(QFileInfo(kept.first()).absolutePath() == QDir(dir.path("backups")).absolutePath());
    CHECK(QFileInfo(kept.first()).fileName().startsWith(QStringLiteral("kb-")));
    CHECK_FALSE(QFileInfo::exists(made.first()));
    core::backup::verify(kept.first());
    auto copy
        = KnowledgeBase::open(kept.first(), false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::ReadOnly);
    CHECK(copy->repository().counts().statements == counts.statements);
    CHECK(copy->repository().counts().links == counts.links);
}

TEST_CASE("a scheduled backup is made only when the interval has passed", "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    auto kb = test::createKb(path, true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::backup::setSettings(kb->database(), { 0, 10 });
    CHECK(core::backup::createIfDue(kb->database(), now).isEmpty()); // turned off
    core::backup::setSettings(kb->database(), { 6, 10 });
    CHECK_FALSE(core::backup::createIfDue(kb->database(), now).isEmpty());
    CHECK(core::backup::createIfDue(kb->database(), now.addSecs(3600)).isEmpty());
    CHECK_FALSE(core::backup::createIfDue(kb->database(), now.addSecs(7 * 3600)).isEmpty());
    CHECK(core::backup::list(path).size() == 2);
    CHECK(test::failure([&] { core::backup::setSettings(kb->database(), { 1, 0 }); }).code() == ErrorCode::Usage);
}

TEST_CASE("a migration is preceded by a backup of the old version", "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("old.db");
    {
        Database db = Database::open(path, Database::OpenMode::Create);
        core::migrator::createAtVersion(db, 3);
    }
    Database db = Database::open(path, Database::OpenMode::ReadWrite);
    core::migrator::migrate(db);
    const QStringList backups = core::backup::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-migration-%1").arg(core::migrator::kLatestVersion)));
    Database old = Database::open(backups.first(), Database::OpenMode::ReadOnly);
    CHECK(old.pragmaInt("user_version") == 3);
}

TEST_CASE(
    "restore refuses what is not a Plenum knowledge base and leaves the current file alone", "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    const QByteArray before = test::fileHash(path);
    const QString text = dir.path("notes.txt");
    test::writeFile(text, "not a database");
    CHECK(test::failure([&] { core::backup::restore(path, text); }).code() == ErrorCode::NotADatabase);
    const QString other = dir.path("other.db");
    {
        Database db = Database::open(other, Database::OpenMode::Create);
        db.exec("CREATE TABLE t (x)");
    }
    const auto e = test::failure([&] { core::backup::restore(path, other); });
    CHECK(e.code() == ErrorCode::NotADatabase);
    CHECK(e.message().contains(QStringLiteral("not a Plenum knowledge base")));
    CHECK(test::fileHash(path) == before);
    CHECK(core::backup::list(path).isEmpty());
}

TEST_CASE("restore brings back a backup and first backs up the file it replaces", "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    QString saved;
    {
        auto kb = test::createKb(path);
        saved = core::backup::create(kb->database(), QStringLiteral("manual"));
        kb->database().exec("DELETE FROM entities WHERE id IN (SELECT id FROM statements)");
    }
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("restore"),
                             QStringLiteral("--latest") },
                out, err)
        == 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("restored_from")).toString() == QFileInfo(saved).absoluteFilePath());
    const QString previous = o.value(QStringLiteral("previous_saved_to")).toString();
    REQUIRE(QFileInfo::exists(previous));
    auto kb = KnowledgeBase::open(path, false);
    CHECK(kb->repository().counts().statements == 219);
    auto before
        = KnowledgeBase::open(previous, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::ReadOnly);
    CHECK(before->repository().counts().statements == 0);
}

TEST_CASE("a damaged knowledge base opens to an error naming the latest backup, and is not overwritten",
    "[reliability][backup]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    QString saved;
    {
        auto kb = test::createKb(path);
        saved = core::backup::create(kb->database(), QStringLiteral("manual"));
        kb->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    const QByteArray damaged = test::fileHash(path);
    const auto e = test::failure([&] { KnowledgeBase::open(path, true); });
    CHECK(e.code() == ErrorCode::Corrupt);
    CHECK(e.message().contains(QDir::toNativeSeparators(saved)));
    CHECK(core::backup::latest(path) == saved);
    CHECK(test::fileHash(path) == damaged);
    // Restoring a damaged file keeps its bytes aside.
    const QString aside = core::backup::restore(path, saved);
    CHECK(test::fileHash(aside) == damaged);
    CHECK(KnowledgeBase::open(path, false)->repository().counts().milestones == 79);
}

TEST_CASE("check reports a sound knowledge base and rebuilds a search index that disagrees with the data",
    "[reliability][check]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    auto first = core::checkKnowledgeBase(path);
    CHECK(first.ok());
    CHECK(first.index == QStringLiteral("rebuilt")); // there was none yet
    CHECK(core::checkKnowledgeBase(path).index == QStringLiteral("ok"));
    {
        Database index = Database::open(core::search::SearchIndex::indexPath(path), Database::OpenMode::ReadWrite);
        index.exec("DELETE FROM search_docs WHERE entity_id = 'cc18-3'");
    }
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("check") }, out, err)
        == 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("search_index")).toString() == QStringLiteral("rebuilt"));
    CHECK(o.value(QStringLiteral("repaired")).toArray().size() == 1);
    CHECK(core::checkKnowledgeBase(path).index == QStringLiteral("ok"));
}

TEST_CASE(
    "plenum-cli backup writes a named file or a timestamped one, and --read-only refuses changes", "[reliability][cli]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    QString out, err;
    REQUIRE(
        test::runCli({ QStringLiteral("--db"), path, QStringLiteral("backup"), dir.path("copy.db") }, out, err) == 0);
    core::backup::verify(dir.path("copy.db"));
    REQUIRE(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("backup") }, out, err) == 0);
    CHECK(core::backup::list(path).size() == 1);
    const QByteArray before = test::fileHash(path);
    CHECK(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("backup"),
                           QStringLiteral("--every"), QStringLiteral("6") },
              out, err)
        == 2);
    CHECK(err.contains(QStringLiteral("read-only")));
    CHECK(test::fileHash(path) == before);
}
