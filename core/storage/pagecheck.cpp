// The page check at open (issue 12), made once per file per process: every connection this process
// opens to a file while another of its connections to that file is alive shares that connection's
// check, finished or still running, instead of reading the pages again. The GUI holds its knowledge
// base open for the whole session; the team status, background tasks and exports it runs open the
// same file again, and each of them read up to a quarter of a second of pages before.
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include <sys/stat.h>

namespace plenum::core {

// One check of one file; the connections that share it hold it. A deferred check runs on a thread
// of its own, which the destructor waits for (the check's budget bounds the wait).
struct Database::PendingCheck {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::exception_ptr failure;
    std::thread thread;

    PendingCheck() = default;
    PendingCheck(const PendingCheck &) = delete;
    PendingCheck &operator=(const PendingCheck &) = delete;
    ~PendingCheck()
    {
        if (thread.joinable())
            thread.join();
    }
    void finish(std::exception_ptr verdict)
    {
        {
            std::lock_guard lock(mutex);
            failure = std::move(verdict);
            done = true;
        }
        finished.notify_all();
    }
    void await()
    {
        std::unique_lock lock(mutex);
        finished.wait(lock, [this] { return done; });
        if (failure)
            std::rethrow_exception(failure);
    }
};

namespace {

// The file itself, whatever path or link names it: device and inode. stat() opens no descriptor,
// so it cannot drop this process's locks on the file.
QString fileKey(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return QStringLiteral("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino));
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

// The check a live connection of this process holds for PATH's file, or a new one (MINE true),
// which connections opened after this one then share until the last of them closes.
std::shared_ptr<Database::PendingCheck> Database::sharedCheck(const QString &path, bool &mine)
{
    static std::mutex mutex;
    static std::map<QString, std::weak_ptr<PendingCheck>> checks;
    const QString key = fileKey(path);
    const std::lock_guard lock(mutex);
    std::erase_if(checks, [](const auto &entry) { return entry.second.expired(); });
    if (const auto it = checks.find(key); it != checks.end())
        if (auto held = it->second.lock()) {
            mine = false;
            return held;
        }
    auto check = std::make_shared<PendingCheck>();
    checks[key] = check;
    mine = true;
    return check;
}

void Database::checkPages(int budgetMs)
{
    bool mine = false;
    m_check = sharedCheck(m_path, mine);
    if (mine) {
        try {
            checkPagesHere(budgetMs);
            m_check->finish({});
        } catch (...) {
            m_check->finish(std::current_exception());
        }
    }
    awaitPageCheck();
}

void Database::startPageCheck(int budgetMs)
{
    awaitPageCheck();
    bool mine = false;
    std::shared_ptr<PendingCheck> check = sharedCheck(m_path, mine);
    // A connection of SQLite's own: SQLite keeps every descriptor of the file open while any
    // connection of this process holds a lock on it.
    if (mine)
        check->thread = std::thread([pending = check.get(), path = m_path, budgetMs] {
            try {
                Database::open(path, OpenMode::ReadOnly).checkPagesHere(budgetMs);
                pending->finish({});
            } catch (...) {
                pending->finish(std::current_exception());
            }
        });
    m_check = std::move(check);
}

void Database::awaitPageCheck()
{
    if (m_check)
        m_check->await();
}

} // namespace plenum::core
