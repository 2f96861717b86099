#include "team/objectdata.h"

#include "interchange/kbformat.h"
#include "model/error.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "team/attachmentdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace plenum::core::team {

namespace {

constexpr qsizetype kMaxObjectBytes = 16 * 1024 * 1024;

kb::Record recordOf(const QString &id, const QJsonObject &data)
{
    QJsonObject record = data;
    record.remove(QStringLiteral("tags"));
    record.remove(QStringLiteral("attachments"));
    const QByteArray text
        = "{\"format\":\"plenum-kb\",\"version\":2}\n" + QJsonDocument(record).toJson(QJsonDocument::Compact);
    const auto records = kb::parse(text, QStringLiteral("team library object %1").arg(id));
    if (records.size() != 1 || records.front().item.id != id)
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("The team library object %1 holds a different item.").arg(id));
    return records.front();
}

QStringList tagsIn(const QString &id, const QJsonObject &data)
{
    QStringList tags;
    const QJsonValue v = data.value(QStringLiteral("tags"));
    if (v.isUndefined())
        return tags;
    if (!v.isArray())
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("The team library object %1 has tags that are not a list.").arg(id));
    for (const QJsonValue &t : v.toArray()) {
        if (!t.isString() || normalisedTag(t.toString()).isEmpty())
            throw Error(
                ErrorCode::InvalidData, QStringLiteral("The team library object %1 has an invalid tag.").arg(id));
        tags << t.toString();
    }
    return tags;
}

} // namespace

bool isValidEntityId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._:-]{0,199}$"));
    return pattern.match(id).hasMatch();
}

std::optional<QJsonObject> snapshot(Repository &repo, const QString &id)
{
    if (!repo.typeOf(id))
        return std::nullopt;
    QJsonObject o = QJsonDocument::fromJson(kb::serialize(kb::readRecord(repo, id))).object();
    QStringList tags = tagsOf(repo, id);
    tags.sort();
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    const QJsonArray attachments = attachmentsJson(repo.database(), id);
    if (!attachments.isEmpty())
        o.insert(QStringLiteral("attachments"), attachments);
    return o;
}

void checkShape(const QString &id, const QString &type, const QJsonObject &data, qsizetype bytes)
{
    if (!isValidEntityId(id))
        throw Error(ErrorCode::InvalidData, QStringLiteral("The team server sent an object with an invalid ID."));
    if (!typeFromName(type) || data.value(QStringLiteral("type")).toString() != type)
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("The team library object %1 has an unknown or inconsistent type.").arg(id));
    if (bytes > kMaxObjectBytes)
        throw Error(ErrorCode::InvalidData, QStringLiteral("The team library object %1 is larger than 16 MB.").arg(id));
}

void validateRemote(const QString &id, const QString &type, const QJsonObject &data)
{
    checkShape(id, type, data, QJsonDocument(data).toJson(QJsonDocument::Compact).size());
    recordOf(id, data);
    tagsIn(id, data);
    attachmentsIn(id, data);
}

int applyObject(Repository &repo, const QString &id, const QJsonObject &data)
{
    const kb::Record record = recordOf(id, data); // validates every field before anything is written
    const QStringList tags = tagsIn(id, data);
    const QList<SyncedAttachment> attachments = attachmentsIn(id, data);
    const auto existing = repo.typeOf(id);
    if (existing && *existing != record.item.type)
        repo.deleteItem(id);
    if (existing && *existing == record.item.type) {
        repo.updateItem(record.item);
        for (const Link &l : repo.outgoingLinks(id))
            if (l.origin == LinkOrigin::Manual || l.rejected)
                repo.removeLink(l.rowId);
    } else {
        repo.createItem(record.item);
    }
    int skipped = 0;
    for (Link l : record.links) {
        if (!repo.typeOf(l.targetId)) {
            ++skipped;
            continue;
        }
        l.sourceId = id;
        try {
            repo.addLink(l);
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Conflict) // the same automatic link is already there
                throw;
        }
    }
    if (existing || !tags.isEmpty())
        setTags(repo, id, tags);
    if (existing || !attachments.isEmpty())
        applyAttachments(repo.database(), id, attachments);
    return skipped;
}

void deleteObject(Repository &repo, const QString &id)
{
    if (repo.typeOf(id))
        repo.deleteItem(id);
}

} // namespace plenum::core::team
