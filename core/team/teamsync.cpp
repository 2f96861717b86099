#include "team/teamsync.h"

#include "facade/knowledgebase.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "team/objectdata.h"
#include "team/pgconnection.h"
#include "team/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::core::team {

namespace {

std::unique_ptr<KnowledgeBase> openKb(const QString &path)
{
    return KnowledgeBase::open(path, false, KnowledgeBase::Content::Empty);
}

Settings requireSettings(KnowledgeBase &kb)
{
    auto s = readSettings(kb);
    if (!s)
        throw Error(ErrorCode::NotFound,
            QStringLiteral("This knowledge base is not joined to a team library "
                           "(plenum-cli team join URL)."));
    return *s;
}

/// Connects as the URL's member and finds its library: id, version and role.
void openLibrary(PgConnection &conn, Settings &s)
{
    checkServerSchema(conn, conn.server());
    const PgResult r = conn.exec("SELECT id, version, role FROM plenum.open_library($1)", { s.library.toUtf8() });
    s.libraryId = r.integer(0, 0);
    s.role = r.text(0, 2);
}

QString displayValue(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    const QJsonArray a = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    if (a.isEmpty())
        return stored.toString(); // a whole item ("*"): its JSON
    const QJsonValue v = a.first();
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void recordError(const QString &kbPath, const QString &message)
{
    try {
        auto kb = openKb(kbPath);
        if (auto s = readSettings(*kb)) {
            s->lastError = message;
            writeSettings(*kb, *s);
        }
    } catch (const Error &) { // the knowledge base itself failed: the caller reports that error
    }
}

SyncReport runSync(KnowledgeBase &kb, PgConnection &conn, Settings &s, bool everything, Progress *progress)
{
    SyncReport report;
    if (!s.pendingPushId.isEmpty() && s.role != QLatin1String("reader")) {
        // A push whose answer never came: sent again first, against the version it was computed
        // on, so the server either recognises it (applied once) or finds it stale (then it is
        // recomputed after the pull and nothing pulled is overwritten).
        bool stale = false;
        report.pushed += push(kb, conn, s, false, stale, progress);
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        pull(kb, conn, s, report, progress);
        if (s.role == QLatin1String("reader"))
            break;
        bool stale = false;
        report.pushed += push(kb, conn, s, everything && attempt == 0, stale, progress);
        if (!stale)
            break;
    }
    s.lastSync = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    s.lastError.clear();
    writeSettings(kb, s);
    report.libraryVersion = s.libraryVersion;
    return report;
}

} // namespace

TeamSync::TeamSync(const QString &kbPath)
    : m_kbPath(kbPath)
{
}
TeamSync::~TeamSync() = default;

void TeamSync::setPassword(const QString &password)
{
    const std::lock_guard lock(m_mutex);
    m_password = password;
}

QString TeamSync::password() const
{
    const std::lock_guard lock(m_mutex);
    return m_password;
}

void TeamSync::keepPassword(const TeamUrl &url)
{
    if (!url.password.isEmpty())
        setPassword(url.password); // for this object's later calls; never stored
}

SyncReport TeamSync::create(const TeamUrl &url, const QString &libraryName, Progress *progress)
{
    if (libraryName.trimmed().isEmpty() || libraryName.size() > 200)
        throw Error(ErrorCode::Usage, QStringLiteral("A team library needs a name of 1 to 200 characters."));
    keepPassword(url);
    auto kb = openKb(m_kbPath);
    if (readSettings(*kb))
        throw Error(ErrorCode::Conflict, QStringLiteral("This knowledge base already belongs to a team library."));
    PgConnection conn(url, password(), progress);
    migrateServer(conn);
    const PgResult r = conn.exec("SELECT plenum.create_library($1)", { libraryName.toUtf8() });
    Settings s;
    TeamUrl stored = url;
    stored.library = libraryName;
    stored.password.clear();
    s.url = stored.text();
    s.library = libraryName;
    s.member = conn.exec("SELECT session_user").text(0, 0);
    s.libraryId = r.integer(0, 0);
    s.role = QStringLiteral("admin");
    writeSettings(*kb, s);
    return runSync(*kb, conn, s, true, conn.progress());
}

SyncReport TeamSync::join(const TeamUrl &url, Progress *progress)
{
    if (url.library.isEmpty())
        throw Error(ErrorCode::Usage, QStringLiteral("The team URL names no library (…?library=NAME)."));
    keepPassword(url);
    auto kb = openKb(m_kbPath);
    if (auto old = readSettings(*kb); old && old->library != url.library)
        throw Error(ErrorCode::Conflict,
            QStringLiteral("This knowledge base already belongs to the team library %1.").arg(old->library));
    PgConnection conn(url, password(), progress);
    Settings s = readSettings(*kb).value_or(Settings {});
    TeamUrl stored = url;
    stored.password.clear();
    s.url = stored.text();
    s.library = url.library;
    s.member = conn.exec("SELECT session_user").text(0, 0);
    openLibrary(conn, s);
    writeSettings(*kb, s);
    return runSync(*kb, conn, s, false, conn.progress());
}

SyncReport TeamSync::sync(Progress *progress)
{
    try {
        auto kb = openKb(m_kbPath);
        Settings s = requireSettings(*kb);
        PgConnection conn(TeamUrl::parse(s.url), password(), progress);
        openLibrary(conn, s);
        return runSync(*kb, conn, s, false, conn.progress());
    } catch (const Error &e) {
        if (e.code() != ErrorCode::Cancelled && e.code() != ErrorCode::NotFound)
            recordError(m_kbPath, e.message());
        throw;
    }
}

SyncStatus TeamSync::status() const
{
    auto kb = openKb(m_kbPath);
    SyncStatus st;
    const auto s = readSettings(*kb);
    if (!s)
        return st;
    st.configured = true;
    st.url = s->url;
    st.library = s->library;
    st.member = s->member;
    st.role = s->role;
    st.libraryVersion = s->libraryVersion;
    st.pendingChanges = pendingChanges(*kb, *s, false).size();
    auto q = kb->database().prepare("SELECT count(*) FROM sync_conflicts");
    st.conflicts = q.next() ? static_cast<int>(q.integer(0)) : 0;
    st.lastSync = QDateTime::fromString(s->lastSync, Qt::ISODateWithMs);
    st.lastError = s->lastError;
    return st;
}

std::vector<Conflict> TeamSync::conflicts() const
{
    auto kb = openKb(m_kbPath);
    auto q = kb->database().prepare("SELECT entity_id, field, kind, base, local, remote, merged, remote_version "
                                    "FROM sync_conflicts ORDER BY entity_id, field");
    std::vector<Conflict> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), displayValue(q.value(3)), displayValue(q.value(4)),
            displayValue(q.value(5)), q.text(6), q.integer(7) });
    return out;
}

std::vector<Member> TeamSync::members()
{
    auto kb = openKb(m_kbPath);
    Settings s = requireSettings(*kb);
    PgConnection conn(TeamUrl::parse(s.url), password());
    openLibrary(conn, s);
    const PgResult r = conn.exec("SELECT name, role FROM plenum.members($1)", { QByteArray::number(s.libraryId) });
    std::vector<Member> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({ r.text(i, 0), r.text(i, 1) });
    return out;
}

void TeamSync::addMember(const QString &name, const QString &newPassword, const QString &role)
{
    auto kb = openKb(m_kbPath);
    Settings s = requireSettings(*kb);
    PgConnection conn(TeamUrl::parse(s.url), password());
    openLibrary(conn, s);
    std::optional<QByteArray> verifier;
    if (!newPassword.isEmpty())
        verifier = conn.scramVerifier(name, newPassword);
    conn.exec("SELECT plenum.add_member($1, $2, $3, $4)",
        { QByteArray::number(s.libraryId), name.toUtf8(), verifier, role.toUtf8() });
}

void TeamSync::removeMember(const QString &name)
{
    auto kb = openKb(m_kbPath);
    Settings s = requireSettings(*kb);
    PgConnection conn(TeamUrl::parse(s.url), password());
    openLibrary(conn, s);
    conn.exec("SELECT plenum.remove_member($1, $2)", { QByteArray::number(s.libraryId), name.toUtf8() });
}

} // namespace plenum::core::team
