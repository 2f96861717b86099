#pragma once

#include "team/teamsync.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace plenum::core::team {

/// One row set from the server; columns count from 0. Move-only.
class PgResult {
public:
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    /// The value as UTF-8 text ("" for NULL).
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QByteArray bytes(int row, int column) const;
    [[nodiscard]] qint64 integer(int row, int column) const;

private:
    pg_result *m_result;
};

/// A libpq connection to a team server. Every failure throws core::Error with a sentence naming
/// the server (never the password); a refused right (SQLSTATE 42501) is Error ReadOnly.
class PgConnection {
public:
    /// Connects to URL (PASSWORD when the URL has none; else libpq's PGPASSFILE / ~/.pgpass).
    PgConnection(const TeamUrl &url, const QString &password);
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    /// Runs SQL (one statement, parameters $1…; a null optional is SQL NULL), text results.
    PgResult exec(const char *sql, const QList<std::optional<QByteArray>> &params = {});
    /// Runs a script of several statements (the bundled server schema only, never input).
    void execScript(const QByteArray &sql);
    /// The SCRAM-SHA-256 verifier of PASSWORD for ROLE, computed here: the server never sees it in clear.
    QByteArray scramVerifier(const QString &role, const QString &password);
    /// Who the server says we are (session_user).
    [[nodiscard]] QString server() const { return m_where; }

private:
    [[noreturn]] void fail(pg_result *result, const char *what);

    pg_conn *m_conn = nullptr;
    QString m_where;
};

} // namespace plenum::core::team
