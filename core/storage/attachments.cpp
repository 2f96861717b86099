#include "storage/attachments.h"

#include "model/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace plenum::core {

namespace {

// A file name that stays inside its folder whatever the original was called.
QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20) ? QLatin1Char('_') : c;
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("attachment") : out.left(180);
}

Attachment readRow(const Query &q)
{
    Attachment a;
    a.id = q.integer(0);
    a.itemId = q.text(1);
    a.linked = q.text(2) == QLatin1String("link");
    a.path = q.text(3);
    a.fileName = q.text(4);
    a.original = q.text(5);
    a.mediaType = q.text(6);
    a.size = q.integer(7);
    a.sha256 = q.text(8);
    a.pages = static_cast<int>(q.integer(9));
    return a;
}

// Writes the copy all at once (a temporary file renamed into place); returns its relative path.
QString writeCopy(const QString &folder, const QString &itemId, const QString &fileName, const QByteArray &data)
{
    const QString relative = safeFileName(itemId) + QLatin1Char('/') + safeFileName(fileName);
    const QString target = folder + QLatin1Char('/') + relative;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot create the attachments folder %1.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot write the attachment %1: %2.")
                .arg(QDir::toNativeSeparators(target), file.errorString()));
    return relative;
}

} // namespace

QString attachmentsFolder(const QString &kbPath)
{
    return QFileInfo(kbPath).absoluteFilePath() + QStringLiteral(".files");
}

Attachment addAttachment(Database &db, const QString &itemId, const QString &sourcePath, const QByteArray &data,
    bool link, int pages, QString *copiedFile, const QString &copyFolder)
{
    Attachment a;
    a.itemId = itemId;
    a.linked = link;
    a.fileName = QFileInfo(sourcePath).fileName();
    a.original = QFileInfo(sourcePath).absoluteFilePath();
    a.mediaType = a.fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        ? QStringLiteral("application/pdf")
        : QStringLiteral("application/octet-stream");
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.pages = pages;
    for (const Attachment &existing : attachmentsOf(db, itemId))
        if (existing.sha256 == a.sha256)
            return existing;
    if (link) {
        a.path = a.original;
    } else {
        const QString standard = attachmentsFolder(db.path());
        const QString folder = copyFolder.isEmpty() ? standard : QDir(copyFolder).absolutePath();
        a.path = writeCopy(folder, itemId, a.fileName, data);
        if (folder != standard)
            a.path = folder + QLatin1Char('/') + a.path;
        if (copiedFile)
            *copiedFile = attachmentFilePath(db, a);
    }
    auto q = db.prepare("INSERT INTO attachments(item_id, mode, path, file_name, original, media_type, size, sha256, "
                        "pages) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    q.bindAll(a.itemId, link ? "link" : "copy", a.path, a.fileName, a.original, a.mediaType, a.size, a.sha256,
        static_cast<std::int64_t>(a.pages));
    q.run();
    auto id = db.prepare("SELECT last_insert_rowid()");
    a.id = id.next() ? id.integer(0) : 0;
    // Journaled like any change to the item, so a team library sends the new attachment's metadata.
    db.prepare("INSERT INTO changes(entity_id) VALUES (?1)").bind(1, itemId).run();
    return a;
}

QList<Attachment> attachmentsOf(Database &db, const QString &itemId)
{
    auto q = db.prepare("SELECT id, item_id, mode, path, file_name, original, media_type, size, sha256, "
                        "coalesce(pages, 0) FROM attachments WHERE item_id = ?1 ORDER BY id");
    q.bind(1, itemId);
    QList<Attachment> list;
    while (q.next())
        list.append(readRow(q));
    return list;
}

QString attachmentFilePath(const Database &db, const Attachment &a)
{
    if (a.linked) // a link from a team library names another member's file: nothing here
        return QDir::isAbsolutePath(a.path) ? a.path : QString();
    if (QDir::isAbsolutePath(a.path)) // a copy kept in the attachment folder the user chose
        return a.path;
    return attachmentsFolder(db.path()) + QLatin1Char('/') + a.path;
}

bool attachmentPresent(const Database &db, const Attachment &a)
{
    const QFileInfo info(attachmentFilePath(db, a));
    return info.isFile() && info.size() == a.size;
}

std::int64_t addAnnotation(Database &db, const Annotation &n)
{
    auto q = db.prepare("INSERT INTO annotations(attachment_id, statement_id, page, rects, color, text, comment, "
                        "origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    q.bind(1, n.attachmentId);
    if (n.statementId.isEmpty())
        q.bindNull(2);
    else
        q.bind(2, n.statementId);
    // A null QString binds as NULL: a note without covered text (or without a comment) stores ''.
    q.bind(3, n.page)
        .bind(4, QString::fromUtf8(n.rects))
        .bind(5, n.color)
        .bind(6, n.text.isNull() ? QStringLiteral("") : n.text);
    q.bind(7, n.comment.isNull() ? QStringLiteral("") : n.comment);
    q.bind(8, n.origin);
    q.run();
    auto id = db.prepare("SELECT last_insert_rowid()");
    return id.next() ? id.integer(0) : 0;
}

QList<Annotation> annotationsOf(Database &db, std::int64_t attachmentId)
{
    auto q = db.prepare("SELECT id, attachment_id, coalesce(statement_id, ''), page, rects, color, text, comment, "
                        "origin FROM annotations WHERE attachment_id = ?1 ORDER BY page, id");
    q.bind(1, attachmentId);
    QList<Annotation> list;
    while (q.next())
        list.append({ q.integer(0), q.integer(1), q.text(2), static_cast<int>(q.integer(3)), q.text(4).toUtf8(),
            q.text(5), q.text(6), q.text(7), q.text(8) });
    return list;
}

QList<Annotation> annotationsOfItem(Database &db, const QString &itemId)
{
    QList<Annotation> list;
    for (const Attachment &a : attachmentsOf(db, itemId))
        list += annotationsOf(db, a.id);
    return list;
}

QList<HighlightColour> highlightColours()
{
    // Named for the reader's translations (it shows tr(name) in its colour list).
#define PLENUM_COLOUR(hex, name)                                                                                       \
    {                                                                                                                  \
        hex, QT_TRANSLATE_NOOP("plenum::reader::ReaderPane", name)                                                     \
    }
    return { PLENUM_COLOUR("#ffd400", "yellow"), PLENUM_COLOUR("#ff6666", "red"), PLENUM_COLOUR("#5fb236", "green"),
        PLENUM_COLOUR("#2ea8e5", "blue"), PLENUM_COLOUR("#a28ae5", "purple"), PLENUM_COLOUR("#e56eee", "magenta"),
        PLENUM_COLOUR("#f19837", "orange"), PLENUM_COLOUR("#aaaaaa", "grey") };
#undef PLENUM_COLOUR
}

QString highlightColourName(const QString &color)
{
    for (const HighlightColour &c : highlightColours())
        if (color.compare(QLatin1String(c.hex), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(c.name);
    return color;
}

} // namespace plenum::core
