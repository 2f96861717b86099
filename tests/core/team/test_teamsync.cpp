// Team libraries (issue 18) against a real PostgreSQL (tools/pg-test-server, ctest fixture
// team_server): never a mock.
#include "team/teamsync.h"

#include "pgtestserver.h"
#include "testsupport.h"

using namespace plenum;
using namespace plenum::core::team;

TEST_CASE("A team URL parses and prints without its password", "[team]")
{
    const auto url = TeamUrl::parse(QStringLiteral("postgresql://ann:s3cret@db.example.org:6543/research?library=Grassroots%20governance&sslmode=verify-full"));
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
