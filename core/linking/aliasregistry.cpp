#include "linking/aliasregistry.h"

#include "linking/citationmarkers.h"
#include "linking/coordination.h"
#include "linking/milestoneforms.h"
#include "storage/repository.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace plenum::core {

namespace {

// Reference titles shorter than this are too generic to find in running text.
constexpr int kMinTitleLength = 12;

std::int64_t journalHead(Database &db)
{
    auto q = db.prepare("SELECT coalesce(max(seq), 0) FROM changes");
    return q.next() ? q.integer(0) : 0;
}

// The code-point offset of POS16, counted from a match whose offsets are known in both units.
int codePointAt(QStringView text, const TextMatch &m, int pos16)
{
    const auto count = [&](int from, int to) {
        int n = 0;
        for (int i = from; i < to; ++i)
            n += text.at(i).isLowSurrogate() ? 0 : 1;
        return n;
    };
    return pos16 >= m.start16 ? m.start + count(m.start16, pos16) : m.start - count(pos16, m.start16);
}

} // namespace

QString mentionKindName(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Milestone:
        return QStringLiteral("milestone");
    case MentionKind::Concept:
        return QStringLiteral("concept");
    case MentionKind::Reference:
        return QStringLiteral("reference");
    case MentionKind::Citation:
        return QStringLiteral("citation");
    case MentionKind::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

void AliasRegistry::addPattern(const QString &text, Entry entry)
{
    const int payload = static_cast<int>(m_entries.size());
    const int got = m_matcher.add(text, payload);
    if (got == payload) {
        m_entries.push_back(std::move(entry));
        ++m_patternCount;
        return;
    }
    // The same words already name something: remember every item they name.
    Entry &existing = m_entries[got];
    for (const QString &id : entry.ids)
        if (!existing.ids.contains(id))
            existing.ids.append(id);
}

AliasRegistry AliasRegistry::build(Repository &repo)
{
    AliasRegistry r;
    Database &db = repo.database();
    r.m_journalSeq = journalHead(db);

    QHash<int, QStringList> plenumsBySession;
    const QList<Milestone> milestones = repo.milestones();
    for (const Milestone &m : milestones) {
        if (m.kind == MilestoneKind::CcPlenum || m.kind == MilestoneKind::NationalCongress) {
            for (const QString &form : milestoneforms::forms(m.kind, m.term, m.session))
                r.addPattern(form, { Form::MilestoneForm, MentionKind::Milestone, { m.id }, 0 });
        }
        if (m.kind == MilestoneKind::CcPlenum) {
            r.addPattern(milestoneforms::enumerationHead(m.term, m.session),
                { Form::EnumerationHead, MentionKind::Milestone, { m.id }, 0 });
            r.m_plenums.insert(m.id, { m.term, m.session, m.startDate.left(4).toInt() });
            r.m_plenumAt.insert({ m.term, m.session }, m.id);
            plenumsBySession[m.session].append(m.id);
        }
        if (m.kind == MilestoneKind::NationalCongress)
            r.m_congressAt.insert(m.term, m.id);
        for (const QString &name : { m.nameEn, m.nameZh })
            r.addPattern(name, { Form::MilestoneForm, MentionKind::Milestone, { m.id }, 0 });
    }
    r.addListPatterns(milestones);
    // Candidates of a bare plenum, oldest term first (a plenum no source dates keeps its place).
    for (QStringList &ids : plenumsBySession)
        std::stable_sort(ids.begin(), ids.end(),
            [&](const QString &a, const QString &b) { return r.m_plenums.value(a).term < r.m_plenums.value(b).term; });
    for (auto it = plenumsBySession.cbegin(); it != plenumsBySession.cend(); ++it) {
        for (const QString &form : milestoneforms::bareForms(it.key()))
            r.addPattern(form, { Form::Bare, MentionKind::Ambiguous, it.value(), it.key() });
        r.addPattern(
            milestoneforms::listItem(it.key()), { Form::ListItem, MentionKind::Ambiguous, it.value(), it.key() });
    }

    auto names
        = db.prepare("SELECT a.entity_id, e.type, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
                     "WHERE e.type IN ('milestone', 'concept', 'reference') "
                     "UNION ALL SELECT id, 'concept', name_en FROM concepts WHERE name_en <> '' "
                     "UNION ALL SELECT id, 'concept', name_zh FROM concepts WHERE name_zh <> '' "
                     "UNION ALL SELECT id, 'reference', title FROM refs WHERE length(title) >= ?1 "
                     "UNION ALL SELECT id, 'reference', '@' || citation_key FROM refs WHERE citation_key IS NOT NULL");
    names.bind(1, kMinTitleLength);
    while (names.next()) {
        const QString type = names.text(1);
        const MentionKind kind = type == QLatin1String("milestone") ? MentionKind::Milestone
            : type == QLatin1String("concept")                      ? MentionKind::Concept
                                                                    : MentionKind::Reference;
        const Form form = kind == MentionKind::Milestone ? Form::MilestoneForm : Form::Literal;
        r.addPattern(names.text(2), { form, kind, { names.text(0) }, 0 });
    }
    r.m_matcher.build();
    return r;
}

void AliasRegistry::addListPatterns(const QList<Milestone> &milestones)
{
    // Plenums in term and session order, for the series (十八届历次全会, 党的十八大以来历次全会).
    QList<const Milestone *> plenums;
    for (const Milestone &m : milestones)
        if (m.kind == MilestoneKind::CcPlenum)
            plenums.append(&m);
    std::sort(plenums.begin(), plenums.end(), [](const Milestone *a, const Milestone *b) {
        return std::tie(a->term, a->session) < std::tie(b->term, b->session);
    });
    const auto plenumsOf = [&](int term, bool since) {
        QStringList ids;
        for (const Milestone *p : plenums)
            if (p->term == term || (since && p->term > term))
                ids.append(p->id);
        return ids;
    };
    QSet<int> plenumTerms;
    for (const Milestone *p : plenums)
        plenumTerms.insert(p->term);
    for (const int term : plenumTerms) {
        for (const QString &tail : milestoneforms::plenumListTails(term))
            addPattern(tail, { Form::PlenumListTail, MentionKind::Milestone, {}, 0, term });
        for (const QString &form : milestoneforms::termSeriesForms(term))
            addPattern(form, { Form::Series, MentionKind::Milestone, plenumsOf(term, false), 0, term });
    }
    for (auto it = m_congressAt.cbegin(); it != m_congressAt.cend(); ++it) {
        for (const QString &tail : milestoneforms::congressListTails(it.key()))
            addPattern(tail, { Form::CongressListTail, MentionKind::Milestone, { it.value() }, 0, it.key() });
        // "Since the 18th Congress, every plenum": the congress that opens the period, then each plenum.
        const QStringList since = QStringList { it.value() } + plenumsOf(it.key(), true);
        if (since.size() > 1)
            for (const QString &form : milestoneforms::sinceCongressSeriesForms(it.key()))
                addPattern(form, { Form::Series, MentionKind::Milestone, since, 0, it.key() });
    }
}

bool AliasRegistry::isCurrent(Repository &repo) const
{
    auto q = repo.database().prepare(
        "SELECT count(*) FROM changes c LEFT JOIN entities e ON e.id = c.entity_id "
        "WHERE c.seq > ?1 AND (e.type IS NULL OR e.type IN ('milestone', 'concept', 'reference'))");
    q.bind(1, static_cast<std::int64_t>(m_journalSeq));
    return q.next() && q.integer(0) == 0;
}

bool AliasRegistry::accepts(QStringView text, const TextMatch &m) const
{
    // Latin names stand on word boundaries; Chinese ones need none.
    if (TextMatcher::isWordChar(text.at(m.start16).unicode()) && m.start16 > 0
        && TextMatcher::isWordChar(text.at(m.start16 - 1).unicode()))
        return false;
    if (TextMatcher::isWordChar(text.at(m.end16 - 1).unicode()) && m.end16 < text.size()
        && TextMatcher::isWordChar(text.at(m.end16).unicode()))
        return false;
    const Entry &e = m_entries[m.payload];
    switch (e.form) {
    case Form::Literal:
        return true;
    case Form::MilestoneForm:
        return milestoneforms::contextAllows(text, m.start16, m.end16);
    case Form::EnumerationHead:
    case Form::ListItem:
        return milestoneforms::connectorFollows(text, m.end16)
            && milestoneforms::contextAllows(text, m.start16, m.end16);
    case Form::Bare:
        return !milestoneforms::bareIsQualified(text, m.start16, m.end16)
            && milestoneforms::contextAllows(text, m.start16, m.end16);
    case Form::PlenumListTail: {
        const auto listed = coordination::ordinalsBefore(text, m.start16, false);
        return !listed.isEmpty() && milestoneforms::contextAllows(text, listed.first().start16, m.end16);
    }
    case Form::CongressListTail:
        // "the 19th and 20th Congresses of the CPSU": the congresses of another party.
        return !coordination::ordinalsBefore(text, m.start16, true).isEmpty()
            && milestoneforms::contextAllows(text, m.start16, m.end16) && !milestoneforms::ofFollows(text, m.end16);
    case Form::Series:
        return milestoneforms::contextAllows(text, m.start16, m.end16);
    }
    return false;
}

Mention AliasRegistry::mentionAt(QStringView text, const TextMatch &m, int start16, int end16) const
{
    Mention mention;
    mention.kind = MentionKind::Milestone;
    mention.start = codePointAt(text, m, start16);
    mention.end = codePointAt(text, m, end16);
    mention.matched = text.mid(start16, end16 - start16).toString();
    return mention;
}

void AliasRegistry::appendListMentions(QStringView text, const TextMatch &m, QList<Mention> &out) const
{
    const Entry &e = m_entries[m.payload];
    if (e.form == Form::Series) {
        // One phrase names every plenum of the series: a link to each, all on the same words.
        Mention mention = mentionAt(text, m, m.start16, m.end16);
        for (const QString &id : e.ids) {
            mention.id = id;
            out.append(mention);
        }
        return;
    }
    const bool congress = e.form == Form::CongressListTail;
    const auto listed = coordination::ordinalsBefore(text, m.start16, congress);
    for (qsizetype i = 0; i < listed.size(); ++i) {
        // The last plenum's words run to the end of the shared tail ("Fourth Plenums of the 18th CC").
        const bool last = !congress && i == listed.size() - 1;
        Mention mention = mentionAt(text, m, listed.at(i).start16, last ? m.end16 : listed.at(i).end16);
        mention.id
            = congress ? m_congressAt.value(listed.at(i).number) : m_plenumAt.value({ e.term, listed.at(i).number });
        if (!mention.id.isEmpty())
            out.append(mention);
    }
    if (congress) {
        Mention mention = mentionAt(text, m, m.start16, m.end16);
        mention.id = e.ids.value(0);
        out.append(mention);
    }
}

std::map<int, const TextMatch *> AliasRegistry::chooseMatches(
    QStringView text, std::vector<TextMatch> &candidates) const
{
    // Longest first, then leftmost: an accepted match wins over every shorter one it overlaps. The
    // context rules run only on matches no longer accepted one covers (the same choice, fewer checks).
    std::stable_sort(candidates.begin(), candidates.end(), [](const TextMatch &a, const TextMatch &b) {
        return (a.end - a.start) != (b.end - b.start) ? (a.end - a.start) > (b.end - b.start) : a.start < b.start;
    });
    std::map<int, const TextMatch *> chosen; // by start
    for (const TextMatch &m : candidates) {
        auto next = chosen.lower_bound(m.start);
        if (next != chosen.end() && next->second->start < m.end)
            continue;
        if (next != chosen.begin() && std::prev(next)->second->end > m.start)
            continue;
        if (accepts(text, m))
            chosen.emplace(m.start, &m);
    }
    return chosen;
}

bool AliasRegistry::resolvePlenum(QStringView text, const TextMatch &m, const Entry &e, const QString &lastPlenum,
    int lastPlenumEnd16, Mention &mention) const
{
    // 十八届三中、四中全会: the term carries over a list.
    QStringList fits;
    if (!lastPlenum.isEmpty() && milestoneforms::onlyConnectorBetween(text, lastPlenumEnd16, m.start16)) {
        const int term = m_plenums.value(lastPlenum).term;
        for (const QString &id : e.ids)
            if (m_plenums.value(id).term == term)
                fits.append(id);
    } else if (const auto year
        = e.form == Form::Bare ? milestoneforms::yearInReach(text, m.start16, m.end16) : std::nullopt) {
        for (const QString &id : e.ids)
            if (m_plenums.value(id).year == *year)
                fits.append(id);
    }
    if (fits.size() == 1) {
        mention.kind = MentionKind::Milestone;
        mention.id = fits.first();
        return true;
    }
    if (e.form == Form::ListItem)
        return false; // 四中 outside a list of plenums names nothing (第四中学)
    mention.kind = MentionKind::Ambiguous;
    return true;
}

namespace {

// A mention of each reference a citation marker ([3], [1-4]) in TEXT names.
void appendCitations(QStringView text, const ReferenceList &references, QList<Mention> &out)
{
    for (const CitationMarker &marker : findCitationMarkers(text)) {
        for (const int n : marker.numbers) {
            Mention c;
            c.kind = MentionKind::Citation;
            c.start = marker.start;
            c.end = marker.end;
            c.matched = text.mid(marker.start16, marker.end16 - marker.start16).toString();
            c.number = n;
            c.resolved = references.contains(n);
            c.id = references.value(n);
            out.append(c);
        }
    }
}

} // namespace

QList<Mention> AliasRegistry::recognize(QStringView text, const ReferenceList *references) const
{
    std::vector<TextMatch> candidates;
    m_matcher.scan(text, [&](const TextMatch &m) { candidates.push_back(m); });
    const std::map<int, const TextMatch *> chosen = chooseMatches(text, candidates);

    QList<Mention> out;
    QString lastPlenum; // the plenum named just before, for lists
    int lastPlenumEnd16 = -1;
    for (const auto &[start, m] : chosen) {
        const Entry &e = m_entries[m->payload];
        if (e.form == Form::PlenumListTail || e.form == Form::CongressListTail || e.form == Form::Series) {
            appendListMentions(text, *m, out);
            continue;
        }
        Mention mention;
        mention.start = m->start;
        mention.end = m->end;
        mention.matched = text.mid(m->start16, m->end16 - m->start16).toString();
        mention.kind = e.ids.size() > 1 ? MentionKind::Ambiguous : e.kind;
        if (e.form == Form::Bare || e.form == Form::ListItem) {
            if (!resolvePlenum(text, *m, e, lastPlenum, lastPlenumEnd16, mention))
                continue;
        } else if (mention.kind != MentionKind::Ambiguous) {
            mention.id = e.ids.first();
        }
        if (mention.kind == MentionKind::Ambiguous)
            mention.candidates = e.ids;
        out.append(mention);
        if (mention.kind == MentionKind::Milestone && m_plenums.contains(mention.id)) {
            lastPlenum = mention.id;
            lastPlenumEnd16 = m->end16;
        }
    }
    if (references)
        appendCitations(text, *references, out);
    // List mentions may start before the match that found them.
    std::stable_sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return out;
}

} // namespace plenum::core
