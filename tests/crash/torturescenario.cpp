#include "torturescenario.h"

#include "torturecheck.h"
#include "torturecommon.h"
#include "tortureprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace torture {

namespace {

class Scenario {
public:
    Scenario(const Config &config, const QString &dir)
        : m_config(config)
        , m_dir(dir)
        , m_db(QDir(dir).filePath(QStringLiteral("kb.db")))
    {
    }

    // Sends COMMAND to the GUI-like process and waits for its one-line answer.
    QString gui(const QString &command)
    {
        sendLine(m_gui, command);
        for (int i = 0; i < 3000 && readLines(m_gui.outPath).size() < m_replies + 1 && !poll(m_gui); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const QString reply = readLines(m_gui.outPath).value(m_replies++);
        if (!reply.startsWith(QLatin1String("ok")))
            m_problems.append(
                QStringLiteral("GUI-like process, %1: %2").arg(command, reply.isEmpty() ? m_gui.outcome() : reply));
        return reply;
    }
    // Runs plenum-cli ARGS to the end; its stdout, or a problem when it fails.
    QString cli(const QStringList &args)
    {
        Child c = spawn(QStringLiteral("plenum-cli"), m_config.cli,
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--json") } + args,
            QDir(m_dir).filePath(QStringLiteral("cli.out")), QDir(m_dir).filePath(QStringLiteral("cli.err")));
        wait(c);
        if (!c.succeeded())
            m_problems.append(QStringLiteral("plenum-cli %1: %2: %3")
                                  .arg(args.join(QLatin1Char(' ')), c.outcome(), c.err().simplified()));
        return c.out();
    }
    void run(const QString &task);
    QStringList problems() const { return m_problems; }

private:
    void expectAll(const QString &db, const QString &label);

    const Config &m_config;
    QString m_dir;
    QString m_db;
    Child m_gui;
    int m_replies = 0;
    QStringList m_ids; // every write the scenario made, in order
    QStringList m_problems;
};

void Scenario::run(const QString &task)
{
    for (const char *suffix : { "", ".search.sqlite" })
        QFile::copy(m_config.base + QLatin1String(suffix), m_db + QLatin1String(suffix));
    const QString log = QDir(m_dir).filePath(QStringLiteral("gui-1.log"));
    m_gui = spawn(QStringLiteral("torture_gui"), m_config.guiLike,
        { QStringLiteral("--db"), m_db, QStringLiteral("--log"), log, QStringLiteral("--base"),
            QStringLiteral("1000") },
        QDir(m_dir).filePath(QStringLiteral("gui.out")), QDir(m_dir).filePath(QStringLiteral("gui.err")), true);
    const auto guiWrite = [this] { m_ids.append(gui(QStringLiteral("write")).section(QLatin1Char(' '), 1, 1)); };
    guiWrite(); // the window's own connection writes
    gui(QStringLiteral("search"));
    const QString done = gui(QStringLiteral("task ") + task); // a background task on a connection of its own
    if (task == QLatin1String("import"))
        m_ids += done.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    cli({ QStringLiteral("stats") }); // one read-only plenum-cli beside the window
    guiWrite();
    gui(QStringLiteral("search"));
    const QString bib = QDir(m_dir).filePath(QStringLiteral("cli.bib"));
    writeFile(bib, bibEntry(token(999)));
    const QJsonObject imported = QJsonDocument::fromJson(cli({ QStringLiteral("import"), bib }).toUtf8()).object();
    for (const auto &id : imported.value(QStringLiteral("added")).toArray())
        m_ids.append(id.toString());
    guiWrite();
    gui(QStringLiteral("search"));
    sendLine(m_gui, QStringLiteral("quit")); // a normal Quit
    closeStdin(m_gui);
    wait(m_gui);
    if (!m_gui.succeeded())
        m_problems.append(QStringLiteral("the GUI-like process did not quit cleanly: %1: %2")
                              .arg(m_gui.outcome(), m_gui.err().simplified()));
    for (const QString &line : readLines(log))
        if (line.startsWith(QLatin1String("error ")) || line.startsWith(QLatin1String("miss ")))
            m_problems.append(QStringLiteral("GUI-like process logged: %1").arg(line));
    const qsizetype expected = task == QLatin1String("import") ? 6 : 4; // 3 GUI notes, 1 CLI import, 2 by the task
    if (m_ids.size() != expected)
        m_problems.append(QStringLiteral("expected %1 writes to succeed, %2 did: %3")
                              .arg(expected)
                              .arg(m_ids.size())
                              .arg(m_ids.join(QLatin1Char(' '))));
    expectAll(m_db, QStringLiteral("the knowledge base"));
    const QString copy = QDir(m_dir).filePath(QStringLiteral("copy.db")); // only the one file, as a user copies it
    QFile::copy(m_db, copy);
    expectAll(copy, QStringLiteral("a copy of the .db file alone"));
}

void Scenario::expectAll(const QString &db, const QString &label)
{
    if (const QString check = integrityCheck(db); check != QLatin1String("ok")) {
        m_problems.append(QStringLiteral("%1: integrity_check: %2").arg(label, check.left(300)));
        return;
    }
    const QString saved = m_db;
    m_db = db;
    for (const QString &id : m_ids) {
        const QString shown = cli({ QStringLiteral("show"), id });
        if (!shown.contains(id))
            m_problems.append(QStringLiteral("%1: %2 is missing").arg(label, id));
    }
    m_db = saved;
}

} // namespace

QStringList runScenario(const Config &config, const QString &dir, const QString &task)
{
    Scenario scenario(config, dir);
    scenario.run(task);
    return scenario.problems();
}

} // namespace torture
