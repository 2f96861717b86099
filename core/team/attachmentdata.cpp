#include "team/attachmentdata.h"

#include "model/error.h"
#include "storage/database.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace plenum::core::team {

namespace {

constexpr qsizetype kMaxAttachments = 1000;
constexpr std::int64_t kMaxSize = std::int64_t(1) << 50; // far past any real file, well inside a double

[[noreturn]] void refuse(const QString &id, const QString &what)
{
    throw Error(ErrorCode::InvalidData, QStringLiteral("The team library object %1 has %2.").arg(id, what));
}

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

bool validName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && !hasControl(name);
}

/// A copy's path: relative segments, none "." or "..", no drive letter, no backslash.
bool validRelativePath(const QString &path)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.isEmpty() || path.size() > 1024 || QDir::isAbsolutePath(path) || drive.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts)
        if (!validName(part))
            return false;
    return true;
}

SyncedAttachment parseOne(const QString &id, const QJsonValue &v)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression mime(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$"));
    static const QSet<QString> keys { "sha256", "size", "mime", "mode", "name", "path", "pages" };
    if (!v.isObject())
        refuse(id, QStringLiteral("an attachment that is not an object"));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            refuse(id, QStringLiteral("an attachment with an unknown field"));
    SyncedAttachment a;
    a.sha256 = o.value(QStringLiteral("sha256")).toString();
    if (!hex.match(a.sha256).hasMatch())
        refuse(id, QStringLiteral("an attachment without a valid sha256"));
    const QJsonValue size = o.value(QStringLiteral("size")), pages = o.value(QStringLiteral("pages"));
    const double bytes = size.toDouble(-1);
    if (!size.isDouble() || bytes < 0 || bytes > double(kMaxSize) || bytes != double(std::int64_t(bytes)))
        refuse(id, QStringLiteral("an attachment with an invalid size"));
    a.size = std::int64_t(bytes);
    const double pageCount = pages.toDouble(0);
    if (!pages.isUndefined() && (!pages.isDouble() || pageCount < 1 || pageCount > 1e6 || pageCount != int(pageCount)))
        refuse(id, QStringLiteral("an attachment with an invalid page count"));
    a.pages = int(pageCount);
    a.mime = o.value(QStringLiteral("mime")).toString();
    if (!mime.match(a.mime).hasMatch())
        refuse(id, QStringLiteral("an attachment with an invalid media type"));
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode != QLatin1String("copy") && mode != QLatin1String("link"))
        refuse(id, QStringLiteral("an attachment that is neither copied nor linked"));
    a.linked = mode == QLatin1String("link");
    a.name = o.value(QStringLiteral("name")).toString();
    if (!validName(a.name))
        refuse(id, QStringLiteral("an attachment with an invalid file name"));
    const QJsonValue path = o.value(QStringLiteral("path"));
    if (a.linked ? !path.isUndefined() : !validRelativePath(path.toString()))
        refuse(id, QStringLiteral("an attachment path outside its files folder (absolute, \"..\" or missing)"));
    a.path = path.toString();
    return a;
}

} // namespace

QJsonArray attachmentsJson(Database &db, const QString &id)
{
    auto q = db.prepare("SELECT sha256, size, media_type, mode, file_name, path, coalesce(pages, 0) FROM attachments "
                        "WHERE item_id = ?1 ORDER BY sha256");
    q.bind(1, id);
    QJsonArray out;
    while (q.next()) {
        QJsonObject o { { QStringLiteral("sha256"), q.text(0) },
            { QStringLiteral("size"), QJsonValue(qint64(q.integer(1))) }, { QStringLiteral("mime"), q.text(2) },
            { QStringLiteral("mode"), q.text(3) }, { QStringLiteral("name"), q.text(4) } };
        if (q.text(3) == QLatin1String("copy"))
            o.insert(QStringLiteral("path"), q.text(5)); // relative to "<kb>.files/"; a link's own path stays here
        if (q.integer(6) > 0)
            o.insert(QStringLiteral("pages"), QJsonValue(qint64(q.integer(6))));
        out.append(o);
    }
    return out;
}

QList<SyncedAttachment> attachmentsIn(const QString &id, const QJsonObject &data)
{
    const QJsonValue v = data.value(QStringLiteral("attachments"));
    QList<SyncedAttachment> list;
    if (v.isUndefined())
        return list;
    if (!v.isArray() || v.toArray().size() > kMaxAttachments)
        refuse(id, QStringLiteral("attachments that are not a list of at most %1").arg(kMaxAttachments));
    QSet<QString> seen;
    for (const QJsonValue &one : v.toArray()) {
        list.append(parseOne(id, one));
        if (seen.contains(list.back().sha256))
            refuse(id, QStringLiteral("the same attachment twice"));
        seen.insert(list.back().sha256);
    }
    return list;
}

void applyAttachments(Database &db, const QString &id, const QList<SyncedAttachment> &list)
{
    QSet<QString> wanted;
    for (const SyncedAttachment &a : list)
        wanted.insert(a.sha256);
    QStringList stale;
    auto existing = db.prepare("SELECT sha256 FROM attachments WHERE item_id = ?1");
    existing.bind(1, id);
    while (existing.next())
        if (!wanted.contains(existing.text(0)))
            stale << existing.text(0);
    auto remove = db.prepare("DELETE FROM attachments WHERE item_id = ?1 AND sha256 = ?2");
    for (const QString &sha : stale) {
        remove.bindAll(id, sha).run();
    }
    // A linked file is another member's: recorded by name only, so it shows as missing here.
    auto put = db.prepare("INSERT INTO attachments(item_id, mode, path, file_name, media_type, size, sha256, pages) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(item_id, sha256) DO UPDATE SET "
                          "mode = excluded.mode, path = CASE WHEN excluded.mode = 'link' AND attachments.mode = 'link' "
                          "THEN attachments.path ELSE excluded.path END, file_name = excluded.file_name, "
                          "media_type = excluded.media_type, size = excluded.size, pages = excluded.pages");
    for (const SyncedAttachment &a : list) {
        put.bindAll(id, a.linked ? "link" : "copy", a.linked ? a.name : a.path, a.name, a.mime, a.size, a.sha256);
        a.pages > 0 ? put.bind(8, a.pages) : put.bindNull(8);
        put.run();
    }
}

} // namespace plenum::core::team
