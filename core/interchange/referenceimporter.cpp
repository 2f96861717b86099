#include "interchange/referenceimporter.h"

#include "linking/referenceduplicates.h"

#include "model/cslitem.h"
#include "storage/itemids.h"
#include "storage/repository.h"
#include "text/pinyin.h"
#include "text/scripts.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

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

namespace {

// A word of a key: pinyin for Han text, ASCII letters and digits otherwise.
QString keyWord(const QString &text)
{
    return slugify(pinyin::romanize(text)).remove(QLatin1Char('-'));
}

// The author part: the first author's (or editor's) family name, or an institution's first word.
QString keyName(const QJsonObject &item)
{
    QJsonArray names = csl::names(item);
    if (names.isEmpty())
        names = csl::names(item, QStringLiteral("editor"));
    const QJsonObject first = names.first().toObject();
    const QString family = first.value(QStringLiteral("family")).toString();
    if (!family.isEmpty())
        return slugify(pinyin::surname(family)).remove(QLatin1Char('-'));
    const QString literal = first.value(QStringLiteral("literal")).toString().simplified();
    return keyWord(scripts::containsHan(literal) ? literal.left(4) : literal.section(QLatin1Char(' '), 0, 0));
}

// The first meaningful word of the title (Better BibTeX's "shorttitle(1,1)"): English function
// words skipped; for a Chinese title its first two characters after a leading 论/关于/浅析….
QString keyTitleWord(const QString &title)
{
    if (scripts::containsHan(title)) {
        QString t;
        for (const QChar c : title)
            if (scripts::isHan(c.unicode()))
                t += c;
        for (const char *prefix : { "关于", "试论", "浅析", "浅谈", "略论", "论" })
            if (t.startsWith(QString::fromUtf8(prefix)) && t.size() > 3)
                t = t.mid(QString::fromUtf8(prefix).size());
        return keyWord(t.left(2));
    }
    static const QStringList stop = { "a", "an", "the", "on", "of", "in", "and", "or", "for", "to", "from", "with",
        "at", "by", "is", "are", "as", "toward", "towards", "into", "its", "how", "what", "why", "when", "some", "do",
        "does", "this", "that", "be", "not", "about", "between", "under", "via" };
    for (const QString &w : slugify(title).split(QLatin1Char('-'), Qt::SkipEmptyParts))
        if (!stop.contains(w))
            return w;
    return {};
}

} // namespace

bool isPlaceholderDoi(const QString &doi)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/)?10\\.(?:0+|1234|12345|5555|x+)/"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(doi.trimmed()).hasMatch();
}

QString generateCitationKey(Repository &repo, const QJsonObject &fields, const QSet<QString> &taken)
{
    const QString name = keyName(fields);
    const QString word = keyTitleWord(csl::title(fields));
    const auto year = csl::year(fields);
    QString stem = (name.isEmpty() ? word : name) + (year ? QString::number(*year) : QStringLiteral("nd"))
        + (name.isEmpty() ? QString() : word);
    if (stem.isEmpty() || !stem.at(0).isLetter())
        stem = QStringLiteral("ref") + stem;
    stem = stem.left(60);
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

namespace {

// DOIs that appear on more than one record of the file: shared, they prove nothing.
QSet<QString> sharedDois(const QList<bib::Entry> &entries)
{
    QSet<QString> seen, shared;
    for (const bib::Entry &e : entries) {
        const QString doi = csl::doi(e.fields).trimmed().toLower();
        if (!doi.isEmpty() && seen.contains(doi))
            shared.insert(doi);
        seen.insert(doi);
    }
    return shared;
}

// Fills STORED with the variables it lacks from INCOMING (the extension's "extra" key by key);
// returns what it took.
QStringList fillMissing(QJsonObject &stored, const QJsonObject &incoming, bool keyFree)
{
    QStringList filled;
    QJsonObject extra = csl::extra(stored);
    const QJsonObject incomingExtra = csl::extra(incoming);
    for (auto e = incomingExtra.constBegin(); e != incomingExtra.constEnd(); ++e)
        if (!extra.contains(e.key())) {
            extra.insert(e.key(), e.value());
            filled.append(QStringLiteral("extra.") + e.key());
        }
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        if (it.key() == QLatin1String(csl::kExtension) || stored.contains(it.key()))
            continue;
        if (it.key() == QLatin1String("citation-key") && !keyFree)
            continue;
        stored.insert(it.key(), it.value());
        filled.append(it.key());
    }
    stored = csl::withExtra(stored, extra);
    return filled;
}

// The new references ADDED that look like others, found inside the import's transaction, so a
// dry run sees them as the real import would.
QList<PossibleDuplicate> possibleDuplicates(Repository &repo, const QStringList &added)
{
    QList<PossibleDuplicate> out;
    if (added.isEmpty())
        return out;
    const QSet<QString> fresh(added.begin(), added.end());
    for (const DuplicateGroup &group : findDuplicateReferences(repo))
        for (const QString &id : group.ids)
            if (fresh.contains(id)) {
                QStringList others = group.ids;
                others.removeOne(id);
                out.append({ id, others, group.reason });
            }
    return out;
}

} // namespace

ReferenceImportResult importReferences(
    Repository &repo, const QList<bib::Entry> &entries, const QString &fileName, bool dryRun, const Progress &progress)
{
    ReferenceImportResult result;
    result.dryRun = dryRun;
    const QString source = QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());
    const QSet<QString> shared = sharedDois(entries);
    Transaction tx(repo.database());
    QSet<QString> keys, ids;
    int done = 0;
    for (const bib::Entry &entry : entries) {
        reportProgress(progress, done++, static_cast<int>(entries.size()), "bibliography import");
        QJsonObject fields = entry.fields;
        const QString key = csl::citationKey(fields);
        const QString doi = csl::doi(fields).trimmed();
        const bool doiProves = !doi.isEmpty() && !isPlaceholderDoi(doi) && !shared.contains(doi.toLower());
        QString existing = doiProves ? referenceByDoi(repo, doi) : QString();
        QString matchedBy = QStringLiteral("doi");
        if (existing.isEmpty()) {
            existing = referenceByKey(repo, key);
            matchedBy = QStringLiteral("citation_key");
        }
        if (!existing.isEmpty()) {
            Item stored = repo.item(existing);
            ReferenceDuplicate dup { key.isEmpty() ? csl::title(fields) : key, entry.line, existing, matchedBy, {} };
            dup.filled = fillMissing(stored.fields, fields, referenceByKey(repo, key).isEmpty());
            if (!dup.filled.isEmpty())
                repo.updateItem(stored);
            result.duplicates.append(dup);
            result.entryIds.append(existing);
            continue;
        }
        if (key.isEmpty() || keys.contains(key))
            fields.insert(QStringLiteral("citation-key"), generateCitationKey(repo, fields, keys));
        keys.insert(csl::citationKey(fields));
        Item item;
        item.type = ItemType::Reference;
        item.id = newReferenceId(repo, csl::citationKey(fields), ids);
        item.fields = fields;
        item.sources = { source };
        try {
            repo.createItem(item);
        } catch (const Error &e) {
            throw Error(e.code(), QStringLiteral("%1:%2: %3").arg(fileName).arg(entry.line).arg(e.message()));
        }
        result.added.append(item.id);
        result.entryIds.append(item.id);
    }
    result.possibleDuplicates = possibleDuplicates(repo, result.added);
    reportProgress(progress, done, static_cast<int>(entries.size()), "bibliography import");
    if (!dryRun)
        tx.commit();
    return result;
}

} // namespace plenum::core
