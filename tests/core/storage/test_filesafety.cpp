// What opening and closing a knowledge base does to the files on disk: POSIX locks kept while a
// second connection opens, a self-contained file after a clean close, and files that are not
// knowledge bases refused by name (docs/reliability.md, "Opening and closing safely").
#include "storage/backup.h"
#include "storage/kbfiles.h"
#include "storage/migrator.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace plenum;
using core::Database;
using core::ErrorCode;
using core::KnowledgeBase;

namespace {

core::Item note(const QString &id)
{
    core::Item item;
    item.type = core::ItemType::Note;
    item.id = id;
    item.fields = { { "title", id }, { "body", "written while another program reads" } };
    item.sources = { QStringLiteral("test") };
    return item;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// plenum-cli as a separate process: its locks are not this process's, as with a user's terminal.
Run cli(const QStringList &args)
{
    QProcess p;
    p.start(test::cliBinary(), args);
    REQUIRE(p.waitForStarted());
    // A bound for a hang, not a speed check: a FIFO used to block here forever.
    REQUIRE(p.waitForFinished(120000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

std::int64_t notesSeenByAnotherProcess(const QString &path)
{
    const Run run = cli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("stats") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("notes")).toInteger(-1);
}

QString integrity(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ReadOnly);
    auto q = db.prepare("PRAGMA integrity_check");
    return q.next() ? q.text(0) : QString();
}

qint64 walBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size(); // 0 when missing
}

} // namespace

TEST_CASE("a second connection opened and closed in-process keeps the first one's locks, so another process "
          "cannot reset the WAL under it",
    "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    auto gui = test::createKb(path, true); // the GUI's long-lived connection
    gui->repository().createItem(note(QStringLiteral("before")));
    {
        core::Transaction tx(gui->database());
        gui->repository().createItem(note(QStringLiteral("held")));
        // A background task opens its own connection while the write is held, then closes it.
        std::thread worker([&] { CHECK(KnowledgeBase::open(path, false)->repository().counts().notes == 1); });
        worker.join();
        // A terminal beside the app reads; when it exits it must not think it was the last user.
        CHECK(notesSeenByAnotherProcess(path) == 1);
        tx.commit();
    }
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    // The commit reached the file every process reads, not a WAL someone deleted.
    CHECK(notesSeenByAnotherProcess(path) == 2);
    gui->repository().createItem(note(QStringLiteral("after")));
    CHECK(notesSeenByAnotherProcess(path) == 3);
    gui.reset();
    CHECK(integrity(path) == QStringLiteral("ok"));
    CHECK(KnowledgeBase::open(path, false)->repository().counts().notes == 3);
}

TEST_CASE("the tests' own file reads keep the locks of a connection this process holds", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    auto kb = test::createKb(path, true);
    kb->repository().createItem(note(QStringLiteral("one")));
    CHECK_FALSE(test::fileHash(path).isEmpty()); // opens and closes a descriptor of the file
    CHECK(notesSeenByAnotherProcess(path) == 1);
    kb->repository().createItem(note(QStringLiteral("two")));
    CHECK(notesSeenByAnotherProcess(path) == 2);
}

TEST_CASE("a clean close leaves one self-contained file with no WAL content", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    {
        auto kb = test::createKb(path, true);
        auto worker = KnowledgeBase::open(path, false); // a second connection, closed first
        for (int i = 0; i < 20; ++i)
            kb->repository().createItem(note(QStringLiteral("note-%1").arg(i)));
        worker.reset();
        CHECK(walBytes(path) == 0); // the worker's close folded it in: nobody was reading
        kb->repository().createItem(note(QStringLiteral("last")));
        CHECK(walBytes(path) > 0);
    }
    CHECK(walBytes(path) == 0);
    // "The one SQLite file" copied alone holds everything.
    const QString copy = dir.path("copy.db");
    test::writeFile(copy, test::readFile(path));
    CHECK(KnowledgeBase::open(copy, false)->repository().counts().notes == 21);
    // The same after a command-line write.
    const Run run = cli(
        { QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(PLENUM_TEST_DATA "/bib/hard.bib") });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(walBytes(path) == 0);
    CHECK(KnowledgeBase::open(path, false)->repository().counts().references > 0);
}

TEST_CASE("a zero-byte knowledge base is refused by name and never rebuilt as a new one", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    QString saved;
    {
        auto kb = test::createKb(path, true);
        kb->repository().createItem(note(QStringLiteral("precious")));
        saved = core::backup::create(kb->database(), QStringLiteral("manual"));
    }
    QFile file(path); // no connection of this process is open on it
    REQUIRE(file.resize(0));
    for (const bool create : { false, true }) {
        const auto e = test::failure([&] { KnowledgeBase::open(path, create); });
        CHECK(e.code() == ErrorCode::Corrupt);
        CHECK(e.message().contains(QDir::toNativeSeparators(path)));
        CHECK(e.message().contains(QStringLiteral("empty")));
        CHECK(e.message().contains(QDir::toNativeSeparators(saved)));
        CHECK(QFileInfo(path).size() == 0);
    }
    const Run run = cli({ QStringLiteral("--db"), path, QStringLiteral("init") });
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("damaged pages are found at open, before anything writes into the file", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 100 * 4096);
    for (qsizetype at = bytes.size() / 3; at < bytes.size() / 3 + 8 * 4096; ++at)
        bytes[at] = char(0xA5); // eight pages in the middle, header and page 1 intact
    test::writeFile(path, bytes);
    const QByteArray damaged = test::fileHash(path);
    const auto e = test::failure([&] { KnowledgeBase::open(path, false); });
    CHECK(e.code() == ErrorCode::Corrupt);
    CHECK(e.message().contains(QDir::toNativeSeparators(path)));
    CHECK(e.message().contains(QStringLiteral("damaged")));
    const Run run = cli(
        { QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(PLENUM_TEST_DATA "/bib/hard.bib") });
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(path) == damaged);
}

TEST_CASE("damaged pages found by a deferred page check stop the first write and are reported", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    SECTION("a sound file opens, is confirmed and takes writes")
    {
        auto kb = KnowledgeBase::open(path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::Auto,
            KnowledgeBase::PageCheck::Deferred);
        core::Transaction tx(kb->database()); // waits for the check, finds nothing
        kb->database().exec("INSERT INTO meta (key, value) VALUES ('deferred-check', 'ok')");
        tx.commit();
        kb->confirmPages();
    }
    SECTION("a damaged file: the check's verdict comes at the first write and at confirmPages()")
    {
        QByteArray bytes = test::readFile(path);
        for (qsizetype at = bytes.size() / 3; at < bytes.size() / 3 + 8 * 4096; ++at)
            bytes[at] = char(0xA5);
        test::writeFile(path, bytes);
        const QByteArray damaged = test::fileHash(path);
        {
            auto kb = KnowledgeBase::open(path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::Auto,
                KnowledgeBase::PageCheck::Deferred);
            const auto write = test::failure([&] { core::Transaction tx(kb->database()); });
            CHECK(write.code() == ErrorCode::Corrupt);
            CHECK(write.message().contains(QStringLiteral("damaged")));
            const auto confirmed = test::failure([&] { kb->confirmPages(); });
            CHECK(confirmed.code() == ErrorCode::Corrupt);
            CHECK(confirmed.message().contains(QDir::toNativeSeparators(path)));
        }
        CHECK(test::fileHash(path) == damaged);
    }
}

// The GUI keeps its knowledge base open; the team status, background tasks and exports open the
// same file again on their own threads, and must not each read its pages again.
TEST_CASE("connections opened while another of this process is open share its page check; the next open "
          "after they close checks again",
    "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    QByteArray bytes = test::readFile(path);
    {
        auto first = KnowledgeBase::open(path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::Auto,
            KnowledgeBase::PageCheck::Deferred);
        first->confirmPages();
        // Damage made behind the open connection's back is not looked for again while it stays open:
        // the pages were checked once for this process.
        for (qsizetype at = bytes.size() / 3; at < bytes.size() / 3 + 8 * 4096; ++at)
            bytes[at] = char(0xA5);
        test::writeFile(path, bytes);
        auto second = KnowledgeBase::open(path, false); // PageCheck::Now
        CHECK_NOTHROW(second->confirmPages());
        auto third = KnowledgeBase::open(path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::Auto,
            KnowledgeBase::PageCheck::Deferred);
        CHECK_NOTHROW(third->confirmPages());
    }
    const auto e = test::failure([&] { KnowledgeBase::open(path, false); });
    CHECK(e.code() == ErrorCode::Corrupt);
    CHECK(e.message().contains(QStringLiteral("damaged")));
}

TEST_CASE("a deferred page check that finds damage gives its verdict to every connection sharing it", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    QByteArray bytes = test::readFile(path);
    for (qsizetype at = bytes.size() / 3; at < bytes.size() / 3 + 8 * 4096; ++at)
        bytes[at] = char(0xA5);
    test::writeFile(path, bytes);
    const QByteArray damaged = test::fileHash(path);
    auto first = KnowledgeBase::open(
        path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::Auto, KnowledgeBase::PageCheck::Deferred);
    const auto shared = test::failure([&] { KnowledgeBase::open(path, false); });
    CHECK(shared.code() == ErrorCode::Corrupt);
    CHECK(shared.message().contains(QDir::toNativeSeparators(path)));
    CHECK(test::failure([&] { first->confirmPages(); }).code() == ErrorCode::Corrupt);
    first.reset();
    CHECK(test::fileHash(path) == damaged);
}

TEST_CASE("a FIFO, a device or a folder given as the knowledge base is refused by name without hanging", "[filesafety]")
{
    test::TempDir dir;
    const QString fifo = dir.path("pipe.db");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const struct {
        QString path;
        const char *problem;
    } cases[] = { { fifo, "FIFO" }, { QStringLiteral("/dev/null"), "device" }, { dir.path("."), "folder" } };
    for (const auto &c : cases) {
        INFO(c.path.toStdString());
        for (const bool create : { false, true }) {
            const auto e = test::failure([&] { KnowledgeBase::open(c.path, create); });
            CHECK(e.code() == ErrorCode::FileError);
            CHECK(e.message().contains(QDir::toNativeSeparators(c.path)));
            CHECK(e.message().contains(QLatin1String(c.problem)));
        }
        const Run run = cli({ QStringLiteral("--db"), c.path, QStringLiteral("stats") });
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QLatin1String(c.problem)));
    }
}

TEST_CASE("a knowledge base under a path with spaces and Chinese characters opens, reads read-only and searches",
    "[filesafety]")
{
    test::TempDir dir;
    REQUIRE(QDir().mkpath(dir.path(QStringLiteral("研究 资料"))));
    const QString path = dir.path(QStringLiteral("研究 资料/我的 知识库.db"));
    test::createKb(path).reset();
    const auto kb = KnowledgeBase::open(path, false, KnowledgeBase::Content::Bundled, KnowledgeBase::Access::ReadOnly);
    CHECK(kb->isReadOnly());
    CHECK(kb->repository().counts().milestones == 79);
    const Run run = cli({ QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("--json"),
        QStringLiteral("search"), QStringLiteral("三中全会") });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("total")).toInteger() > 0);
}

TEST_CASE("read-only search never writes the knowledge base, even one that would need an upgrade", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path).reset();
    const QByteArray before = test::fileHash(path);
    const QStringList search = { QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("search"),
        QStringLiteral("治理") };
    Run run = cli(search);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(test::fileHash(path) == before);
    CHECK(walBytes(path) == 0);
    // An old file is refused read-only instead of being migrated behind the user's back.
    const QString old = dir.path("old.db");
    {
        Database db = Database::open(old, Database::OpenMode::Create);
        core::migrator::createAtVersion(db, 1);
    }
    const QByteArray oldBefore = test::fileHash(old);
    run = cli({ QStringLiteral("--db"), old, QStringLiteral("--read-only"), QStringLiteral("search"),
        QStringLiteral("治理") });
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("upgraded")));
    CHECK(test::fileHash(old) == oldBefore);
}

TEST_CASE("a knowledge base in a read-only folder opens read-only and searches, its index in the cache", "[filesafety]")
{
    test::TempDir dir;
    const QString folder = dir.path("shared");
    const QString cache = dir.path("cache");
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(cache));
    const QString path = folder + QStringLiteral("/kb.db");
    test::createKb(path).reset();
    const QByteArray before = test::fileHash(path);
    // root ignores permissions: there the check runs as an unprivileged user.
    const bool root = ::geteuid() == 0;
    for (const QString &p : { dir.path("."), cache })
        REQUIRE(::chmod(QFile::encodeName(p).constData(), 0777) == 0);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    p.setProcessEnvironment(env);
    QStringList args
        = { QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("治理") };
    if (root)
        args = QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), test::cliBinary() }
            + args;
    p.start(root ? QStringLiteral("setpriv") : test::cliBinary(), args);
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("total")).toInteger() > 0);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".search.sqlite")));
    CHECK_FALSE(QDir(cache).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("transactions take the locks their behaviour names", "[filesafety][transaction]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    Database reader = Database::open(path, Database::OpenMode::ReadOnly);
    {
        core::Transaction snapshot(reader, core::Transaction::Behaviour::Deferred); // reading is allowed
        CHECK(reader.pragmaInt("user_version") == core::migrator::kLatestVersion);
        snapshot.commit();
    }
    CHECK(test::failure([&] { core::Transaction tx(reader); }).code() == ErrorCode::ReadOnly);
    CHECK(test::failure([&] { core::Transaction tx(reader, core::Transaction::Behaviour::Exclusive); }).code()
        == ErrorCode::ReadOnly);
    // A deferred transaction that reads, then writes after another connection committed, cannot
    // wait its way out: the message says so instead of blaming a timeout that never passed.
    Database a = Database::open(path, Database::OpenMode::ReadWrite);
    Database b = Database::open(path, Database::OpenMode::ReadWrite);
    core::Transaction stale(a, core::Transaction::Behaviour::Deferred);
    a.exec("SELECT count(*) FROM meta");
    b.exec("INSERT INTO meta (key, value) VALUES ('b', '1')");
    const auto e = test::failure([&] { a.exec("INSERT INTO meta (key, value) VALUES ('a', '1')"); });
    CHECK(e.code() == ErrorCode::Locked);
    CHECK(e.message().contains(QStringLiteral("try again")));
    CHECK_FALSE(e.message().contains(QStringLiteral("more than")));
}

TEST_CASE("the knowledge base or its working files given as an import or export file are refused", "[filesafety]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    test::createKb(path, true).reset();
    const QByteArray before = test::fileHash(path);
    const QString wal = path + QStringLiteral("-wal");
    const QList<QStringList> commands = { { QStringLiteral("import"), path }, { QStringLiteral("import-kb"), wal },
        { QStringLiteral("link"), path }, { QStringLiteral("export-kb"), path, QStringLiteral("--force") },
        { QStringLiteral("export"), QStringLiteral("--notes"), QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--out"), dir.path("./kb.db"), QStringLiteral("--force") } };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        QString out, err;
        CHECK(test::runCli(QStringList { QStringLiteral("--db"), path } + command, out, err) != 0);
        CHECK(err.contains(QStringLiteral("working files")));
        CHECK(test::fileHash(path) == before);
    }
}
