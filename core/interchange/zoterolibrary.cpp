#include "interchange/zoterolibrary.h"

#include "interchange/cslvalues.h"
#include "model/error.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

#include <span>

// Reads the tables of Zotero's schema (zotero/zotero resource/schema/userdata.sql, schema 107+;
// itemTypes, fields and creatorTypes come from its system tables): items, itemData/
// itemDataValues, creators/itemCreators, collections/collectionItems, tags/itemTags, itemNotes,
// itemAttachments, deletedItems. Field and type names map to CSL as Zotero's own CSL mappings do.

namespace plenum::core::zotero {

namespace {

struct Pair {
    const char *zotero;
    const char *csl;
};

constexpr Pair kTypes[] = { { "journalArticle", "article-journal" }, { "book", "book" }, { "bookSection", "chapter" },
    { "thesis", "thesis" }, { "report", "report" }, { "webpage", "webpage" }, { "conferencePaper", "paper-conference" },
    { "newspaperArticle", "article-newspaper" }, { "magazineArticle", "article-magazine" },
    { "statute", "legislation" }, { "bill", "bill" }, { "case", "legal_case" }, { "hearing", "hearing" },
    { "patent", "patent" }, { "manuscript", "manuscript" }, { "map", "map" }, { "artwork", "graphic" },
    { "audioRecording", "song" }, { "film", "motion_picture" }, { "videoRecording", "motion_picture" },
    { "computerProgram", "software" }, { "dataset", "dataset" }, { "dictionaryEntry", "entry-dictionary" },
    { "encyclopediaArticle", "entry-encyclopedia" }, { "blogPost", "post-weblog" }, { "forumPost", "post" },
    { "letter", "personal_communication" }, { "email", "personal_communication" },
    { "instantMessage", "personal_communication" }, { "interview", "interview" }, { "presentation", "speech" },
    { "tvBroadcast", "broadcast" }, { "radioBroadcast", "broadcast" }, { "podcast", "song" }, { "preprint", "article" },
    { "standard", "standard" }, { "document", "document" } };

// Zotero fields and creator types → CSL variables (several Zotero fields share one variable).
constexpr Pair kFields[] = { { "title", "title" }, { "caseName", "title" }, { "nameOfAct", "title" },
    { "subject", "title" }, { "abstractNote", "abstract" }, { "publicationTitle", "container-title" },
    { "bookTitle", "container-title" }, { "proceedingsTitle", "container-title" },
    { "websiteTitle", "container-title" }, { "blogTitle", "container-title" }, { "forumTitle", "container-title" },
    { "encyclopediaTitle", "container-title" }, { "dictionaryTitle", "container-title" },
    { "programTitle", "container-title" }, { "code", "container-title" }, { "conferenceName", "event-title" },
    { "meetingName", "event-title" }, { "date", "issued" }, { "dateEnacted", "issued" }, { "dateDecided", "issued" },
    { "issueDate", "issued" }, { "accessDate", "accessed" }, { "volume", "volume" }, { "codeVolume", "volume" },
    { "reporterVolume", "volume" }, { "issue", "issue" }, { "pages", "page" }, { "codePages", "page" },
    { "firstPage", "page" }, { "numPages", "number-of-pages" }, { "numberOfVolumes", "number-of-volumes" },
    { "edition", "edition" }, { "place", "publisher-place" }, { "publisher", "publisher" },
    { "university", "publisher" }, { "institution", "publisher" }, { "label", "publisher" }, { "studio", "publisher" },
    { "company", "publisher" }, { "distributor", "publisher" }, { "network", "publisher" }, { "url", "URL" },
    { "DOI", "DOI" }, { "ISBN", "ISBN" }, { "ISSN", "ISSN" }, { "language", "language" },
    { "series", "collection-title" }, { "seriesTitle", "collection-title" }, { "seriesNumber", "collection-number" },
    { "shortTitle", "title-short" }, { "journalAbbreviation", "container-title-short" }, { "extra", "note" },
    { "callNumber", "call-number" }, { "archive", "archive" }, { "archiveLocation", "archive_location" },
    { "libraryCatalog", "source" }, { "thesisType", "genre" }, { "reportType", "genre" }, { "letterType", "genre" },
    { "manuscriptType", "genre" }, { "websiteType", "genre" }, { "presentationType", "genre" }, { "mapType", "genre" },
    { "genre", "genre" }, { "postType", "genre" }, { "reportNumber", "number" }, { "billNumber", "number" },
    { "number", "number" }, { "patentNumber", "number" }, { "documentNumber", "number" },
    { "publicLawNumber", "number" }, { "episodeNumber", "number" }, { "section", "section" }, { "court", "authority" },
    { "legislativeBody", "authority" }, { "committee", "section" }, { "medium", "medium" },
    { "artworkMedium", "medium" }, { "interviewMedium", "medium" }, { "runningTime", "dimensions" },
    { "artworkSize", "dimensions" }, { "scale", "scale" }, { "versionNumber", "version" }, { "author", "author" },
    { "editor", "editor" }, { "bookAuthor", "container-author" }, { "seriesEditor", "collection-editor" },
    { "translator", "translator" }, { "contributor", "contributor" }, { "director", "director" },
    { "interviewer", "interviewer" }, { "recipient", "recipient" }, { "reviewedAuthor", "reviewed-author" },
    { "composer", "composer" }, { "inventor", "author" }, { "programmer", "author" }, { "artist", "author" },
    { "sponsor", "author" }, { "cartographer", "author" }, { "podcaster", "author" }, { "interviewee", "author" },
    { "performer", "performer" }, { "castMember", "performer" }, { "producer", "producer" }, { "presenter", "author" },
    { "attorneyAgent", "contributor" }, { "wordsBy", "contributor" }, { "commenter", "contributor" },
    { "counsel", "contributor" }, { "guest", "contributor" }, { "scriptwriter", "script-writer" } };

QString lookup(std::span<const Pair> pairs, const QString &name)
{
    for (const Pair &p : pairs)
        if (name == QLatin1String(p.zotero))
            return QLatin1String(p.csl);
    return {};
}

bool isDateVariable(const QString &v)
{
    return v == QLatin1String("issued") || v == QLatin1String("accessed");
}

// Zotero stores dates as "2019-05-12 12 May 2019" ("00" for unknown parts) and access dates
// as "2024-03-01 10:00:00".
QJsonObject zoteroDate(const QString &value)
{
    static const QRegularExpression sql(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    const auto m = sql.match(value);
    if (!m.hasMatch())
        return bib::cslDate(value);
    const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
    QString text = QString::number(y);
    if (mo > 0)
        text += QStringLiteral("-%1").arg(mo, 2, 10, QLatin1Char('0'));
    if (mo > 0 && d > 0)
        text += QStringLiteral("-%1").arg(d, 2, 10, QLatin1Char('0'));
    return bib::cslDate(text);
}

QString plainText(QString html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/h[1-6]|/li)\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.replace(breaks, QStringLiteral("\n")).remove(tags);
    html.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList paragraphs;
    for (const QString &line : html.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.trimmed());
    return paragraphs.join(QStringLiteral("\n\n"));
}

bool hasTable(Database &db, const char *name)
{
    auto q = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?");
    q.bind(1, QString::fromLatin1(name));
    return q.next();
}

// A snapshot of PATH through the backup API: immutable=1 reads past Zotero's exclusive lock.
QString snapshot(const QString &path, const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("zotero-snapshot.sqlite"));
    const QByteArray uri
        = "file:" + QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).path(QUrl::FullyEncoded).toUtf8()
        + "?mode=ro&immutable=1";
    sqlite3 *source = nullptr, *dest = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
        rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(dest);
        if (b)
            sqlite3_backup_finish(b);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(source);
    sqlite3_close(dest);
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::FileError,
            QStringLiteral("Cannot read the Zotero library %1 while Zotero holds it (%2); close Zotero and try again.")
                .arg(QDir::toNativeSeparators(path), why));
    return target;
}

class Reader {
public:
    Reader(Database &db, const QString &dataFolder)
        : m_db(db)
        , m_folder(dataFolder)
    {
    }
    Library read();

private:
    void readItems();
    void readFields();
    void readCreators();
    void readTags();
    void readNotes();
    void readAttachments();
    Item *itemById(qint64 id);

    Database &m_db;
    QString m_folder;
    Library m_library;
    QHash<qint64, qsizetype> m_index; // Zotero itemID → position in m_library.items
    QHash<qint64, QString> m_keys; // every itemID → key, notes' parents included
};

Library Reader::read()
{
    if (!hasTable(m_db, "items") || !hasTable(m_db, "itemData") || !hasTable(m_db, "itemTypes"))
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1 is not a Zotero library (it has no items, itemData and itemTypes tables).")
                .arg(QDir::toNativeSeparators(m_db.path())));
    readItems();
    readFields();
    readCreators();
    readTags();
    readNotes();
    readAttachments();
    for (Item &item : m_library.items)
        if (!item.entry.fields.contains(QStringLiteral("title")))
            m_library.skipped.append({ item.entry.line, QStringLiteral("item %1 has no title").arg(item.key) });
    m_library.items.removeIf([](const Item &i) { return !i.entry.fields.contains(QStringLiteral("title")); });
    return m_library;
}

Item *Reader::itemById(qint64 id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_library.items[*it];
}

void Reader::readItems()
{
    auto q = m_db.prepare("SELECT i.itemID, i.key, t.typeName FROM items i JOIN itemTypes t USING (itemTypeID) "
                          "WHERE i.itemID NOT IN (SELECT itemID FROM deletedItems) ORDER BY i.itemID");
    while (q.next()) {
        const qint64 id = q.integer(0);
        const QString key = q.text(1), type = q.text(2);
        m_keys.insert(id, key);
        if (type == QLatin1String("note") || type == QLatin1String("attachment") || type == QLatin1String("annotation"))
            continue;
        const QString csl = cslType(type);
        Item item { key, { QJsonObject { { QStringLiteral("type"), csl } }, static_cast<int>(id) }, {}, {} };
        m_index.insert(id, m_library.items.size());
        m_library.items.append(item);
    }
}

void Reader::readFields()
{
    // Zotero 5.0.8x+ reads item fields through the fieldsCombined view; older libraries through fields.
    auto q = hasTable(m_db, "fieldsCombined")
        ? m_db.prepare("SELECT d.itemID, f.fieldName, v.value FROM itemData d JOIN fieldsCombined f USING (fieldID) "
                       "JOIN itemDataValues v USING (valueID) ORDER BY d.itemID, d.fieldID")
        : m_db.prepare("SELECT d.itemID, f.fieldName, v.value FROM itemData d JOIN fields f USING (fieldID) "
                       "JOIN itemDataValues v USING (valueID) ORDER BY d.itemID, d.fieldID");
    while (q.next()) {
        Item *item = itemById(q.integer(0));
        const QString variable = cslVariable(q.text(1));
        const QString value = q.value(2).toString().trimmed();
        if (!item || value.isEmpty())
            continue;
        QJsonObject &f = item->entry.fields;
        if (variable.isEmpty()) { // a Zotero field CSL lacks: kept in the note, as Zotero's CSL export does
            const QString old = f.value(QStringLiteral("note")).toString();
            f.insert(QStringLiteral("note"),
                (old.isEmpty() ? QString() : old + QLatin1Char('\n')) + q.text(1) + QStringLiteral(": ") + value);
        } else if (isDateVariable(variable)) {
            f.insert(variable, zoteroDate(value));
        } else if (!f.contains(variable)) {
            f.insert(variable, value);
        } else if (variable == QLatin1String("note")) {
            f.insert(variable, value + QLatin1Char('\n') + f.value(variable).toString());
        }
    }
}

void Reader::readCreators()
{
    auto q = m_db.prepare("SELECT ic.itemID, c.firstName, c.lastName, c.fieldMode, t.creatorType "
                          "FROM itemCreators ic JOIN creators c USING (creatorID) "
                          "JOIN creatorTypes t USING (creatorTypeID) ORDER BY ic.itemID, ic.orderIndex");
    while (q.next()) {
        Item *item = itemById(q.integer(0));
        const QString variable = cslVariable(q.text(4));
        if (!item || variable.isEmpty())
            continue;
        const QString first = q.text(1).trimmed(), last = q.text(2).trimmed();
        QJsonObject name; // fieldMode 1: a single-field name (an institution, or a name Zotero keeps whole)
        if (q.integer(3) == 1) // a Chinese personal name splits, others stay whole
            name = bib::cslName(last);
        else if (first.isEmpty())
            name = { { QStringLiteral("family"), last } };
        else
            name = { { QStringLiteral("family"), last }, { QStringLiteral("given"), first } };
        QJsonArray names = item->entry.fields.value(variable).toArray();
        names.append(name);
        item->entry.fields.insert(variable, names);
    }
}

void Reader::readTags()
{
    auto tags = m_db.prepare("SELECT it.itemID, t.name FROM itemTags it JOIN tags t USING (tagID) ORDER BY t.name");
    while (tags.next())
        if (Item *item = itemById(tags.integer(0)))
            item->tags.append(tags.text(1));
    // Collections become tags named by their path: "Governance/Grid management".
    QHash<qint64, std::pair<QString, qint64>> collections;
    auto all = m_db.prepare("SELECT collectionID, collectionName, parentCollectionID FROM collections");
    while (all.next())
        collections.insert(all.integer(0), { all.text(1), all.isNull(2) ? 0 : all.integer(2) });
    auto pathOf = [&](qint64 id) {
        QStringList parts;
        for (int depth = 0; id != 0 && collections.contains(id) && depth < 64; ++depth) {
            parts.prepend(collections.value(id).first);
            id = collections.value(id).second;
        }
        return parts.join(QLatin1Char('/'));
    };
    auto members = m_db.prepare("SELECT collectionID, itemID FROM collectionItems ORDER BY collectionID, orderIndex");
    while (members.next())
        if (Item *item = itemById(members.integer(1)))
            item->tags.append(pathOf(members.integer(0)));
}

void Reader::readNotes()
{
    auto q = m_db.prepare("SELECT n.itemID, n.parentItemID, n.note, n.title FROM itemNotes n "
                          "WHERE n.itemID NOT IN (SELECT itemID FROM deletedItems) "
                          "AND n.itemID NOT IN (SELECT itemID FROM itemAttachments) ORDER BY n.itemID");
    while (q.next()) {
        const QString text = plainText(q.text(2));
        if (text.isEmpty())
            continue;
        const QString parent = q.isNull(1) ? QString() : m_keys.value(q.integer(1));
        if (!q.isNull(1) && !itemById(q.integer(1)))
            continue; // its item is in the trash
        QString title = q.text(3).trimmed();
        if (title.isEmpty())
            title = text.section(QLatin1Char('\n'), 0, 0).left(80);
        m_library.notes.append({ m_keys.value(q.integer(0)), parent, title, text });
    }
}

void Reader::readAttachments()
{
    // linkMode: 0 imported file, 1 imported URL (both in storage/KEY/), 2 linked file, 3 linked URL.
    auto q = m_db.prepare("SELECT a.itemID, a.parentItemID, a.linkMode, a.path, d.value FROM itemAttachments a "
                          "LEFT JOIN (SELECT itemData.itemID, itemDataValues.value FROM itemData "
                          "JOIN itemDataValues USING (valueID) JOIN fields USING (fieldID) "
                          "WHERE fields.fieldName = 'url') d ON d.itemID = a.itemID "
                          "WHERE a.itemID NOT IN (SELECT itemID FROM deletedItems) ORDER BY a.itemID");
    while (q.next()) {
        Item *item = q.isNull(1) ? nullptr : itemById(q.integer(1));
        if (!item)
            continue;
        QString path = q.text(3);
        if (path.startsWith(QLatin1String("storage:")))
            path
                = QDir(m_folder).filePath(QStringLiteral("storage/%1/%2").arg(m_keys.value(q.integer(0)), path.mid(8)));
        if (path.isEmpty() && q.integer(2) == 3)
            path = q.text(4);
        if (!path.isEmpty())
            item->attachments.append(path.contains(QStringLiteral("://")) ? path : QDir::cleanPath(path));
    }
}

} // namespace

QString cslVariable(const QString &zoteroField)
{
    return lookup(kFields, zoteroField);
}

QString cslType(const QString &zoteroType)
{
    const QString csl = lookup(kTypes, zoteroType);
    return csl.isEmpty() ? QStringLiteral("document") : csl;
}

Library readLibrary(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QTemporaryDir scratch;
    bool copied = false;
    auto open = [&]() {
        try {
            Database db = Database::open(path, Database::OpenMode::ReadOnly, 250);
            db.exec("SELECT count(*) FROM sqlite_schema");
            return db;
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Locked)
                throw;
        }
        copied = true; // Zotero is running and holds the file: read a snapshot
        return Database::open(snapshot(path, scratch), Database::OpenMode::ReadOnly);
    };
    Database db = open();
    Library library = Reader(db, folder).read();
    library.copied = copied;
    return library;
}

} // namespace plenum::core::zotero
