#include "linking/aliasregistry.h"

#include "linking/citationmarkers.h"
#include "linking/milestoneforms.h"
#include "storage/repository.h"

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

struct Candidate {
    TextMatch match;
    int length() const { return match.end - match.start; }
};

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
    for (const Milestone &m : repo.milestones()) {
        if (m.kind == MilestoneKind::CcPlenum || m.kind == MilestoneKind::NationalCongress) {
            for (const QString &form : milestoneforms::forms(m.kind, m.term, m.session))
                r.addPattern(form, { Form::MilestoneForm, MentionKind::Milestone, { m.id }, 0 });
        }
        if (m.kind == MilestoneKind::CcPlenum) {
            r.addPattern(milestoneforms::enumerationHead(m.term, m.session),
                { Form::EnumerationHead, MentionKind::Milestone, { m.id }, 0 });
            r.m_plenums.insert(m.id, { m.term, m.session, m.startDate.left(4).toInt() });
            plenumsBySession[m.session].append(m.id);
        }
        for (const QString &name : { m.nameEn, m.nameZh })
            r.addPattern(name, { Form::MilestoneForm, MentionKind::Milestone, { m.id }, 0 });
    }
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
    }
    return false;
}

QList<Mention> AliasRegistry::recognize(QStringView text, const ReferenceList *references) const
{
    std::vector<TextMatch> candidates;
    m_matcher.scan(text, [&](const TextMatch &m) {
        if (accepts(text, m))
            candidates.push_back(m);
    });
    // Longest first, then leftmost: a match wins over every shorter one it overlaps.
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
        chosen.emplace(m.start, &m);
    }

    QList<Mention> out;
    QString lastPlenum; // the plenum named just before, for lists
    int lastPlenumEnd16 = -1;
    for (const auto &[start, m] : chosen) {
        const Entry &e = m_entries[m->payload];
        Mention mention;
        mention.start = m->start;
        mention.end = m->end;
        mention.matched = text.mid(m->start16, m->end16 - m->start16).toString();
        mention.kind = e.ids.size() > 1 ? MentionKind::Ambiguous : e.kind;
        if (e.form == Form::Bare || e.form == Form::ListItem) {
            // 十八届三中、四中全会: the term carries over a list.
            QStringList fits;
            if (!lastPlenum.isEmpty() && milestoneforms::onlyConnectorBetween(text, lastPlenumEnd16, m->start16)) {
                const int term = m_plenums.value(lastPlenum).term;
                for (const QString &id : e.ids)
                    if (m_plenums.value(id).term == term)
                        fits.append(id);
            } else if (const auto year
                = e.form == Form::Bare ? milestoneforms::yearInReach(text, m->start16, m->end16) : std::nullopt) {
                for (const QString &id : e.ids)
                    if (m_plenums.value(id).year == *year)
                        fits.append(id);
            }
            if (fits.size() == 1) {
                mention.kind = MentionKind::Milestone;
                mention.id = fits.first();
            } else if (e.form == Form::ListItem) {
                continue; // 四中 outside a list of plenums names nothing (第四中学)
            } else {
                mention.kind = MentionKind::Ambiguous;
            }
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

    if (references) {
        for (const CitationMarker &marker : findCitationMarkers(text)) {
            for (const int n : marker.numbers) {
                Mention c;
                c.kind = MentionKind::Citation;
                c.start = marker.start;
                c.end = marker.end;
                c.matched = text.mid(marker.start16, marker.end16 - marker.start16).toString();
                c.number = n;
                c.resolved = references->contains(n);
                c.id = references->value(n);
                out.append(c);
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    }
    return out;
}

} // namespace plenum::core
