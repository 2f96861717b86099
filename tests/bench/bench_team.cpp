// Team libraries at scale (issue 18), against a real PostgreSQL of its own (tools/pg-test-server):
//   1. a new member's initial sync of a large library (1M statements: <= 3 min, with progress);
//   2. an incremental sync of 100 changes (<= 1 s each way);
//   3. M members (threads, each its own knowledge base and login) syncing every few seconds for
//      a while against one server: every change reaches every member exactly once, no sync
//      hangs, server CPU (from /proc of the postgres processes) and sync latency p50/p95.
// Run: build/release/tests/bench/bench_team [--sizes 100000[,1000000]] [--members 20]
//      [--load-seconds 120] [--interval-ms 3000] [--dir DIR]. Exits 1 when a change was lost or
// duplicated, a sync failed or hung, or a target was missed.
#include "kbstate.h"
#include "pgserver.h"
#include "team/teamsync.h"

#include "facade/knowledgebase.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include <sys/resource.h>

using namespace plenum;
using namespace plenum::teamtest;
using core::team::TeamSync;
using core::team::TeamUrl;

namespace {

struct Options {
    std::vector<int> sizes { 100000 };
    int members = 20;
    int loadSeconds = 120;
    int intervalMs = 3000;
    QString dir = QStringLiteral("build/bench-team");
};

bool g_failed = false;

void verdict(bool ok, const char *what)
{
    std::printf("%s %s\n", ok ? "ok:  " : "FAIL:", what);
    g_failed = g_failed || !ok;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// This process's CPU time (user + system, every thread) so far: what a loaded machine does not inflate.
double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// The load average over the last minute (other work sharing the machine).
double loadAverage()
{
    double load[1] = { 0 };
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

QString freshKb(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", ".search.sqlite" })
        QFile::remove(path + QLatin1String(suffix));
    core::KnowledgeBase::open(path, true, core::KnowledgeBase::Content::Empty);
    return path;
}

/// Progress to stdout every tenth of the work, from the sync's own thread.
core::Progress printer(const char *what)
{
    auto last = std::make_shared<int>(-1);
    return [what, last](std::int64_t done, std::int64_t total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (tenth != *last) {
            *last = tenth;
            std::printf("  %s: %lld / %lld\n", what, static_cast<long long>(done), static_cast<long long>(total));
            std::fflush(stdout);
        }
        return true;
    };
}

/// Steps 1 and 2 for a library of SIZE statements.
void initialAndIncremental(PgServer &server, const QString &dir, int size)
{
    const QString library = QStringLiteral("bench-%1").arg(size);
    const QString owner = freshKb(dir + QStringLiteral("/owner-%1.db").arg(size));
    // The library grows the way a real one does, in pushes of at most 100,000 statements (one
    // push is one jsonb value on the server, which PostgreSQL caps at 256 MB).
    const int chunk = std::min(size, 100000);
    QElapsedTimer t;
    t.start();
    addStatements(owner, QStringLiteral("st-b"), chunk, 200);
    const double generated = seconds(t);
    TeamSync a(owner);
    core::Progress createProgress = printer("create (push)");
    double cpu = cpuSeconds(), serverCpu = server.cpuSeconds();
    a.create(TeamUrl::parse(server.ownerUrl(library)), library, &createProgress);
    const double createOnly = seconds(t) - generated, createCpu = cpuSeconds() - cpu,
                 createServerCpu = server.cpuSeconds() - serverCpu;
    for (int done = chunk; done < size; done += chunk) {
        addStatements(owner, QStringLiteral("st-b%1-").arg(done), std::min(chunk, size - done), 200);
        a.sync();
        std::printf("  library: %d statements\n", done + std::min(chunk, size - done));
        std::fflush(stdout);
    }
    const double create = seconds(t);
    std::printf("\n## %d statements\n", size);
    a.addMember(QStringLiteral("newcomer"), QStringLiteral("newcomer-pw"), QStringLiteral("editor"));

    const QString member = freshKb(dir + QStringLiteral("/member-%1.db").arg(size));
    TeamSync b(member);
    const double loadBefore = loadAverage();
    t.restart();
    cpu = cpuSeconds();
    serverCpu = server.cpuSeconds();
    core::Progress joinProgress = printer("join (pull)");
    b.join(TeamUrl::parse(server.memberUrl(QStringLiteral("newcomer"), QStringLiteral("newcomer-pw"), library)),
        &joinProgress);
    const double join = seconds(t), joinCpu = cpuSeconds() - cpu, joinServerCpu = server.cpuSeconds() - serverCpu;
    const double loadAfter = loadAverage();
    const bool same = firstDifference(libraryState(owner), libraryState(member)).isEmpty();

    for (int i = 0; i < 100; ++i)
        setStatementText(owner, QStringLiteral("st-b%1").arg(i * (chunk / 100)), QStringLiteral("edited %1").arg(i));
    t.restart();
    const auto pushed = a.sync();
    const double push = seconds(t);
    t.restart();
    const auto pulled = b.sync();
    const double pull = seconds(t);

    std::printf("| what | s | target |\n|---|---|---|\n");
    std::printf(
        "| owner: generate and push %d statements (create + %d syncs) | %.1f | |\n", size, (size - 1) / chunk, create);
    std::printf("| owner: team create pushing the first %d (client CPU %.1f s, server CPU %.1f s) | %.1f | |\n", chunk,
        createCpu, createServerCpu, createOnly);
    std::printf("| new member's initial sync (join) of %d statements: %.0f/s (client CPU %.1f s, server CPU %.1f s; "
                "load %.1f before, %.1f after) | %.1f | %s |\n",
        size, size / join, joinCpu, joinServerCpu, loadBefore, loadAfter, join, size >= 1000000 ? "<= 180" : "");
    std::printf("| incremental push of %lld changes | %.3f | <= 1 |\n", static_cast<long long>(pushed.pushed), push);
    std::printf("| incremental pull of %lld changes | %.3f | <= 1 |\n", static_cast<long long>(pulled.pulled), pull);
    verdict(same, "the new member's library equals the owner's item by item");
    verdict(pushed.pushed == 100 && pulled.pulled == 100, "the incremental sync moved exactly the 100 changes");
    verdict(push <= 1.0 && pull <= 1.0, "incremental sync of 100 changes <= 1 s each way");
    if (size >= 1000000)
        verdict(join <= 180, "initial sync of 1M statements <= 3 min");
}

/// What the load test expects every member to hold at the end: ID -> text ("" = deleted).
struct Ledger {
    std::mutex mutex;
    std::map<QString, QString> expected;
    void set(const QString &id, const QString &text)
    {
        std::lock_guard lock(mutex);
        expected[id] = text;
    }
};

struct MemberStats {
    std::vector<double> latencies;
    int failures = 0;
    QString lastError;
    double longest = 0;
};

/// One simulated member: add a statement, edit or delete one of its own, sync, wait; until DEADLINE.
void memberLoop(const QString &kb, int index, const QElapsedTimer &clock, qint64 deadlineMs, int intervalMs,
    Ledger &ledger, MemberStats &stats)
{
    TeamSync sync(kb);
    sync.setPassword(QStringLiteral("m%1-pw").arg(index)); // the stored URL has none
    std::mt19937 rng(std::uint32_t(index) * 7919U + 1U);
    std::vector<QString> own;
    for (int n = 0; clock.elapsed() < deadlineMs; ++n) {
        const QString prefix = QStringLiteral("st-m%1-%2-").arg(index).arg(n);
        addStatements(kb, prefix, 1, 100);
        own.push_back(prefix + QLatin1Char('0'));
        ledger.set(own.back(), statementText(kb, own.back()));
        if (own.size() > 2 && n % 3 == 1) {
            const QString id = own.at(rng() % (own.size() - 1));
            const QString text = QStringLiteral("member %1 edit %2").arg(index).arg(n);
            setStatementText(kb, id, text);
            ledger.set(id, text);
        } else if (own.size() > 2 && n % 5 == 4) {
            const QString id = own.front();
            own.erase(own.begin());
            deleteItem(kb, id);
            ledger.set(id, QString());
        }
        QElapsedTimer t;
        t.start();
        try {
            sync.sync();
        } catch (const core::Error &e) {
            ++stats.failures;
            stats.lastError = e.message();
        }
        stats.latencies.push_back(seconds(t));
        stats.longest = std::max(stats.longest, seconds(t));
        const int jitter = int(rng() % unsigned(intervalMs)) - intervalMs / 2;
        QThread::msleep(unsigned(std::max(100, intervalMs + jitter)));
    }
}

/// Compares one member's statements with the ledger; returns the problems found.
int checkMember(const QString &kb, const std::map<QString, QString> &expected)
{
    int problems = 0;
    const auto state = libraryState(kb);
    for (const auto &[id, text] : expected) {
        const bool present = state.count(id) == 1;
        if (present != !text.isEmpty() || (present && statementText(kb, id) != text)) {
            if (problems++ < 3)
                std::printf("  %s: %s is %s\n", qPrintable(kb), qPrintable(id),
                    present ? qPrintable(QStringLiteral("\"%1\"").arg(statementText(kb, id))) : "missing");
        }
    }
    for (const auto &entry : state)
        if (entry.first.startsWith(QLatin1String("st-m")) && expected.count(entry.first) == 0 && problems++ < 3)
            std::printf("  %s: %s was never made\n", qPrintable(kb), qPrintable(entry.first));
    return problems;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5)));
}

void load(PgServer &server, const QString &dir, const Options &o)
{
    std::printf("\n## %d members syncing every ~%.1f s for %d s\n", o.members, o.intervalMs / 1000.0, o.loadSeconds);
    const QString owner = freshKb(dir + QStringLiteral("/load-owner.db"));
    addStatements(owner, QStringLiteral("st-base"), 1000, 200);
    TeamSync a(owner);
    a.create(TeamUrl::parse(server.ownerUrl(QStringLiteral("load"))), QStringLiteral("load"));
    std::vector<QString> kbs;
    for (int i = 0; i < o.members; ++i) {
        const QString name = QStringLiteral("m%1").arg(i);
        a.addMember(name, name + QStringLiteral("-pw"), QStringLiteral("editor"));
        kbs.push_back(freshKb(dir + QStringLiteral("/load-%1.db").arg(name)));
        TeamSync(kbs.back())
            .join(TeamUrl::parse(server.memberUrl(name, name + QStringLiteral("-pw"), QStringLiteral("load"))));
    }
    Ledger ledger;
    std::vector<MemberStats> stats(std::size_t(o.members));
    const double cpuBefore = server.cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < o.members; ++i)
        threads.emplace_back(memberLoop, kbs.at(std::size_t(i)), i, std::cref(clock), qint64(o.loadSeconds) * 1000,
            o.intervalMs, std::ref(ledger), std::ref(stats.at(std::size_t(i))));
    for (auto &t : threads)
        t.join();
    const double wall = seconds(clock);
    const double cpu = server.cpuSeconds() - cpuBefore;

    // Two rounds so every member has every other member's last change.
    int settleFailures = 0;
    for (int round = 0; round < 2; ++round)
        for (const QString &kb : kbs) {
            try {
                TeamSync member(kb);
                member.setPassword(QFileInfo(kb).completeBaseName().mid(5) + QStringLiteral("-pw"));
                member.sync();
            } catch (const core::Error &e) {
                ++settleFailures;
                std::printf("  final sync of %s: %s\n", qPrintable(kb), qPrintable(e.message()));
            }
        }
    std::vector<double> all;
    int failures = 0;
    double longest = 0;
    for (const auto &s : stats) {
        all.insert(all.end(), s.latencies.begin(), s.latencies.end());
        failures += s.failures;
        longest = std::max(longest, s.longest);
        if (!s.lastError.isEmpty())
            std::printf("  a sync failed: %s\n", qPrintable(s.lastError));
    }
    int problems = 0;
    for (const QString &kb : kbs)
        problems += checkMember(kb, ledger.expected);
    qint64 changes = 0;
    for (const auto &entry : ledger.expected)
        changes += entry.second.isEmpty() ? 0 : 1;
    const QString live = server
                             .query(QStringLiteral("SELECT count(*) FROM plenum.objects o JOIN plenum.libraries l ON "
                                                   "l.id = o.library_id WHERE l.name = 'load' AND NOT o.deleted AND "
                                                   "o.entity_id LIKE 'st-m%'"))
                             .value(0);

    std::printf("| what | figure |\n|---|---|\n");
    std::printf("| syncs | %zu in %.0f s (%d failed) |\n", all.size(), wall, failures);
    std::printf("| sync latency p50 / p95 / max | %.3f / %.3f / %.3f s |\n", percentile(all, 0.5),
        percentile(all, 0.95), longest);
    std::printf("| server CPU | %.1f s = %.0f %% of one core |\n", cpu, 100.0 * cpu / wall);
    std::printf("| statements made by members, live at the end | %lld (server: %s) |\n",
        static_cast<long long>(changes), qPrintable(live));
    verdict(failures == 0 && settleFailures == 0, "no sync failed");
    verdict(longest < 60, "no sync took a minute (no deadlock)");
    verdict(problems == 0 && live.toLongLong() == changes, "every member holds every change exactly once");
}

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &key = args.at(i);
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--sizes")) {
            o.sizes.clear();
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (s.toInt() > 0) // "--sizes 0": the load test only
                    o.sizes.push_back(s.toInt());
        } else if (key == QLatin1String("--members")) {
            o.members = value.toInt();
        } else if (key == QLatin1String("--load-seconds")) {
            o.loadSeconds = value.toInt();
        } else if (key == QLatin1String("--interval-ms")) {
            o.intervalMs = std::max(200, value.toInt());
        } else if (key == QLatin1String("--dir")) {
            o.dir = value;
        }
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also into a file
    const Options o = parse(app.arguments());
    QDir().mkpath(o.dir);
    const QString dir = QDir(o.dir).absolutePath();
    try {
        PgServer server(dir + QStringLiteral("/pg"));
        std::printf("server: PostgreSQL 15 on 127.0.0.1:%d (%s)\n", server.port(), qPrintable(dir));
        for (int size : o.sizes)
            initialAndIncremental(server, dir, size);
        if (o.members > 0 && o.loadSeconds > 0)
            load(server, dir, o);
    } catch (const core::Error &e) {
        std::printf("FAIL: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception &e) {
        std::printf("FAIL: %s\n", e.what());
        return 1;
    }
    return g_failed ? 1 : 0;
}
