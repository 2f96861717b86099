#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace plenum::core {

/// A file kept with an item: a copy in the knowledge base's files folder, or a link to where the
/// user keeps it (table attachments, migration 0007).
struct Attachment {
    std::int64_t id = 0;
    QString itemId;
    bool linked = false; ///< a link to the user's file instead of a copy
    QString path; ///< as stored: relative to attachmentsFolder() for a copy, absolute for a link
    QString fileName;
    QString original; ///< where it was added from
    QString mediaType;
    std::int64_t size = 0;
    QString sha256; ///< lower-case hex
    int pages = 0;
};

/// An annotation on an attachment's page: a highlight (or a quote) with its colour and comment.
struct Annotation {
    std::int64_t id = 0;
    std::int64_t attachmentId = 0;
    QString statementId; ///< the quote statement it made; empty for a plain highlight
    int page = 1;
    QByteArray rects = "[]"; ///< JSON [[x, y, w, h], …] in points, origin at the top left
    QString color = QStringLiteral("#ffd400");
    QString text;
    QString comment;
    QString origin = QStringLiteral("reader"); ///< "reader" or "pdf" (read from the file's own annotations)
};

/// The folder beside the knowledge base at KB_PATH that holds copied attachments: "<kb>.files".
QString attachmentsFolder(const QString &kbPath);

/// Keeps DATA (read from SOURCE_PATH) as an attachment of ITEM_ID, inside the caller's transaction:
/// a copy written atomically to "<folder>/<item id>/<file name>" (LINK false), or a link to
/// SOURCE_PATH's absolute path. The folder is COPY_FOLDER (the user's attachment folder setting;
/// the copy's path is then stored absolute) or, when that is empty, "<kb>.files" (stored relative,
/// so the folder moves with the knowledge base). The same bytes attached twice to one item are one
/// attachment. Throws FileError naming the folder when the copy cannot be written. COPIED_FILE,
/// when given, gets the path of a file this call created, so a caller whose transaction then fails removes it.
Attachment addAttachment(Database &db, const QString &itemId, const QString &sourcePath, const QByteArray &data,
    bool link, int pages, QString *copiedFile = nullptr, const QString &copyFolder = {});

/// The attachments of ITEM_ID, oldest first.
QList<Attachment> attachmentsOf(Database &db, const QString &itemId);

/// Where the attachment's file is now: the copy in the files folder (or the absolute path of a copy
/// kept in the user's attachment folder) or the linked path.
QString attachmentFilePath(const Database &db, const Attachment &a);

/// True when the attachment's file is there with the size it was added with.
bool attachmentPresent(const Database &db, const Attachment &a);

/// Adds ANNOTATION (its id is ignored) and returns its row id.
std::int64_t addAnnotation(Database &db, const Annotation &annotation);

/// The annotations on ATTACHMENT_ID, by page.
QList<Annotation> annotationsOf(Database &db, std::int64_t attachmentId);

/// The annotations on every attachment of ITEM_ID, attachment by attachment, by page.
QList<Annotation> annotationsOfItem(Database &db, const QString &itemId);

/// A highlight colour the reader offers: its stored value and its English name.
struct HighlightColour {
    const char *hex;
    const char *name;
};

/// The reader's highlight colours (Zotero's palette, so highlights made there keep their name).
QList<HighlightColour> highlightColours();

/// The English name of COLOR ("#ffd400" is "yellow"); a colour not in the palette is its hex value.
QString highlightColourName(const QString &color);

} // namespace plenum::core
