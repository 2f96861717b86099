#include "interchange/referenceimporter.h"

#include "storage/itemids.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QFileInfo>
#include <QJsonArray>

namespace plenum::core {

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(80);
}

QString referenceByDoi(Repository &repo, const QString &doi)
{
    if (doi.trimmed().isEmpty())
        return {};
    auto q
        = repo.database().prepare("SELECT id FROM refs WHERE doi <> '' AND lower(doi) = lower(?1) ORDER BY id LIMIT 1");
    q.bind(1, doi.trimmed());
    return q.next() ? q.text(0) : QString();
}

QString referenceByKey(Repository &repo, const QString &key)
{
    if (key.isEmpty())
        return {};
    auto q = repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
    q.bind(1, key);
    return q.next() ? q.text(0) : QString();
}

QString generateCitationKey(Repository &repo, const QJsonObject &fields, const QSet<QString> &taken)
{
    const QJsonObject first = fields.value(QStringLiteral("authors")).toArray().first().toObject();
    QString name = first.value(QStringLiteral("family")).toString();
    if (name.isEmpty())
        name = first.value(QStringLiteral("literal")).toString().section(QLatin1Char(' '), 0, 0);
    if (name.isEmpty())
        name = fields.value(QStringLiteral("title")).toString().section(QLatin1Char(' '), 0, 0);
    QString stem = scripts::containsHan(name) ? name : slugify(name).remove(QLatin1Char('-'));
    if (stem.isEmpty())
        stem = QStringLiteral("ref");
    stem += fields.contains(QStringLiteral("year")) ? QString::number(fields.value(QStringLiteral("year")).toInteger())
                                                    : QStringLiteral("nd");
    QString key = stem;
    for (char suffix = 'a'; taken.contains(key) || !referenceByKey(repo, key).isEmpty(); ++suffix) {
        key = stem + QLatin1Char(suffix);
        if (suffix == 'z')
            stem += QLatin1Char('z');
    }
    return key;
}

QString newReferenceId(Repository &repo, const QString &key, QSet<QString> &reserved)
{
    QString base = slugify(key);
    base = QStringLiteral("ref-") + (base.isEmpty() ? QStringLiteral("item") : base);
    return uniqueId(repo, base, reserved);
}

QList<QJsonObject> referenceFields(Repository &repo, const QStringList &ids)
{
    QList<QJsonObject> list;
    for (const QString &id : ids.isEmpty() ? repo.itemIds(ItemType::Reference) : ids) {
        const Item item = repo.item(id);
        if (item.type != ItemType::Reference)
            throw Error(
                ErrorCode::InvalidData, QStringLiteral("%1 is a %2, not a reference.").arg(id, typeName(item.type)));
        list.append(item.fields);
    }
    return list;
}

ReferenceImportResult importReferences(
    Repository &repo, const QList<bib::Entry> &entries, const QString &fileName, bool dryRun, const Progress &progress)
{
    ReferenceImportResult result;
    result.dryRun = dryRun;
    const QString source = QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());
    Transaction tx(repo.database());
    QSet<QString> keys, ids;
    int done = 0;
    for (const bib::Entry &entry : entries) {
        reportProgress(progress, done++, static_cast<int>(entries.size()), "bibliography import");
        QJsonObject fields = entry.fields;
        const QString key = fields.value(QStringLiteral("citation_key")).toString();
        QString existing = referenceByDoi(repo, fields.value(QStringLiteral("doi")).toString());
        QString matchedBy = QStringLiteral("doi");
        if (existing.isEmpty()) {
            existing = referenceByKey(repo, key);
            matchedBy = QStringLiteral("citation_key");
        }
        if (!existing.isEmpty()) {
            Item stored = repo.item(existing);
            ReferenceDuplicate dup { key.isEmpty() ? fields.value(QStringLiteral("title")).toString() : key, entry.line,
                existing, matchedBy, {} };
            QJsonObject extra = stored.fields.value(QStringLiteral("extra")).toObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (it.key() == QLatin1String("extra")) {
                    const QJsonObject incoming = it.value().toObject();
                    for (auto e = incoming.constBegin(); e != incoming.constEnd(); ++e)
                        if (!extra.contains(e.key())) {
                            extra.insert(e.key(), e.value());
                            dup.filled.append(QStringLiteral("extra.") + e.key());
                        }
                } else if (!stored.fields.contains(it.key())
                    && (it.key() != QLatin1String("citation_key") || referenceByKey(repo, key).isEmpty())) {
                    stored.fields.insert(it.key(), it.value());
                    dup.filled.append(it.key());
                }
            }
            if (!extra.isEmpty())
                stored.fields.insert(QStringLiteral("extra"), extra);
            if (!dup.filled.isEmpty())
                repo.updateItem(stored);
            result.duplicates.append(dup);
            continue;
        }
        if (key.isEmpty())
            fields.insert(QStringLiteral("citation_key"), generateCitationKey(repo, fields, keys));
        keys.insert(fields.value(QStringLiteral("citation_key")).toString());
        Item item;
        item.type = ItemType::Reference;
        item.id = newReferenceId(repo, fields.value(QStringLiteral("citation_key")).toString(), ids);
        item.fields = fields;
        item.sources = { source };
        try {
            repo.createItem(item);
        } catch (const Error &e) {
            throw Error(e.code(), QStringLiteral("%1:%2: %3").arg(fileName).arg(entry.line).arg(e.message()));
        }
        result.added.append(item.id);
    }
    reportProgress(progress, done, static_cast<int>(entries.size()), "bibliography import");
    if (!dryRun)
        tx.commit();
    return result;
}

} // namespace plenum::core
