// The GUI-like process of the torture harness (crash_torture, docs/reliability.md): it holds the
// connections the GUI holds and runs the GUI's background work with the real core classes:
// - the main thread keeps one KnowledgeBase open for the whole run and writes and reads notes,
//   as the window's edits do;
// - a search thread keeps one SearchIndex open and searches, as ui/SearchWorker does;
// - a task thread opens its own KnowledgeBase for each import, Rebuild Search Index and export,
//   as ui/TaskRunner does.
// Commands come one per line on stdin and each is answered with one line on stdout ("ok …" or
// "error …"): `auto MS` (random work on all three threads for MS ms), `write`, `task import`,
// `task reindex`, `task export`, `search`, `quit` (closes every connection and exits 0).
// What it committed goes to --log, one line after commit returns (torturecommon.h): the harness
// checks every one is still there after the kills.
#include "torturecommon.h"

#include "export/noteexport.h"
#include "facade/fileimport.h"
#include "facade/knowledgebase.h"
#include "interchange/bibformats.h"
#include "interchange/referenceimporter.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <iostream>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace core = plenum::core;

namespace {

// One thread that runs posted jobs in order, like a QThread with a worker object.
class Worker {
public:
    Worker()
        : m_thread([this] { loop(); })
    {
    }
    ~Worker()
    {
        post({});
        m_thread.join();
    }
    // Runs JOB on the worker; an empty job ends the thread.
    void post(std::function<void()> job)
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        m_wake.notify_one();
    }
    // Runs JOB on the worker and waits for it.
    void run(const std::function<void()> &job)
    {
        std::mutex done;
        std::condition_variable finished;
        bool ready = false;
        post([&] {
            job();
            std::lock_guard lock(done);
            ready = true;
            finished.notify_one();
        });
        std::unique_lock lock(done);
        finished.wait(lock, [&] { return ready; });
    }

private:
    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_jobs.empty(); });
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            if (!job)
                return;
            job();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::thread m_thread;
};

struct Committed {
    QString id;
    QString token;
};

// State shared by the three threads.
class Session {
public:
    Session(QString db, QString log, std::uint64_t base)
        : m_db(std::move(db))
        , m_log(std::move(log))
        , m_next(base)
    {
    }
    const QString &db() const { return m_db; }
    QString nextToken()
    {
        std::lock_guard lock(m_mutex);
        return torture::token(m_next++);
    }
    // Logs a commit of ID findable by TOKEN (after the commit returned).
    void committed(const QString &id, const QString &token)
    {
        torture::appendLine(m_log, QStringLiteral("commit %1 %2").arg(id, token));
        std::lock_guard lock(m_mutex);
        m_committed.push_back({ id, token });
    }
    void log(const QString &line) { torture::appendLine(m_log, line); }
    // A commit made before this call, picked at random (empty when none yet).
    std::optional<Committed> pick(std::mt19937 &random)
    {
        std::lock_guard lock(m_mutex);
        if (m_committed.empty())
            return std::nullopt;
        return m_committed.at(random() % m_committed.size());
    }
    // Runs STEP; an Error is logged with how long the step had waited, as a user would see it.
    bool guarded(const char *where, const std::function<void()> &step)
    {
        QElapsedTimer timer;
        timer.start();
        try {
            step();
            return true;
        } catch (const core::Error &e) {
            log(QStringLiteral("error %1 %2 %3: %4")
                    .arg(timer.elapsed())
                    .arg(QLatin1String(where))
                    .arg(int(e.code()))
                    .arg(e.message().simplified()));
            std::lock_guard lock(m_mutex);
            m_lastError = QStringLiteral("%1: %2").arg(QLatin1String(where), e.message().simplified());
            return false;
        }
    }
    QString lastError()
    {
        std::lock_guard lock(m_mutex);
        return m_lastError;
    }

private:
    QString m_db;
    QString m_log;
    std::mutex m_mutex;
    std::uint64_t m_next;
    std::vector<Committed> m_committed;
    QString m_lastError;
};

// Main thread: a new note through the long-lived connection, as the note editor saves one.
QString writeNote(Session &s, core::KnowledgeBase &kb)
{
    const QString token = s.nextToken();
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = QStringLiteral("note-%1").arg(token);
    note.fields = { { QStringLiteral("title"), QStringLiteral("GUI note %1").arg(token) },
        { QStringLiteral("body"), QStringLiteral("Written through the main connection: %1.").arg(token) } };
    kb.repository().createItem(note);
    s.committed(note.id, token);
    return note.id + QLatin1Char(' ') + token;
}

// Main thread: an edit of the note the GUI-like process owns (note-gui), logged before and after.
void editNote(Session &s, core::KnowledgeBase &kb)
{
    const QString token = s.nextToken();
    core::Item note = kb.repository().item(QStringLiteral("note-gui"));
    note.fields.insert(QStringLiteral("body"), QStringLiteral("Edited through the main connection: %1.").arg(token));
    s.log(QStringLiteral("attempt-note note-gui %1").arg(token));
    kb.repository().updateItem(note);
    s.log(QStringLiteral("edit-note note-gui %1").arg(token));
}

// Main thread: a committed item must still be readable through the long-lived connection.
void readBack(Session &s, core::KnowledgeBase &kb, std::mt19937 &random)
{
    (void)kb.repository().counts();
    if (const auto c = s.pick(random); c && !kb.repository().findItem(c->id))
        s.log(QStringLiteral("miss %1 %2 main-connection").arg(c->id, c->token));
}

// Search thread: a committed item must be found by its word (search catches up first).
QString searchOnce(Session &s, std::unique_ptr<core::search::SearchIndex> &index, std::mt19937 &random)
{
    const auto c = s.pick(random);
    if (!index)
        index = core::search::SearchIndex::open(s.db());
    if (!c)
        return QStringLiteral("nothing committed yet");
    core::search::SearchOptions options;
    options.facets = false;
    for (const auto &hit : index->search(c->token, options).hits)
        if (hit.id == c->id)
            return QStringLiteral("found %1").arg(c->id);
    s.log(QStringLiteral("miss %1 %2 search-thread").arg(c->id, c->token));
    return QStringLiteral("missed %1").arg(c->id);
}

// Task thread: an import of two new references on a connection of its own.
QString importTask(Session &s, const QString &dir)
{
    auto kb = core::KnowledgeBase::open(s.db(), false);
    const QString a = s.nextToken(), b = s.nextToken();
    const QString file = QDir(dir).filePath(QStringLiteral("gui-%1.bib").arg(a));
    torture::writeFile(file, torture::bibEntry(a) + torture::bibEntry(b));
    const core::FileImport result = core::importFile(kb->repository(), file, QStringLiteral("bibtex"), false);
    QStringList added;
    for (const auto &id : result.json.value(QStringLiteral("added")).toArray())
        added.append(id.toString());
    for (const QString &t : { a, b }) {
        const QString id = QStringLiteral("ref-") + t;
        if (added.contains(id))
            s.committed(id, t);
        else
            s.log(QStringLiteral("error 0 task-import 0: the import did not add %1").arg(id));
    }
    QFile::remove(file);
    return added.join(QLatin1Char(' '));
}

QString reindexTask(Session &s)
{
    auto kb = core::KnowledgeBase::open(s.db(), false); // TaskRunner opens one for every task
    auto index = core::search::SearchIndex::open(s.db());
    index->rebuild();
    return QString::number(index->itemCount());
}

QString exportTask(Session &s, const QString &dir)
{
    auto kb = core::KnowledgeBase::open(s.db(), false);
    QStringList notes = kb->repository().itemIds(core::ItemType::Note).mid(0, 20);
    const core::ExportedText text = core::exportNotes(kb->repository(), notes, {});
    torture::writeFile(QDir(dir).filePath(QStringLiteral("gui-export.html")), core::exportHtml(text).toUtf8());
    const QByteArray bib = core::bib::write(core::bib::Format::BibTeX, core::referenceFields(kb->repository()));
    torture::writeFile(QDir(dir).filePath(QStringLiteral("gui-export.bib")), bib);
    return QString::number(bib.size());
}

QString runTask(Session &s, const QString &name, const QString &dir)
{
    if (name == QLatin1String("import"))
        return importTask(s, dir);
    if (name == QLatin1String("reindex"))
        return reindexTask(s);
    return exportTask(s, dir);
}

// `auto MS`: the three threads work at once, as a user editing while an import runs and a search updates.
void autoRun(Session &s, core::KnowledgeBase &kb, Worker &search, Worker &tasks,
    std::unique_ptr<core::search::SearchIndex> &index, int ms, std::uint32_t seed, const QString &dir)
{
    std::atomic<bool> stop { false };
    const auto loop = [&stop](std::uint32_t seedOf, const std::function<void(std::mt19937 &)> &step) {
        std::mt19937 random(seedOf);
        while (!stop)
            step(random);
    };
    search.post([&] {
        loop(seed + 1, [&](std::mt19937 &r) {
            if (!s.guarded("search-thread", [&] { (void)searchOnce(s, index, r); }))
                index.reset(); // reopen, as the search worker does after a failure
            std::this_thread::sleep_for(std::chrono::milliseconds(20 + r() % 60));
        });
    });
    tasks.post([&] {
        static const QString names[]
            = { QStringLiteral("import"), QStringLiteral("reindex"), QStringLiteral("export") };
        loop(seed + 2, [&](std::mt19937 &r) {
            const QString &name = names[r() % 3];
            (void)s.guarded(name == QLatin1String("import") ? "task-import"
                    : name == QLatin1String("reindex")      ? "task-reindex"
                                                            : "task-export",
                [&] { (void)runTask(s, name, dir); });
            std::this_thread::sleep_for(std::chrono::milliseconds(10 + r() % 40));
        });
    });
    std::mt19937 random(seed);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        const int pick = int(random() % 10);
        (void)s.guarded("main-connection", [&] {
            if (pick < 4)
                (void)writeNote(s, kb);
            else if (pick < 6)
                editNote(s, kb);
            else
                readBack(s, kb, random);
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(10 + random() % 40));
    }
    stop = true;
    search.run([] {});
    tasks.run([] {});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char *name) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString db = option("--db"), log = option("--log");
    if (db.isEmpty() || log.isEmpty()) {
        std::fprintf(stderr, "usage: torture_gui --db KB --log FILE [--base N] [--seed S]\n");
        return 2;
    }
    const QString dir = QFileInfo(log).absolutePath();
    Session s(db, log, option("--base").toULongLong());
    const std::uint32_t seed = option("--seed").toUInt();
    std::unique_ptr<core::KnowledgeBase> kb;
    if (!s.guarded("open", [&] { kb = core::KnowledgeBase::open(db, false); })) {
        std::printf("error %s\n", qPrintable(s.lastError()));
        return 1;
    }
    {
        Worker search, tasks;
        std::unique_ptr<core::search::SearchIndex> index; // lives on the search thread
        search.run([&] { (void)s.guarded("search-thread", [&] { index = core::search::SearchIndex::open(db); }); });
        std::string line;
        while (std::getline(std::cin, line)) {
            const QStringList words = QString::fromStdString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString command = words.value(0);
            if (command == QLatin1String("quit"))
                break;
            QString reply;
            std::mt19937 random(seed);
            bool ok = true;
            if (command == QLatin1String("auto"))
                autoRun(s, *kb, search, tasks, index, words.value(1).toInt(), seed, dir);
            else if (command == QLatin1String("write"))
                ok = s.guarded("main-connection", [&] { reply = writeNote(s, *kb); });
            else if (command == QLatin1String("task"))
                tasks.run([&] { ok = s.guarded("task", [&] { reply = runTask(s, words.value(1), dir); }); });
            else if (command == QLatin1String("search"))
                search.run([&] { ok = s.guarded("search-thread", [&] { reply = searchOnce(s, index, random); }); });
            else
                ok = false;
            std::printf("%s %s\n", ok ? "ok" : "error", qPrintable(ok ? reply : s.lastError()));
            std::fflush(stdout);
        }
        search.run([&] { index.reset(); }); // the index closes on the thread that opened it
    }
    kb.reset();
    std::printf("closed\n");
    return 0;
}
