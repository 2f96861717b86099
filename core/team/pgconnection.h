#pragma once

#include "model/progress.h"
#include "team/teamsync.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
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
/// Nothing waits on the server forever (ADR 0027): connecting has a deadline, and a request is
/// given up when no byte moved either way for the answer timeout (a large page on a slow link
/// keeps going as long as bytes arrive); both then throw FileError naming the server and how long
/// it was silent. While it waits it asks the sync's Progress again every 100 ms, so Cancel stops
/// a request the server never answers.
class PgConnection {
public:
    /// Connects to URL (PASSWORD when the URL has none; else libpq's PGPASSFILE / ~/.pgpass).
    /// PROGRESS (may be null) is asked while connecting and waiting whether to stop.
    PgConnection(const TeamUrl &url, const QString &password, Progress *progress = nullptr);
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
    /// The progress to hand the sync engine: it reaches the constructor's, and the waits on the
    /// server repeat its last step when they ask whether to stop. Null when there was none.
    [[nodiscard]] Progress *progress() { return m_user ? &m_watched : nullptr; }

private:
    [[nodiscard]] QString open(const TeamUrl &url);
    pg_result *collect(const char *what);
    void awaitResult();
    short waitSocket(short events, std::int64_t &deadlineMs, int seconds, const char *doing);
    [[noreturn]] void silent(const char *doing, int seconds);
    [[noreturn]] void cancelled();
    [[noreturn]] void fail(pg_result *result, const char *what);
    void drop();

    pg_conn *m_conn = nullptr;
    QString m_where;
    int m_connectSeconds = TeamUrl::kConnectSeconds;
    int m_answerSeconds = TeamUrl::kAnswerSeconds;
    [[nodiscard]] bool askUser(std::int64_t done, std::int64_t total);
    Progress *m_user = nullptr;
    Progress m_watched;
    // The user's callback is called from the sync's thread and, while a pull's pages are fetched
    // ahead (PageFetcher), from the fetcher's thread as it waits on the server: one at a time.
    std::mutex m_userLock;
    std::int64_t m_done = 0, m_total = 0; // guarded by m_userLock
    bool m_sent = false; // a request is out: Cancel asks the server to stop it
};

} // namespace plenum::core::team
