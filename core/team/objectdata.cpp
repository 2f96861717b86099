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
    // Line 2 of a plenum-kb file, as if after its header: the reader's checks, without the text.
    kb::Record r = kb::recordFromJson(record, QStringLiteral("team library object %1").arg(id), 2);
    if (r.item.id != id)
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("The team library object %1 holds a different item.").arg(id));
    return r;
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

CheckedObject checkedObject(const QString &id, const QJsonObject &data)
{
    CheckedObject o { recordOf(id, data), tagsIn(id, data), attachmentsIn(id, data) };
    return o;
}

void validateRemote(const QString &id, const QString &type, const QJsonObject &data)
{
    checkShape(id, type, data, QJsonDocument(data).toJson(QJsonDocument::Compact).size());
    checkedObject(id, data);
}

void insertObject(Repository &repo, const QString &id, const CheckedObject &object)
{
    repo.insertNewItem(object.record.item);
    if (!object.tags.isEmpty())
        setTags(repo, id, object.tags);
    if (!object.attachments.isEmpty())
        applyAttachments(repo.database(), id, object.attachments);
}

int addLinks(Repository &repo, const QString &id, const QList<Link> &links)
{
    int skipped = 0;
    for (Link l : links) {
        if (!repo.typeOf(l.targetId)) {
            ++skipped;
            continue;
        }
        l.sourceId = id;
        try {
            repo.addLink(l);
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Conflict) // the same link is already there
                throw;
        }
    }
    return skipped;
}

int applyObject(Repository &repo, const QString &id, const QJsonObject &data)
{
    const CheckedObject object = checkedObject(id, data); // every field checked before anything is written
    const auto existing = repo.typeOf(id);
    if (existing && *existing != object.record.item.type)
        repo.deleteItem(id);
    if (existing && *existing == object.record.item.type) {
        repo.updateItem(object.record.item);
        for (const Link &l : repo.outgoingLinks(id))
            if (l.origin == LinkOrigin::Manual || l.rejected)
                repo.removeLink(l.rowId);
        setTags(repo, id, object.tags);
        applyAttachments(repo.database(), id, object.attachments);
    } else {
        Transaction tx(repo.database());
        insertObject(repo, id, object);
        tx.commit();
    }
    return addLinks(repo, id, object.record.links);
}

void deleteObject(Repository &repo, const QString &id)
{
    if (repo.typeOf(id))
        repo.deleteItem(id);
}

} // namespace plenum::core::team
