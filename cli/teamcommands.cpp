#include "cli/teamcommands.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "cli/textoutput.h"
#include "interchange/inputfile.h"
#include "team/teamsync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <map>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;
using core::team::TeamSync;
using core::team::TeamUrl;

/// The first line of FILE (a password file, never echoed).
QString readSecret(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileError, QStringLiteral("Cannot read the password file %1.").arg(path));
    return QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

/// A TeamSync for the knowledge base, with the password of --password-file when given.
std::unique_ptr<TeamSync> teamOf(Context &ctx, bool passwordFileIsConnection = true)
{
    auto team = std::make_unique<TeamSync>(ctx.dbPath);
    if (passwordFileIsConnection) {
        const QString file = ctx.takeValue(QStringLiteral("--password-file"));
        if (!file.isEmpty())
            team->setPassword(readSecret(file));
    }
    return team;
}

/// Progress of a long sync on stderr, one line per 10,000 objects.
core::Progress stderrProgress(Context &ctx)
{
    return [&ctx, next = std::int64_t(10000)](std::int64_t done, std::int64_t total) mutable {
        if (done >= next && !ctx.json) {
            ctx.err << "plenum-cli: team sync: " << done << " of " << total << " objects\n" << Qt::flush;
            next = done + 10000;
        }
        return true;
    };
}

QJsonObject reportJson(const core::team::SyncReport &r)
{
    return { { QStringLiteral("pushed"), r.pushed }, { QStringLiteral("pulled"), r.pulled },
        { QStringLiteral("conflicts"), r.conflicts }, { QStringLiteral("library_version"), r.libraryVersion } };
}

void printReport(Context &ctx, const core::team::SyncReport &r)
{
    if (ctx.json)
        ctx.printJson(reportJson(r));
    else
        ctx.out << QStringLiteral("Synced: %1 sent, %2 received, %3 new conflicts; library version %4\n")
                       .arg(r.pushed)
                       .arg(r.pulled)
                       .arg(r.conflicts)
                       .arg(r.libraryVersion);
}

int cmdCreate(Context &ctx)
{
    const QString name = ctx.takeValue(QStringLiteral("--name"));
    if (name.isEmpty())
        throw usageError(QStringLiteral("team create needs --name NAME"));
    auto team = teamOf(ctx);
    const TeamUrl url = TeamUrl::parse(ctx.takeOne(QStringLiteral("team URL")));
    core::Progress progress = stderrProgress(ctx);
    team->create(url, name, &progress);
    const auto st = team->status();
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("url"), st.url }, { QStringLiteral("library"), st.library },
            { QStringLiteral("library_version"), st.libraryVersion } });
    else
        ctx.out << QStringLiteral("Created the team library %1: %2\n").arg(st.library, st.url);
    return Success;
}

int cmdJoin(Context &ctx)
{
    auto team = teamOf(ctx);
    const TeamUrl url = TeamUrl::parse(ctx.takeOne(QStringLiteral("team URL")));
    core::Progress progress = stderrProgress(ctx);
    team->join(url, &progress);
    const auto st = team->status();
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("url"), st.url }, { QStringLiteral("library"), st.library },
            { QStringLiteral("role"), st.role }, { QStringLiteral("library_version"), st.libraryVersion },
            { QStringLiteral("conflicts"), st.conflicts } });
    else
        ctx.out << QStringLiteral("Joined the team library %1 as %2 (%3); library version %4, %5 conflicts\n")
                       .arg(st.library, st.member, st.role)
                       .arg(st.libraryVersion)
                       .arg(st.conflicts);
    return Success;
}

int cmdSync(Context &ctx)
{
    auto team = teamOf(ctx);
    ctx.expectNoArgs();
    core::Progress progress = stderrProgress(ctx);
    printReport(ctx, team->sync(&progress));
    return Success;
}

int cmdStatus(Context &ctx)
{
    auto team = teamOf(ctx);
    ctx.expectNoArgs();
    const auto st = team->status();
    const QJsonValue last = st.lastSync.isValid() ? QJsonValue(st.lastSync.toString(Qt::ISODateWithMs)) : QJsonValue();
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("configured"), st.configured }, { QStringLiteral("url"), st.url },
            { QStringLiteral("library"), st.library }, { QStringLiteral("member"), st.member },
            { QStringLiteral("role"), st.role }, { QStringLiteral("library_version"), st.libraryVersion },
            { QStringLiteral("pending_changes"), st.pendingChanges }, { QStringLiteral("conflicts"), st.conflicts },
            { QStringLiteral("last_sync"), last }, { QStringLiteral("last_error"), st.lastError } });
        return Success;
    }
    if (!st.configured) {
        ctx.out << "Not joined to a team library (plenum-cli team join URL).\n";
        return Success;
    }
    TextTable table({ QStringLiteral("team"), QStringLiteral("") });
    table.addRow({ QStringLiteral("library"), st.library });
    table.addRow({ QStringLiteral("server"), st.url });
    table.addRow({ QStringLiteral("member"), QStringLiteral("%1 (%2)").arg(st.member, st.role) });
    table.addRow({ QStringLiteral("library version"), QString::number(st.libraryVersion) });
    table.addRow({ QStringLiteral("pending changes"), QString::number(st.pendingChanges) });
    table.addRow({ QStringLiteral("conflicts"), QString::number(st.conflicts) });
    table.addRow({ QStringLiteral("last sync"), last.isNull() ? QStringLiteral("never") : last.toString() });
    if (!st.lastError.isEmpty())
        table.addRow({ QStringLiteral("last error"), st.lastError });
    ctx.out << table.render();
    return Success;
}

int cmdConflicts(Context &ctx)
{
    auto team = teamOf(ctx);
    ctx.expectNoArgs();
    const auto list = team->conflicts();
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &c : list)
            rows.append(QJsonObject { { QStringLiteral("id"), c.entityId }, { QStringLiteral("field"), c.field },
                { QStringLiteral("kind"), c.kind }, { QStringLiteral("base"), c.base },
                { QStringLiteral("local"), c.local }, { QStringLiteral("remote"), c.remote },
                { QStringLiteral("merged"), c.merged }, { QStringLiteral("remote_version"), c.remoteVersion } });
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("id"), QStringLiteral("field"), QStringLiteral("kind"), QStringLiteral("local"),
        QStringLiteral("remote") });
    for (const auto &c : list)
        table.addRow({ c.entityId, c.field, c.kind, c.local.left(60), c.remote.left(60) });
    ctx.out << table.render();
    return Success;
}

int cmdResolve(Context &ctx)
{
    auto team = teamOf(ctx);
    const bool local = ctx.takeFlag(QStringLiteral("--local")), remote = ctx.takeFlag(QStringLiteral("--remote"));
    const QString mergedFile = ctx.takeValue(QStringLiteral("--merged"));
    if (int(local) + int(remote) + int(!mergedFile.isEmpty()) != 1)
        throw usageError(QStringLiteral("team resolve needs one of --local, --remote or --merged FILE"));
    if (ctx.args.size() != 2)
        throw usageError(QStringLiteral("team resolve needs an item ID and a field"));
    const QString id = ctx.args.at(0), field = ctx.args.at(1);
    const auto choice = local ? core::team::Choice::Local
        : remote              ? core::team::Choice::Remote
                              : core::team::Choice::Merged;
    const QString merged = mergedFile.isEmpty() ? QString() : QString::fromUtf8(core::readInputFile(mergedFile));
    team->resolve(id, field, choice, merged);
    if (ctx.json)
        ctx.printJson(QJsonObject {
            { QStringLiteral("id"), id }, { QStringLiteral("field"), field }, { QStringLiteral("resolved"), true } });
    else
        ctx.out << QStringLiteral("Resolved %1 %2; the next sync sends it.\n").arg(id, field);
    return Success;
}

int cmdMembers(Context &ctx)
{
    const QString action = ctx.args.isEmpty() ? QString() : ctx.args.first();
    if (action == QLatin1String("add")) {
        const QString role = ctx.takeValue(QStringLiteral("--role"));
        const QString file = ctx.takeValue(QStringLiteral("--password-file"));
        auto team = teamOf(ctx, false);
        ctx.args.removeFirst();
        const QString name = ctx.takeOne(QStringLiteral("member name"));
        if (role.isEmpty())
            throw usageError(QStringLiteral("team members add needs --role reader|editor|admin"));
        team->addMember(name, file.isEmpty() ? QString() : readSecret(file), role);
    } else if (action == QLatin1String("remove")) {
        auto team = teamOf(ctx);
        ctx.args.removeFirst();
        team->removeMember(ctx.takeOne(QStringLiteral("member name")));
    } else if (!action.isEmpty() && !action.startsWith(QLatin1String("--"))) {
        throw usageError(QStringLiteral("unknown team members action \"%1\" (add, remove)").arg(action));
    }
    auto team = teamOf(ctx);
    ctx.expectNoArgs();
    const auto list = team->members();
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &m : list)
            rows.append(QJsonObject { { QStringLiteral("name"), m.name }, { QStringLiteral("role"), m.role } });
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("member"), QStringLiteral("role") });
    for (const auto &m : list)
        table.addRow({ m.name, m.role });
    ctx.out << table.render();
    return Success;
}

} // namespace

int cmdTeam(Context &ctx)
{
    static const std::map<QString, std::function<int(Context &)>> actions = { { QStringLiteral("create"), cmdCreate },
        { QStringLiteral("join"), cmdJoin }, { QStringLiteral("sync"), cmdSync },
        { QStringLiteral("status"), cmdStatus }, { QStringLiteral("conflicts"), cmdConflicts },
        { QStringLiteral("resolve"), cmdResolve }, { QStringLiteral("members"), cmdMembers } };
    if (ctx.args.isEmpty())
        throw usageError(
            QStringLiteral("team needs an action: create, join, sync, status, conflicts, resolve, members"));
    const QString action = ctx.args.takeFirst();
    const auto it = actions.find(action);
    if (it == actions.end())
        throw usageError(QStringLiteral("unknown team action \"%1\"").arg(action));
    return it->second(ctx);
}

} // namespace plenum::cli
