#include "tortureprocess.h"

#include "torturecommon.h"

#include <QFile>
#include <QProcessEnvironment>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace torture {

qint64 Child::elapsedMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
}

bool Child::succeeded() const
{
    return exited && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

QString Child::outcome() const
{
    if (!exited)
        return QStringLiteral("running");
    if (WIFSIGNALED(status))
        return QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
    return QStringLiteral("exit %1").arg(WEXITSTATUS(status));
}

QString Child::out() const
{
    return readLines(outPath).join(QLatin1Char('\n'));
}

QString Child::err() const
{
    return readLines(errPath).join(QLatin1Char('\n'));
}

Child spawn(const QString &what, const QString &program, const QStringList &args, const QString &outPath,
    const QString &errPath, bool pipeStdin, const QStringList &env)
{
    Child child;
    child.what = what;
    child.outPath = outPath;
    child.errPath = errPath;
    std::vector<QByteArray> argBytes { QFile::encodeName(program) };
    for (const QString &a : args)
        argBytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &e : env)
        environment.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    std::vector<QByteArray> envBytes;
    for (const QString &e : environment.toStringList())
        envBytes.push_back(e.toUtf8());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int fds[2] = { -1, -1 };
    if (pipeStdin && ::pipe2(fds, O_CLOEXEC) == 0) {
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
        child.stdinFd = fds[1];
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    }
    const QByteArray out = QFile::encodeName(outPath), err = QFile::encodeName(errPath);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    child.started = std::chrono::steady_clock::now();
    if (posix_spawn(&child.pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
        child.pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    if (fds[0] >= 0)
        ::close(fds[0]);
    if (child.pid < 0) {
        child.exited = true;
        child.status = 127 << 8;
    }
    return child;
}

void sendLine(Child &child, const QString &text)
{
    if (child.stdinFd < 0)
        return;
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    const ssize_t written = ::write(child.stdinFd, bytes.constData(), size_t(bytes.size()));
    (void)written; // a dead child shows in its outcome
}

void closeStdin(Child &child)
{
    if (child.stdinFd >= 0)
        ::close(child.stdinFd);
    child.stdinFd = -1;
}

bool poll(Child &child)
{
    if (child.exited)
        return true;
    if (::waitpid(child.pid, &child.status, WNOHANG) == child.pid)
        child.exited = true;
    if (child.exited)
        closeStdin(child);
    return child.exited;
}

void wait(Child &child)
{
    if (!child.exited && ::waitpid(child.pid, &child.status, 0) == child.pid)
        child.exited = true;
    closeStdin(child);
}

void kill(Child &child)
{
    if (child.exited)
        return;
    ::kill(child.pid, SIGKILL);
    child.killed = true;
}

} // namespace torture
