// Team libraries (issue 18) against a real PostgreSQL (tools/pg-test-server, ctest fixture
// team_server): never a mock.
#include "team/teamsync.h"

#include "pgtestserver.h"
#include "testsupport.h"

#include "interchange/kbformat.h"
#include "storage/attachments.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "team/resolve.h"
#include "team/syncengine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUuid>

#include <algorithm>

using namespace plenum;
using namespace plenum::core::team;

TEST_CASE("A team URL parses and prints without its password", "[team]")
{
    const auto url = TeamUrl::parse(QStringLiteral(
        "postgresql://ann:s3cret@db.example.org:6543/research?library=Grassroots%20governance&sslmode=verify-full"));
    CHECK(url.member == QLatin1String("ann"));
    CHECK(url.password == QLatin1String("s3cret"));
    CHECK(url.host == QLatin1String("db.example.org"));
    CHECK(url.port == 6543);
    CHECK(url.database == QLatin1String("research"));
    CHECK(url.library == QLatin1String("Grassroots governance"));
    CHECK(url.sslMode == QLatin1String("verify-full"));
    CHECK_FALSE(url.text().contains(QLatin1String("s3cret")));
    CHECK(TeamUrl::parse(url.text()).library == url.library);
    const auto socket = TeamUrl::parse(QStringLiteral("postgresql://ann@%2Ftmp%2Fpg:5432/research?library=x"));
    CHECK(socket.host == QLatin1String("/tmp/pg"));
    CHECK(TeamUrl::parse(socket.text()).host == QLatin1String("/tmp/pg"));
    const auto bad = test::failure([] { TeamUrl::parse(QStringLiteral("http://example.org/x")); });
    CHECK(bad.code() == core::ErrorCode::Usage);
    CHECK(bad.message().contains(QLatin1String("not a team URL")));
    CHECK_FALSE(test::failure([] { TeamUrl::parse(QStringLiteral("postgresql://a:pw@h:1/db?evil=1")); })
                    .message()
                    .contains(QLatin1String("pw")));
}

TEST_CASE("A team URL's timeout is how long a silent server is waited for, kept with the URL", "[team]")
{
    const auto plain = TeamUrl::parse(QStringLiteral("postgresql://ann@h/db?library=x"));
    CHECK(plain.timeout == 0);
    CHECK(plain.connectionString().contains(QStringLiteral("connect_timeout=%1").arg(TeamUrl::kConnectSeconds)));
    CHECK(plain.connectionString().contains(QStringLiteral("tcp_user_timeout=%1").arg(TeamUrl::kAnswerSeconds * 1000)));
    const auto slow = TeamUrl::parse(QStringLiteral("postgresql://ann@h/db?library=x&timeout=300"));
    CHECK(slow.timeout == 300);
    CHECK(slow.connectionString().contains(QLatin1String("connect_timeout=300")));
    CHECK(slow.connectionString().contains(QLatin1String("tcp_user_timeout=300000")));
    CHECK(slow.text().contains(QLatin1String("timeout=300")));
    CHECK(TeamUrl::parse(slow.text()).timeout == 300); // stored with the library, read back the same
    for (const char *bad : { "0", "3601", "ten", "" }) {
        const auto e = test::failure(
            [bad] { TeamUrl::parse(QStringLiteral("postgresql://ann@h/db?library=x&timeout=") + QLatin1String(bad)); });
        CHECK(e.code() == core::ErrorCode::Usage);
        CHECK(e.message() == QLatin1String("The team URL's timeout must be a whole number of seconds from 1 to 3600."));
    }
}

TEST_CASE("The test server is a real PostgreSQL 15 with SCRAM passwords", "[team]")
{
    test::PgTestDatabase db;
    pqxx::connection c(db.connInfo());
    pqxx::work tx(c);
    CHECK(tx.exec1("SHOW password_encryption")[0].as<std::string>() == "scram-sha-256");
    CHECK(tx.exec1("SHOW server_version_num")[0].as<int>() / 10000 == 15);
}

namespace {

using core::Item;
using core::ItemType;
using core::KnowledgeBase;

std::unique_ptr<KnowledgeBase> openKb(const QString &path)
{
    return KnowledgeBase::open(path, false, KnowledgeBase::Content::Empty);
}

/// One desktop: a knowledge base file and its TeamSync.
struct Desk {
    QString path;
    std::unique_ptr<TeamSync> team;
    Desk(const test::TempDir &dir, const QString &name)
        : path(dir.path(name + QStringLiteral(".db")))
    {
        test::createKb(path, true);
        team = std::make_unique<TeamSync>(path);
    }
    void addNote(const QString &id, const QString &title, const QString &body = {})
    {
        auto kb = openKb(path);
        Item it;
        it.type = ItemType::Note;
        it.id = id;
        it.fields.insert(QStringLiteral("title"), title);
        it.fields.insert(QStringLiteral("body"), body);
        kb->repository().createItem(it);
    }
    void setField(const QString &id, const QString &field, const QString &value)
    {
        auto kb = openKb(path);
        Item it = kb->repository().item(id);
        it.fields.insert(field, value);
        kb->repository().updateItem(it);
    }
    QString field(const QString &id, const QString &field)
    {
        auto kb = openKb(path);
        return kb->repository().item(id).text(field);
    }
    bool has(const QString &id) { return openKb(path)->repository().findItem(id).has_value(); }
    void remove(const QString &id) { openKb(path)->repository().deleteItem(id); }
    QByteArray content()
    {
        auto kb = openKb(path);
        return core::kb::exportFile(kb->repository());
    }
};

/// A library on a fresh database: ann (the owner, admin) created it from her desk.
struct Team {
    test::PgTestDatabase db;
    QString library = QStringLiteral("Grassroots governance");
    QString memberUrl(const QString &name) const
    {
        return db.url(db.prefix() + name, QStringLiteral("pw-") + name, library);
    }
    void create(Desk &owner) { owner.team->create(TeamUrl::parse(db.ownerUrl(library)), library); }
    void add(Desk &admin, const QString &name, const QString &role)
    {
        admin.team->addMember(db.prefix() + name, QStringLiteral("pw-") + name, role);
    }
    /// ADMIN adds NAME with ROLE, and NAME joins from DESK.
    void join(Desk &admin, Desk &desk, const QString &name, const QString &role)
    {
        add(admin, name, role);
        desk.team->join(TeamUrl::parse(memberUrl(name)));
    }
};

} // namespace

TEST_CASE("Two desktops share a team library: what one adds the other sees after sync", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Fengqiao experience"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    CHECK(b.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Fengqiao experience"));

    a.addNote(QStringLiteral("note-2"), QStringLiteral("Grid management"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("body"), QStringLiteral("Zhejiang, 1963."));
    CHECK(b.team->status().pendingChanges == 1);
    const auto ra = a.team->sync();
    CHECK(ra.pushed == 1);
    const auto rb = b.team->sync();
    CHECK(rb.pulled == 1);
    CHECK(rb.pushed == 1);
    a.team->sync();
    CHECK(a.content() == b.content());
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("body")) == QLatin1String("Zhejiang, 1963."));
    const auto st = b.team->status();
    CHECK(st.configured);
    CHECK(st.role == QLatin1String("editor"));
    CHECK(st.pendingChanges == 0);
    CHECK(st.conflicts == 0);
    CHECK(st.lastSync.isValid());
    CHECK(st.libraryVersion == a.team->status().libraryVersion);
    CHECK_FALSE(st.url.contains(QLatin1String("pw-")));
}

TEST_CASE("Three desktops editing the same field: a conflict lists both values and is resolved", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b")), c(dir, QStringLiteral("c"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Petitions"));
    t.create(a);
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    t.add(a, QStringLiteral("cy"), QStringLiteral("editor"));
    b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))));
    c.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("cy"))));
    a.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Letters and visits"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Xinfang"));
    c.addNote(QStringLiteral("note-3"), QStringLiteral("Mediation"));
    a.team->sync();
    c.team->sync();
    const auto rb = b.team->sync();
    CHECK(rb.conflicts == 1);
    // Nothing is overwritten silently: the local value stays until the user chooses.
    CHECK(b.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang"));
    CHECK(b.has(QStringLiteral("note-3")));
    const auto list = b.team->conflicts();
    REQUIRE(list.size() == 1);
    CHECK(list[0].entityId == QLatin1String("note-1"));
    CHECK(list[0].field == QLatin1String("title"));
    CHECK(list[0].kind == QLatin1String("edit-edit"));
    CHECK(list[0].base == QLatin1String("Petitions"));
    CHECK(list[0].local == QLatin1String("Xinfang"));
    CHECK(list[0].remote == QLatin1String("Letters and visits"));
    CHECK(b.team->status().conflicts == 1);
    b.team->resolve(QStringLiteral("note-1"), QStringLiteral("title"), Choice::Local);
    CHECK(b.team->conflicts().empty());
    b.team->sync();
    a.team->sync();
    c.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang"));
    CHECK(a.content() == b.content());
    CHECK(b.content() == c.content());
    const auto missing
        = test::failure([&] { b.team->resolve(QStringLiteral("note-1"), QStringLiteral("title"), Choice::Remote); });
    CHECK(missing.code() == core::ErrorCode::NotFound);
}

TEST_CASE("Note bodies edited on two desktops merge line by line, and the same line gives conflict markers", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Outline"), QStringLiteral("one\ntwo\nthree\nfour\n"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    a.setField(QStringLiteral("note-1"), QStringLiteral("body"), QStringLiteral("ONE\ntwo\nthree\nfour\n"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("body"), QStringLiteral("one\ntwo\nthree\nFOUR\n"));
    a.team->sync();
    CHECK(b.team->sync().conflicts == 0);
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("body")) == QLatin1String("ONE\ntwo\nthree\nFOUR\n"));
    CHECK(a.content() == b.content());

    a.setField(QStringLiteral("note-1"), QStringLiteral("body"), QStringLiteral("ONE\ntwo (a)\nthree\nFOUR\n"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("body"), QStringLiteral("ONE\ntwo (b)\nthree\nFOUR\n"));
    a.team->sync();
    CHECK(b.team->sync().conflicts == 1);
    const auto list = b.team->conflicts();
    REQUIRE(list.size() == 1);
    CHECK(list[0].field == QLatin1String("body"));
    CHECK(list[0].merged.contains(QLatin1String("<<<<<<< local\ntwo (b)\n=======\ntwo (a)\n>>>>>>> remote")));
    b.team->resolve(QStringLiteral("note-1"), QStringLiteral("body"), Choice::Merged,
        QStringLiteral("ONE\ntwo (a and b)\nthree\nFOUR\n"));
    b.team->sync();
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("body"))
        == QLatin1String("ONE\ntwo (a and b)\nthree\nFOUR\n"));
    CHECK(a.content() == b.content());
}

TEST_CASE("Deletes sync, and deleted here but edited there is a conflict", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Keep"));
    a.addNote(QStringLiteral("note-2"), QStringLiteral("Drop"));
    a.addNote(QStringLiteral("note-3"), QStringLiteral("Disputed"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    a.remove(QStringLiteral("note-2"));
    a.team->sync();
    b.team->sync();
    CHECK_FALSE(b.has(QStringLiteral("note-2")));

    b.remove(QStringLiteral("note-3"));
    a.setField(QStringLiteral("note-3"), QStringLiteral("title"), QStringLiteral("Disputed, revised"));
    a.team->sync();
    CHECK(b.team->sync().conflicts == 1);
    auto list = b.team->conflicts();
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == QLatin1String("delete-edit"));
    CHECK(list[0].field == QLatin1String("*"));
    CHECK(list[0].remote.contains(QLatin1String("Disputed, revised")));
    CHECK_FALSE(b.has(QStringLiteral("note-3")));
    b.team->resolve(QStringLiteral("note-3"), QStringLiteral("*"), Choice::Remote);
    CHECK(b.field(QStringLiteral("note-3"), QStringLiteral("title")) == QLatin1String("Disputed, revised"));

    // Edited here, deleted there: keeping the local edit brings the item back on the server.
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Keep, edited"));
    a.remove(QStringLiteral("note-1"));
    a.team->sync();
    CHECK(b.team->sync().conflicts == 1);
    list = b.team->conflicts();
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == QLatin1String("edit-delete"));
    b.team->resolve(QStringLiteral("note-1"), QStringLiteral("*"), Choice::Local);
    b.team->sync();
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Keep, edited"));
    CHECK(a.content() == b.content());
}

namespace {

/// What the server answers SQL from a modified client logged in as ROLE: "" when it ran.
std::string refusal(
    const test::PgTestDatabase &db, const QString &role, const QString &password, const std::string &sql)
{
    try {
        pqxx::connection c(db.connInfo(role, password));
        pqxx::work tx(c);
        tx.exec(sql);
        tx.commit();
        return {};
    } catch (const std::exception &e) {
        return e.what();
    }
}

std::int64_t objectCount(const test::PgTestDatabase &db)
{
    pqxx::connection c(db.connInfo());
    pqxx::work tx(c);
    return tx.exec1("SELECT count(*) FROM plenum.objects")[0].as<std::int64_t>();
}

/// The state push() leaves just before it sends (what a push killed in flight leaves): the push
/// id and the changes recorded locally. Returns the id; PAYLOAD gets the changes.
QString recordPendingPush(const QString &path, QByteArray &payload)
{
    auto kb = openKb(path);
    auto &db = kb->database();
    core::Transaction tx(db);
    payload = QJsonDocument(core::team::pendingChanges(*kb, *core::team::readSettings(*kb), false))
                  .toJson(QJsonDocument::Compact);
    const QString pushId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db.prepare("UPDATE team_settings SET pending_push_id = ?1, pending_push_data = ?2, pending_push_seq = "
               "(SELECT max(seq) FROM changes)")
        .bind(1, pushId)
        .bind(2, QString::fromUtf8(payload))
        .run();
    tx.commit();
    return pushId;
}

} // namespace

TEST_CASE("The server refuses a reader's and an editor's modified client", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), r(dir, QStringLiteral("r"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Social credit"));
    t.create(a);
    t.add(a, QStringLiteral("rea"), QStringLiteral("reader"));
    t.add(a, QStringLiteral("edi"), QStringLiteral("editor"));
    const QString reader = t.db.prefix() + QStringLiteral("rea"), editor = t.db.prefix() + QStringLiteral("edi");
    const auto before = objectCount(t.db);
    const std::string push = "SELECT plenum.push(1, 100, gen_random_uuid(), "
                             "'[{\"entity_id\":\"note-9\",\"type\":\"note\",\"data\":{}}]')";
    CHECK_THAT(refusal(t.db, reader, QStringLiteral("pw-rea"), push), Catch::Contains("permission denied"));
    CHECK_THAT(refusal(t.db, reader, QStringLiteral("pw-rea"), "DELETE FROM plenum.objects"),
        Catch::Contains("permission denied"));
    for (const std::string sql : { "INSERT INTO plenum.objects VALUES (1, 'note-9', 'note', '{}', 99, false, 'x')",
             "UPDATE plenum.objects SET data = '{}'", "UPDATE plenum.libraries SET version = 0",
             "INSERT INTO plenum.members VALUES (1, 'x', 'admin')",
             "SELECT plenum.add_member(1, 'mallory', NULL, 'admin')", "SELECT plenum.create_library('mine')" })
        CHECK_THAT(refusal(t.db, editor, QStringLiteral("pw-edi"), sql), Catch::Contains("permission denied"));
    // An editor may push, but only objects whose data names the same item: no garbage for the others.
    CHECK_THAT(refusal(t.db, editor, QStringLiteral("pw-edi"),
                   "SELECT plenum.push(1, 100, gen_random_uuid(), "
                   "'[{\"entity_id\":\"note-9\",\"type\":\"note\",\"data\":{\"id\":\"note-1\",\"type\":\"note\"}}]')"),
        Catch::Contains("must be {entity_id, type, data}"));
    CHECK(objectCount(t.db) == before);
    // Reading is allowed to members, and through the client the reader gets the library.
    r.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("rea"))));
    CHECK(r.has(QStringLiteral("note-1")));
    r.addNote(QStringLiteral("note-2"), QStringLiteral("Local only"));
    CHECK(r.team->sync().pushed == 0); // a reader's sync pulls only
    const auto refused = test::failure(
        [&] { r.team->addMember(QStringLiteral("eve"), QStringLiteral("x"), QStringLiteral("admin")); });
    CHECK(refused.code() == core::ErrorCode::ReadOnly);
    CHECK(refused.message().contains(QLatin1String("permission denied")));
}

TEST_CASE("A removed member can no longer read or write the library", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Confidential"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    const auto members = a.team->members();
    CHECK(members.size() == 2);
    a.team->removeMember(t.db.prefix() + QStringLiteral("bo"));
    CHECK(a.team->members().size() == 1);
    const QString bo = t.db.prefix() + QStringLiteral("bo");
    {
        pqxx::connection c(t.db.connInfo(bo, QStringLiteral("pw-bo")));
        pqxx::work tx(c);
        CHECK(tx.exec1("SELECT count(*) FROM plenum.objects")[0].as<int>() == 0);
        CHECK(tx.exec1("SELECT count(*) FROM plenum.libraries")[0].as<int>() == 0);
    }
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Leaked"));
    const auto e = test::failure([&] { b.team->sync(); });
    CHECK(e.code() == core::ErrorCode::ReadOnly);
    CHECK(e.message().contains(QLatin1String("no library")));
    CHECK(b.team->status().lastError == e.message());
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Confidential"));
    const auto last = test::failure([&] { a.team->removeMember(QStringLiteral("postgres")); });
    CHECK(last.message().contains(QLatin1String("last admin")));
}

TEST_CASE("A push whose answer was lost is sent again with the same id and applied once", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a"));
    t.create(a);
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Once"));
    const qint64 version = a.team->status().libraryVersion;
    QByteArray payload;
    const QString pushId = recordPendingPush(a.path, payload);
    // The request reached the server and was applied; the answer never came back.
    {
        pqxx::connection c(t.db.connInfo());
        pqxx::work tx(c);
        tx.exec_params(
            "SELECT plenum.push(1, $1, $2::uuid, $3::jsonb)", version, pushId.toStdString(), payload.toStdString());
        tx.commit();
    }
    const auto report = a.team->sync();
    CHECK(report.pushed == 1);
    CHECK(report.libraryVersion == version + 1);
    pqxx::connection c(t.db.connInfo());
    pqxx::work tx(c);
    CHECK(tx.exec1("SELECT version FROM plenum.libraries")[0].as<qint64>() == version + 1);
    CHECK(tx.exec1("SELECT count(*) FROM plenum.pushes")[0].as<int>() == 1);
    CHECK(tx.exec1("SELECT count(*) FROM plenum.objects")[0].as<int>() == 1);
    CHECK(a.team->status().pendingChanges == 0);
}

TEST_CASE(
    "A pull cancelled half-way keeps the whole versions it applied and resumes where it stopped, across pushes of "
    "5,000",
    "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    {
        auto kb = openKb(a.path);
        core::Transaction tx(kb->database());
        for (int i = 1; i <= 5500; ++i) {
            Item it;
            it.type = ItemType::Note;
            it.id = QStringLiteral("note-%1").arg(i);
            it.fields.insert(QStringLiteral("title"), QStringLiteral("Note %1").arg(i));
            kb->repository().createItem(it);
        }
        tx.commit();
    }
    t.create(a); // two pushes: versions of 5,000 and 500 items
    t.add(a, QStringLiteral("bo"), QStringLiteral("reader"));
    const auto notesHeld = [&b] {
        auto kb = openKb(b.path);
        auto q = kb->database().prepare("SELECT count(*) FROM notes");
        return q.next() ? q.integer(0) : -1;
    };
    // Cancelled inside the first version (pages hold 2,000): none of it stays.
    core::Progress midVersion = [&](std::int64_t done, std::int64_t) { return done < 2000; };
    const auto first
        = test::failure([&] { b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))), &midVersion); });
    CHECK(first.code() == core::ErrorCode::Cancelled);
    CHECK(notesHeld() == 0);
    // Cancelled after the first version: all 5,000 of it stay, none of the second.
    core::Progress afterVersion = [&](std::int64_t done, std::int64_t) { return done < 5000; };
    const auto second = test::failure([&] { b.team->sync(&afterVersion); });
    CHECK(second.code() == core::ErrorCode::Cancelled);
    CHECK(notesHeld() == 5000);
    CHECK(b.team->status().libraryVersion == 0); // not fully pulled
    qint64 seen = 0;
    core::Progress count = [&](std::int64_t done, std::int64_t total) {
        seen = total;
        return done <= total;
    };
    const auto report = b.team->sync(&count);
    CHECK(report.pulled == 500);
    CHECK(seen == 500);
    CHECK(report.libraryVersion == 2);
    CHECK(a.content() == b.content());
}

TEST_CASE("A hostile server's objects are refused before anything is written", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Genuine"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    const QByteArray before = b.content();
    const QStringList filesBefore = QDir(QFileInfo(b.path).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden);
    // The server's owner turned hostile: constraints dropped, objects rewritten at a new version.
    pqxx::connection c(t.db.connInfo());
    {
        pqxx::work tx(c);
        tx.exec("ALTER TABLE plenum.objects DROP CONSTRAINT objects_entity_id_check");
        tx.exec("ALTER TABLE plenum.objects DROP CONSTRAINT objects_type_check");
        tx.commit();
    }
    const std::vector<std::pair<std::string, std::string>> attacks = {
        { "../../evil", R"({"type":"note","id":"../../evil","title":"x"})" },
        { "note-2", R"({"type":"milestone","id":"note-2","title":"x"})" },
        { "note-3", R"({"type":"note","id":"note-1","title":"overwrite another item"})" },
        { "note-4", R"({"type":"note","id":"note-4","title":12})" },
        { "note-5", R"({"type":"note","id":"note-5","title":"x","tags":"not a list"})" },
        { "note-6", R"({"type":"note","id":"note-6","title":"x","links":[{"relation":"no-such","target":"note-1"}]})" },
    };
    qint64 version = 1;
    for (const auto &[id, data] : attacks) {
        {
            pqxx::work tx(c);
            tx.exec("DELETE FROM plenum.objects WHERE version > 1");
            ++version;
            tx.exec_params("INSERT INTO plenum.objects VALUES (1, $1, 'note', $2::jsonb, $3, false, 'mallory')", id,
                data, version);
            tx.exec_params("UPDATE plenum.libraries SET version = $1", version);
            tx.commit();
        }
        const auto e = test::failure([&] { b.team->sync(); });
        INFO(id << ": " << e.message());
        CHECK(e.code() == core::ErrorCode::InvalidData);
        CHECK(b.content() == before);
        CHECK(QDir(QFileInfo(b.path).absolutePath()).entryList(QDir::AllEntries | QDir::Hidden) == filesBefore);
    }
}

TEST_CASE("TLS: the server's certificate is verified, and a wrong CA is refused", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a"));
    t.create(a); // over verify-full (Team's URLs name the test CA)
    // Without a CA the client cannot verify the certificate the server offers, and refuses.
    QString url = t.db.ownerUrl(t.library);
    url = url.left(url.indexOf(QLatin1String("&sslmode")));
    Desk b(dir, QStringLiteral("b"));
    const auto e = test::failure([&] { b.team->join(TeamUrl::parse(url)); });
    CHECK(e.message().contains(QLatin1String("certificate")));
    CHECK_FALSE(b.team->status().configured);
    // A CA that did not sign the server's certificate is refused too.
    const QString otherCa = dir.path(QStringLiteral("other-ca.crt"));
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Other"), QStringLiteral("-keyout"), dir.path(QStringLiteral("other.key")),
            QStringLiteral("-out"), otherCa });
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    const auto wrong = test::failure(
        [&] { b.team->join(TeamUrl::parse(url + QStringLiteral("&sslmode=verify-full&sslrootcert=") + otherCa)); });
    CHECK(wrong.message().contains(QLatin1String("certificate")));
    // A wrong password is refused by the server (SCRAM), and the message never repeats it.
    QString bad = t.db.url(QStringLiteral("postgres"), QStringLiteral("wrong"), t.library);
    const auto refused = test::failure([&] { b.team->join(TeamUrl::parse(bad)); });
    CHECK(refused.code() == core::ErrorCode::ReadOnly);
    CHECK(refused.message().contains(QLatin1String("password authentication failed")));
    CHECK_FALSE(refused.message().contains(QLatin1String("wrong")));
}

TEST_CASE("plenum-cli team commands answer in JSON", "[team]")
{
    test::TempDir dir;
    Team t;
    const QString a = dir.path(QStringLiteral("a.db")), b = dir.path(QStringLiteral("b.db"));
    test::createKb(a, true);
    test::createKb(b, true);
    QString out, err;
    const auto json = [&](const QStringList &args) {
        out.clear();
        err.clear();
        const int code = test::runCli(args, out, err);
        INFO(args.join(QLatin1Char(' ')) << " → " << err);
        REQUIRE(code == 0);
        return QJsonDocument::fromJson(out.toUtf8());
    };
    const auto created = json({ QStringLiteral("--db"), a, QStringLiteral("--json"), QStringLiteral("team"),
        QStringLiteral("create"), t.db.ownerUrl({}), QStringLiteral("--name"), t.library });
    CHECK(created.object().value(QStringLiteral("library")).toString() == t.library);
    CHECK_FALSE(out.contains(test::pgTestFile(QStringLiteral("password"))));
    const QString pwFile = dir.path(QStringLiteral("bo.pw"));
    test::writeFile(pwFile, "pw-bo\n");
    const QString bo = t.db.prefix() + QStringLiteral("bo");
    const QString ownerPw = dir.path(QStringLiteral("owner.pw"));
    test::writeFile(ownerPw, test::pgTestFile(QStringLiteral("password")).toUtf8());
    qputenv("PGPASSFILE", dir.path(QStringLiteral("pgpass")).toUtf8());
    test::writeFile(dir.path(QStringLiteral("pgpass")),
        QStringLiteral("127.0.0.1:%1:%2:postgres:%3\n")
            .arg(test::pgTestPort())
            .arg(t.db.name(), test::pgTestFile(QStringLiteral("password")))
            .toUtf8());
    QFile::setPermissions(dir.path(QStringLiteral("pgpass")), QFile::ReadOwner | QFile::WriteOwner);
    const auto members = json({ QStringLiteral("--db"), a, QStringLiteral("--json"), QStringLiteral("team"),
        QStringLiteral("members"), QStringLiteral("add"), bo, QStringLiteral("--role"), QStringLiteral("editor"),
        QStringLiteral("--password-file"), pwFile });
    CHECK(members.array().size() == 2);
    QString joinUrl
        = t.db.url(bo, QStringLiteral("pw-bo"), t.library).replace(QStringLiteral(":pw-bo@"), QStringLiteral("@"));
    const auto joined = json({ QStringLiteral("--db"), b, QStringLiteral("--json"), QStringLiteral("team"),
        QStringLiteral("join"), joinUrl, QStringLiteral("--password-file"), pwFile });
    CHECK(joined.object().value(QStringLiteral("role")).toString() == QLatin1String("editor"));
    {
        auto kb = openKb(a);
        Item it;
        it.type = ItemType::Note;
        it.id = QStringLiteral("note-7");
        it.fields.insert(QStringLiteral("title"), QStringLiteral("From the command line"));
        kb->repository().createItem(it);
    }
    const auto status = json(
        { QStringLiteral("--db"), a, QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("status") });
    CHECK(status.object().value(QStringLiteral("pending_changes")).toInt() == 1);
    CHECK(status.object().value(QStringLiteral("configured")).toBool());
    const auto pushed
        = json({ QStringLiteral("--db"), a, QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("sync") });
    CHECK(pushed.object().value(QStringLiteral("pushed")).toInt() == 1);
    const auto pulled = json({ QStringLiteral("--db"), b, QStringLiteral("--json"), QStringLiteral("team"),
        QStringLiteral("sync"), QStringLiteral("--password-file"), pwFile });
    CHECK(pulled.object().value(QStringLiteral("pulled")).toInt() == 1);
    CHECK(pulled.object().value(QStringLiteral("library_version")).toInt()
        == pushed.object().value(QStringLiteral("library_version")).toInt());
    // The search index catches up with the pulled item as after any write.
    const auto found = json({ QStringLiteral("--db"), b, QStringLiteral("--json"), QStringLiteral("search"),
        QStringLiteral("command line") });
    CHECK(QString::fromUtf8(found.toJson()).contains(QLatin1String("note-7")));
    const auto conflicts = json(
        { QStringLiteral("--db"), b, QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("conflicts") });
    CHECK(conflicts.array().isEmpty());
    // A bad choice is a usage error naming the options.
    CHECK(test::runCli({ QStringLiteral("--db"), b, QStringLiteral("team"), QStringLiteral("resolve"),
                           QStringLiteral("note-7"), QStringLiteral("title") },
              out, err)
        == 1);
    CHECK(err.contains(QLatin1String("--local, --remote or --merged")));
    qunsetenv("PGPASSFILE");
}

TEST_CASE("Links arrive with a pull even when their target comes later in the same pull", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Source"));
    a.addNote(QStringLiteral("note-2"), QStringLiteral("Target"));
    {
        auto kb = openKb(a.path);
        core::Link l;
        l.sourceId = QStringLiteral("note-1");
        l.targetId = QStringLiteral("note-2");
        l.note = QStringLiteral("see also");
        kb->repository().addLink(l);
    }
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    CHECK(openKb(b.path)->repository().outgoingLinks(QStringLiteral("note-1")).size() == 1);
    CHECK(a.content() == b.content());
    CHECK(b.team->status().pendingChanges == 0);
}

TEST_CASE("A push that never reached the server is not applied over a change pulled meanwhile", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Draft"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    a.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Ann's title"));
    QByteArray payload;
    recordPendingPush(a.path, payload); // the server died before it committed this push
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Bo's title"));
    b.team->sync();
    const auto report = a.team->sync();
    CHECK(report.conflicts == 1);
    b.team->sync();
    CHECK(b.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Bo's title"));
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Ann's title"));
    a.team->resolve(QStringLiteral("note-1"), QStringLiteral("title"), Choice::Remote);
    a.team->sync();
    CHECK(a.content() == b.content());
}

TEST_CASE("An item deleted after its own push came back at a later version is no false conflict", "[team]")
{
    // Found by bench_team's 20-member load: a member's push lands while another member pushes, so
    // its library version stays behind; its next pull brings its own object back after it deleted
    // the item. That object is the agreed one (sync_base): the delete goes through.
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Bo's note"));
    a.addNote(QStringLiteral("note-2"), QStringLiteral("Ann's note"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Bo's note, edited"));
    a.setField(QStringLiteral("note-2"), QStringLiteral("title"), QStringLiteral("Ann's note, edited"));
    // Ann pushes between Bo's pull and Bo's push: at the first progress report after the pull's
    // completing transaction committed (seen from a connection of our own), which is the pull's
    // last report. Counting reports would not do: waits on the server ask the progress again.
    auto watch = openKb(b.path);
    const auto unchanged = watch->database().pragmaInt("data_version");
    bool annPushed = false;
    core::Progress annPushesMeanwhile = [&](std::int64_t, std::int64_t) {
        if (!annPushed && watch->database().pragmaInt("data_version") != unchanged) {
            annPushed = true;
            a.team->sync();
        }
        return true;
    };
    CHECK(b.team->sync(&annPushesMeanwhile).pushed == 1);
    REQUIRE(annPushed);
    CHECK(b.team->status().libraryVersion < a.team->status().libraryVersion + 1);
    b.remove(QStringLiteral("note-1"));
    const auto report = b.team->sync();
    CHECK(report.conflicts == 0);
    CHECK(b.team->conflicts().empty());
    a.team->sync();
    CHECK_FALSE(a.has(QStringLiteral("note-1")));
    CHECK(b.field(QStringLiteral("note-2"), QStringLiteral("title")) == QLatin1String("Ann's note, edited"));
    CHECK(a.content() == b.content());
}

namespace {

core::Attachment attach(Desk &desk, const QString &item, const QString &source, const QByteArray &bytes, bool link)
{
    auto kb = openKb(desk.path);
    core::Transaction tx(kb->database());
    const auto a = core::addAttachment(kb->database(), item, source, bytes, link, 3);
    tx.commit();
    return a;
}

QList<core::Attachment> attachments(Desk &desk, const QString &item)
{
    auto kb = openKb(desk.path);
    return core::attachmentsOf(kb->database(), item);
}

} // namespace

TEST_CASE("Attachment metadata syncs between members, the files themselves do not", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Petition system"));
    const QString linkedFile = dir.path(QStringLiteral("private/xinfang-2005.pdf"));
    QDir().mkpath(QFileInfo(linkedFile).absolutePath());
    test::writeFile(linkedFile, "%PDF-1.4 regulations on letters and visits");
    const auto copy
        = attach(a, QStringLiteral("note-1"), dir.path(QStringLiteral("report.pdf")), "%PDF-1.4 report", false);
    attach(a, QStringLiteral("note-1"), linkedFile, "%PDF-1.4 regulations on letters and visits", true);
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));

    auto got = attachments(b, QStringLiteral("note-1"));
    REQUIRE(got.size() == 2);
    std::sort(got.begin(), got.end(), [](const auto &x, const auto &y) { return x.linked < y.linked; });
    CHECK_FALSE(got[0].linked);
    CHECK(got[0].path == copy.path);
    CHECK(got[0].sha256 == copy.sha256);
    CHECK(got[0].size == copy.size);
    CHECK(got[0].mediaType == QLatin1String("application/pdf"));
    CHECK(got[0].pages == 3);
    CHECK(got[1].linked);
    CHECK(got[1].fileName == QLatin1String("xinfang-2005.pdf"));
    CHECK_FALSE(got[1].path.contains(dir.path(QStringLiteral("private")))); // a's folders never travel
    {
        auto kb = openKb(b.path);
        CHECK(core::attachmentFilePath(kb->database(), got[1]).isEmpty());
        CHECK_FALSE(core::attachmentPresent(kb->database(), got[0])); // metadata only: no bytes came
    }
    CHECK_FALSE(QFileInfo::exists(core::attachmentsFolder(b.path)));
    CHECK(b.team->status().pendingChanges == 0); // what was pulled is not pushed back

    // A later attachment is a change of its item, pushed and pulled like any other.
    attach(a, QStringLiteral("note-1"), dir.path(QStringLiteral("notes.txt")), "minutes of the meeting", false);
    CHECK(a.team->status().pendingChanges == 1);
    CHECK(a.team->sync().pushed == 1);
    CHECK(b.team->sync().pulled == 1);
    CHECK(attachments(b, QStringLiteral("note-1")).size() == 3);
    CHECK(b.team->status().pendingChanges == 0);
    CHECK(a.team->sync().pulled <= 1);
    CHECK(attachments(a, QStringLiteral("note-1")).size() == 3);
    CHECK(attachments(a, QStringLiteral("note-1"))[1].path == linkedFile); // the owner's own link is kept
}

TEST_CASE("A hostile server's attachment paths are refused before anything is written", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Genuine"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    const QByteArray before = b.content();
    const QString sha(64, QLatin1Char('a'));
    const auto object = [&](const QString &attachment) {
        return QStringLiteral(R"({"type":"note","id":"note-1","title":"Genuine","attachments":[%1]})")
            .arg(attachment)
            .toStdString();
    };
    const auto one = [&](const QString &extra) {
        return QStringLiteral(R"({"sha256":"%1","size":10,"mime":"application/pdf","name":"a.pdf",%2})")
            .arg(sha, extra);
    };
    const std::vector<std::string> attacks = {
        object(one(QStringLiteral(R"("mode":"copy","path":"../../outside.pdf")"))),
        object(one(QStringLiteral(R"("mode":"copy","path":"note-1/../../x.pdf")"))),
        object(one(QStringLiteral(R"("mode":"copy","path":"/etc/passwd")"))),
        object(one(QStringLiteral(R"("mode":"copy","path":"C:/Windows/x.pdf")"))),
        object(one(QStringLiteral(R"("mode":"copy","path":"note-1\\..\\x.pdf")"))),
        object(one(QStringLiteral(R"("mode":"copy")"))),
        object(one(QStringLiteral(R"("mode":"link","path":"/home/ann/a.pdf")"))),
        object(one(QStringLiteral(R"("mode":"run","path":"a.pdf")"))),
        object(QStringLiteral(R"({"sha256":"xyz","size":1,"mime":"application/pdf","name":"a.pdf","mode":"link"})")),
        object(QStringLiteral(R"({"sha256":"%1","size":-1,"mime":"application/pdf","name":"a.pdf","mode":"link"})")
                   .arg(sha)),
        object(QStringLiteral(R"({"sha256":"%1","size":1,"mime":"application/pdf","name":"../a.pdf","mode":"link"})")
                   .arg(sha)),
    };
    pqxx::connection c(t.db.connInfo());
    qint64 version = 1;
    for (const std::string &data : attacks) {
        {
            pqxx::work tx(c);
            ++version;
            tx.exec_params(
                "UPDATE plenum.objects SET data = $1::jsonb, version = $2 WHERE entity_id = 'note-1'", data, version);
            tx.exec_params("UPDATE plenum.libraries SET version = $1", version);
            tx.commit();
        }
        const auto e = test::failure([&] { b.team->sync(); });
        INFO(data << ": " << e.message());
        CHECK(e.code() == core::ErrorCode::InvalidData);
        CHECK(e.message().contains(QLatin1String("note-1")));
        CHECK(b.content() == before);
        CHECK(attachments(b, QStringLiteral("note-1")).isEmpty());
        CHECK_FALSE(QFileInfo::exists(core::attachmentsFolder(b.path)));
    }
}

namespace {

/// `plenum-cli team conflicts --json` of the knowledge base at PATH, as printed.
QString conflictsJson(const QString &path)
{
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("team"),
                             QStringLiteral("conflicts") },
                out, err)
        == 0);
    return out;
}

/// A and B share note-1 and note-3; A retitled note-1 and edited note-3, B retitled note-1 and
/// deleted note-3: B holds a title conflict and a whole-item one.
void makeConflicts(Team &t, Desk &a, Desk &b)
{
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Petitions"));
    a.addNote(QStringLiteral("note-3"), QStringLiteral("Disputed"));
    t.create(a);
    t.join(a, b, QStringLiteral("bo"), QStringLiteral("editor"));
    a.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Letters and visits"));
    a.setField(QStringLiteral("note-3"), QStringLiteral("title"), QStringLiteral("Disputed, revised"));
    b.setField(QStringLiteral("note-1"), QStringLiteral("title"), QStringLiteral("Xinfang"));
    b.remove(QStringLiteral("note-3"));
    a.team->sync();
    REQUIRE(b.team->sync().conflicts == 2);
}

} // namespace

TEST_CASE(
    "Undoing a resolution before the next sync lists the conflict again exactly, and redo resolves it again", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    makeConflicts(t, a, b);
    const QString listed = conflictsJson(b.path);
    const QByteArray content = b.content();
    REQUIRE(b.team->conflicts().size() == 2);

    for (const QString &field : { QStringLiteral("title"), QStringLiteral("*") }) {
        const QString id = field == QLatin1String("*") ? QStringLiteral("note-3") : QStringLiteral("note-1");
        auto kb = openKb(b.path);
        const Resolution done = resolveConflict(kb->repository(), id, field, Choice::Remote);
        CHECK(b.team->conflicts().size() == 1);
        CHECK(b.field(id, QStringLiteral("title"))
                  .startsWith(field == QLatin1String("*") ? "Disputed, revised" : "Letters and visits"));
        CHECK(unresolveConflict(kb->repository(), done));
        CHECK(conflictsJson(b.path) == listed); // base, mine, theirs, kind and version as before
        CHECK(b.content() == content); // the item as it was (note-3 deleted again)
        CHECK(b.team->status().conflicts == 2);

        CHECK(reresolveConflict(kb->repository(), done));
        CHECK(b.team->conflicts().size() == 1);
        CHECK(b.has(id));
        CHECK(unresolveConflict(kb->repository(), done)); // and back again for the next field
    }
    CHECK(conflictsJson(b.path) == listed);

    // Undone, the local values stay out of the next push: A still has its own.
    b.team->sync();
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Letters and visits"));
    CHECK(b.team->conflicts().size() == 2);
}

TEST_CASE("Undoing a resolution a sync already pushed is a new local edit, and the conflict stays resolved", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    makeConflicts(t, a, b);
    auto kb = openKb(b.path);
    const Resolution done = resolveConflict(kb->repository(), QStringLiteral("note-1"), QStringLiteral("title"),
        Choice::Merged, QStringLiteral("Xinfang (letters and visits)"));
    b.team->sync(); // pushes the merged title
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang (letters and visits)"));

    CHECK_FALSE(unresolveConflict(kb->repository(), done));
    CHECK(b.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang"));
    const auto left = b.team->conflicts();
    REQUIRE(left.size() == 1); // only note-3's, never resolved
    CHECK(left[0].entityId == QLatin1String("note-3"));
    CHECK(b.team->status().pendingChanges == 1);
    b.team->sync();
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang"));

    CHECK_FALSE(reresolveConflict(kb->repository(), done)); // redo: the merged title, again an edit
    CHECK(b.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang (letters and visits)"));
    CHECK(b.team->conflicts().size() == 1);
    b.team->sync();
    a.team->sync();
    CHECK(a.field(QStringLiteral("note-1"), QStringLiteral("title")) == QLatin1String("Xinfang (letters and visits)"));
}

namespace {

/// COUNT notes note-FROM… (zero-padded, so ID order is number order) in one transaction: every
/// third tagged, every seventh with an English and a Chinese alias, every fifth linked to the next
/// one, to the first (an earlier one) and to the one 2,100 further on (in a later page of a pull).
void addNotes(Desk &desk, int from, int count)
{
    auto kb = openKb(desk.path);
    core::Transaction tx(kb->database());
    auto &repo = kb->repository();
    const auto id = [](int n) { return QStringLiteral("note-%1").arg(n, 5, 10, QLatin1Char('0')); };
    for (int n = from; n < from + count; ++n) {
        Item it;
        it.type = ItemType::Note;
        it.id = id(n);
        it.fields.insert(QStringLiteral("title"), QStringLiteral("Grid governance %1").arg(n));
        it.fields.insert(QStringLiteral("body"), QStringLiteral("网格化管理 %1\nsecond line").arg(n));
        if (n % 7 == 0)
            it.aliases = { { QStringLiteral("grid %1").arg(n), QStringLiteral("en") },
                { QStringLiteral("网格 %1").arg(n), QStringLiteral("zh") } };
        repo.createItem(it);
        if (n % 3 == 0)
            core::setTags(repo, it.id, { QStringLiteral("grid"), QStringLiteral("batch-%1").arg(n / 1000) });
    }
    for (int n = from; n < from + count; n += 5) {
        for (int target : { n + 1, 0, n + 2100 }) {
            if (target == n || target >= from + count)
                continue;
            core::Link l;
            l.sourceId = id(n);
            l.targetId = id(target);
            l.note = QStringLiteral("see %1").arg(target);
            repo.addLink(l);
        }
    }
    tx.commit();
}

/// Everything a pull records about the library: sync_base rows (their journal positions aside;
/// the object as JSON, whatever its spacing: a pushed one is stored as sent, a pulled one as the
/// server prints it).
QStringList syncBase(const QString &path)
{
    auto kb = openKb(path);
    auto q = kb->database().prepare(
        "SELECT entity_id, version, deleted, coalesce(data, ''), links_pending FROM sync_base ORDER BY entity_id");
    QStringList rows;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
        rows << QStringList { q.text(0), q.text(1), q.text(2),
            QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), q.text(4) }
                    .join(QLatin1Char('|'));
    }
    return rows;
}

qint64 itemCount(const QString &path)
{
    auto kb = openKb(path);
    auto q = kb->database().prepare("SELECT count(*) FROM entities");
    return q.next() ? q.integer(0) : -1;
}

/// A progress callback that cancels once DONE reaches AT.
core::Progress cancelAt(std::int64_t at)
{
    return [at](std::int64_t done, std::int64_t) { return done < at; };
}

} // namespace

TEST_CASE("A first join writes the library in bulk, item by item what the careful merge writes", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b")), c(dir, QStringLiteral("c"));
    addNotes(a, 0, 2600);
    attach(a, QStringLiteral("note-00004"), dir.path(QStringLiteral("report.pdf")), "%PDF-1.4 report", false);
    t.create(a); // version 1
    addNotes(a, 2600, 2600);
    a.remove(QStringLiteral("note-00010"));
    a.remove(QStringLiteral("note-03000"));
    a.team->sync(); // version 2: new notes, two tombstones
    a.setField(QStringLiteral("note-00001"), QStringLiteral("title"), QStringLiteral("Edited at version 3"));
    a.team->sync();

    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    const SyncReport bulk = b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))));
    CHECK(bulk.pulled == 5199); // 5,198 notes and the tombstone of note-00010
    CHECK(bulk.pulledInBulk == bulk.pulled);
    CHECK(bulk.pushed == 0);
    CHECK(b.content() == a.content());
    CHECK(b.team->status().pendingChanges == 0);

    // A knowledge base with an item of its own takes the careful path for every object.
    c.addNote(QStringLiteral("local-1"), QStringLiteral("Mine"));
    t.add(a, QStringLiteral("cy"), QStringLiteral("editor"));
    const SyncReport careful = c.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("cy"))));
    CHECK(careful.pulled == 5199);
    CHECK(careful.pulledInBulk == 0);
    CHECK(careful.pushed == 1); // its own item, and nothing pulled
    CHECK(b.team->sync().pulled == 1);
    CHECK(a.team->sync().pulled == 1);
    CHECK(b.content() == c.content());
    CHECK(a.content() == b.content());
    const QStringList bulkBase = syncBase(b.path), carefulBase = syncBase(c.path);
    REQUIRE(bulkBase.size() == 5200);
    REQUIRE(carefulBase.size() == 5200);
    for (qsizetype i = 0; i < bulkBase.size(); ++i) {
        INFO(i);
        CHECK(bulkBase.at(i) == carefulBase.at(i));
    }
    CHECK(b.team->status().libraryVersion == c.team->status().libraryVersion);
    CHECK(b.team->status().pendingChanges == 0);
    CHECK(c.team->status().pendingChanges == 0);
    CHECK(attachments(b, QStringLiteral("note-00004")).size() == 1);
    CHECK(attachments(b, QStringLiteral("note-00004"))[0].sha256
        == attachments(c, QStringLiteral("note-00004"))[0].sha256);
    {
        auto kb = openKb(b.path);
        CHECK(kb->repository().outgoingLinks(QStringLiteral("note-00100")).size() == 3); // note-02200: a page later
        CHECK(kb->repository().aliases(QStringLiteral("note-04998")).size() == 2);
    }
}

TEST_CASE("A join cancelled mid-way keeps whole versions, and the next sync goes on in bulk", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    addNotes(a, 0, 2500);
    t.create(a); // version 1: pages of 2,000 end inside it
    addNotes(a, 2500, 2500);
    a.team->sync(); // version 2
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    const TeamUrl url = TeamUrl::parse(t.memberUrl(QStringLiteral("bo")));

    // Cancelled after the first page, inside version 1: nothing of it is kept.
    core::Progress early = cancelAt(2000);
    CHECK(test::failure([&] { b.team->join(url, &early); }).code() == core::ErrorCode::Cancelled);
    CHECK(itemCount(b.path) == 0);
    CHECK(syncBase(b.path).isEmpty());

    // Cancelled after version 1 was whole: all of it, none of version 2.
    core::Progress later = cancelAt(2500);
    CHECK(test::failure([&] { b.team->sync(&later); }).code() == core::ErrorCode::Cancelled);
    CHECK(itemCount(b.path) == 2500);
    CHECK(syncBase(b.path).size() == 2500);
    CHECK(b.has(QStringLiteral("note-02499")));
    CHECK_FALSE(b.has(QStringLiteral("note-02500")));
    CHECK(b.team->status().pendingChanges == 0);

    const SyncReport rest = b.team->sync();
    CHECK(rest.pulled == 2500);
    CHECK(rest.pulledInBulk == 2500);
    CHECK(rest.pushed == 0);
    CHECK(b.content() == a.content());
    CHECK(b.team->status().pendingChanges == 0);
}

TEST_CASE("A hostile object in a bulk join's page leaves nothing of that page written", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    addNotes(a, 0, 2500);
    t.create(a);
    addNotes(a, 2500, 2500);
    a.team->sync();
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    // The last object of version 2 (in the fourth page) turned hostile on the server.
    pqxx::connection conn(t.db.connInfo());
    const auto setTitle = [&](const std::string &title) {
        pqxx::work tx(conn);
        tx.exec("UPDATE plenum.objects SET data = jsonb_set(data, '{title}', '" + title
            + "'::jsonb) WHERE entity_id = 'note-04999'");
        tx.commit();
    };
    setTitle("12");
    const auto e = test::failure([&] { b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo")))); });
    CHECK(e.code() == core::ErrorCode::InvalidData);
    CHECK(e.message().contains(QLatin1String("note-04999")));
    CHECK(itemCount(b.path) == 2500); // version 1 only: the pages of version 2 rolled back
    CHECK(syncBase(b.path).size() == 2500);
    CHECK_FALSE(b.has(QStringLiteral("note-02500")));

    setTitle("\"Repaired\"");
    const SyncReport rest = b.team->sync();
    CHECK(rest.pulledInBulk == 2500);
    CHECK(itemCount(b.path) == 5000);
    CHECK(b.field(QStringLiteral("note-04999"), QStringLiteral("title")) == QLatin1String("Repaired"));
}
