#include "team/pgconnection.h"

#include "model/error.h"

#include <libpq-fe.h>

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

pg_conn *connectTo(const TeamUrl &url)
{
    return PQconnectdb(url.connectionString().toUtf8().constData());
}

} // namespace

PgConnection::PgConnection(const TeamUrl &url, const QString &password)
{
    TeamUrl u = url;
    if (u.password.isEmpty())
        u.password = password;
    m_where = QStringLiteral("%1:%2/%3").arg(u.host).arg(u.port).arg(u.database);
    // No sslmode in the URL: TLS with the certificate verified whenever the server offers TLS;
    // plain only when the server has no TLS at all (a Unix socket never uses TLS).
    const bool defaultTls = u.sslMode.isEmpty() && !u.host.startsWith(QLatin1Char('/'));
    if (defaultTls)
        u.sslMode = QStringLiteral("verify-full");
    m_conn = connectTo(u);
    if (defaultTls && PQstatus(m_conn) != CONNECTION_OK
        && QString::fromUtf8(PQerrorMessage(m_conn)).contains(QLatin1String("does not support SSL"))) {
        PQfinish(m_conn);
        u.sslMode = QStringLiteral("disable");
        m_conn = connectTo(u);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
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
    PQsetClientEncoding(m_conn, "UTF8");
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void PgConnection::fail(pg_result *result, const char *what)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString code = QString::fromLatin1(state ? state : "");
    const QString why = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
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

PgResult PgConnection::exec(const char *sql, const QList<std::optional<QByteArray>> &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->constData() : nullptr);
    pg_result *r
        = PQexecParams(m_conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(r, "run a request");
    return PgResult(r);
}

void PgConnection::execScript(const QByteArray &sql)
{
    pg_result *r = PQexec(m_conn, sql.constData());
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(r, "install the team library schema");
    PQclear(r);
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
