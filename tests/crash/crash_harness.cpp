// Crash harness (docs/reliability.md): runs plenum-cli imports and edits against a knowledge base,
// kills each with SIGKILL at a random moment, and checks that the file is sound, that it holds
// exactly the state before or after the command (never half of it), and that the search index
// agrees with the data after its next open. Seeded, so a failing trial can be replayed.
#include "search/searchindex.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <random>

using plenum::core::Database;

namespace {

QTextStream out(stdout);

struct Operation {
    QString name;
    QString base; // which starting file
    QStringList args; // after --db PATH
    qint64 runMs = 0; // measured without a kill
    QByteArray before; // state hash of the base
    QByteArray after; // state hash after a complete run
};

[[noreturn]] void die(const QString &message)
{
    out << "crash_harness: " << message << Qt::endl;
    std::exit(1);
}

// Every row of every table, without the columns that hold the time of writing.
QByteArray stateHash(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    auto t
        = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (t.next())
        tables.append(t.text(0));
    for (const QString &table : tables) {
        QStringList columns;
        auto c = db.prepare("SELECT name FROM pragma_table_info(?1)");
        c.bindAll(table);
        while (c.next())
            if (!c.text(0).endsWith(QLatin1String("_at")))
                columns.append(QLatin1Char('"') + c.text(0) + QLatin1Char('"'));
        // Table and column names come from the schema itself, never from input.
        const QByteArray sql
            = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1, 2").arg(columns.join(QLatin1Char(',')), table).toUtf8();
        auto rows = db.prepare(sql.constData());
        hash.addData(table.toUtf8());
        while (rows.next())
            for (int i = 0; i < rows.columnCount(); ++i)
                hash.addData(rows.value(i).toString().toUtf8().append('\x1f'));
    }
    return hash.result().toHex();
}

QString integrity(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ReadWrite);
    auto q = db.prepare("PRAGMA integrity_check");
    QStringList lines;
    while (q.next())
        lines.append(q.text(0));
    return lines.join(QLatin1Char(' '));
}

QProcess *start(const QString &cli, const QString &db, const QStringList &args, int writeDelayUs)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLENUM_TEST_WRITE_DELAY_US"), QString::number(writeDelayUs));
    p->setProcessEnvironment(env);
    p->setProgram(cli);
    p->setArguments(QStringList { QStringLiteral("--db"), db } + args);
    p->start();
    if (!p->waitForStarted())
        die(QStringLiteral("cannot start %1").arg(cli));
    return p;
}

void runToEnd(const QString &cli, const QString &db, const QStringList &args, int writeDelayUs = 0)
{
    std::unique_ptr<QProcess> p(start(cli, db, args, writeDelayUs));
    p->waitForFinished(-1);
    if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
        die(QStringLiteral("plenum-cli %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p->readAllStandardError())));
}

void copyBase(const QString &from, const QString &to)
{
    for (const char *suffix : { "", "-wal", "-shm", ".search.sqlite", ".search.sqlite-wal", ".search.sqlite-shm" }) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString cli = option("--cli", QString());
    const QString data = option("--data", QString());
    const int trials = option("--trials", QStringLiteral("50")).toInt();
    const quint32 seed = option("--seed", QStringLiteral("1")).toUInt();
    const int delayUs = option("--write-delay-us", QStringLiteral("1000")).toInt();
    if (cli.isEmpty() || data.isEmpty())
        die(QStringLiteral(
            "usage: crash_harness --cli PLENUM_CLI --data TEST_DATA [--trials N] [--seed S] [--write-delay-us U]"));

    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString bundled = dir.filePath(QStringLiteral("bundled.db"));
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    const QString kbFile = dir.filePath(QStringLiteral("all.plenum-kb"));
    runToEnd(cli, bundled, { QStringLiteral("init") });
    runToEnd(cli, empty, { QStringLiteral("init"), QStringLiteral("--empty") });
    runToEnd(cli, bundled, { QStringLiteral("export-kb"), kbFile });
    runToEnd(cli, bundled, { QStringLiteral("search"), QStringLiteral("governance") }); // an index to damage
    runToEnd(cli, empty, { QStringLiteral("search"), QStringLiteral("governance") });

    QList<Operation> ops;
    const auto add = [&ops](const QString &name, const QString &base, const QStringList &a) {
        Operation op;
        op.name = name;
        op.base = base;
        op.args = a;
        ops.append(op);
    };
    add(QStringLiteral("import paper (en)"), bundled,
        { QStringLiteral("import"), data + QStringLiteral("/paper/paper-en.md") });
    add(QStringLiteral("import paper (zh)"), empty,
        { QStringLiteral("import"), data + QStringLiteral("/paper/paper-zh.md") });
    add(QStringLiteral("import bibtex"), empty, { QStringLiteral("import"), data + QStringLiteral("/bib/hard.bib") });
    add(QStringLiteral("import ris"), empty, { QStringLiteral("import"), data + QStringLiteral("/bib/hard.ris") });
    add(QStringLiteral("import-kb"), empty, { QStringLiteral("import-kb"), kbFile });
    add(QStringLiteral("relink (edit)"), bundled, { QStringLiteral("relink") });
    add(QStringLiteral("mentions --link (edit)"), bundled,
        { QStringLiteral("mentions"), QStringLiteral("social-governance"), QStringLiteral("--link") });
    add(QStringLiteral("reindex"), bundled, { QStringLiteral("reindex") });
    const QString work = dir.filePath(QStringLiteral("work.db"));
    for (Operation &op : ops) {
        op.before = stateHash(op.base);
        copyBase(op.base, work);
        QElapsedTimer timer;
        timer.start();
        runToEnd(cli, work, op.args, delayUs);
        op.runMs = std::max<qint64>(timer.elapsed(), 20);
        op.after = stateHash(work);
        out << QStringLiteral("%1: %2 ms uninterrupted%3\n")
                   .arg(op.name)
                   .arg(op.runMs)
                   .arg(op.before == op.after ? QStringLiteral(" (changes no data)") : QString());
    }

    std::mt19937 random(seed);
    int failures = 0, before = 0, after = 0, unchanged = 0, finished = 0, indexRepaired = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const Operation &op = ops.at(int(random() % ops.size()));
        const int killAt = int(random() % quint32(op.runMs * 13 / 10 + 1));
        copyBase(op.base, work);
        std::unique_ptr<QProcess> p(start(cli, work, op.args, delayUs));
        const bool done = p->waitForFinished(killAt);
        if (!done)
            p->kill(); // SIGKILL
        p->waitForFinished(-1);
        finished += done ? 1 : 0;
        QStringList problems;
        const QString check = integrity(work);
        if (check != QLatin1String("ok"))
            problems.append(QStringLiteral("integrity_check: %1").arg(check));
        const QByteArray state = stateHash(work);
        if (state == op.before && state == op.after)
            ++unchanged;
        else if (state == op.before)
            ++before;
        else if (state == op.after)
            after += done ? 0 : 1;
        else
            problems.append(QStringLiteral("the data is neither the state before nor the state after the command"));
        try {
            auto index = plenum::core::search::SearchIndex::open(work);
            if (index->openedState() != plenum::core::search::IndexState::UpToDate)
                ++indexRepaired;
            const QStringList indexProblems = index->verify();
            if (!indexProblems.isEmpty())
                problems.append(QStringLiteral("search index: %1").arg(indexProblems.join(QLatin1Char(' '))));
        } catch (const plenum::core::Error &e) {
            problems.append(QStringLiteral("search index: %1").arg(e.message()));
        }
        if (!problems.isEmpty()) {
            ++failures;
            out << QStringLiteral("FAIL trial %1 (seed %2): %3 killed at %4 ms: %5\n")
                       .arg(trial)
                       .arg(seed)
                       .arg(op.name)
                       .arg(killAt)
                       .arg(problems.join(QStringLiteral("; ")));
        }
    }
    out << QStringLiteral(
        "%1 trials (seed %2): %3 killed and rolled back, %4 killed after the commit, %5 finished before "
        "the kill, %6 of commands that change no data; search index caught up or rebuilt %7 times; %8 failures\n")
               .arg(trials)
               .arg(seed)
               .arg(before)
               .arg(after)
               .arg(finished)
               .arg(unchanged)
               .arg(indexRepaired)
               .arg(failures);
    return failures == 0 ? 0 : 1;
}
