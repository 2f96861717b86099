#include "team/teamsync.h"

#include "model/error.h"

namespace plenum::core::team {

namespace {
[[noreturn]] void notYet()
{
    throw Error(ErrorCode::Internal, QStringLiteral("Team libraries are not built yet."));
}
} // namespace

TeamSync::TeamSync(const QString &kbPath) : m_kbPath(kbPath) { }
TeamSync::~TeamSync() = default;
void TeamSync::create(const TeamUrl &, const QString &, Progress *) { notYet(); }
void TeamSync::join(const TeamUrl &, Progress *) { notYet(); }
SyncReport TeamSync::sync(Progress *) { notYet(); }
SyncStatus TeamSync::status() const { return {}; }
std::vector<Conflict> TeamSync::conflicts() const { return {}; }
void TeamSync::resolve(const QString &, const QString &, Choice, const QString &) { notYet(); }
std::vector<Member> TeamSync::members() { notYet(); }
void TeamSync::addMember(const QString &, const QString &, const QString &) { notYet(); }
void TeamSync::removeMember(const QString &) { notYet(); }
void TeamSync::setPassword(const QString &password) { m_password = password; }

} // namespace plenum::core::team
