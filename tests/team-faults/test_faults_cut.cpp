// A sync through tools/cutproxy, the connection reset mid-transfer (the network drops), then
// resumed: both sides end identical and nothing is applied twice (issue 18).
#include "faultfixture.h"

#include <QProcess>
#include <QThread>

#include <atomic>
#include <thread>

using namespace plenum;
using namespace plenum::teamtest;

namespace {

/// Waits (bounded) until CONDITION holds; false when it never did.
template <typename F> bool waitFor(F condition, int timeoutMs = 120000)
{
    for (int i = 0; i < timeoutMs / 2; ++i) {
        try {
            if (condition())
                return true;
        } catch (const std::exception &) {
        }
        QThread::msleep(2);
    }
    return false;
}

} // namespace

TEST_CASE("Network cut mid-push: nothing changes on the server, the next sync pushes once", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port());
    addStatements(f.kbA, QStringLiteral("st-up-"), 6000, 400);
    const qint64 versionBefore = f.serverVersion();

    proxy.command(QStringLiteral("cut-after 1000000 up")); // about a quarter of the push
    f.syncFailure(*f.a);
    CHECK(proxy.bytes().first >= 1000000);
    CHECK(f.serverVersion() == versionBefore); // the half-received push was rolled back
    CHECK(f.serverObjects() == 20);

    f.a->sync(); // the proxy forwards again: the cut was one-off
    CHECK(f.a->status().pendingChanges == 0);
    CHECK(f.serverObjects() == 6020);
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
}

TEST_CASE("Network cut after the server committed a push: the retry is not applied twice", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port());
    addStatements(f.kbA, QStringLiteral("st-ack-"), 3000, 400);
    const qint64 versionBefore = f.serverVersion();

    // Freeze the link once the push runs on the server, let it commit, then drop the link: the
    // server has the change, the client never heard so.
    std::atomic<bool> done { false };
    std::atomic<bool> cutAfterCommit { false };
    std::thread cutter([&] {
        // "active" starts while the server still reads the push's parameters (wait event
        // ClientRead); only once it executes is the whole push on the server.
        const bool executing = waitFor([&] {
            return done
                || !f.server
                        .query(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND "
                                              "state = 'active' AND wait_event IS DISTINCT FROM 'ClientRead' AND "
                                              "position('plenum.push' in query) > 0"))
                        .isEmpty();
        });
        if (!executing || done)
            return;
        proxy.command(QStringLiteral("stall"));
        cutAfterCommit = waitFor([&] { return f.serverVersion() > versionBefore; }, 20000);
        proxy.command(QStringLiteral("cut")); // always: a stalled link would leave the sync waiting
        proxy.command(QStringLiteral("resume"));
    });
    std::optional<QString> error;
    try {
        f.a->sync();
    } catch (const core::Error &e) {
        error = e.message();
    }
    done = true;
    cutter.join();
    REQUIRE(cutAfterCommit);
    REQUIRE(error);
    INFO("the interrupted sync said: " << *error);
    const qint64 committed = f.serverVersion();
    CHECK(committed > versionBefore);

    const auto retry = f.a->sync(); // same push again: the server answers with what it recorded
    CHECK(retry.conflicts == 0);
    CHECK(f.serverVersion() == committed); // no second version for the same change
    CHECK(f.a->status().pendingChanges == 0);
    CHECK(f.serverObjects() == 3020);
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
}

TEST_CASE("Network cut mid-pull: the next sync resumes and ends with the same library", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port());
    for (int k = 0; k < 3; ++k) {
        addStatements(f.kbA, QStringLiteral("st-down%1-").arg(k), 3000, 400);
        f.a->sync();
    }
    proxy.command(QStringLiteral("cut-after 2500000 down")); // inside the second of three versions
    f.syncFailure(*f.b);
    CHECK(libraryState(f.kbB).size() < libraryState(f.kbA).size()); // cut inside the pull

    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
    CHECK(f.b->status().libraryVersion == f.serverVersion());
}

TEST_CASE("Fault kit: tools/cutproxy forwards a PostgreSQL session and resets it on command", "[team][faults]")
{
    test::TempDir tmp;
    PgServer server(tmp.path(QStringLiteral("pg")));
    CutProxy proxy(tmp.path(QString()), server.port());
    const QString url = server.ownerUrl(QStringLiteral("x"), proxy.port()).section(QLatin1Char('?'), 0, 0);
    QProcess psql;
    psql.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
        { url, QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"), QStringLiteral("SELECT 6 * 7") });
    REQUIRE(psql.waitForFinished(60000));
    CHECK(QString::fromUtf8(psql.readAllStandardOutput()).trimmed() == QLatin1String("42"));
    CHECK(proxy.bytes().first > 0);

    psql.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
        { url, QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"),
            QStringLiteral("SELECT pg_sleep(30)") });
    REQUIRE(waitFor([&] {
        return !server.query(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'"))
                    .isEmpty();
    }));
    CHECK(proxy.command(QStringLiteral("cut")) == QLatin1String("ok cut 1"));
    REQUIRE(psql.waitForFinished(20000)); // long before the sleep ends
    CHECK(psql.exitCode() != 0);
    CHECK(QString::fromUtf8(psql.readAllStandardError()).contains(QLatin1String("server closed the connection")));
}
