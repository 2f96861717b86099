#include "torturetrial.h"

#include "torturecheck.h"
#include "torturecommon.h"
#include "tortureprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <random>
#include <thread>

namespace torture {

namespace {

// Which tokens the trial's processes use: the harness's lanes count from the trial's base, each
// GUI-like process from its own million above it, so no two items ever share a word.
constexpr std::uint64_t kTokensPerTrial = 100'000'000;
constexpr std::uint64_t kTokensPerProcess = 1'000'000;

struct Trial {
    const Config &config;
    QString dir;
    QString db;
    QString log; // commits of the plenum-cli and sqlite3 lanes, written by the harness when they exit 0
    std::mt19937 random;
    std::uint64_t tokenBase;
    std::uint64_t next;
    int guiProcesses = 0;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    TrialResult result;

    [[nodiscard]] qint64 elapsed() const
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    }
    QString token() { return torture::token(next++); }
    [[nodiscard]] QString file(const QString &name) const { return QDir(dir).filePath(name); }
    // Something that went wrong for a user of process WHO after MS ms, for the checks to classify.
    void error(const QString &who, qint64 ms, const QString &message) const
    {
        QString name = who;
        appendLine(log,
            QStringLiteral("error %1 %2 0: %3")
                .arg(ms)
                .arg(name.replace(QLatin1Char(' '), QLatin1Char('/')), message.simplified()));
    }
};

// Items committed so far by any process of the trial: what a search started now must find.
QList<QPair<QString, QString>> committedSoFar(const Trial &t)
{
    QList<QPair<QString, QString>> items;
    QStringList logs { t.log };
    for (const QString &name : QDir(t.dir).entryList({ QStringLiteral("gui-*.log") }))
        logs.append(t.file(name));
    for (const QString &log : logs)
        for (const QString &line : readLines(log))
            if (line.startsWith(QLatin1String("commit ")))
                items.append({ line.section(QLatin1Char(' '), 1, 1), line.section(QLatin1Char(' '), 2, 2) });
    return items;
}

class Lane {
public:
    explicit Lane(QString name)
        : m_name(std::move(name))
    {
    }
    virtual ~Lane() = default;
    virtual void start(Trial &t) = 0;
    virtual void finished(Trial &t) = 0;
    [[nodiscard]] virtual bool restartable(const Trial &t) const { return t.elapsed() < t.config.runMs; }
    // Processes that run until the harness ends them (the real GUI) are ended at the end of a trial.
    [[nodiscard]] virtual bool endsItself() const { return true; }
    std::optional<Child> child;

protected:
    QString m_name;
};

// A plenum-cli process after another: imports, note edits through import-kb, searches, stats, check.
class CliLane final : public Lane {
public:
    using Lane::Lane;
    void start(Trial &t) override;
    void finished(Trial &t) override;

private:
    enum class Op { Import, NoteEdit, Search, Stats, Check } m_op = Op::Stats;
    QString m_id;
    QString m_token;
};

void CliLane::start(Trial &t)
{
    const int pick = int(t.random() % 100);
    QStringList args;
    m_token = t.token();
    const auto candidates = pick >= 55 && pick < 75 ? committedSoFar(t) : QList<QPair<QString, QString>>();
    if (pick < 35) {
        m_op = Op::Import;
        m_id = QStringLiteral("ref-") + m_token;
        const QString file = t.file(QStringLiteral("%1-%2.bib").arg(m_name, m_token));
        writeFile(file, bibEntry(m_token));
        args = { QStringLiteral("import"), file };
    } else if (pick < 55) {
        m_op = Op::NoteEdit;
        m_id = QStringLiteral("note-") + m_name;
        const QString file = t.file(QStringLiteral("%1-%2.plenum-kb").arg(m_name, m_token));
        writeFile(file, kbNote(m_id, m_token));
        appendLine(t.log, QStringLiteral("attempt-note %1 %2").arg(m_id, m_token));
        args = { QStringLiteral("import-kb"), file };
    } else if (pick < 75 && !candidates.isEmpty()) {
        m_op = Op::Search;
        const auto &c = candidates.at(int(t.random() % candidates.size()));
        m_id = c.first;
        m_token = c.second;
        args = { QStringLiteral("search"), m_token, QStringLiteral("--no-expand") };
    } else if (pick < 90) {
        m_op = Op::Stats;
        args = { QStringLiteral("stats") };
    } else {
        m_op = Op::Check;
        args = { QStringLiteral("check") };
    }
    const QString what = QStringLiteral("%1 %2").arg(m_name, args.first());
    const QString out = t.file(m_name + QStringLiteral(".out")), err = t.file(m_name + QStringLiteral(".err"));
    child = spawn(what, t.config.cli, QStringList { QStringLiteral("--db"), t.db, QStringLiteral("--json") } + args,
        out, err, false, { QStringLiteral("PLENUM_TEST_WRITE_DELAY_US=300") });
}

void CliLane::finished(Trial &t)
{
    if (child->killed)
        return;
    const QString who = child->what;
    if (!child->succeeded()) {
        t.error(who, child->elapsedMs(), QStringLiteral("%1: %2").arg(child->outcome(), child->err()));
        return;
    }
    const QJsonDocument json = QJsonDocument::fromJson(child->out().toUtf8());
    const QJsonObject o = json.object();
    if (m_op == Op::Import) {
        if (o.value(QStringLiteral("added")).toArray().contains(m_id))
            appendLine(t.log, QStringLiteral("commit %1 %2 %3").arg(m_id, m_token, m_name));
        else
            t.error(who, 0, QStringLiteral("the import did not add %1: %2").arg(m_id, child->out().simplified()));
    } else if (m_op == Op::NoteEdit) {
        if (o.value(QStringLiteral("added")).toInt() + o.value(QStringLiteral("updated")).toInt() == 1)
            appendLine(t.log, QStringLiteral("edit-note %1 %2").arg(m_id, m_token));
        else
            t.error(who, 0, QStringLiteral("import-kb did not write %1: %2").arg(m_id, child->out().simplified()));
    } else if (m_op == Op::Search) {
        bool found = false;
        for (const auto &hit : o.value(QStringLiteral("results")).toArray())
            found = found || hit.toObject().value(QStringLiteral("id")).toString() == m_id;
        if (!found)
            appendLine(t.log, QStringLiteral("miss %1 %2 %3").arg(m_id, m_token, who));
    } else if (m_op == Op::Check && !o.value(QStringLiteral("ok")).toBool()) {
        t.error(who, 0, QStringLiteral("check is not ok: %1").arg(child->out().simplified()));
    }
}

// The stock sqlite3 tool, with a busy timeout as a careful user would set: reads, and an UPDATE of
// an alias (the edit a user makes behind Plenum's back).
class SqliteLane final : public Lane {
public:
    using Lane::Lane;
    void start(Trial &t) override
    {
        m_update = t.random() % 2 == 0;
        m_token = t.token();
        QString sql = QStringLiteral("SELECT count(*) FROM entities; SELECT alias FROM aliases WHERE entity_id = '%1';")
                          .arg(QLatin1String(kAliasConcept));
        if (m_update) {
            appendLine(t.log, QStringLiteral("attempt-alias %1 %2").arg(QLatin1String(kAliasConcept), m_token));
            sql = QStringLiteral("UPDATE aliases SET alias = '%1' WHERE entity_id = '%2'; SELECT changes();")
                      .arg(m_token, QLatin1String(kAliasConcept));
        }
        child = spawn(QStringLiteral("sqlite3 %1").arg(m_update ? QStringLiteral("update") : QStringLiteral("read")),
            t.config.sqlite3,
            { QStringLiteral("-bail"), QStringLiteral("-cmd"), QStringLiteral(".timeout %1").arg(kBusyTimeoutMs), t.db,
                sql },
            t.file(QStringLiteral("sqlite3.out")), t.file(QStringLiteral("sqlite3.err")));
    }
    void finished(Trial &t) override
    {
        if (child->killed)
            return;
        if (!child->succeeded() || !child->err().isEmpty())
            t.error(child->what, child->elapsedMs(), QStringLiteral("%1: %2").arg(child->outcome(), child->err()));
        else if (m_update && child->out().trimmed() == QLatin1String("1"))
            appendLine(t.log, QStringLiteral("edit-alias %1 %2").arg(QLatin1String(kAliasConcept), m_token));
        else if (m_update)
            t.error(child->what, 0, QStringLiteral("the UPDATE changed no row: %1").arg(child->out()));
    }

private:
    bool m_update = false;
    QString m_token;
};

// torture_gui: long-lived connections and background tasks (see torture_gui.cpp); it logs its own commits.
class GuiLikeLane final : public Lane {
public:
    using Lane::Lane;
    void start(Trial &t) override
    {
        const int n = ++t.guiProcesses;
        const QString log = t.file(QStringLiteral("gui-%1.log").arg(n));
        const std::uint64_t base = t.tokenBase + std::uint64_t(n) * kTokensPerProcess;
        child = spawn(QStringLiteral("torture_gui #%1").arg(n), t.config.guiLike,
            { QStringLiteral("--db"), t.db, QStringLiteral("--log"), log, QStringLiteral("--base"),
                QString::number(base), QStringLiteral("--seed"), QString::number(t.random()) },
            t.file(QStringLiteral("gui-%1.out").arg(n)), t.file(QStringLiteral("gui-%1.err").arg(n)), true,
            { QStringLiteral("PLENUM_TEST_WRITE_DELAY_US=300") });
        sendLine(*child, QStringLiteral("auto %1").arg(std::max<qint64>(t.config.runMs - t.elapsed(), 100)));
        sendLine(*child, QStringLiteral("quit")); // a clean exit, unless a kill comes first
        closeStdin(*child);
    }
    void finished(Trial &t) override
    {
        if (!child->killed && !child->succeeded())
            t.error(child->what, child->elapsedMs(), QStringLiteral("%1: %2").arg(child->outcome(), child->err()));
    }
    [[nodiscard]] bool restartable(const Trial &t) const override { return t.elapsed() + 300 < t.config.runMs; }
};

// The real GUI, offscreen: a window holding its connection and its search worker's while the others work.
class RealGuiLane final : public Lane {
public:
    using Lane::Lane;
    void start(Trial &t) override
    {
        child = spawn(QStringLiteral("plenum (GUI)"), t.config.gui, { QStringLiteral("--db"), t.db },
            t.file(QStringLiteral("plenum.out")), t.file(QStringLiteral("plenum.err")), false,
            { QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + t.dir,
                QStringLiteral("XDG_RUNTIME_DIR=") + t.dir }); // the user's settings stay untouched
    }
    void finished(Trial &t) override
    {
        if (!child->killed)
            t.error(child->what, child->elapsedMs(),
                QStringLiteral("the GUI ended by itself (%1): %2").arg(child->outcome(), child->err()));
    }
    [[nodiscard]] bool restartable(const Trial &t) const override { return t.elapsed() + 500 < t.config.runMs; }
    [[nodiscard]] bool endsItself() const override { return false; }
};

std::vector<std::unique_ptr<Lane>> makeLanes(const Config &config)
{
    std::vector<std::unique_ptr<Lane>> lanes;
    lanes.push_back(std::make_unique<GuiLikeLane>(QStringLiteral("gui")));
    if (!config.gui.isEmpty())
        lanes.push_back(std::make_unique<RealGuiLane>(QStringLiteral("plenum")));
    for (int i = 0; i < config.cliLanes; ++i)
        lanes.push_back(std::make_unique<CliLane>(QStringLiteral("cli%1").arg(i)));
    if (!config.sqlite3.isEmpty())
        lanes.push_back(std::make_unique<SqliteLane>(QStringLiteral("sqlite3")));
    return lanes;
}

// One pass over the lanes: reap, restart, and at the trial's end stop what does not end itself.
bool step(Trial &t, std::vector<std::unique_ptr<Lane>> &lanes)
{
    const bool starting = t.elapsed() < t.config.runMs;
    bool running = false;
    for (auto &lane : lanes) {
        if (lane->child && poll(*lane->child)) {
            t.result.killed += lane->child->killed && lane->endsItself() ? 1 : 0;
            lane->finished(t);
            lane->child.reset();
        }
        if (!lane->child && starting && lane->restartable(t)) {
            lane->start(t);
            ++t.result.processes;
        }
        if (lane->child && !starting && !lane->endsItself())
            kill(*lane->child);
        running = running || lane->child.has_value();
    }
    return running || starting;
}

void killOne(Trial &t, std::vector<std::unique_ptr<Lane>> &lanes)
{
    std::vector<Lane *> running;
    for (auto &lane : lanes)
        if (lane->child && !lane->child->exited)
            running.push_back(lane.get());
    if (!running.empty())
        kill(*running.at(t.random() % running.size())->child);
}

void copyBase(const QString &from, const QString &to)
{
    for (const char *suffix : { "", "-wal", "-shm", ".search.sqlite", ".search.sqlite-wal", ".search.sqlite-shm" })
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
}

} // namespace

TrialResult runTrial(const Config &config, const QString &dir, std::uint32_t seed, int trial)
{
    const std::uint64_t tokenBase = std::uint64_t(trial + 1) * kTokensPerTrial;
    Trial t { config, dir, QDir(dir).filePath(QStringLiteral("kb.db")),
        QDir(dir).filePath(QStringLiteral("harness.log")), std::mt19937(seed * 1000003u + std::uint32_t(trial)),
        tokenBase, tokenBase, 0, std::chrono::steady_clock::now(), {} };
    copyBase(config.base, t.db);
    t.start = std::chrono::steady_clock::now();
    auto lanes = makeLanes(config);
    qint64 nextKill = t.random() % (2 * config.killEveryMs);
    while (step(t, lanes)) {
        if (t.elapsed() >= nextKill && t.elapsed() < config.runMs) {
            killOne(t, lanes);
            nextKill += 1 + t.random() % (2 * config.killEveryMs);
        }
        if (t.elapsed() > config.runMs + 60'000) { // longer than any busy wait: a hang
            for (auto &lane : lanes)
                if (lane->child) {
                    t.result.failures[QStringLiteral("hang")].append(
                        lane->child->what + QStringLiteral(" still ran 60 s after the trial"));
                    kill(*lane->child);
                    wait(*lane->child);
                    lane->child.reset();
                }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    checkTrial(config, dir, t.db, t.result);
    return t.result;
}

QByteArray seedRecords(int cliLanes)
{
    QByteArray bytes = "{\"format\":\"plenum-kb\",\"version\":1}\n";
    QJsonObject conceptRecord { { QStringLiteral("type"), QStringLiteral("concept") },
        { QStringLiteral("id"), QLatin1String(kAliasConcept) },
        { QStringLiteral("name_en"), QStringLiteral("Torture concept") },
        { QStringLiteral("aliases"),
            QJsonArray { QJsonObject { { QStringLiteral("text"), QLatin1String(kSeedAlias) },
                { QStringLiteral("lang"), QStringLiteral("en") } } } },
        { QStringLiteral("sources"), QJsonArray { QStringLiteral("tests/crash") } } };
    bytes += QJsonDocument(conceptRecord).toJson(QJsonDocument::Compact) + '\n';
    QStringList notes { QStringLiteral("note-gui") };
    for (int i = 0; i < cliLanes; ++i)
        notes.append(QStringLiteral("note-cli%1").arg(i));
    for (const QString &id : notes) {
        const QByteArray note = kbNote(id, QStringLiteral("zqseednotex"));
        bytes += note.mid(note.indexOf('\n') + 1);
    }
    return bytes;
}

} // namespace torture
