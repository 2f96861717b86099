#include "notes.h"

#include "repository.h"

#include <QRegularExpression>
#include <QSet>

namespace plenum::core {

QList<NoteReference> parseNoteReferences(const QString &body)
{
    // [[target]] (no brackets or newlines inside), and [@key] or [@key, locator].
    static const QRegularExpression pattern(QStringLiteral("\\[\\[([^\\[\\]\\n]{1,200})\\]\\]|\\[@([^\\s,\\]\\[]{1,100})(?:,([^\\]\\[\\n]{0,100}))?\\]"));
    QList<NoteReference> refs;
    auto it = pattern.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        NoteReference r;
        r.start = m.capturedStart();
        r.end = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            r.kind = NoteReference::Kind::ItemLink;
            r.text = m.captured(1).section(QLatin1Char('|'), 0, 0).trimmed();  // [[target|label]] shows label
        } else {
            r.kind = NoteReference::Kind::Citation;
            r.text = m.captured(2);
            r.locator = m.captured(3).trimmed();
        }
        if (!r.text.isEmpty())
            refs.append(r);
    }
    return refs;
}

QList<NoteReference> resolveNoteReferences(Repository &repo, const QString &body)
{
    QList<NoteReference> refs = parseNoteReferences(body);
    auto byKey = repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
    for (NoteReference &r : refs) {
        if (r.kind == NoteReference::Kind::Citation) {
            byKey.bind(1, r.text);
            if (byKey.next())
                r.targetId = byKey.text(0);
            byKey.reset();
        } else {
            r.targetId = repo.resolve(r.text);
        }
    }
    return refs;
}

void saveNote(Repository &repo, const Item &note)
{
    Transaction tx(repo.database());
    if (repo.typeOf(note.id))
        repo.updateItem(note);
    else
        repo.createItem(note);
    auto clear = repo.database().prepare(
        "DELETE FROM links WHERE source_id = ?1 AND origin = 'manual' AND relation IN ('mentions', 'cites')");
    clear.bind(1, note.id).run();
    QSet<QPair<QString, QString>> added;
    for (const NoteReference &r : resolveNoteReferences(repo, note.text(QStringLiteral("body")))) {
        const QString relation = r.kind == NoteReference::Kind::Citation ? QStringLiteral("cites") : QStringLiteral("mentions");
        if (r.targetId.isEmpty() || r.targetId == note.id || added.contains({r.targetId, relation}))
            continue;
        added.insert({r.targetId, relation});
        Link link;
        link.sourceId = note.id;
        link.targetId = r.targetId;
        link.relation = relation;
        link.note = r.locator;
        repo.addLink(link);
    }
    tx.commit();
}

QString newNoteId(Repository &repo)
{
    auto q = repo.database().prepare(
        "SELECT coalesce(max(CAST(substr(id, 6) AS INTEGER)), 0) + 1 FROM entities WHERE type = 'note' AND id GLOB 'note-[0-9]*'");
    const qint64 next = q.next() ? q.integer(0) : 1;
    return QStringLiteral("note-%1").arg(next);
}

QList<CompletionEntry> completionEntries(Repository &repo, bool citations)
{
    QList<CompletionEntry> list;
    if (citations) {
        auto q = repo.database().prepare("SELECT citation_key, id FROM refs WHERE citation_key IS NOT NULL ORDER BY citation_key");
        while (q.next())
            list.append({q.text(0), q.text(1), QStringLiteral("reference")});
        return list;
    }
    auto q = repo.database().prepare(
        "SELECT a.alias, a.entity_id, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "UNION SELECT name_en, id, 'milestone' FROM milestones UNION SELECT name_zh, id, 'milestone' FROM milestones "
        "UNION SELECT name_en, id, 'concept' FROM concepts WHERE name_en <> '' "
        "UNION SELECT name_zh, id, 'concept' FROM concepts WHERE name_zh <> '' "
        "UNION SELECT title_en, id, 'document' FROM documents WHERE title_en <> '' "
        "UNION SELECT title, id, 'note' FROM notes WHERE title <> '' "
        "UNION SELECT id, id, type FROM entities WHERE type IN ('milestone', 'concept', 'document', 'reference', 'note') "
        "ORDER BY 1");
    while (q.next())
        list.append({q.text(0), q.text(1), q.text(2)});
    return list;
}

} // namespace plenum::core
