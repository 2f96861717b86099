// Multi-process torture harness (docs/reliability.md, issue 12): in each trial a GUI-like process
// (torture_gui: long-lived connections, background import / reindex / export on connections of
// its own), optionally the real GUI offscreen, several plenum-cli processes (imports, note edits
// through import-kb, searches, stats, check) and the stock sqlite3 tool (reads, an alias UPDATE)
// work on one knowledge base while random SIGKILLs hit any of them. Then: integrity_check ok, no
// logged commit lost, every committed item found by search and `check` ok, and no "locked" error
// before the busy timeout. Seeded: the choices of a trial depend only on --seed and the trial's
// number (the timing of the processes does not).
//   crash_torture --cli PLENUM_CLI --gui-like TORTURE_GUI [--gui PLENUM] [--sqlite3 PATH]
//                 [--trials N] [--seed S] [--first-trial K] [--run-ms MS] [--kill-every-ms MS]
//                 [--cli-lanes N] [--keep DIR] [--scenario]
#include "torturecheck.h"
#include "torturecommon.h"
#include "tortureprocess.h"
#include "torturescenario.h"
#include "torturetrial.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace torture;

namespace {

QTextStream out(stdout);

// Which known cause a failure category points to, for the reader of a failing run.
QString hint(const QString &category)
{
    if (category == QLatin1String("alias edit not indexed"))
        return QStringLiteral(
            "known: an alias UPDATE has no change trigger, so the index never hears of it (issue 12)");
    if (category == QLatin1String("search") || category == QLatin1String("missed while running")
        || category == QLatin1String("error shown: search index"))
        return QStringLiteral("known cause: index row ids reused across processes (issue 12, branch index-safety)");
    if (category == QLatin1String("error shown: check beside a writer"))
        return QStringLiteral("check compares the index with a knowledge base another process is writing, and exits 2 "
                              "(found by this harness; not yet fixed)");
    if (category == QLatin1String("error shown: index file I/O"))
        return QStringLiteral("on today's code a symptom of the dropped locks; with storage-safety merged, reindex and "
                              "check beside a writer still see it (docs/reliability.md)");
    if (category == QLatin1String("locked early"))
        return QStringLiteral("a wait that gave up before the busy timeout (issue 12: two searches after an import)");
    if (category == QLatin1String("error shown") || category == QLatin1String("hang"))
        return QStringLiteral("not a known cause by itself (on today's code seen only beside \"error shown: damage\"): "
                              "look at the lines above");
    return QStringLiteral("known cause: Database::open reads the header with QFile and drops the process's POSIX locks "
                          "(issue 12, branch storage-safety)");
}

bool prepareBase(const Config &config, const QString &dir)
{
    const QString seed = QDir(dir).filePath(QStringLiteral("seed.plenum-kb"));
    writeFile(seed, seedRecords(config.cliLanes));
    const QList<QStringList> steps { { QStringLiteral("init"), QStringLiteral("--empty") },
        { QStringLiteral("import-kb"), seed }, { QStringLiteral("search"), QStringLiteral("torture") } };
    for (const QStringList &step : steps) {
        Child c = spawn(QStringLiteral("setup"), config.cli, QStringList { QStringLiteral("--db"), config.base } + step,
            QDir(dir).filePath(QStringLiteral("setup.out")), QDir(dir).filePath(QStringLiteral("setup.err")));
        wait(c);
        if (!c.succeeded()) {
            out << "crash_torture: plenum-cli " << step.join(QLatin1Char(' ')) << " failed: " << c.err() << Qt::endl;
            return false;
        }
    }
    return true;
}

int runScenarios(const Config &config, const QString &dir)
{
    int failures = 0;
    for (const QString &task : { QStringLiteral("import"), QStringLiteral("reindex"), QStringLiteral("export") }) {
        const QString sub = QDir(dir).filePath(QStringLiteral("scenario-") + task);
        QDir().mkpath(sub);
        const QStringList problems = runScenario(config, sub, task);
        out << QStringLiteral("scenario (GUI-like + background %1, plenum-cli stats, GUI write, plenum-cli import, "
                              "GUI write, Quit): %2\n")
                   .arg(task, problems.isEmpty() ? QStringLiteral("ok, every write present") : QStringLiteral("FAIL"));
        for (const QString &p : problems)
            out << "  " << p << '\n';
        out.flush();
        failures += problems.isEmpty() ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}

struct Totals {
    int trials = 0, failed = 0, processes = 0, killed = 0, commits = 0, edits = 0, lockedAfterWait = 0;
    QMap<QString, int> trialsWith; // failure category → trials that had it
    QMap<QString, int> indexStates;
};

void report(int trial, std::uint32_t seed, const TrialResult &r, Totals &totals)
{
    ++totals.trials;
    totals.processes += r.processes;
    totals.killed += r.killed;
    totals.commits += r.commits;
    totals.edits += r.edits;
    totals.lockedAfterWait += r.lockedAfterWait;
    ++totals.indexStates[r.indexState.isEmpty() ? QStringLiteral("(none)") : r.indexState];
    if (r.failures.isEmpty())
        return;
    ++totals.failed;
    out << QStringLiteral(
        "FAIL trial %1 (replay: --seed %2 --first-trial %1 --trials 1): %3 processes, %4 killed, %5 commits\n")
               .arg(trial)
               .arg(seed)
               .arg(r.processes)
               .arg(r.killed)
               .arg(r.commits);
    for (auto f = r.failures.begin(); f != r.failures.end(); ++f) {
        ++totals.trialsWith[f.key()];
        out << QStringLiteral("  %1 (%2):\n").arg(f.key()).arg(f->size());
        for (const QString &line : f->mid(0, 4))
            out << "    " << line.left(400) << '\n';
        if (f->size() > 4)
            out << QStringLiteral("    … and %1 more\n").arg(f->size() - 4);
    }
    out.flush();
}

void summary(const Totals &t, std::uint32_t seed, qint64 ms)
{
    QStringList states;
    for (auto s = t.indexStates.begin(); s != t.indexStates.end(); ++s)
        states.append(QStringLiteral("%1 %2").arg(s.key()).arg(s.value()));
    out << QStringLiteral("%1 trials (seed %2) in %3 s: %4 processes, %5 SIGKILLed, %6 commits and %7 edits checked, "
                          "%8 locked after the full busy wait; check at the end: %9; %10 trials failed\n")
               .arg(t.trials)
               .arg(seed)
               .arg(double(ms) / 1000.0, 0, 'f', 1)
               .arg(t.processes)
               .arg(t.killed)
               .arg(t.commits)
               .arg(t.edits)
               .arg(t.lockedAfterWait)
               .arg(states.join(QStringLiteral(", ")))
               .arg(t.failed);
    for (auto c = t.trialsWith.begin(); c != t.trialsWith.end(); ++c)
        out << QStringLiteral("  %1: %2 of %3 trials (%4)\n")
                   .arg(c.key())
                   .arg(c.value())
                   .arg(t.trials)
                   .arg(hint(c.key()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN); // a killed torture_gui must not take the harness with it
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char *name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    Config config;
    config.cli = option("--cli");
    config.guiLike = option("--gui-like");
    config.gui = option("--gui");
    config.sqlite3 = option("--sqlite3", QStandardPaths::findExecutable(QStringLiteral("sqlite3")));
    config.cliLanes = option("--cli-lanes", QStringLiteral("3")).toInt();
    config.runMs = option("--run-ms", QStringLiteral("1500")).toInt();
    config.killEveryMs = std::max(1, option("--kill-every-ms", QStringLiteral("400")).toInt());
    const int trials = option("--trials", QStringLiteral("20")).toInt();
    const int first = option("--first-trial", QStringLiteral("0")).toInt();
    const std::uint32_t seed = option("--seed", QStringLiteral("1")).toUInt();
    if (config.cli.isEmpty() || config.guiLike.isEmpty()) {
        out << "usage: crash_torture --cli PLENUM_CLI --gui-like TORTURE_GUI [--gui PLENUM] [--sqlite3 PATH] [--trials "
               "N] "
               "[--seed S] [--first-trial K] [--run-ms MS] [--kill-every-ms MS] [--cli-lanes N] [--keep DIR] "
               "[--scenario]\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString keep = option("--keep");
    const QString root = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(root);
    config.base = QDir(root).filePath(QStringLiteral("base.db"));
    if (!prepareBase(config, root))
        return 2;
    if (args.contains(QLatin1String("--scenario")))
        return runScenarios(config, root);
    out << QStringLiteral(
        "crash_torture: %1 trials from %2, seed %3, %4 ms each, SIGKILL every ~%5 ms; GUI-like + %6%7 "
        "plenum-cli lanes%8\n")
               .arg(trials)
               .arg(first)
               .arg(seed)
               .arg(config.runMs)
               .arg(config.killEveryMs)
               .arg(config.gui.isEmpty() ? QString() : QStringLiteral("real GUI + "))
               .arg(config.cliLanes)
               .arg(config.sqlite3.isEmpty() ? QStringLiteral(" (no sqlite3 tool found)")
                                             : QStringLiteral(" + sqlite3"));
    out.flush();
    Totals totals;
    QElapsedTimer timer;
    timer.start();
    for (int trial = first; trial < first + trials; ++trial) {
        const QString dir = QDir(root).filePath(QStringLiteral("trial-%1").arg(trial));
        QDir().mkpath(dir);
        const TrialResult result = runTrial(config, dir, seed, trial);
        report(trial, seed, result, totals);
        if (result.failures.isEmpty() || keep.isEmpty())
            QDir(dir).removeRecursively(); // with --keep, failing trials stay for a look
    }
    summary(totals, seed, timer.elapsed());
    return totals.failed == 0 ? 0 : 1;
}
