#pragma once

// The real PostgreSQL the team tests run against (tools/pg-test-server, started by the ctest
// fixture "team_server"; its folder is in PLENUM_TEST_PG_DIR). Header-only so every team test
// binary (tests/core/team, the fault tests, the benches) uses the same one; links libpqxx.

#include <QFile>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <pqxx/pqxx>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace plenum::test {

/// The test server's folder; throws when the fixture did not run.
inline QString pgTestDir()
{
    const char *dir = std::getenv("PLENUM_TEST_PG_DIR");
    if (!dir || !*dir)
        throw std::runtime_error("PLENUM_TEST_PG_DIR is not set: run the team tests through ctest (fixture "
                                 "team_server) or start tools/pg-test-server yourself");
    return QString::fromLocal8Bit(dir);
}

/// One line of a file in the server folder (port, password).
inline QString pgTestFile(const QString &name)
{
    QFile f(pgTestDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("the test server folder has no " + name.toStdString());
    return QString::fromUtf8(f.readAll()).trimmed();
}

/// The CA that signed the test server's TLS certificate (the fixture starts it with --tls).
inline QString pgTestCa()
{
    return pgTestDir() + QStringLiteral("/tls/ca.crt");
}

inline int pgTestPort()
{
    return pgTestFile(QStringLiteral("port")).toInt();
}

/// A libpq connection string for ROLE (with PASSWORD) to DATABASE on the test server (loopback TCP).
inline std::string pgConnInfo(
    const QString &database, const QString &role = QStringLiteral("postgres"), const QString &password = {})
{
    const QString pw
        = password.isEmpty() && role == QLatin1String("postgres") ? pgTestFile(QStringLiteral("password")) : password;
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password='%4' connect_timeout=10")
        .arg(pgTestPort())
        .arg(database, role, pw)
        .toStdString();
}

/// A fresh database on the test server, dropped with the object (tests run in parallel: each has
/// its own database and uses role names with its own prefix()).
class PgTestDatabase {
public:
    PgTestDatabase()
        : m_tag(QUuid::createUuid().toString(QUuid::Id128).left(10))
        , m_name(QStringLiteral("t_") + m_tag)
    {
        pqxx::connection c(pgConnInfo(QStringLiteral("postgres")));
        pqxx::nontransaction tx(c);
        tx.exec("CREATE DATABASE " + tx.quote_name(m_name.toStdString()));
    }
    ~PgTestDatabase()
    {
        try {
            pqxx::connection c(pgConnInfo(QStringLiteral("postgres")));
            pqxx::nontransaction tx(c);
            tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(m_name.toStdString()) + " WITH (FORCE)");
        } catch (...) { // a server killed by a fault test: the folder goes with the fixture
        }
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    /// The database's name.
    [[nodiscard]] const QString &name() const { return m_name; }
    /// A prefix for role names unique to this database ("m3f2…_"): roles are cluster-wide.
    [[nodiscard]] QString prefix() const { return QStringLiteral("m") + m_tag + QLatin1Char('_'); }
    /// The team URL of the superuser (who owns the database) for LIBRARY.
    [[nodiscard]] QString ownerUrl(const QString &library) const
    {
        return url(QStringLiteral("postgres"), pgTestFile(QStringLiteral("password")), library);
    }
    /// The team URL of MEMBER with PASSWORD for LIBRARY, over TLS with the server's certificate verified.
    [[nodiscard]] QString url(const QString &member, const QString &password, const QString &library) const
    {
        return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?library=%5&sslmode=verify-full&sslrootcert=%6")
            .arg(member, password)
            .arg(pgTestPort())
            .arg(m_name, QString::fromLatin1(QUrl::toPercentEncoding(library)), pgTestCa());
    }
    /// A raw libpqxx connection as ROLE: what a modified client could send.
    [[nodiscard]] std::string connInfo(
        const QString &role = QStringLiteral("postgres"), const QString &password = {}) const
    {
        return pgConnInfo(m_name, role, password);
    }

private:
    QString m_tag;
    QString m_name;
};

} // namespace plenum::test
