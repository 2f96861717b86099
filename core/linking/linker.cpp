#include "linking/linker.h"

#include "linking/notelinks.h"
#include "storage/repository.h"

#include <QSet>

#include <algorithm>

namespace plenum::core {

namespace {

constexpr int kMaxContext = 300;

// Items whose text is searched for mentions, in the order linkAll() visits them.
constexpr ItemType kSourceTypes[] = { ItemType::Document, ItemType::Statement, ItemType::Note };

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F)
        || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n');
}

// UTF-16 index of code point CP in TEXT.
qsizetype utf16Index(QStringView text, int cp)
{
    qsizetype i = 0;
    for (int n = 0; n < cp && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

Relation relationFor(const Mention &m)
{
    return m.kind == MentionKind::Citation ? Relation::Cites : Relation::Mentions;
}

bool linkable(const Mention &m)
{
    return !m.id.isEmpty() && (m.kind != MentionKind::Ambiguous) && (m.kind != MentionKind::Citation || m.resolved);
}

QString rejectionKey(const QString &target, const QString &matched)
{
    return target + QChar(0x1F) + matched;
}

} // namespace

QString linkableText(Repository &repo, const QString &id)
{
    auto q = repo.database().prepare(
        "SELECT e.type, coalesce(s.text, n.body, ''), coalesce(d.title_en, ''), coalesce(d.title_zh, ''), "
        "       coalesce(d.abstract, ''), coalesce(d.summary_en, ''), coalesce(d.summary_zh, '') "
        "FROM entities e LEFT JOIN statements s ON s.id = e.id LEFT JOIN notes n ON n.id = e.id "
        "LEFT JOIN documents d ON d.id = e.id WHERE e.id = ?1");
    q.bind(1, id);
    if (!q.next())
        return {};
    if (q.text(0) != QLatin1String("document"))
        return q.text(1);
    QStringList parts;
    for (int column = 2; column <= 6; ++column)
        if (!q.text(column).isEmpty())
            parts.append(q.text(column));
    return parts.join(QLatin1Char('\n'));
}

namespace {

// TEXT cut to the longest context a page shows, with an ellipsis where it was cut.
QString clipped(QString text)
{
    if (text.size() > kMaxContext) {
        text.truncate(kMaxContext - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

// The sentence of TEXT around the code points START–END, whole (see sentenceAround()).
QString wholeSentenceAround(QStringView text, int start, int end, QStringView bounds)
{
    if (bounds.isEmpty())
        bounds = text;
    qsizetype from = utf16Index(text, start), to = from + utf16Index(text.mid(from), end - start);
    while (from > 0 && !isSentenceEnd(bounds.at(from - 1)))
        --from;
    while (to < bounds.size() && !isSentenceEnd(bounds.at(to)))
        ++to;
    if (to < bounds.size() && bounds.at(to) != QLatin1Char('\n'))
        ++to;
    return text.mid(from, to - from).toString().trimmed();
}

} // namespace

QString sentenceAround(QStringView text, int start, int end, QStringView bounds)
{
    return clipped(wholeSentenceAround(text, start, end, bounds));
}

QString linkContext(Repository &repo, const Link &link)
{
    const auto type = repo.typeOf(link.sourceId);
    // A note's passage reads as rendered: names and citations, not [[id]] and [@key] markup. It is
    // rendered whole and then cut, so a cut never leaves half a [[link]] as markup.
    const auto shown
        = [&](const QString &text) { return clipped(type == ItemType::Note ? renderedNoteText(repo, text) : text); };
    if (link.spanStart && link.spanEnd) {
        const QString text = linkableText(repo, link.sourceId);
        QString bounds = text;
        if (type == ItemType::Note)
            for (const NoteToken &t : scanNote(text))
                bounds.replace(t.start, t.end - t.start, QString(t.end - t.start, QLatin1Char(' ')));
        return shown(wholeSentenceAround(text, *link.spanStart, *link.spanEnd, bounds));
    }
    if (type != ItemType::Statement && type != ItemType::Note)
        return {};
    const QString text = linkableText(repo, link.sourceId);
    return shown(text);
}

Linker::Linker(Repository &repo)
    : m_repo(repo)
{
}

const AliasRegistry &Linker::registry()
{
    // Checking the journal per item made linkAll() quadratic: every item it links adds a change.
    if (!m_built || (!m_pinned && !m_registry.isCurrent(m_repo))) {
        m_registry = AliasRegistry::build(m_repo);
        m_built = true;
    }
    return m_registry;
}

ReferenceList Linker::referenceList(const QString &id)
{
    auto q = m_repo.database().prepare(
        "SELECT l.position, l.target_id FROM links l "
        "WHERE l.relation = 'cites' AND l.position IS NOT NULL AND l.span_start IS NULL AND l.rejected = 0 "
        "  AND l.source_id = coalesce((SELECT document_id FROM statements WHERE id = ?1), ?1)");
    q.bind(1, id);
    ReferenceList list;
    while (q.next())
        list.insert(static_cast<int>(q.integer(0)), q.text(1));
    return list;
}

QList<Mention> Linker::mentionsIn(const QString &id, const QString &text)
{
    const ReferenceList refs = referenceList(id);
    return registry().recognize(text, refs.isEmpty() ? nullptr : &refs);
}

int Linker::insertLinks(const QString &sourceId, const QList<Mention> &mentions)
{
    auto rejected = m_repo.database().prepare(
        "SELECT target_id, coalesce(matched, '') FROM links WHERE source_id = ?1 AND origin = 'auto' AND rejected = 1");
    rejected.bind(1, sourceId);
    QSet<QString> refused;
    while (rejected.next())
        refused.insert(rejectionKey(rejected.text(0), rejected.text(1)));
    auto insert = m_repo.database().prepare(
        "INSERT OR IGNORE INTO links (source_id, target_id, relation, origin, position, span_start, span_end, matched) "
        "VALUES (?1, ?2, ?3, 'auto', ?4, ?5, ?6, ?7)");
    int added = 0;
    for (const Mention &m : mentions) {
        if (!linkable(m) || m.id == sourceId || refused.contains(rejectionKey(m.id, m.matched)))
            continue;
        const QVariant position = m.kind == MentionKind::Citation ? QVariant(m.number) : QVariant();
        insert.bindAll(sourceId, m.id, relationName(relationFor(m)), position, m.start, m.end, m.matched).run();
        added += m_repo.database().changes();
    }
    return added;
}

int Linker::linkItem(const QString &id)
{
    const QString text = linkableText(m_repo, id);
    const QList<Mention> mentions = mentionsIn(id, text);
    Transaction tx(m_repo.database());
    auto clear
        = m_repo.database().prepare("DELETE FROM links WHERE source_id = ?1 AND origin = 'auto' AND rejected = 0");
    clear.bind(1, id).run();
    const int added = insertLinks(id, mentions);
    tx.commit();
    return added;
}

LinkSummary Linker::linkAll(const Progress &progress)
{
    QStringList ids;
    for (const ItemType type : kSourceTypes)
        ids.append(m_repo.itemIds(type));
    registry();
    m_pinned = true;
    struct Unpin {
        bool &pinned;
        ~Unpin() { pinned = false; }
    } unpin { m_pinned };
    LinkSummary summary;
    Transaction tx(m_repo.database());
    for (const QString &id : ids) {
        summary.links += linkItem(id);
        ++summary.items;
        if (progress && !progress(summary.items, ids.size()))
            throw Error(ErrorCode::Cancelled, QStringLiteral("Linking was cancelled; no links were changed."));
    }
    tx.commit();
    return summary;
}

void Linker::rejectLink(std::int64_t rowId)
{
    m_repo.rejectLink(rowId);
}

QList<BacklinkGroup> Linker::backlinks(const QString &id)
{
    QList<BacklinkGroup> groups;
    for (const ItemType type : kAllItemTypes)
        groups.append(BacklinkGroup { type, {} });
    for (const Link &link : m_repo.backlinks(id)) {
        if (link.rejected)
            continue;
        const ItemType type = m_repo.typeOf(link.sourceId).value_or(ItemType::Note);
        const auto group = std::find_if(
            groups.begin(), groups.end(), [type](const BacklinkGroup &g) { return g.sourceType == type; });
        group->links.append(Backlink { link, type, m_repo.title(link.sourceId), linkContext(m_repo, link) });
    }
    groups.removeIf([](const BacklinkGroup &g) { return g.links.isEmpty(); });
    return groups;
}

QList<UnlinkedMention> Linker::unlinkedMentions(const QString &id)
{
    QList<UnlinkedMention> out;
    auto existing = m_repo.database().prepare(
        "SELECT span_start, rejected, coalesce(matched, '') FROM links WHERE source_id = ?1 AND target_id = ?2");
    for (const ItemType type : kSourceTypes) {
        for (const QString &source : m_repo.itemIds(type)) {
            if (source == id)
                continue;
            const QString text = linkableText(m_repo, source);
            QList<Mention> found = mentionsIn(source, text);
            found.removeIf([&](const Mention &m) { return m.id != id || !linkable(m); });
            if (found.isEmpty())
                continue;
            QSet<int> linkedSpans;
            QSet<QString> refused;
            existing.bindAll(source, id);
            while (existing.next()) {
                if (existing.integer(1) != 0)
                    refused.insert(existing.text(2));
                else if (!existing.isNull(0))
                    linkedSpans.insert(static_cast<int>(existing.integer(0)));
            }
            existing.reset();
            for (const Mention &m : found) {
                if (linkedSpans.contains(m.start) || refused.contains(m.matched))
                    continue;
                out.append(UnlinkedMention { source, type, id, relationFor(m), m.start, m.end, m.matched, m.number,
                    sentenceAround(text, m.start, m.end) });
            }
        }
    }
    return out;
}

int Linker::linkMentions(const QList<UnlinkedMention> &mentions)
{
    Transaction tx(m_repo.database());
    int added = 0;
    for (const UnlinkedMention &u : mentions) {
        Mention m;
        m.kind = u.relation == Relation::Cites ? MentionKind::Citation : MentionKind::Concept;
        m.id = u.targetId;
        m.start = u.start;
        m.end = u.end;
        m.matched = u.matched;
        m.number = u.position;
        added += insertLinks(u.sourceId, { m });
    }
    tx.commit();
    return added;
}

int Linker::unlinkMentions(const QList<UnlinkedMention> &mentions)
{
    Transaction tx(m_repo.database());
    int removed = 0;
    for (const UnlinkedMention &m : mentions)
        for (const Link &l : m_repo.linksBetween(m.sourceId, m.targetId))
            if (l.origin == LinkOrigin::Auto && l.spanStart == m.start && l.spanEnd == m.end) {
                m_repo.removeLink(l.rowId);
                ++removed;
            }
    tx.commit();
    return removed;
}

} // namespace plenum::core
