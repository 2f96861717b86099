#include "cli/linkcommands.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "cli/textoutput.h"
#include "linking/citationmarkers.h"
#include "linking/linker.h"
#include "linking/referenceduplicates.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;

QString readUtf8File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QFileInfo::exists(path) ? ErrorCode::FileError : ErrorCode::NotFound,
            QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 is not valid UTF-8 text; convert it to UTF-8 and try again.").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString resolveItem(core::Repository &repo, const QString &key)
{
    const QString id = repo.resolve(key);
    if (id.isEmpty())
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID or alias \"%1\".").arg(key));
    return id;
}

QJsonObject mentionJson(const core::Mention &m)
{
    QJsonObject o { { QStringLiteral("kind"), core::mentionKindName(m.kind) }, { QStringLiteral("matched"), m.matched },
        { QStringLiteral("start"), m.start }, { QStringLiteral("end"), m.end } };
    if (m.kind == core::MentionKind::Ambiguous)
        o.insert(QStringLiteral("id"), QJsonArray::fromStringList(m.candidates));
    else
        o.insert(QStringLiteral("id"), m.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.id));
    if (m.kind == core::MentionKind::Citation) {
        o.insert(QStringLiteral("number"), m.number);
        o.insert(QStringLiteral("resolved"), m.resolved);
    }
    return o;
}

QString mentionIdText(const core::Mention &m)
{
    if (m.kind == core::MentionKind::Ambiguous)
        return m.candidates.join(QLatin1Char('|'));
    if (m.kind == core::MentionKind::Citation && !m.resolved)
        return QStringLiteral("(no entry %1)").arg(m.number);
    if (m.kind == core::MentionKind::Citation && m.id.isEmpty())
        return QStringLiteral("(entry %1, not stored)").arg(m.number);
    return m.id;
}

} // namespace

int cmdLink(Context &ctx)
{
    const QString doc = ctx.takeValue(QStringLiteral("--doc"));
    const QString path = ctx.takeOne(QStringLiteral("text file"));
    const QString text = readUtf8File(path);
    auto kb = ctx.open();
    core::Linker linker(kb->repository());
    core::ReferenceList refs;
    if (!doc.isEmpty()) {
        refs = linker.referenceList(resolveItem(kb->repository(), doc));
    } else {
        const core::ReferenceSection section = core::findReferenceSection(text);
        refs = core::matchReferenceEntries(kb->repository(), section.entries);
    }
    const QList<core::Mention> mentions = linker.registry().recognize(text, refs.isEmpty() ? nullptr : &refs);
    if (ctx.json) {
        QJsonArray rows;
        for (const core::Mention &m : mentions)
            rows.append(mentionJson(m));
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"),
        QStringLiteral("matched") });
    for (const core::Mention &m : mentions)
        table.addRow({ core::mentionKindName(m.kind), mentionIdText(m), QString::number(m.start),
            QString::number(m.end), m.matched });
    ctx.out << table.render();
    return Success;
}

int cmdRelink(Context &ctx)
{
    const QString key = ctx.args.isEmpty() ? QString() : ctx.takeOne(QStringLiteral("item ID"));
    auto kb = ctx.open();
    core::Linker linker(kb->repository());
    core::LinkSummary summary;
    if (key.isEmpty()) {
        summary = linker.linkAll();
    } else {
        summary.items = 1;
        summary.links = linker.linkItem(resolveItem(kb->repository(), key));
    }
    if (ctx.json)
        ctx.printJson(
            QJsonObject { { QStringLiteral("items"), summary.items }, { QStringLiteral("links"), summary.links } });
    else
        ctx.out << QStringLiteral("Linked %1 items: %2 automatic links\n").arg(summary.items).arg(summary.links);
    return Success;
}

int cmdBacklinks(Context &ctx)
{
    const QString key = ctx.takeOne(QStringLiteral("item ID"));
    auto kb = ctx.open();
    const QString id = resolveItem(kb->repository(), key);
    const QList<core::BacklinkGroup> groups = core::Linker(kb->repository()).backlinks(id);
    if (ctx.json) {
        QJsonArray rows;
        for (const core::BacklinkGroup &g : groups) {
            QJsonArray links;
            for (const core::Backlink &b : g.links) {
                QJsonObject o { { QStringLiteral("link_id"), static_cast<qint64>(b.link.rowId) },
                    { QStringLiteral("source"), b.link.sourceId }, { QStringLiteral("source_title"), b.sourceTitle },
                    { QStringLiteral("relation"), core::relationName(b.link.relation) },
                    { QStringLiteral("origin"), core::originName(b.link.origin) },
                    { QStringLiteral("matched"), b.link.matched }, { QStringLiteral("context"), b.context } };
                if (b.link.spanStart) {
                    o.insert(QStringLiteral("start"), *b.link.spanStart);
                    o.insert(QStringLiteral("end"), b.link.spanEnd.value_or(*b.link.spanStart));
                }
                links.append(o);
            }
            rows.append(QJsonObject {
                { QStringLiteral("type"), core::typeName(g.sourceType) }, { QStringLiteral("links"), links } });
        }
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("groups"), rows } });
        return Success;
    }
    ctx.out << QStringLiteral("Backlinks of %1 (%2)\n").arg(id, kb->repository().title(id));
    for (const core::BacklinkGroup &g : groups) {
        ctx.out << QStringLiteral("\n%1 (%2)\n").arg(core::pluralName(g.sourceType)).arg(g.links.size());
        for (const core::Backlink &b : g.links) {
            ctx.out << QStringLiteral("  %1  [%2, %3]  %4\n")
                           .arg(b.link.sourceId, core::relationName(b.link.relation), core::originName(b.link.origin),
                               b.sourceTitle);
            if (!b.context.isEmpty() && b.context != b.sourceTitle)
                ctx.out << QStringLiteral("      %1\n").arg(b.context);
        }
    }
    if (groups.isEmpty())
        ctx.out << QStringLiteral("Nothing links to %1.\n").arg(id);
    return Success;
}

int cmdMentions(Context &ctx)
{
    const bool link = ctx.takeFlag(QStringLiteral("--link"));
    const QString key = ctx.takeOne(QStringLiteral("item ID"));
    auto kb = ctx.open();
    const QString id = resolveItem(kb->repository(), key);
    core::Linker linker(kb->repository());
    const QList<core::UnlinkedMention> found = linker.unlinkedMentions(id);
    const int linked = link ? linker.linkMentions(found) : 0;
    if (ctx.json) {
        QJsonArray rows;
        for (const core::UnlinkedMention &u : found)
            rows.append(QJsonObject { { QStringLiteral("source"), u.sourceId },
                { QStringLiteral("source_type"), core::typeName(u.sourceType) },
                { QStringLiteral("matched"), u.matched }, { QStringLiteral("start"), u.start },
                { QStringLiteral("end"), u.end }, { QStringLiteral("context"), u.context } });
        ctx.printJson(QJsonObject {
            { QStringLiteral("id"), id }, { QStringLiteral("mentions"), rows }, { QStringLiteral("linked"), linked } });
        return Success;
    }
    for (const core::UnlinkedMention &u : found)
        ctx.out
            << QStringLiteral("%1  %2 [%3–%4]  %5\n").arg(u.sourceId, u.matched).arg(u.start).arg(u.end).arg(u.context);
    if (link)
        ctx.out << QStringLiteral("Linked %1 mentions of %2.\n").arg(linked).arg(id);
    else if (found.isEmpty())
        ctx.out << QStringLiteral("Every mention of %1 is linked.\n").arg(id);
    return Success;
}

int cmdDuplicates(Context &ctx)
{
    ctx.expectNoArgs();
    auto kb = ctx.open();
    const QList<core::DuplicateGroup> groups = core::findDuplicateReferences(kb->repository());
    if (ctx.json) {
        QJsonArray rows;
        for (const core::DuplicateGroup &g : groups)
            rows.append(QJsonObject { { QStringLiteral("ids"), QJsonArray::fromStringList(g.ids) },
                { QStringLiteral("reason"), g.reason }, { QStringLiteral("key"), g.key } });
        ctx.printJson(rows);
        return Success;
    }
    for (const core::DuplicateGroup &g : groups) {
        ctx.out << QStringLiteral("%1  (%2)\n")
                       .arg(g.ids.join(QStringLiteral(", ")),
                           g.reason == QLatin1String("doi") ? QStringLiteral("same DOI")
                                                            : QStringLiteral("same title, year and first author"));
        for (const QString &id : g.ids)
            ctx.out << QStringLiteral("    %1  %2\n").arg(id, kb->repository().title(id));
    }
    if (groups.isEmpty())
        ctx.out << QStringLiteral("No duplicate references.\n");
    return Success;
}

} // namespace plenum::cli
