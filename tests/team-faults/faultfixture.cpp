#include "faultfixture.h"

namespace plenum::teamtest {

using core::team::TeamSync;
using core::team::TeamUrl;

FaultFixture::FaultFixture()
    : server(tmp.path(QStringLiteral("pg")))
    , kbA(tmp.path(QStringLiteral("a.db")))
    , kbB(tmp.path(QStringLiteral("b.db")))
{
    test::createKb(kbA, true);
    test::createKb(kbB, true);
}

void FaultFixture::createLibrary(int baseItems, int port, int timeout)
{
    if (baseItems > 0)
        addStatements(kbA, QStringLiteral("st-base-"), baseItems);
    const auto withTimeout = [timeout](const QString &url) {
        TeamUrl parsed = TeamUrl::parse(url);
        parsed.timeout = timeout;
        return parsed;
    };
    a = std::make_unique<TeamSync>(kbA);
    a->create(withTimeout(server.ownerUrl(QStringLiteral("faults"), port)), QStringLiteral("faults"));
    a->addMember(QStringLiteral("bob"), QStringLiteral("bob-pw-1"), QStringLiteral("editor"));
    b = std::make_unique<TeamSync>(kbB);
    b->join(withTimeout(
        server.memberUrl(QStringLiteral("bob"), QStringLiteral("bob-pw-1"), QStringLiteral("faults"), port)));
}

QString FaultFixture::freshMember(const QString &name, int port)
{
    const QString path = tmp.path(name + QStringLiteral(".db"));
    test::createKb(path, true);
    const QString password = name + QStringLiteral("-pw-1");
    a->addMember(name, password, QStringLiteral("editor"));
    TeamSync member(path);
    member.join(TeamUrl::parse(server.memberUrl(name, password, QStringLiteral("faults"), port)));
    return path;
}

QString FaultFixture::syncFailure(TeamSync &member)
{
    const core::Error e = test::failure([&] { member.sync(); });
    INFO("sync failed with: " << e.message());
    CHECK_FALSE(e.message().isEmpty());
    CHECK_FALSE(e.message().contains(QLatin1String("bob-pw-1")));
    return e.message();
}

qint64 FaultFixture::serverVersion()
{
    const QStringList rows = server.query(
        QStringLiteral("SELECT version FROM plenum.libraries WHERE name = $1"), { QStringLiteral("faults") });
    REQUIRE(rows.size() == 1);
    return rows.first().toLongLong();
}

qint64 FaultFixture::serverObjects()
{
    const QStringList rows = server.query(
        QStringLiteral("SELECT count(*), count(DISTINCT o.entity_id) FROM plenum.objects o JOIN plenum.libraries l "
                       "ON l.id = o.library_id WHERE l.name = $1 AND NOT o.deleted"),
        { QStringLiteral("faults") });
    REQUIRE(rows.size() == 1);
    const QStringList counts = rows.first().split(QLatin1Char('\t'));
    CHECK(counts.at(0) == counts.at(1)); // no entity twice
    return counts.at(0).toLongLong();
}

void requireSameLibrary(const QString &kbX, const QString &kbY)
{
    const auto x = libraryState(kbX);
    const auto y = libraryState(kbY);
    INFO(firstDifference(x, y));
    REQUIRE(x.size() == y.size());
    REQUIRE(firstDifference(x, y).isEmpty());
}

void checkSubsetOf(const std::map<QString, QString> &partial, const std::map<QString, QString> &full)
{
    int wrong = 0;
    QString first;
    for (const auto &[id, line] : partial) {
        const auto it = full.find(id);
        if (it == full.end() || it->second != line) {
            if (wrong++ == 0)
                first = it == full.end() ? id + QStringLiteral(" is not in the library")
                                         : id + QStringLiteral(" differs ") + whereDiffers(line, it->second);
        }
    }
    INFO(wrong << " items differ; the first: " << first);
    CHECK(wrong == 0);
}

} // namespace plenum::teamtest
