#include "cli/tagcommands.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "cli/textoutput.h"
#include "storage/collections.h"
#include "storage/itemtags.h"

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;

QString resolveItem(core::Repository &repo, const QString &key)
{
    const QString id = repo.resolve(key);
    if (id.isEmpty())
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID or alias \"%1\".").arg(key));
    return id;
}

int listTags(Context &ctx)
{
    ctx.expectNoArgs();
    auto kb = ctx.open();
    const auto tags = core::allTags(kb->repository());
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &t : tags)
            rows.append(QJsonObject {
                { QStringLiteral("tag"), t.name }, { QStringLiteral("items"), static_cast<qint64>(t.items) } });
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("tag"), QStringLiteral("items") });
    for (const auto &t : tags)
        table.addRow({ t.name, QString::number(t.items) });
    ctx.out << table.render();
    return Success;
}

QJsonArray itemsJson(core::Repository &repo, const QStringList &ids)
{
    QJsonArray items;
    for (const QString &id : ids)
        items.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), repo.title(id) } });
    return items;
}

int printCollection(Context &ctx, core::Repository &repo, const core::Collection &c)
{
    const QStringList ids = core::collectionItems(repo, c.id);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), static_cast<qint64>(c.id) },
            { QStringLiteral("name"), c.name }, { QStringLiteral("items"), itemsJson(repo, ids) } });
        return Success;
    }
    ctx.out << c.name << "\n";
    TextTable table({ QStringLiteral("id"), QStringLiteral("title") });
    for (const QString &id : ids)
        table.addRow({ id, repo.title(id) });
    ctx.out << table.render();
    return Success;
}

int listCollections(Context &ctx)
{
    auto kb = ctx.open();
    const auto list = core::collections(kb->repository());
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &c : list)
            rows.append(QJsonObject { { QStringLiteral("id"), static_cast<qint64>(c.id) },
                { QStringLiteral("name"), c.name }, { QStringLiteral("items"), static_cast<qint64>(c.items) } });
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("collection"), QStringLiteral("items") });
    for (const auto &c : list)
        table.addRow({ c.name, QString::number(c.items) });
    ctx.out << table.render();
    return Success;
}

} // namespace

int cmdTag(Context &ctx)
{
    if (ctx.takeFlag(QStringLiteral("--list")))
        return listTags(ctx);
    QStringList removed;
    for (QString value = ctx.takeValue(QStringLiteral("--remove")); !value.isEmpty();
         value = ctx.takeValue(QStringLiteral("--remove")))
        removed.append(value);
    for (const QString &a : ctx.args)
        if (a.startsWith(QLatin1String("--")))
            throw usageError(QStringLiteral("unknown option %1").arg(a));
    if (ctx.args.isEmpty())
        throw usageError(QStringLiteral("missing item ID (or --list)"));
    auto kb = ctx.open();
    auto &repo = kb->repository();
    const QString id = resolveItem(repo, ctx.args.takeFirst());
    if (!ctx.args.isEmpty() || !removed.isEmpty()) {
        QStringList tags = core::tagsOf(repo, id);
        tags.append(ctx.args);
        for (const QString &r : removed)
            tags.removeAll(core::normalisedTag(r));
        core::setTags(repo, id, tags);
    }
    const QStringList tags = core::tagsOf(repo, id);
    if (ctx.json)
        ctx.printJson(
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("tags"), QJsonArray::fromStringList(tags) } });
    else
        ctx.out << id << ": " << (tags.isEmpty() ? QStringLiteral("(no tags)") : tags.join(QStringLiteral(", ")))
                << "\n";
    return Success;
}

int cmdCollections(Context &ctx)
{
    if (ctx.args.isEmpty())
        return listCollections(ctx);
    const QString action = ctx.args.takeFirst();
    static const QStringList actions { QStringLiteral("show"), QStringLiteral("create"), QStringLiteral("delete"),
        QStringLiteral("add"), QStringLiteral("remove") };
    if (!actions.contains(action))
        throw usageError(QStringLiteral("unknown collections action \"%1\" (use %2)")
                             .arg(action, actions.join(QStringLiteral(", "))));
    if (ctx.args.isEmpty())
        throw usageError(QStringLiteral("collections %1 needs a collection name").arg(action));
    const QString name = ctx.args.takeFirst();
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) == ctx.args.isEmpty())
        throw usageError(ctx.args.isEmpty() ? QStringLiteral("collections %1 needs item IDs").arg(action)
                                            : QStringLiteral("unexpected argument %1").arg(ctx.args.first()));
    auto kb = ctx.open();
    auto &repo = kb->repository();
    if (action == QLatin1String("create"))
        return printCollection(ctx, repo, core::createCollection(repo, name));
    const core::Collection c = core::collectionNamed(repo, name);
    if (action == QLatin1String("delete")) {
        core::deleteCollection(repo, c.id);
        if (ctx.json)
            ctx.printJson(QJsonObject { { QStringLiteral("deleted"), c.name } });
        else
            ctx.out << "Deleted collection " << c.name << "\n";
        return Success;
    }
    core::Transaction tx(repo.database());
    for (const QString &key : std::as_const(ctx.args)) {
        const QString id = resolveItem(repo, key);
        if (action == QLatin1String("add"))
            core::addToCollection(repo, c.id, id);
        else if (action == QLatin1String("remove"))
            core::removeFromCollection(repo, c.id, id);
    }
    tx.commit();
    return printCollection(ctx, repo, c);
}

} // namespace plenum::cli
