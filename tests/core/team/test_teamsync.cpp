// Team libraries (issue 18) against a real PostgreSQL (tools/pg-test-server, ctest fixture
// team_server): never a mock.
#include "team/teamsync.h"

#include "pgtestserver.h"
#include "testsupport.h"

#include "interchange/kbformat.h"
#include "storage/repository.h"

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
};

} // namespace

TEST_CASE("Two desktops share a team library: what one adds the other sees after sync", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Fengqiao experience"));
    t.create(a);
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))));
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

TEST_CASE("Note bodies edited on two desktops merge line by line; the same line gives conflict markers", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Outline"), QStringLiteral("one\ntwo\nthree\nfour\n"));
    t.create(a);
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))));
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

TEST_CASE("Deletes sync; deleted here and edited there is a conflict", "[team]")
{
    test::TempDir dir;
    Team t;
    Desk a(dir, QStringLiteral("a")), b(dir, QStringLiteral("b"));
    a.addNote(QStringLiteral("note-1"), QStringLiteral("Keep"));
    a.addNote(QStringLiteral("note-2"), QStringLiteral("Drop"));
    a.addNote(QStringLiteral("note-3"), QStringLiteral("Disputed"));
    t.create(a);
    t.add(a, QStringLiteral("bo"), QStringLiteral("editor"));
    b.team->join(TeamUrl::parse(t.memberUrl(QStringLiteral("bo"))));
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
