#include "linking/referenceduplicates.h"

#include "model/cslitem.h"
#include "storage/repository.h"
#include "text/pinyin.h"
#include "text/scripts.h"
#include "text/titlekey.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace plenum::core {

namespace {

constexpr double kEntryCoverage = 0.9;

// Accents removed, compatibility forms folded, case folded.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    return out;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString nameToken(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (scripts::isHan(scripts::firstCodePoint(trimmed))) {
        // The surname's pinyin (Unihan), so 王 matches a romanised "Wang".
        const QString reading = pinyin::surname(trimmed.left(1));
        return reading.isEmpty() ? trimmed.left(1) : reading;
    }
    QString out;
    for (const QChar c : fold(trimmed))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

bool authorsCompatible(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    return std::any_of(a.begin(), a.end(), [&b](const QString &t) { return b.contains(t); });
}

struct RefRow {
    QString id;
    QString title;
    QString doi;
    int year = 0;
    QStringList firstAuthor;
};

QList<RefRow> referenceRows(Repository &repo)
{
    QList<RefRow> rows;
    auto q = repo.database().prepare("SELECT id, csl FROM refs ORDER BY id");
    while (q.next()) {
        const QJsonObject item = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        const QJsonArray authors = csl::names(item);
        rows.append({ q.text(0), csl::title(item), normalizeDoi(csl::doi(item)), csl::year(item).value_or(0),
            authors.isEmpty() ? QStringList() : authorTokens(authors.first()) });
    }
    return rows;
}

} // namespace

QString normalizeDoi(const QString &doi)
{
    QString d = doi.trimmed().toLower();
    for (const char *prefix :
        { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        if (d.startsWith(QLatin1String(prefix)))
            d = d.mid(static_cast<qsizetype>(qstrlen(prefix))).trimmed();
    return d;
}

QStringList authorTokens(const QJsonValue &author)
{
    const QJsonObject o = author.toObject();
    if (o.contains(QStringLiteral("family")))
        return { nameToken(o.value(QStringLiteral("family")).toString()) };
    const QString literal = author.isString() ? author.toString() : o.value(QStringLiteral("literal")).toString();
    if (scripts::isHan(scripts::firstCodePoint(literal)))
        return { nameToken(literal) };
    QStringList tokens;
    for (const QString &part : literal.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        if (const QString t = nameToken(part); !t.isEmpty())
            tokens.append(t);
    return tokens;
}

QList<DuplicateGroup> findDuplicateReferences(Repository &repo)
{
    const QList<RefRow> rows = referenceRows(repo);
    std::vector<int> parent(rows.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> root = [&](int i) { return parent[i] == i ? i : parent[i] = root(parent[i]); };
    QHash<int, QString> reasonOf, keyOf;
    const auto join = [&](int a, int b, const QString &reason, const QString &key) {
        const int ra = root(a), rb = root(b);
        if (ra == rb)
            return;
        parent[rb] = ra;
        if (!reasonOf.contains(ra) || reason == QLatin1String("doi")) {
            reasonOf[ra] = reason;
            keyOf[ra] = key;
        }
    };
    QHash<QString, int> byDoi;
    QHash<QString, QList<int>> byTitle;
    for (int i = 0; i < rows.size(); ++i) {
        const RefRow &r = rows.at(i);
        if (!r.doi.isEmpty()) {
            if (byDoi.contains(r.doi))
                join(byDoi.value(r.doi), i, QStringLiteral("doi"), r.doi);
            else
                byDoi.insert(r.doi, i);
        }
        const QString title = titleKey(r.title);
        if (title.isEmpty())
            continue;
        const QString key = title + QLatin1Char('|') + QString::number(r.year);
        for (const int j : byTitle.value(key))
            if (authorsCompatible(rows.at(j).firstAuthor, r.firstAuthor)
                && (rows.at(j).doi.isEmpty() || r.doi.isEmpty() || rows.at(j).doi == r.doi))
                join(j, i, QStringLiteral("title_year_author"), key);
        byTitle[key].append(i);
    }
    QMap<int, DuplicateGroup> groups;
    for (int i = 0; i < rows.size(); ++i)
        groups[root(i)].ids.append(rows.at(i).id);
    QList<DuplicateGroup> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it->ids.size() < 2)
            continue;
        it->reason = reasonOf.value(it.key());
        it->key = keyOf.value(it.key());
        out.append(*it);
    }
    return out;
}

MergeSnapshot mergeReferences(Repository &repo, const QString &keep, const QString &duplicate)
{
    for (const QString &id : { keep, duplicate })
        if (repo.typeOf(id) != ItemType::Reference)
            throw Error(ErrorCode::NotFound, QStringLiteral("No reference with ID %1.").arg(id));
    if (keep == duplicate)
        throw Error(ErrorCode::Usage, QStringLiteral("Cannot merge reference %1 into itself.").arg(keep));
    Database &db = repo.database();
    Transaction tx(db);
    MergeSnapshot snap;
    snap.keptId = keep;
    snap.removed = repo.item(duplicate);
    auto hash = db.prepare("SELECT coalesce(import_hash, '') FROM entities WHERE id = ?1");
    hash.bind(1, duplicate);
    if (hash.next())
        snap.importHash = hash.text(0);
    snap.links = repo.outgoingLinks(duplicate) + repo.backlinks(duplicate);
    // A link that would duplicate one KEEP already has (or point KEEP at itself) is dropped with the item.
    auto moveIn = db.prepare("UPDATE OR IGNORE links SET target_id = ?2 WHERE id = ?1 AND source_id <> ?2");
    auto moveOut = db.prepare("UPDATE OR IGNORE links SET source_id = ?2 WHERE id = ?1 AND target_id <> ?2");
    for (const Link &l : snap.links) {
        Query &q = l.targetId == duplicate ? moveIn : moveOut;
        q.bindAll(l.rowId, keep).run();
        if (db.changes() > 0)
            snap.moved.append(l.rowId);
    }
    repo.deleteItem(duplicate);
    tx.commit();
    return snap;
}

void undoMerge(Repository &repo, const MergeSnapshot &snap)
{
    Database &db = repo.database();
    Transaction tx(db);
    const QString id = snap.removed.id;
    repo.createItem(snap.removed);
    auto hash = db.prepare("UPDATE entities SET import_hash = nullif(?2, '') WHERE id = ?1");
    hash.bindAll(id, snap.importHash).run();
    auto back = db.prepare("UPDATE links SET source_id = ?2, target_id = ?3 WHERE id = ?1");
    auto restore = db.prepare("INSERT INTO links (id, source_id, target_id, relation, origin, note, position, "
                              "span_start, span_end, matched, rejected) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    const auto opt = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    for (const Link &l : snap.links) {
        if (snap.moved.contains(l.rowId)) {
            back.bindAll(l.rowId, l.sourceId, l.targetId).run();
            continue;
        }
        restore
            .bindAll(l.rowId, l.sourceId, l.targetId, relationName(l.relation), originName(l.origin), l.note,
                opt(l.position), opt(l.spanStart), opt(l.spanEnd),
                l.matched.isEmpty() ? QVariant() : QVariant(l.matched), l.rejected ? 1 : 0)
            .run();
    }
    tx.commit();
}

ReferenceList matchReferenceEntries(Repository &repo, const QMap<int, QString> &entries)
{
    const QList<RefRow> rows = referenceRows(repo);
    QList<QStringList> titleWords;
    for (const RefRow &r : rows)
        titleWords.append(words(r.title));
    QSet<QString> used;
    ReferenceList out;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QStringList entryWords = words(it.value());
        const QSet<QString> entrySet(entryWords.begin(), entryWords.end());
        double best = 0;
        QString bestId;
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList &title = titleWords.at(i);
            if (title.size() < 3 || used.contains(rows.at(i).id))
                continue;
            const auto hits
                = std::count_if(title.begin(), title.end(), [&](const QString &w) { return entrySet.contains(w); });
            double score = static_cast<double>(hits) / static_cast<double>(title.size());
            if (rows.at(i).year && !entrySet.contains(QString::number(rows.at(i).year)))
                score -= 0.05;
            if (score > best) {
                best = score;
                bestId = rows.at(i).id;
            }
        }
        if (best >= kEntryCoverage - 0.05) {
            used.insert(bestId);
            out.insert(it.key(), bestId);
        } else {
            out.insert(it.key(), QString());
        }
    }
    return out;
}

} // namespace plenum::core
