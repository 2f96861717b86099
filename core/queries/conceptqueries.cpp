#include "queries/conceptqueries.h"

#include "storage/repository.h"

#include <QHash>

namespace plenum::core {

QList<ConceptSummary> conceptSummaries(Repository &repo)
{
    auto q = repo.database().prepare("SELECT id, name_en, name_zh FROM concepts ORDER BY lower(name_en), name_zh");
    QList<ConceptSummary> list;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.text(0), list.size());
        list.append({ q.text(0), q.text(1), q.text(2), {} });
    }
    auto links
        = repo.database().prepare("SELECT l.source_id, l.target_id FROM links l JOIN concepts c ON c.id = l.target_id "
                                  "WHERE l.relation = 'broader' AND l.rejected = 0 ORDER BY l.target_id");
    while (links.next()) {
        const auto it = index.constFind(links.text(0));
        if (it != index.constEnd())
            list[*it].broader.append(links.text(1));
    }
    return list;
}

QList<ConceptStep> conceptHistory(Repository &repo, const QString &id)
{
    auto q = repo.database().prepare(
        "SELECT l.target_id, m.start_date, l.relation, l.note FROM links l JOIN milestones m ON m.id = l.target_id "
        "WHERE l.source_id = ?1 AND l.relation IN ('first_appears_in', 'reshaped_by') AND l.rejected = 0 "
        "ORDER BY m.start_date, l.relation, l.position, l.target_id");
    q.bind(1, id);
    QList<ConceptStep> steps;
    while (q.next())
        steps.append({ q.text(0), q.text(1), relationFromName(q.text(2)) == Relation::FirstAppearsIn, q.text(3) });
    return steps;
}

} // namespace plenum::core
