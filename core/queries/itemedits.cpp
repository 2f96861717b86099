#include "queries/itemedits.h"

#include "model/cslitem.h"
#include "model/error.h"
#include "storage/itemids.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core {

namespace {

[[noreturn]] void fieldError(const Item &item, const QString &field, const QString &rule)
{
    throw Error(
        ErrorCode::InvalidData, QStringLiteral("%1 %2: \"%3\" %4").arg(typeName(item.type), item.id, field, rule));
}

void requireText(const Item &item, const char *key)
{
    if (item.text(QLatin1String(key)).trimmed().isEmpty())
        fieldError(item, QLatin1String(key), QStringLiteral("needs a value."));
}

void requireOneOf(const Item &item, const QString &key, const QStringList &allowed, const QString &value)
{
    if (!value.isEmpty() && !allowed.contains(value))
        fieldError(
            item, key, QStringLiteral("must be one of %1, not \"%2\".").arg(allowed.join(QStringLiteral(", ")), value));
}

// YYYY, YYYY-MM or YYYY-MM-DD, and a real day of the calendar.
void requireDate(const Item &item, const char *key, bool full)
{
    const QString date = item.text(QLatin1String(key));
    if (date.isEmpty())
        return;
    static const QRegularExpression partial(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const bool shaped = (full ? day : partial).match(date).hasMatch();
    const QString padded = date.size() == 4 ? date + QStringLiteral("-01-01")
        : date.size() == 7                  ? date + QStringLiteral("-01")
                                            : date;
    if (!shaped || !QDate::fromString(padded, Qt::ISODate).isValid())
        fieldError(item, QLatin1String(key),
            full ? QStringLiteral("must be a date written YYYY-MM-DD, not \"%1\".").arg(date)
                 : QStringLiteral("must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not \"%1\".").arg(date));
}

void validateStatement(Repository &repo, const Item &item)
{
    requireText(item, "text");
    requireText(item, "kind");
    requireOneOf(item, QStringLiteral("kind"),
        { QStringLiteral("quote"), QStringLiteral("paraphrase"), QStringLiteral("claim"), QStringLiteral("statistic") },
        item.text(QStringLiteral("kind")));
    requireOneOf(item, QStringLiteral("language"), { QStringLiteral("zh"), QStringLiteral("en") },
        item.text(QStringLiteral("language")));
    requireDate(item, "date", false);
    const QString document = item.text(QStringLiteral("document"));
    if (!document.isEmpty() && repo.typeOf(document) != ItemType::Document)
        fieldError(
            item, QStringLiteral("document"), QStringLiteral("names %1, which is not a document.").arg(document));
    const QJsonObject v = item.fields.value(QStringLiteral("verification")).toObject();
    const QString status = v.value(QStringLiteral("status")).toString();
    requireOneOf(item, QStringLiteral("verification.status"),
        { QStringLiteral("verified"), QStringLiteral("partly_inconsistent"), QStringLiteral("unverified"),
            QStringLiteral("wrong") },
        status);
    if (status.isEmpty() && !v.value(QStringLiteral("evidence")).toString().isEmpty())
        fieldError(item, QStringLiteral("verification.status"), QStringLiteral("is needed when there is evidence."));
}

void validateMilestone(const Item &item)
{
    requireText(item, "name_en");
    requireText(item, "name_zh");
    if (!milestoneKindFromName(item.text(QStringLiteral("kind"))))
        fieldError(item, QStringLiteral("kind"),
            QStringLiteral("must be one of %1, %2, %3.")
                .arg(milestoneKindName(MilestoneKind::NationalCongress), milestoneKindName(MilestoneKind::CcPlenum),
                    milestoneKindName(MilestoneKind::OtherEvent)));
    requireText(item, "start_date");
    requireDate(item, "start_date", true);
    requireDate(item, "end_date", true);
    const QString start = item.text(QStringLiteral("start_date")), end = item.text(QStringLiteral("end_date"));
    if (!end.isEmpty() && end < start)
        fieldError(item, QStringLiteral("end_date"), QStringLiteral("(%1) is before the start (%2).").arg(end, start));
}

// A reference is a CSL item: core's CSL rules name the variable that is wrong.
void validateReference(const Item &item)
{
    requireText(item, "title");
    if (const QString p = csl::problem(item.fields); !p.isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("reference %1: %2.").arg(item.id, p));
}

} // namespace

void validateItem(Repository &repo, const Item &item)
{
    switch (item.type) {
    case ItemType::Statement:
        validateStatement(repo, item);
        break;
    case ItemType::Milestone:
        validateMilestone(item);
        break;
    case ItemType::Concept:
        if (item.text(QStringLiteral("name_en")).trimmed().isEmpty()
            && item.text(QStringLiteral("name_zh")).trimmed().isEmpty())
            fieldError(item, QStringLiteral("name_en"), QStringLiteral("or \"name_zh\" needs a value."));
        break;
    case ItemType::Document:
        if (item.text(QStringLiteral("title_en")).trimmed().isEmpty()
            && item.text(QStringLiteral("title_zh")).trimmed().isEmpty())
            fieldError(item, QStringLiteral("title_en"), QStringLiteral("or \"title_zh\" needs a value."));
        requireText(item, "kind");
        requireOneOf(item, QStringLiteral("kind"),
            { QStringLiteral("report"), QStringLiteral("decision"), QStringLiteral("communique"),
                QStringLiteral("resolution"), QStringLiteral("proposal"), QStringLiteral("plan"),
                QStringLiteral("regulation"), QStringLiteral("paper"), QStringLiteral("other") },
            item.text(QStringLiteral("kind")));
        requireDate(item, "date", false);
        break;
    case ItemType::Reference:
        validateReference(item);
        break;
    case ItemType::Note:
        break;
    }
    for (const Alias &a : item.aliases)
        requireOneOf(item, QStringLiteral("aliases"), { QStringLiteral("en"), QStringLiteral("zh") }, a.language);
}

void saveItem(Repository &repo, const Item &item, const QStringList &tags)
{
    validateItem(repo, item);
    Transaction tx(repo.database());
    if (repo.typeOf(item.id))
        repo.updateItem(item);
    else
        repo.createItem(item);
    setTags(repo, item.id, tags);
    tx.commit();
}

QString newItemId(Repository &repo, ItemType type)
{
    return nextNumberedId(repo, typeName(type));
}

std::int64_t addManualLink(Repository &repo, Link link)
{
    for (const QString &end : { link.sourceId, link.targetId })
        if (!repo.typeOf(end))
            throw Error(ErrorCode::NotFound, QStringLiteral("Cannot link: no item with ID %1.").arg(end));
    if (link.sourceId == link.targetId)
        throw Error(ErrorCode::InvalidData, QStringLiteral("Cannot link %1 to itself.").arg(link.sourceId));
    for (const Link &l : repo.linksBetween(link.sourceId, link.targetId))
        if (l.relation == link.relation && !l.spanStart && !l.position)
            throw Error(ErrorCode::Conflict,
                QStringLiteral("%1 already links to %2 as \"%3\".")
                    .arg(link.sourceId, link.targetId, relationName(link.relation)));
    link.origin = LinkOrigin::Manual;
    link.rejected = false;
    return repo.addLink(link);
}

ItemSnapshot statementFromText(Repository &repo, const QString &text, const QString &sourceId)
{
    const QString quoted = text.trimmed();
    if (quoted.isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("Select some text to make a statement from."));
    ItemSnapshot s;
    s.item.type = ItemType::Statement;
    s.item.id = newItemId(repo, ItemType::Statement);
    s.item.fields.insert(QStringLiteral("text"), quoted);
    s.item.fields.insert(QStringLiteral("kind"), QStringLiteral("quote"));
    bool han = false;
    scripts::forEachCodePoint(quoted, [&](char32_t c) {
        han = scripts::isHan(c);
        return !han;
    });
    s.item.fields.insert(QStringLiteral("language"), han ? QStringLiteral("zh") : QStringLiteral("en"));
    const auto type = repo.typeOf(sourceId);
    if (type == ItemType::Document) {
        s.item.fields.insert(QStringLiteral("document"), sourceId);
    } else if (type) {
        Link l;
        l.sourceId = s.item.id;
        l.targetId = sourceId;
        l.relation = Relation::About;
        s.outgoing.append(l);
    }
    return s;
}

} // namespace plenum::core
