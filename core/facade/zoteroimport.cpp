#include "facade/zoteroimport.h"

#include "interchange/referenceimporter.h"
#include "interchange/zoterolibrary.h"
#include "model/error.h"
#include "queries/notes.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QHash>
#include <QJsonArray>

namespace plenum::core {

namespace {

// Tags through the schema's tags/entity_tags tables (names trimmed, commas not allowed in a tag).
void addTags(Repository &repo, const QString &id, const QStringList &tags)
{
    auto tag = repo.database().prepare("INSERT OR IGNORE INTO tags (name) VALUES (?)");
    auto link = repo.database().prepare(
        "INSERT OR IGNORE INTO entity_tags (entity_id, tag_id) SELECT ?, id FROM tags WHERE name = ?");
    for (QString name : tags) {
        name = name.simplified().replace(QLatin1Char(','), QLatin1Char(' '));
        if (name.isEmpty())
            continue;
        tag.reset();
        tag.bind(1, name).run();
        link.reset();
        link.bind(1, id).bind(2, name).run();
    }
}

void keepAttachments(Repository &repo, const QString &id, const QStringList &attachments)
{
    if (attachments.isEmpty())
        return;
    Item reference = repo.item(id);
    QJsonObject extension = reference.fields.value(QStringLiteral("_plenum")).toObject();
    QJsonObject extra = extension.value(QStringLiteral("extra")).toObject();
    if (extra.contains(QStringLiteral("attachments")))
        return;
    extra.insert(QStringLiteral("attachments"), attachments.join(QLatin1Char('\n')));
    extension.insert(QStringLiteral("extra"), extra);
    reference.fields.insert(QStringLiteral("_plenum"), extension);
    repo.updateItem(reference);
}

QString summaryText(const QJsonObject &o)
{
    const bool dry = o.value(QStringLiteral("dry_run")).toBool();
    QString out = QStringLiteral("%1 %2 references, %3 notes, %4 tags from the Zotero library %5%6\n")
                      .arg(dry ? QStringLiteral("Would add") : QStringLiteral("Added"))
                      .arg(o.value(QStringLiteral("added")).toArray().size())
                      .arg(o.value(QStringLiteral("notes")).toArray().size())
                      .arg(o.value(QStringLiteral("tags")).toInt())
                      .arg(o.value(QStringLiteral("file")).toString(),
                          o.value(QStringLiteral("snapshot")).toBool()
                              ? QStringLiteral(" (Zotero is running: read from a snapshot)")
                              : QString());
    for (const QJsonValue &d : o.value(QStringLiteral("duplicates")).toArray())
        out += QStringLiteral("  already stored: %1 as %2\n")
                   .arg(d.toObject().value(QStringLiteral("incoming")).toString(),
                       d.toObject().value(QStringLiteral("existing")).toString());
    for (const QJsonValue &s : o.value(QStringLiteral("skipped")).toArray())
        out += QStringLiteral("  skipped %1:%2: %3\n")
                   .arg(o.value(QStringLiteral("file")).toString())
                   .arg(s.toObject().value(QStringLiteral("line")).toInt())
                   .arg(s.toObject().value(QStringLiteral("reason")).toString());
    return out;
}

} // namespace

FileImport importZoteroLibrary(Repository &repo, const QString &path, bool dryRun, const Progress &progress)
{
    const zotero::Library library = zotero::readLibrary(path);
    QList<bib::Entry> entries;
    for (const zotero::Item &item : library.items)
        entries.append(item.entry);
    Transaction tx(repo.database());
    const ReferenceImportResult refs = importReferences(repo, entries, path, false, progress);
    // Each Zotero item's reference: an existing one it merged into, else the next one added.
    QHash<int, QString> merged;
    for (const ReferenceDuplicate &d : refs.duplicates)
        merged.insert(d.line, d.existingId);
    if (refs.added.size() + merged.size() != entries.size())
        throw Error(ErrorCode::Internal, QStringLiteral("The Zotero import lost track of its references."));
    QHash<QString, QString> referenceOf; // Zotero key → reference ID
    qsizetype next = 0;
    int tagCount = 0;
    for (const zotero::Item &item : library.items) {
        const QString id = merged.contains(item.entry.line) ? merged.value(item.entry.line) : refs.added.at(next++);
        referenceOf.insert(item.key, id);
        addTags(repo, id, item.tags);
        keepAttachments(repo, id, item.attachments);
        tagCount += static_cast<int>(item.tags.size());
    }
    QJsonArray notes;
    for (const zotero::Note &n : library.notes) {
        Item note { ItemType::Note, newNoteId(repo),
            QJsonObject { { QStringLiteral("title"), n.title }, { QStringLiteral("body"), n.text } },
            { QStringLiteral("Zotero note %1").arg(n.key) }, {} };
        repo.createItem(note);
        if (const QString ref = referenceOf.value(n.parentKey); !ref.isEmpty()) {
            Link about;
            about.sourceId = note.id;
            about.targetId = ref;
            about.relation = Relation::About;
            repo.addLink(about);
        }
        notes.append(QJsonObject {
            { QStringLiteral("id"), note.id }, { QStringLiteral("about"), referenceOf.value(n.parentKey) } });
    }
    QJsonArray duplicates, skipped;
    for (const ReferenceDuplicate &d : refs.duplicates)
        duplicates.append(QJsonObject { { QStringLiteral("incoming"), d.incoming }, { QStringLiteral("line"), d.line },
            { QStringLiteral("existing"), d.existingId }, { QStringLiteral("matched_by"), d.matchedBy } });
    for (const bib::Skipped &s : library.skipped)
        skipped.append(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("line"), s.line },
            { QStringLiteral("reason"), s.reason } });
    if (!dryRun)
        tx.commit();
    const QJsonObject json { { QStringLiteral("file"), path }, { QStringLiteral("format"), QStringLiteral("zotero") },
        { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("read"), static_cast<int>(entries.size()) },
        { QStringLiteral("added"), QJsonArray::fromStringList(refs.added) },
        { QStringLiteral("duplicates"), duplicates }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("notes"), notes }, { QStringLiteral("tags"), tagCount },
        { QStringLiteral("snapshot"), library.copied } };
    return { json, summaryText(json) };
}

} // namespace plenum::core
