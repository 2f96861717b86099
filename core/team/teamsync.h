#pragma once

#include "model/progress.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace plenum::core::team {

/// Where a team library lives: a PostgreSQL URL (postgresql://member[:password]@host[:port]/db)
/// with the library's name as the query parameter "library". sslmode and sslrootcert pass through
/// to libpq; a URL without sslmode asks for TLS when the server offers it (sslmode=prefer).
struct TeamUrl {
    QString host; ///< a host name, an address or a Unix socket folder ("/…")
    int port = 5432;
    QString database;
    QString member; ///< the PostgreSQL role the member logs in as
    QString password; ///< from the URL; empty when it comes from PGPASSFILE / ~/.pgpass
    QString library;
    QString sslMode; ///< "" (libpq's default), "disable", "require", "verify-ca", "verify-full", …
    QString sslRootCert;
    /// Seconds the server may stay silent ("timeout" in the URL): while connecting, and within a
    /// request when no byte moves either way. 0: kConnectSeconds and kAnswerSeconds.
    int timeout = 0;
    /// Without a timeout in the URL: seconds to connect, and per request without a byte.
    static constexpr int kConnectSeconds = 10;
    static constexpr int kAnswerSeconds = 60;

    /// Parses TEXT; throws Error Usage naming what is wrong (scheme, port, missing database, …).
    static TeamUrl parse(const QString &text);
    /// The URL again, without the password (what status shows and the knowledge base stores).
    [[nodiscard]] QString text() const;
    /// The libpq connection string (keyword=value, values quoted), with the password when set.
    [[nodiscard]] QString connectionString() const;
};

/// What the sync button and `team status` show.
struct SyncStatus {
    bool configured = false; ///< the knowledge base belongs to a team library
    QString url; ///< without the password
    QString library;
    QString member;
    QString role; ///< "reader", "editor" or "admin" as last seen on the server
    qint64 libraryVersion = 0; ///< the server version the local copy has fully pulled
    qint64 pendingChanges = 0; ///< local items changed since the last push
    int conflicts = 0; ///< fields waiting for the user to choose
    QDateTime lastSync; ///< invalid before the first successful sync (UTC)
    QString lastError; ///< the last sync's failure, "" after a success
};

/// What one sync did.
struct SyncReport {
    qint64 pushed = 0; ///< items sent
    qint64 pulled = 0; ///< items received and applied (merged or not)
    qint64 pulledInBulk = 0; ///< of those, written by the first-join bulk path (no merge needed)
    qint64 conflicts = 0; ///< new conflicts this sync found
    qint64 libraryVersion = 0; ///< the library version after the sync
};

/// One field of one item that both sides changed (or an item deleted on one side, edited on the
/// other: field "*"). kind: "edit-edit", "delete-edit" (deleted here, edited there) or
/// "edit-delete" (edited here, deleted there). Values are text: a field's JSON, or a note's body.
struct Conflict {
    QString entityId, field, kind, base, local, remote;
    QString merged; ///< for note bodies: the three-way merge with conflict markers; else ""
    qint64 remoteVersion = 0;
};

struct Member {
    QString name, role;
};

/// How a conflict is resolved: keep the local value, take the remote one, or a merged text.
enum class Choice { Local, Remote, Merged };

/// The team library a knowledge base is joined to. One per knowledge base; every call opens its
/// own connections, so sync() may run off the GUI thread while status() is read on it. Errors are
/// core::Error with a sentence naming the server, library or problem.
class TeamSync {
public:
    explicit TeamSync(const QString &kbPath);
    ~TeamSync();
    TeamSync(const TeamSync &) = delete;
    TeamSync &operator=(const TeamSync &) = delete;

    /// Creates library LIBRARY_NAME on the server (installing or upgrading the server schema),
    /// makes the URL's member its admin, pushes the whole knowledge base and joins it.
    SyncReport create(const TeamUrl &url, const QString &libraryName, Progress *progress = nullptr);
    /// Joins the library the URL names and pulls it (merging with what the knowledge base holds).
    SyncReport join(const TeamUrl &url, Progress *progress = nullptr);
    /// Pull then push; resumable: an interrupted sync leaves both sides consistent.
    SyncReport sync(Progress *progress = nullptr);
    /// The state as stored locally (no network).
    [[nodiscard]] SyncStatus status() const;
    /// The unresolved conflicts, by item and field.
    [[nodiscard]] std::vector<Conflict> conflicts() const;
    /// Resolves one conflict; the next sync pushes the chosen value.
    void resolve(const QString &entityId, const QString &field, Choice choice, const QString &merged = {});
    /// The library's members and roles (any member may list them).
    std::vector<Member> members();
    /// Adds NAME with ROLE (reader, editor, admin); creates the login role with PASSWORD (sent as a
    /// SCRAM verifier, never in clear) when it does not exist yet. Admins only (the server checks).
    void addMember(const QString &name, const QString &password, const QString &role);
    /// Removes NAME from the library: from then on it can neither read nor write it. Admins only.
    void removeMember(const QString &name);
    /// Uses PASSWORD for the next connections when the stored URL has none (from --password-file
    /// or a dialog); kept in memory only.
    void setPassword(const QString &password);

private:
    [[nodiscard]] QString password() const;
    void keepPassword(const TeamUrl &url);

    QString m_kbPath;
    mutable std::mutex m_mutex; // guards m_password: sync() may run on a worker thread
    QString m_password;
};

} // namespace plenum::core::team
