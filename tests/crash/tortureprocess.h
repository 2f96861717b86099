#pragma once

// Child processes of the torture harness: started with posix_spawn, stdout and stderr to files,
// reaped without blocking, killed with SIGKILL by id.

#include <QString>
#include <QStringList>

#include <chrono>
#include <sys/types.h>

namespace torture {

struct Child {
    pid_t pid = -1;
    QString what; ///< e.g. "cli1 import"; names the process in failure messages
    QString outPath; ///< its stdout
    QString errPath; ///< its stderr
    int stdinFd = -1; ///< write end of its stdin, when asked for (else stdin is /dev/null)
    std::chrono::steady_clock::time_point started;
    bool killed = false; ///< the harness sent SIGKILL
    bool exited = false; ///< reaped
    int status = 0; ///< waitpid status once exited

    /// Milliseconds since the start.
    [[nodiscard]] qint64 elapsedMs() const;
    /// True when it exited by itself with code 0.
    [[nodiscard]] bool succeeded() const;
    /// "exit 2", "killed by signal 9" …
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] QString out() const;
    [[nodiscard]] QString err() const;
};

/// Starts PROGRAM with ARGS, ENV added to the environment; stdout and stderr go to OUT_PATH and
/// ERR_PATH. With PIPE_STDIN the child reads a pipe whose write end is in Child::stdinFd.
Child spawn(const QString &what, const QString &program, const QStringList &args, const QString &outPath,
    const QString &errPath, bool pipeStdin = false, const QStringList &env = {});

/// Writes TEXT to the child's stdin pipe (ignored when it is gone).
void sendLine(Child &child, const QString &text);
/// Closes the child's stdin pipe.
void closeStdin(Child &child);
/// Reaps CHILD if it has exited; true when it has (now or before).
bool poll(Child &child);
/// Waits for CHILD to exit.
void wait(Child &child);
/// SIGKILL.
void kill(Child &child);

} // namespace torture
