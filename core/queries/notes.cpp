#include "queries/notes.h"

#include "storage/itemids.h"
#include "storage/repository.h"

namespace plenum::core {

QString newNoteId(Repository &repo)
{
    return nextNumberedId(repo, QStringLiteral("note"));
}

QList<CompletionEntry> completionEntries(Repository &repo, bool citations)
{
    QList<CompletionEntry> list;
    if (citations) {
        auto q = repo.database().prepare(
            "SELECT citation_key, id FROM refs WHERE citation_key IS NOT NULL ORDER BY citation_key");
        while (q.next())
            list.append({ q.text(0), q.text(1), QStringLiteral("reference") });
        return list;
    }
    auto q = repo.database().prepare(
        "SELECT a.alias, a.entity_id, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "UNION SELECT name_en, id, 'milestone' FROM milestones UNION SELECT name_zh, id, 'milestone' FROM milestones "
        "UNION SELECT name_en, id, 'concept' FROM concepts WHERE name_en <> '' "
        "UNION SELECT name_zh, id, 'concept' FROM concepts WHERE name_zh <> '' "
        "UNION SELECT title_en, id, 'document' FROM documents WHERE title_en <> '' "
        "UNION SELECT title, id, 'note' FROM notes WHERE title <> '' "
        "UNION SELECT id, id, type FROM entities WHERE type IN ('milestone', 'concept', 'document', 'reference', "
        "'note') "
        "ORDER BY 1");
    while (q.next())
        list.append({ q.text(0), q.text(1), q.text(2) });
    return list;
}

} // namespace plenum::core
