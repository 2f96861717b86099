#include "cli/maintenancecommands.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"

#include "facade/dbcheck.h"
#include "storage/backup.h"

#include <QFileInfo>

namespace plenum::cli {

using core::Error;
using core::ErrorCode;

namespace {

QJsonArray backupsJson(const QStringList &paths)
{
    QJsonArray rows;
    for (const QString &p : paths)
        rows.append(QJsonObject { { QStringLiteral("path"), p }, { QStringLiteral("bytes"), QFileInfo(p).size() } });
    return rows;
}

int positiveValue(Context &ctx, const QString &option, int minimum)
{
    const QString text = ctx.takeValue(option);
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        throw usageError(QStringLiteral("%1 needs a whole number of at least %2").arg(option).arg(minimum));
    return value;
}

} // namespace

int cmdBackup(Context &ctx)
{
    const bool listOnly = ctx.takeFlag(QStringLiteral("--list"));
    const int every = positiveValue(ctx, QStringLiteral("--every"), 0);
    const int keep = positiveValue(ctx, QStringLiteral("--keep"), 1);
    if (listOnly) {
        ctx.expectNoArgs();
        const QStringList all = core::backup::list(ctx.dbPath);
        if (ctx.json)
            ctx.printJson(backupsJson(all));
        else
            for (const QString &p : all)
                ctx.out << p << '\n';
        return Success;
    }
    auto kb = ctx.open();
    if (every >= 0 || keep >= 0) {
        ctx.expectNoArgs();
        core::backup::Settings s = core::backup::settings(kb->database());
        if (every >= 0)
            s.intervalHours = every;
        if (keep >= 0)
            s.keep = keep;
        core::backup::setSettings(kb->database(), s);
        if (ctx.json)
            ctx.printJson(
                QJsonObject { { QStringLiteral("every_hours"), s.intervalHours }, { QStringLiteral("keep"), s.keep } });
        else
            ctx.out << (s.intervalHours == 0 ? QStringLiteral("Scheduled backups off")
                    : s.intervalHours == core::backup::kDaily
                    ? QStringLiteral("A backup on the first open of each day")
                    : QStringLiteral("A backup every %1 hours").arg(s.intervalHours))
                    << QStringLiteral("; the newest %1 kept in %2\n").arg(s.keep).arg(core::backup::folder(ctx.dbPath));
        return Success;
    }
    QString path;
    if (ctx.args.isEmpty()) {
        path = core::backup::create(kb->database(), QStringLiteral("manual"));
    } else {
        path = ctx.takeOne(QStringLiteral("backup file"));
        core::backup::copyTo(kb->database(), path);
    }
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("path"), QFileInfo(path).absoluteFilePath() },
            { QStringLiteral("bytes"), QFileInfo(path).size() } });
    else
        ctx.out << QStringLiteral("Backed up %1 to %2\n").arg(ctx.dbPath, path);
    return Success;
}

int cmdRestore(Context &ctx)
{
    const bool latest = ctx.takeFlag(QStringLiteral("--latest"));
    QString file;
    if (latest) {
        ctx.expectNoArgs();
        file = core::backup::latestGood(ctx.dbPath); // a damaged newer backup is passed over
        if (file.isEmpty())
            throw Error(ErrorCode::NotFound,
                QStringLiteral("%1 has no good backup in %2.").arg(ctx.dbPath, core::backup::folder(ctx.dbPath)));
    } else {
        file = ctx.takeOne(QStringLiteral("backup file"));
    }
    const QString saved = core::backup::restore(ctx.dbPath, file);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("restored_from"), QFileInfo(file).absoluteFilePath() },
            { QStringLiteral("previous_saved_to"), saved } });
        return Success;
    }
    ctx.out << QStringLiteral("Restored %1 from %2\n").arg(ctx.dbPath, file);
    if (!saved.isEmpty())
        ctx.out << QStringLiteral("The replaced file was saved as %1\n").arg(saved);
    return Success;
}

int cmdCheck(Context &ctx)
{
    ctx.expectNoArgs();
    if (!QFileInfo::exists(ctx.dbPath))
        throw Error(ErrorCode::NotFound, QStringLiteral("Cannot check %1: the file does not exist.").arg(ctx.dbPath));
    const core::CheckReport r = core::checkKnowledgeBase(ctx.dbPath);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), r.ok() },
            { QStringLiteral("integrity"), QJsonArray::fromStringList(r.integrity) },
            { QStringLiteral("foreign_keys"), QJsonArray::fromStringList(r.foreignKeys) },
            { QStringLiteral("search_index"), r.index },
            { QStringLiteral("repaired"), QJsonArray::fromStringList(r.repaired) } });
    } else {
        ctx.out << QStringLiteral("Integrity: %1\n")
                       .arg(r.integrity.isEmpty() ? QStringLiteral("ok") : r.integrity.join(QStringLiteral("; ")));
        ctx.out << QStringLiteral("Foreign keys: %1\n")
                       .arg(r.foreignKeys.isEmpty() ? QStringLiteral("ok") : r.foreignKeys.join(QLatin1Char(' ')));
        ctx.out << QStringLiteral("Search index: %1\n").arg(r.index);
        for (const QString &line : r.repaired)
            ctx.out << QStringLiteral("Repaired: %1\n").arg(line);
    }
    if (r.ok())
        return Success;
    const QString latest = core::backup::latest(ctx.dbPath);
    ctx.err << QStringLiteral("plenum-cli: %1 is damaged.%2\n")
                   .arg(ctx.dbPath,
                       latest.isEmpty() ? QString() : QStringLiteral(" The latest backup is %1.").arg(latest));
    return DataError;
}

} // namespace plenum::cli
