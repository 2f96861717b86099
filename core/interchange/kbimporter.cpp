#include "interchange/kbimporter.h"
#include "model/resourcetext.h"

#include "storage/migrator.h"
#include "storage/repository.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace plenum::core::kb {

namespace {

int typeRank(ItemType type)
{
    // Statements point at documents through a foreign key, so documents go first.
    return static_cast<int>(
        std::find(std::begin(kAllItemTypes), std::end(kAllItemTypes), type) - std::begin(kAllItemTypes));
}

QString storedImportHash(Database &db, const QString &id)
{
    auto q = db.prepare("SELECT import_hash FROM entities WHERE id = ?1");
    q.bind(1, id);
    return q.next() ? q.text(0) : QString();
}

void setImportHash(Database &db, const QString &id, const QString &hash)
{
    auto q = db.prepare("UPDATE entities SET import_hash = ?2 WHERE id = ?1");
    q.bindAll(id, hash).run();
}

bool wasDeleted(Database &db, const QString &id)
{
    auto q = db.prepare("SELECT 1 FROM changes WHERE entity_id = ?1 LIMIT 1");
    q.bind(1, id);
    return q.next();
}

// A rejected automatic link from the file: marks the knowledge base's own matching auto link
// rejected (true), or false when there is none and the rejection must be added as a link.
bool keepRejection(Repository &repo, const Link &rejected)
{
    for (const Link &l : repo.linksBetween(rejected.sourceId, rejected.targetId))
        if (l.origin == LinkOrigin::Auto && l.relation == rejected.relation && l.matched == rejected.matched) {
            if (!l.rejected)
                repo.rejectLink(l.rowId);
            return true;
        }
    return false;
}

void replaceManualLinks(Repository &repo, const Record &r, const QStringList &dismissed)
{
    auto del = repo.database().prepare("DELETE FROM links WHERE source_id = ?1 AND origin = 'manual'");
    del.bind(1, r.item.id).run();
    for (const Link &l : r.links)
        if (!dismissed.contains(l.targetId) // the user deleted that item: no link to bring it back
            && !(l.rejected && keepRejection(repo, l)))
            repo.addLink(l);
}

void checkTargets(Repository &repo, const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &r : records) {
        if (ids.contains(r.item.id))
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1:%2, field \"id\": %3 appears more than once.")
                    .arg(r.file)
                    .arg(r.line)
                    .arg(r.item.id));
        ids.insert(r.item.id);
    }
    for (const Record &r : records) {
        for (qsizetype i = 0; i < r.links.size(); ++i) {
            const QString &target = r.links.at(i).targetId;
            if (!ids.contains(target) && !repo.typeOf(target))
                throw Error(ErrorCode::InvalidData,
                    QStringLiteral("%1:%2, field \"links[%3].target\": no item with ID %4.")
                        .arg(r.file)
                        .arg(r.line)
                        .arg(i)
                        .arg(target));
        }
        const QString document = r.item.text(QStringLiteral("document"));
        if (!document.isEmpty() && !ids.contains(document) && repo.typeOf(document) != ItemType::Document)
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1:%2, field \"document\": no document with ID %3.")
                    .arg(r.file)
                    .arg(r.line)
                    .arg(document));
    }
}

} // namespace

ImportSummary importRecords(
    Repository &repo, const QList<Record> &records, bool dryRun, bool keepDeletions, const Progress &progress)
{
    checkTargets(repo, records);
    QList<const Record *> ordered;
    for (const Record &r : records)
        ordered.append(&r);
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const Record *a, const Record *b) { return typeRank(a->item.type) < typeRank(b->item.type); });

    ImportSummary summary;
    Database &db = repo.database();
    Transaction tx(db);
    QList<const Record *> linkPass;
    qsizetype done = 0;
    for (const Record *r : ordered) {
        if (done++ % 100 == 0)
            reportProgress(progress, done - 1, ordered.size(), "plenum-kb import");
        const QString incoming = hash(*r);
        const auto existingType = repo.typeOf(r->item.id);
        if (!existingType && keepDeletions && wasDeleted(db, r->item.id)) {
            summary.dismissed.append(r->item.id);
            continue;
        }
        if (!existingType) {
            repo.createItem(r->item);
            setImportHash(db, r->item.id, incoming);
            linkPass.append(r);
            summary.addedIds.append(r->item.id);
            ++summary.added;
            continue;
        }
        if (*existingType != r->item.type) {
            summary.conflicts.append(r->item.id);
            continue;
        }
        const QString current = hash(readRecord(repo, r->item.id));
        if (current == incoming) {
            setImportHash(db, r->item.id, incoming);
            ++summary.unchanged;
        } else if (storedImportHash(db, r->item.id) == current) {
            repo.updateItem(r->item);
            setImportHash(db, r->item.id, incoming);
            linkPass.append(r);
            summary.updatedIds.append(r->item.id);
            ++summary.updated;
        } else {
            summary.conflicts.append(r->item.id);
        }
    }
    // Links go in once every item exists, since records may link forward.
    for (const Record *r : linkPass)
        replaceManualLinks(repo, *r, summary.dismissed);
    reportProgress(progress, ordered.size(), ordered.size(), "plenum-kb import");
    if (!dryRun)
        tx.commit();
    return summary;
}

QList<Record> bundledRecords()
{
    QList<Record> records;
    const QString list = resourceText(QStringLiteral(":/plenum/kb/bundle.txt"));
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
            continue;
        QFile file(QStringLiteral(":/plenum/kb/") + name);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Internal, QStringLiteral("Bundled file %1 is missing from this build.").arg(name));
        records += parse(file.readAll(), QStringLiteral("resources/kb/") + name);
    }
    return records;
}

ImportSummary refreshBundled(Repository &repo)
{
    return importRecords(repo, bundledRecords(), false, true);
}

} // namespace plenum::core::kb
