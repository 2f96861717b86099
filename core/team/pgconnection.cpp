#include "team/pgconnection.h"

#include "model/error.h"

#include <libpq-fe.h>

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <thread>
#include <vector>

namespace plenum::core::team {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}
PgResult::PgResult(PgResult &&other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}
PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}
int PgResult::rows() const
{
    return PQntuples(m_result);
}
bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}
QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}
QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(bytes(row, column));
}
qint64 PgResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

namespace {

constexpr int kPollSliceMs = 100; // how often a wait asks whether the user pressed Cancel

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool succeeded(pg_result *r)
{
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

PgConnection::PgConnection(const TeamUrl &url, const QString &password, Progress *progress)
    : m_user(progress)
{
    TeamUrl u = url;
    if (u.password.isEmpty())
        u.password = password;
    m_where = QStringLiteral("%1:%2/%3").arg(u.host).arg(u.port).arg(u.database);
    if (u.timeout > 0)
        m_connectSeconds = m_answerSeconds = u.timeout;
    if (m_user)
        m_watched = [this](std::int64_t done, std::int64_t total) { return askUser(done, total); };
    // No sslmode in the URL: TLS with the certificate verified whenever the server offers TLS;
    // plain only when the server has no TLS at all (a Unix socket never uses TLS).
    const bool defaultTls = u.sslMode.isEmpty() && !u.host.startsWith(QLatin1Char('/'));
    if (defaultTls)
        u.sslMode = QStringLiteral("verify-full");
    QString why = open(u);
    if (defaultTls && !why.isEmpty() && why.contains(QLatin1String("does not support SSL"))) {
        u.sslMode = QStringLiteral("disable");
        why = open(u);
    }
    if (!why.isEmpty()) {
        const bool auth = why.contains(QLatin1String("password")) || why.contains(QLatin1String("authentication"));
        const bool cert = why.contains(QLatin1String("certificate"));
        throw Error(auth ? ErrorCode::ReadOnly : ErrorCode::FileError,
            QStringLiteral("Could not connect to the team server %1%2: %3")
                .arg(m_where,
                    cert ? QStringLiteral(" (its TLS certificate could not be verified; give the CA with "
                                          "sslrootcert=FILE in the URL)")
                         : QString(),
                    why));
    }
    PQsetnonblocking(m_conn, 1); // sends never block: a full socket is waited for with the deadline
}

// libpq's own connect_timeout does not apply to PQconnectPoll: the deadline is ours, and so is the
// check for Cancel. Returns libpq's reason when the server refused or could not be reached.
QString PgConnection::open(const TeamUrl &url)
{
    drop();
    m_conn = PQconnectStart(url.connectionString().toUtf8().constData());
    if (!m_conn)
        return QStringLiteral("out of memory");
    std::int64_t deadline = nowMs() + m_connectSeconds * 1000LL;
    PostgresPollingStatusType state = PQstatus(m_conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        // The deadline covers the whole attempt: connecting, TLS and authentication.
        std::int64_t fixed = deadline;
        waitSocket(state == PGRES_POLLING_READING ? POLLIN : POLLOUT, fixed, m_connectSeconds, "connecting");
        state = PQconnectPoll(m_conn);
    }
    if (state == PGRES_POLLING_OK)
        return {};
    const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    drop();
    return why.isEmpty() ? QStringLiteral("the connection failed") : why;
}

PgConnection::~PgConnection()
{
    drop();
}

void PgConnection::drop()
{
    if (m_conn)
        PQfinish(m_conn); // non-blocking: the goodbye message is not waited for
    m_conn = nullptr;
    m_sent = false;
}

// Waits until the socket is ready for EVENTS; DEADLINE_MS moves on with every readiness, so only
// SECONDS of silence end the wait. Returns the ready events.
short PgConnection::waitSocket(short events, std::int64_t &deadlineMs, int seconds, const char *doing)
{
    for (;;) {
        if (m_user && !askUser(-1, -1))
            cancelled();
        const std::int64_t left = deadlineMs - nowMs();
        if (left <= 0)
            silent(doing, seconds);
        pollfd p { PQsocket(m_conn), events, 0 };
        if (p.fd < 0)
            fail(nullptr, "keep the connection open");
        const int n = ::poll(&p, 1, static_cast<int>(std::min<std::int64_t>(left, kPollSliceMs)));
        if (n < 0 && errno != EINTR)
            fail(nullptr, "keep the connection open");
        if (n > 0) {
            deadlineMs = nowMs() + seconds * 1000LL;
            return p.revents;
        }
    }
}

// Reports DONE of TOTAL (or, with -1, repeats the last step while waiting) and returns whether to go on.
bool PgConnection::askUser(std::int64_t done, std::int64_t total)
{
    const std::lock_guard lock(m_userLock);
    if (done >= 0) {
        m_done = done;
        m_total = total;
    }
    return (*m_user)(m_done, m_total);
}

void PgConnection::silent(const char *doing, int seconds)
{
    drop(); // a late answer must not be read as the answer to the next request
    throw Error(ErrorCode::FileError,
        QStringLiteral("The team server %1 did not answer for %2 s (%3), so Plenum stopped waiting. Nothing was "
                       "lost: the server keeps only what it confirmed, the knowledge base keeps every local "
                       "change, and the next sync goes on from there.")
            .arg(m_where)
            .arg(seconds)
            .arg(QString::fromUtf8(doing)));
}

void PgConnection::cancelled()
{
    // Asks the server to stop the request, on a thread of its own: PQcancel (libpq 15) waits for
    // the server to acknowledge, which a silent server never does. Closing the connection is what
    // guarantees the request ends; a push that still commits is recognised by its push id.
    if (m_sent && m_conn) {
        if (PGcancel *c = PQgetCancel(m_conn)) {
            std::thread([c] {
                char why[256];
                PQcancel(c, why, sizeof why);
                PQfreeCancel(c);
            }).detach();
        }
    }
    drop();
    throw Error(ErrorCode::Cancelled,
        QStringLiteral("The sync with the team server %1 was stopped. Nothing was lost: the next sync goes on "
                       "from there.")
            .arg(m_where));
}

void PgConnection::fail(pg_result *result, const char *what)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString code = QString::fromLatin1(state ? state : "");
    QString why = primary ? QString::fromUtf8(primary)
                          : QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "the connection is closed").trimmed();
    if (result)
        PQclear(result);
    ErrorCode ec = ErrorCode::Internal;
    if (code == QLatin1String("42501"))
        ec = ErrorCode::ReadOnly;
    else if (code.startsWith(QLatin1String("22")) || code == QLatin1String("02000"))
        ec = ErrorCode::Usage;
    else if (code == QLatin1String("23505"))
        ec = ErrorCode::Conflict;
    else if (code.isEmpty() || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57")))
        ec = ErrorCode::FileError; // the connection broke or the server shut down
    throw Error(ec, QStringLiteral("The team server %1 refused to %2: %3").arg(m_where, QString::fromUtf8(what), why));
}

// Sends what libpq holds and reads what arrives until a whole result is there.
void PgConnection::awaitResult()
{
    std::int64_t deadline = nowMs() + m_answerSeconds * 1000LL;
    for (;;) {
        const int pending = PQflush(m_conn);
        if (pending < 0 || !PQconsumeInput(m_conn))
            fail(nullptr, "run a request");
        if (pending == 0 && !PQisBusy(m_conn))
            return;
        waitSocket(static_cast<short>(POLLIN | (pending ? POLLOUT : 0)), deadline, m_answerSeconds,
            pending ? "sending a request" : "waiting for an answer");
    }
}

// Every result of the request sent; the first failure is the one reported.
pg_result *PgConnection::collect(const char *what)
{
    m_sent = true;
    pg_result *kept = nullptr;
    for (;;) {
        awaitResult();
        pg_result *r = PQgetResult(m_conn);
        if (!r)
            break;
        if (kept && !succeeded(kept)) {
            PQclear(r);
            continue;
        }
        if (kept)
            PQclear(kept);
        kept = r;
    }
    m_sent = false;
    if (!succeeded(kept))
        fail(kept, what);
    return kept;
}

PgResult PgConnection::exec(const char *sql, const QList<std::optional<QByteArray>> &params)
{
    if (!m_conn)
        fail(nullptr, "run a request");
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->constData() : nullptr);
    if (!PQsendQueryParams(m_conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0))
        fail(nullptr, "run a request");
    return PgResult(collect("run a request"));
}

void PgConnection::execScript(const QByteArray &sql)
{
    if (!m_conn || !PQsendQuery(m_conn, sql.constData()))
        fail(nullptr, "install the team library schema");
    PQclear(collect("install the team library schema"));
}

QByteArray PgConnection::scramVerifier(const QString &role, const QString &password)
{
    char *v = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!v)
        fail(nullptr, "compute a password verifier");
    QByteArray out(v);
    PQfreemem(v);
    return out;
}

} // namespace plenum::core::team
