#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <libpq-fe.h>

#include <csignal>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace plenum::teamtest {

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(what.toStdString());
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

/// /proc/PID/stat split after the command (which may hold spaces): field 3 (state) is index 0.
QStringList procStat(pid_t pid)
{
    const QString stat = readText(QStringLiteral("/proc/%1/stat").arg(pid));
    const auto close = stat.lastIndexOf(QLatin1Char(')'));
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(QLatin1Char(' '));
}

bool alive(pid_t pid)
{
    const QStringList f = procStat(pid);
    return !f.isEmpty() && f.at(0) != QLatin1String("Z") && f.at(0) != QLatin1String("X");
}

QStringList asPostgres(const QStringList &command)
{
    if (::geteuid() == 0)
        return QStringList { QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
            QStringLiteral("--") }
        + command;
    return command;
}

QString runProcess(const QStringList &argv, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(argv.first(), argv.mid(1));
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("%1 failed: %2")
                 .arg(argv.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

QString toolPath(const QString &name)
{
    return QStringLiteral(PLENUM_SOURCE_DIR "/tools/") + name;
}

PgServer::PgServer(const QString &dir, bool tls)
    : m_dir(QDir(dir).absolutePath())
{
    // --durable: synchronous_commit on from the first start (the suite's shared server has it off
    // for speed). A SIGKILL would otherwise lose transactions the server had acknowledged, which
    // no production server does; every test here may kill its server.
    QStringList args { toolPath(QStringLiteral("pg-test-server")), QStringLiteral("start"), m_dir,
        QStringLiteral("--durable") };
    if (tls)
        args << QStringLiteral("--tls");
    runProcess(args);
    m_running = true;
    m_password = readText(m_dir + QStringLiteral("/password"));
    m_port = readText(m_dir + QStringLiteral("/port")).toInt();
    if (m_password.isEmpty() || m_port <= 0)
        fail(QStringLiteral("pg-test-server left no password or port in %1").arg(m_dir));
    requireDurable();
}

void PgServer::requireDurable() const
{
    const QStringList setting = query(QStringLiteral("SHOW synchronous_commit"));
    if (setting != QStringList { QStringLiteral("on") })
        fail(QStringLiteral("the fault test server in %1 runs with synchronous_commit = %2: a kill would lose "
                            "acknowledged commits")
                 .arg(m_dir, setting.join(QLatin1Char(','))));
}

PgServer::~PgServer()
{
    if (!m_running)
        return;
    QProcess::execute(toolPath(QStringLiteral("pg-test-server")), { QStringLiteral("stop"), m_dir });
}

QString PgServer::superUrl() const
{
    return QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/postgres").arg(m_password).arg(m_port);
}

QString PgServer::memberUrl(const QString &member, const QString &password, const QString &library, int port) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(member);
    url.setPassword(password);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port > 0 ? port : m_port);
    url.setPath(QStringLiteral("/postgres"));
    url.setQuery(QStringLiteral("library=") + QString::fromUtf8(QUrl::toPercentEncoding(library)));
    return url.toString(QUrl::FullyEncoded);
}

pid_t PgServer::postmasterPid() const
{
    const QString first = readText(m_dir + QStringLiteral("/data/postmaster.pid")).section(QLatin1Char('\n'), 0, 0);
    return pid_t(first.toInt());
}

std::vector<pid_t> PgServer::processes() const
{
    const pid_t pm = postmasterPid();
    std::vector<pid_t> pids;
    if (pm <= 0 || !alive(pm))
        return pids;
    pids.push_back(pm);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok || pid == pm)
            continue;
        const QStringList f = procStat(pid);
        if (f.size() > 1 && f.at(1).toInt() == pm && alive(pid))
            pids.push_back(pid);
    }
    return pids;
}

void PgServer::killHard()
{
    const std::vector<pid_t> pids = processes();
    if (pids.empty())
        fail(QStringLiteral("no server is running in %1").arg(m_dir));
    for (pid_t pid : pids)
        ::kill(pid, SIGKILL);
    // Dead is enough; gone (reaped by init, which here can take a while) is better, because the
    // restarted server takes a zombie's pid in its lock files for a running postmaster.
    for (int i = 0; i < 1000; ++i) {
        bool running = false, zombies = false;
        for (pid_t pid : pids) {
            running = running || alive(pid);
            zombies = zombies || QFile::exists(QStringLiteral("/proc/%1").arg(pid));
        }
        if (!running && (!zombies || i >= 300))
            return;
        QThread::msleep(10);
    }
    fail(QStringLiteral("the server's processes outlived SIGKILL for 10 s"));
}

void PgServer::restart()
{
    // Lock files naming a dead postmaster (a zombie not yet reaped) would stop the new one.
    QStringList locks { m_dir + QStringLiteral("/data/postmaster.pid") };
    for (const QString &f : QDir(m_dir).entryList({ QStringLiteral(".s.PGSQL.*.lock") }, QDir::Files | QDir::Hidden))
        locks << m_dir + QLatin1Char('/') + f;
    for (const QString &lock : locks) {
        const pid_t pid = pid_t(readText(lock).section(QLatin1Char('\n'), 0, 0).toInt());
        if (pid > 0 && !alive(pid))
            QFile::remove(lock);
    }
    const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl");
    try {
        runProcess(asPostgres({ bin, QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
            m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
            QStringLiteral("start") }));
    } catch (const std::runtime_error &e) {
        fail(QString::fromUtf8(e.what()) + QStringLiteral("\nserver.log ends: ")
            + readText(m_dir + QStringLiteral("/server.log")).right(1500));
    }
    requireDurable(); // the next kill loses nothing acknowledged either
}

double PgServer::cpuSeconds() const
{
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const pid_t pm = postmasterPid();
    double total = 0;
    for (pid_t pid : processes()) {
        const QStringList f = procStat(pid); // utime = field 14 → index 11
        if (f.size() < 15)
            continue;
        total += f.at(11).toDouble() + f.at(12).toDouble();
        if (pid == pm)
            total += f.at(13).toDouble() + f.at(14).toDouble();
    }
    return total / tick;
}

QStringList PgServer::query(const QString &sql, const QStringList &params, const QString &database) const
{
    const QByteArray conninfo
        = QStringLiteral("host=127.0.0.1 port=%1 user=postgres password=%2 dbname=%3 connect_timeout=20")
              .arg(m_port)
              .arg(m_password, database)
              .toUtf8();
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.constData()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        fail(
            QStringLiteral("cannot connect to the test server: %1").arg(QString::fromUtf8(PQerrorMessage(conn.get()))));
    std::vector<QByteArray> values;
    std::vector<const char *> pointers;
    for (const QString &p : params)
        values.push_back(p.toUtf8());
    for (const QByteArray &v : values)
        pointers.push_back(v.constData());
    std::unique_ptr<PGresult, decltype(&PQclear)> res(
        PQexecParams(
            conn.get(), sql.toUtf8().constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0),
        &PQclear);
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(QStringLiteral("%1: %2").arg(sql.left(200), QString::fromUtf8(PQerrorMessage(conn.get()))));
    QStringList rows;
    for (int r = 0; r < PQntuples(res.get()); ++r) {
        QStringList cols;
        for (int c = 0; c < PQnfields(res.get()); ++c)
            cols << (PQgetisnull(res.get(), r, c) ? QStringLiteral("\\N")
                                                  : QString::fromUtf8(PQgetvalue(res.get(), r, c)));
        rows << cols.join(QLatin1Char('\t'));
    }
    return rows;
}

PgSession::PgSession(const PgServer &server)
{
    const QByteArray conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=postgres password=%2 dbname=postgres")
                                    .arg(server.port())
                                    .arg(server.password())
                                    .toUtf8();
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail(QStringLiteral("cannot connect to the test server: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn))));
}

PgSession::~PgSession()
{
    PQfinish(m_conn);
}

void PgSession::exec(const QString &sql)
{
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(m_conn, sql.toUtf8().constData()), &PQclear);
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(QStringLiteral("%1: %2").arg(sql.left(200), QString::fromUtf8(PQerrorMessage(m_conn))));
}

CutProxy::CutProxy(const QString &dir, int targetPort)
    : m_control(QDir(dir).absoluteFilePath(QStringLiteral("cutproxy.sock")))
{
    const QString portFile = QDir(dir).absoluteFilePath(QStringLiteral("cutproxy.port"));
    QFile::remove(portFile);
    const QStringList args { QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(targetPort),
        QStringLiteral("--control"), m_control, QStringLiteral("--port-file"), portFile };
    qint64 pid = 0;
    if (!QProcess::startDetached(toolPath(QStringLiteral("cutproxy")), args, QString(), &pid))
        fail(QStringLiteral("tools/cutproxy did not start"));
    m_pid = pid_t(pid);
    for (int i = 0; i < 1000 && m_port == 0; ++i) {
        m_port = readText(portFile).toInt();
        if (m_port == 0)
            QThread::msleep(10);
    }
    if (m_port == 0)
        fail(QStringLiteral("tools/cutproxy wrote no port within 10 s"));
}

CutProxy::~CutProxy()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGTERM);
}

QString CutProxy::command(const QString &line) const
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray path = m_control.toLocal8Bit();
    if (fd < 0 || path.size() >= qsizetype(sizeof(addr.sun_path)))
        fail(QStringLiteral("cannot reach the cutproxy control socket %1").arg(m_control));
    std::memcpy(addr.sun_path, path.constData(), std::size_t(path.size()));
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        const QByteArray out = line.toUtf8() + '\n';
        if (::write(fd, out.constData(), std::size_t(out.size())) == out.size()) {
            char buf[256];
            ssize_t n = 0;
            while (!answer.contains('\n') && (n = ::read(fd, buf, sizeof buf)) > 0)
                answer.append(buf, qsizetype(n));
        }
    }
    ::close(fd);
    const QString text = QString::fromUtf8(answer).trimmed();
    if (!text.startsWith(QLatin1String("ok")))
        fail(QStringLiteral("cutproxy refused %1: %2").arg(line, text));
    return text;
}

std::pair<qint64, qint64> CutProxy::bytes() const
{
    const QString stats = command(QStringLiteral("stats"));
    const auto up = QRegularExpression(QStringLiteral("up=(\\d+)")).match(stats);
    const auto down = QRegularExpression(QStringLiteral("down=(\\d+)")).match(stats);
    return { up.captured(1).toLongLong(), down.captured(1).toLongLong() };
}

} // namespace plenum::teamtest
