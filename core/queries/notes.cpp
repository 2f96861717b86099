#include "queries/notes.h"

#include "model/cslitem.h"
#include "storage/itemids.h"
#include "storage/repository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace plenum::core {

QString newNoteId(Repository &repo)
{
    return nextNumberedId(repo, QStringLiteral("note"));
}

QList<NoteSummary> noteSummaries(Repository &repo)
{
    QList<NoteSummary> list;
    auto q
        = repo.database().prepare("SELECT id, title, created_at, updated_at FROM notes ORDER BY updated_at DESC, id");
    while (q.next())
        list.append({ q.text(0), q.text(1), q.text(2), q.text(3) });
    return list;
}

QString noteUpdatedAt(Repository &repo, const QString &id)
{
    auto q = repo.database().prepare("SELECT updated_at FROM notes WHERE id = ?1");
    q.bind(1, id);
    return q.next() ? q.text(0) : QString();
}

QList<ItemCompletion> itemCompletions(Repository &repo)
{
    QList<ItemCompletion> list;
    QHash<QString, qsizetype> rowOf;
    auto q = repo.database().prepare(
        "SELECT e.id, e.type, coalesce(m.name_en, c.name_en, d.title_en, r.title, n.title, ''), "
        "       coalesce(m.name_zh, c.name_zh, d.title_zh, '') "
        "FROM entities e LEFT JOIN milestones m ON m.id = e.id LEFT JOIN concepts c ON c.id = e.id "
        "LEFT JOIN documents d ON d.id = e.id LEFT JOIN refs r ON r.id = e.id LEFT JOIN notes n ON n.id = e.id "
        "WHERE e.type IN ('milestone', 'concept', 'document', 'reference', 'note') "
        "   OR e.id IN (SELECT entity_id FROM aliases) "
        "ORDER BY e.id");
    while (q.next())
        list.append({ q.text(0), q.text(1), q.text(2), q.text(3), {} });
    const auto name = [](const ItemCompletion &c) {
        return !c.nameEn.isEmpty() ? c.nameEn : (!c.nameZh.isEmpty() ? c.nameZh : c.id);
    };
    std::stable_sort(list.begin(), list.end(), [&](const ItemCompletion &a, const ItemCompletion &b) {
        return QString::compare(name(a), name(b), Qt::CaseInsensitive) < 0;
    });
    for (qsizetype i = 0; i < list.size(); ++i)
        rowOf.insert(list.at(i).id, i);
    auto aliases
        = repo.database().prepare("SELECT entity_id, alias FROM aliases ORDER BY entity_id, language DESC, alias");
    while (aliases.next()) {
        const auto row = rowOf.constFind(aliases.text(0));
        if (row == rowOf.cend())
            continue;
        ItemCompletion &item = list[*row];
        const QString alias = aliases.text(1);
        if (alias != item.nameEn && alias != item.nameZh && !item.aliases.contains(alias))
            item.aliases.append(alias);
    }
    return list;
}

QList<CitationCompletion> citationCompletions(Repository &repo)
{
    QList<CitationCompletion> list;
    auto q = repo.database().prepare(
        "SELECT citation_key, id, csl FROM refs WHERE citation_key IS NOT NULL ORDER BY citation_key");
    while (q.next()) {
        const QJsonObject item = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        const QJsonArray authors = csl::names(item);
        list.append(
            { q.text(0), q.text(1), authors.isEmpty() ? QString() : csl::familyOrLiteral(authors.first().toObject()),
                static_cast<int>(authors.size()), csl::year(item), csl::title(item) });
    }
    return list;
}

QString referencesVersion(Repository &repo)
{
    auto q = repo.database().prepare("SELECT count(*), coalesce(max(updated_at), '') FROM refs");
    return q.next() ? QString::number(q.integer(0)) + QLatin1Char('/') + q.text(1) : QString();
}

} // namespace plenum::core
