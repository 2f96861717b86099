#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

#include <vector>

struct pg_conn;

namespace plenum::teamtest {

/// A real PostgreSQL 15 server of its own for one fault test or benchmark, in DIR, started with
/// tools/pg-test-server (initdb as user postgres, SCRAM, loopback only) and synchronous_commit
/// back on, so what it acknowledged survives a kill. Unlike the shared ctest fixture it can be
/// SIGKILLed and restarted on the same data. Throws std::runtime_error.
class PgServer {
public:
    explicit PgServer(const QString &dir, bool tls = false);
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres
    [[nodiscard]] QString superUrl() const;
    /// A team URL for MEMBER (password in the URL) to LIBRARY, through PORT (default: the server's).
    [[nodiscard]] QString memberUrl(
        const QString &member, const QString &password, const QString &library, int port = 0) const;
    [[nodiscard]] int port() const noexcept { return m_port; }
    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString password() const { return m_password; }
    /// The team URL of the superuser for LIBRARY (who may create it), through PORT.
    [[nodiscard]] QString ownerUrl(const QString &library, int port = 0) const
    {
        return memberUrl(QStringLiteral("postgres"), m_password, library, port);
    }

    /// The postmaster and every process it started (backends, checkpointer, walwriter, …).
    [[nodiscard]] std::vector<pid_t> processes() const;
    /// Kills the postmaster and all its processes with SIGKILL at once (a power cut, as far as
    /// the server can tell) and waits until they are gone. The constructor and restart() have
    /// checked that the server runs with synchronous_commit on (requireDurable()).
    void killHard();
    /// Throws unless the server acknowledges a commit only once it is durable (synchronous_commit
    /// on), as every server a fault test kills must.
    void requireDurable() const;
    /// Starts the server again on the same data (crash recovery runs) and waits until it answers.
    void restart();
    /// CPU seconds (user + system) the server's processes used so far, dead backends included
    /// (they are counted in the postmaster's cutime/cstime once reaped).
    [[nodiscard]] double cpuSeconds() const;

    /// Runs SQL as the superuser on DATABASE; returns the rows, each as its columns joined by
    /// '\t' (NULL as "\\N"). Throws std::runtime_error with the server's message.
    QStringList query(const QString &sql, const QStringList &params = {}, const QString &database = "postgres") const;

private:
    [[nodiscard]] pid_t postmasterPid() const;
    void run(const QStringList &args) const;

    QString m_dir;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};

/// One superuser connection kept open, e.g. to hold a row lock across statements.
class PgSession {
public:
    explicit PgSession(const PgServer &server);
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;
    /// Runs one statement; throws std::runtime_error with the server's message.
    void exec(const QString &sql);

private:
    ::pg_conn *m_conn = nullptr;
};

/// The tools/ folder of the source tree (pg-test-server, cutproxy).
QString toolPath(const QString &name);

/// tools/cutproxy in front of a loopback server port, controlled through its Unix socket.
class CutProxy {
public:
    /// Starts the proxy to 127.0.0.1:TARGET_PORT; its control socket lives in DIR.
    CutProxy(const QString &dir, int targetPort);
    ~CutProxy();
    CutProxy(const CutProxy &) = delete;
    CutProxy &operator=(const CutProxy &) = delete;

    [[nodiscard]] int port() const noexcept { return m_port; }
    /// Sends one control command ("cut", "cut-after 4096 up", "stats", …); returns the answer.
    QString command(const QString &line) const;
    /// Bytes forwarded so far: {client to server, server to client}.
    [[nodiscard]] std::pair<qint64, qint64> bytes() const;

private:
    pid_t m_pid = -1;
    int m_port = 0;
    QString m_control;
};

} // namespace plenum::teamtest
