#include "queries/itemdetail.h"

#include "linking/linker.h"
#include "model/cslitem.h"
#include "queries/conceptqueries.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace plenum::core {

namespace {

QJsonObject ref(Repository &repo, const QString &id)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("title"), repo.title(id) } };
}

} // namespace

namespace {

QJsonArray aliasesJson(const Item &item)
{
    QJsonArray aliases;
    for (const Alias &a : item.aliases)
        aliases.append(QJsonObject { { QStringLiteral("text"), a.text }, { QStringLiteral("lang"), a.language } });
    return aliases;
}

// The item's own links (rejected ones left out).
QJsonArray linksJson(Repository &repo, const QList<Link> &outgoing)
{
    QJsonArray links;
    for (const Link &l : outgoing) {
        QJsonObject o { { QStringLiteral("relation"), relationName(l.relation) },
            { QStringLiteral("target"), l.targetId },
            { QStringLiteral("target_type"), typeName(repo.typeOf(l.targetId).value_or(ItemType::Note)) },
            { QStringLiteral("target_title"), repo.title(l.targetId) },
            { QStringLiteral("origin"), originName(l.origin) }, { QStringLiteral("note"), l.note } };
        if (l.position)
            o.insert(QStringLiteral("position"), *l.position);
        if (!l.rejected)
            links.append(o);
    }
    return links;
}

// "backlinks" (at most LIMIT described when LIMIT >= 0) and "backlinks_total" into OUT.
void insertBacklinks(Repository &repo, const QList<Link> &incoming, int limit, QJsonObject &out)
{
    QJsonArray backlinks;
    qint64 backlinkTotal = 0;
    for (const Link &l : incoming) {
        if (l.rejected)
            continue;
        if (limit >= 0 && backlinkTotal++ >= limit)
            continue; // counted, not described: a milestone can have hundreds of thousands
        backlinks.append(QJsonObject { { QStringLiteral("relation"), relationName(l.relation) },
            { QStringLiteral("source"), l.sourceId },
            { QStringLiteral("source_type"), typeName(repo.typeOf(l.sourceId).value_or(ItemType::Note)) },
            { QStringLiteral("source_title"), repo.title(l.sourceId) },
            { QStringLiteral("origin"), originName(l.origin) }, { QStringLiteral("note"), l.note },
            { QStringLiteral("context"), linkContext(repo, l) },
            { QStringLiteral("link_id"), static_cast<qint64>(l.rowId) } });
    }
    out.insert(QStringLiteral("backlinks"), backlinks);
    out.insert(QStringLiteral("backlinks_total"), limit >= 0 ? backlinkTotal : static_cast<qint64>(backlinks.size()));
}

// A concept's history (as the timeline draws it), broader, narrower and related concepts.
void insertConceptParts(
    Repository &repo, const QString &id, const QList<Link> &outgoing, const QList<Link> &incoming, QJsonObject &out)
{
    QJsonArray history, broader, narrower, related;
    for (const Link &l : outgoing) {
        if (l.relation == Relation::Broader) {
            broader.append(ref(repo, l.targetId));
        } else if (l.relation == Relation::Narrower) {
            narrower.append(ref(repo, l.targetId));
        } else if (l.relation == Relation::Related) {
            related.append(ref(repo, l.targetId));
        }
    }
    for (const Link &l : incoming)
        if (l.relation == Relation::Related && repo.typeOf(l.sourceId) == ItemType::Concept
            && !std::any_of(related.begin(), related.end(),
                [&](const QJsonValue &v) { return v.toObject().value(QStringLiteral("id")) == l.sourceId; }))
            related.append(ref(repo, l.sourceId));
    // The history as the timeline draws it (one query, in date order).
    QJsonValue first = QJsonValue::Null;
    for (const ConceptStep &s : conceptHistory(repo, id)) {
        const QJsonObject step { { QStringLiteral("milestone"), s.milestoneId },
            { QStringLiteral("title"), repo.title(s.milestoneId) }, { QStringLiteral("date"), s.date },
            { QStringLiteral("relation"), relationName(s.first ? Relation::FirstAppearsIn : Relation::ReshapedBy) },
            { QStringLiteral("note"), s.note } };
        history.append(step);
        if (s.first && first.isNull())
            first = step;
    }
    out.insert(QStringLiteral("first_appearance"), first);
    out.insert(QStringLiteral("history"), history);
    out.insert(QStringLiteral("broader"), broader);
    out.insert(QStringLiteral("narrower"), narrower);
    out.insert(QStringLiteral("related"), related);
}

// A milestone's adopted documents, the concepts it introduced or reshaped, and (at most LIMIT)
// statements that mention it.
void insertMilestoneParts(Repository &repo, const QList<Link> &incoming, int limit, QJsonObject &out)
{
    QJsonArray documents, concepts, statements;
    QSet<QString> seen;
    for (const Link &l : incoming) {
        if (l.relation != Relation::AdoptedAt && l.relation != Relation::FirstAppearsIn
            && l.relation != Relation::ReshapedBy
            && (seen.contains(l.sourceId) || (limit >= 0 && seen.size() >= limit)))
            continue;
        const auto type = repo.typeOf(l.sourceId);
        if (type == ItemType::Document && l.relation == Relation::AdoptedAt)
            documents.append(ref(repo, l.sourceId));
        else if (type == ItemType::Concept
            && (l.relation == Relation::FirstAppearsIn || l.relation == Relation::ReshapedBy))
            concepts.append(
                QJsonObject { { QStringLiteral("id"), l.sourceId }, { QStringLiteral("title"), repo.title(l.sourceId) },
                    { QStringLiteral("relation"), relationName(l.relation) }, { QStringLiteral("note"), l.note } });
        else if (type == ItemType::Statement && !seen.contains(l.sourceId)) {
            seen.insert(l.sourceId);
            statements.append(ref(repo, l.sourceId));
        }
    }
    out.insert(QStringLiteral("documents"), documents);
    out.insert(QStringLiteral("concepts"), concepts);
    out.insert(QStringLiteral("statements"), statements);
}

} // namespace

QJsonObject itemDetail(Repository &repo, const QString &id, int limit)
{
    const Item item = repo.item(id);
    QJsonObject fields = item.fields;
    if (item.type == ItemType::Reference) { // the field names scripts read, and the CSL item itself
        fields = csl::legacyFields(item.fields);
        fields.insert(QStringLiteral("csl"), item.fields);
    }
    QJsonObject out { { QStringLiteral("id"), id }, { QStringLiteral("type"), typeName(item.type) },
        { QStringLiteral("title"), repo.title(id) }, { QStringLiteral("fields"), fields },
        { QStringLiteral("sources"), QJsonArray::fromStringList(item.sources) } };
    out.insert(QStringLiteral("aliases"), aliasesJson(item));
    const QList<Link> outgoing = repo.outgoingLinks(id);
    const QList<Link> incoming = repo.backlinks(id);
    out.insert(QStringLiteral("links"), linksJson(repo, outgoing));
    insertBacklinks(repo, incoming, limit, out);
    if (item.type == ItemType::Concept)
        insertConceptParts(repo, id, outgoing, incoming, out);
    else if (item.type == ItemType::Milestone)
        insertMilestoneParts(repo, incoming, limit, out);
    return out;
}

} // namespace plenum::core
