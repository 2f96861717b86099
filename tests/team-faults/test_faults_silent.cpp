// A server that stays connected but says nothing (a frozen VM, a stuck middlebox): the sync gives
// up with a sentence naming the server and how long it waited, both sides keep what they had,
// and the next sync, the link healthy again, completes (issue 18). tools/cutproxy plays the
// silent server: "blackhole" accepts and forwards nothing, "stall-after N" forwards N bytes and
// then nothing, "throttle" is a slow link that still moves.
#include "faultfixture.h"

#include "model/progress.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace plenum;
using namespace plenum::teamtest;

namespace {

constexpr int kTimeout = 3; // seconds, the URLs' timeout=

/// What must not change when a sync gives up: both members' items, the server's version and
/// objects, and what A has waiting to be pushed.
struct Sides {
    std::map<QString, QString> a, b;
    qint64 version = 0, objects = 0, pendingA = 0;
};

Sides sidesOf(FaultFixture &f)
{
    return { libraryState(f.kbA), libraryState(f.kbB), f.serverVersion(), f.serverObjects(),
        f.a->status().pendingChanges };
}

void checkUnchanged(FaultFixture &f, const Sides &before)
{
    const Sides now = sidesOf(f);
    INFO("A: " << firstDifference(before.a, now.a) << "; B: " << firstDifference(before.b, now.b));
    CHECK(now.a == before.a);
    CHECK(now.b == before.b);
    CHECK(now.version == before.version);
    CHECK(now.objects == before.objects);
    CHECK(now.pendingA == before.pendingA);
}

/// The error of MEMBER's sync through a silent link: names the server and the timeout, says that
/// nothing was lost, and is what status() shows afterwards.
void checkSilenceReported(FaultFixture &f, core::team::TeamSync &member)
{
    QElapsedTimer clock;
    clock.start();
    const QString message = f.syncFailure(member);
    WARN("the silent server was given up after " << clock.elapsed() << " ms: " << message);
    CHECK(message.contains(QStringLiteral("127.0.0.1:")));
    CHECK(message.contains(QStringLiteral("did not answer for %1 s").arg(kTimeout)));
    CHECK(message.contains(QStringLiteral("Nothing was lost")));
    CHECK(member.status().lastError == message);
}

} // namespace

TEST_CASE(
    "A server that accepts the connection and then says nothing: the sync gives up, nothing changes", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port(), kTimeout);
    addStatements(f.kbA, QStringLiteral("st-hole-"), 50);
    const Sides before = sidesOf(f);
    REQUIRE(before.pendingA == 50);

    proxy.command(QStringLiteral("blackhole"));
    checkSilenceReported(f, *f.a);
    CHECK(proxy.command(QStringLiteral("stats")).contains(QLatin1String("held=1")));
    checkUnchanged(f, before);

    proxy.command(QStringLiteral("heal"));
    f.a->sync();
    CHECK(f.a->status().pendingChanges == 0);
    CHECK(f.a->status().lastError.isEmpty());
    CHECK(f.serverObjects() == 70);
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
}

TEST_CASE("A server that stops answering in the middle of a push: nothing of it is kept, the next sync pushes once",
    "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port(), kTimeout);
    addStatements(f.kbA, QStringLiteral("st-mute-up-"), 4000, 400);
    const Sides before = sidesOf(f);

    proxy.command(QStringLiteral("stall-after 600000 up")); // a third of the push, then silence
    checkSilenceReported(f, *f.a);
    CHECK(proxy.bytes().first == 600000);
    checkUnchanged(f, before);

    proxy.command(QStringLiteral("heal"));
    f.a->sync();
    CHECK(f.a->status().pendingChanges == 0);
    CHECK(f.serverVersion() == before.version + 1); // one version: the stalled push was never applied
    CHECK(f.serverObjects() == 4020);
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
}

TEST_CASE(
    "A server that stops answering in the middle of a pull: the member keeps what it had and resumes", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port(), kTimeout);
    addStatements(f.kbA, QStringLiteral("st-mute-down-"), 4000, 400);
    f.a->sync(); // one version of about 2 MB for B to pull
    const Sides before = sidesOf(f);

    proxy.command(QStringLiteral("stall-after 500000 down"));
    checkSilenceReported(f, *f.b);
    checkUnchanged(f, before); // the version was not whole: none of it is kept

    proxy.command(QStringLiteral("heal"));
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
    CHECK(f.b->status().libraryVersion == f.serverVersion());
}

TEST_CASE(
    "A slow link that keeps moving is not a silent server: a pull longer than the timeout completes", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port(), 2);
    addStatements(f.kbA, QStringLiteral("st-slow-"), 2000, 400);
    f.a->sync();

    proxy.command(QStringLiteral("throttle 200000")); // about 1.2 MB to pull: several times the timeout
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
    const auto [up, down] = proxy.bytes();
    CHECK(down > 3 * 200000); // the pull did take longer than the 2 s timeout
}

TEST_CASE("Cancel stops a sync that waits on a silent server, without waiting for the timeout", "[team][faults]")
{
    FaultFixture f;
    CutProxy proxy(f.tmp.path(QString()), f.server.port());
    f.createLibrary(20, proxy.port(), 3600); // the timeout would be an hour: only Cancel can end it
    addStatements(f.kbA, QStringLiteral("st-stop-"), 4000, 400);
    const Sides before = sidesOf(f);

    proxy.command(QStringLiteral("stall-after 300000 up"));
    std::atomic<bool> cancel { false };
    std::atomic<qint64> asked { 0 };
    qint64 askedWhenQuiet = 0, askedAtCancel = 0;
    core::Progress progress = [&](std::int64_t, std::int64_t) {
        ++asked;
        return !cancel.load();
    };
    std::thread user([&] {
        // Press Cancel once the proxy has forwarded its bytes and gone quiet.
        while (proxy.bytes().first < 300000)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        askedWhenQuiet = asked;
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        askedAtCancel = asked;
        cancel = true;
    });
    const core::Error e = test::failure([&] { f.a->sync(&progress); });
    user.join();
    CHECK(e.code() == core::ErrorCode::Cancelled);
    CHECK(e.message().contains(QStringLiteral("was stopped")));
    CHECK(askedAtCancel - askedWhenQuiet >= 2); // asked again while it waited, not only between steps
    checkUnchanged(f, before);

    proxy.command(QStringLiteral("heal"));
    f.a->sync();
    CHECK(f.serverObjects() == 4020);
    f.b->sync();
    requireSameLibrary(f.kbA, f.kbB);
}
