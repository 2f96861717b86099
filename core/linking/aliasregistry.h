#pragma once

#include "model/item.h"
#include "text/textmatcher.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace plenum::core {

class Repository;

/// What a recognized span names.
enum class MentionKind {
    Milestone, ///< a Party congress or plenum
    Concept, ///< a governance concept
    Reference, ///< a bibliographic reference named by title, alias or @citation_key
    Citation, ///< a citation marker such as [3], resolved through the document's reference list
    Ambiguous ///< several items fit (e.g. a bare 三中全会): see Mention::candidates
};

/// "milestone", "concept", "reference", "citation", "ambiguous".
QString mentionKindName(MentionKind kind);

/// One recognized span of a text. Offsets count Unicode code points; end is exclusive.
struct Mention {
    MentionKind kind = MentionKind::Concept;
    QString id; ///< the item named; for a citation the reference (empty when unknown)
    QStringList candidates; ///< ambiguous: every item it could name, oldest first
    int start = 0;
    int end = 0;
    QString matched; ///< the text as written
    int number = 0; ///< citation: the entry number n of [n]
    bool resolved = true; ///< citation: false when the reference list has no entry n
};

/// A document's reference list: entry number → reference ID (empty when the entry is not stored).
using ReferenceList = QMap<int, QString>;

/// The names of everything text can mention (milestone, concept and reference names and aliases
/// in both languages, plus every written form of a congress or plenum), compiled into one
/// automaton. Built from the knowledge base; rebuild when isCurrent() turns false.
class AliasRegistry {
public:
    AliasRegistry() = default;

    /// Reads the names and aliases of REPO's milestones, concepts and references.
    static AliasRegistry build(Repository &repo);

    /// True when no milestone, concept, reference or alias changed since build (the `changes` journal).
    [[nodiscard]] bool isCurrent(Repository &repo) const;

    /// Every mention in TEXT, in text order: one pass of the automaton, longest match winning
    /// over its parts, Latin names on word boundaries, look-alike meetings left out. Citation
    /// markers are recognized only when REFERENCES is given.
    [[nodiscard]] QList<Mention> recognize(QStringView text, const ReferenceList *references = nullptr) const;

    /// Number of distinct patterns and automaton nodes (benchmarks report them).
    [[nodiscard]] int patternCount() const noexcept { return m_patternCount; }
    [[nodiscard]] std::size_t nodeCount() const noexcept { return m_matcher.nodeCount(); }

private:
    enum class Form {
        Literal, ///< a name or alias
        MilestoneForm, ///< a written form of a congress or plenum (context rules apply)
        EnumerationHead, ///< 十八届三中 followed by a list
        Bare, ///< a plenum without its term (resolved by year or list, else ambiguous)
        ListItem, ///< 四中 inside a list (十八届三中、四中、五中全会): only with the term before it
        PlenumListTail, ///< "plenums of the 18th CC" after English ordinals ("the Third and Fourth …")
        CongressListTail, ///< "19th Party Congresses" after earlier ordinals ("the 18th and …")
        Series ///< every plenum of a term, or since a congress (十八届历次全会): a mention of each
    };
    struct Entry {
        Form form = Form::Literal;
        MentionKind kind = MentionKind::Concept;
        QStringList ids;
        int session = 0;
        int term = 0; ///< list tails: the term they name
    };
    struct PlenumInfo {
        int term = 0;
        int session = 0;
        int year = 0;
    };

    void addPattern(const QString &text, Entry entry);
    void addListPatterns(const QList<Milestone> &milestones);
    [[nodiscard]] bool accepts(QStringView text, const TextMatch &m) const;
    /// The matches kept, by start: longest first, then leftmost, none overlapping, each accepted.
    [[nodiscard]] std::map<int, const TextMatch *> chooseMatches(
        QStringView text, std::vector<TextMatch> &candidates) const;
    /// Names the plenum a bare or list-item match E means (by the list's term or a year nearby) in
    /// MENTION; false when a list item outside a list names nothing.
    [[nodiscard]] bool resolvePlenum(QStringView text, const TextMatch &m, const Entry &e, const QString &lastPlenum,
        int lastPlenumEnd16, Mention &mention) const;
    /// The mentions an English list or a series match stands for, in text order.
    void appendListMentions(QStringView text, const TextMatch &m, QList<Mention> &out) const;
    [[nodiscard]] Mention mentionAt(QStringView text, const TextMatch &m, int start16, int end16) const;

    TextMatcher m_matcher;
    std::vector<Entry> m_entries;
    QHash<QString, PlenumInfo> m_plenums; // cc_plenum milestones by ID
    QHash<QPair<int, int>, QString> m_plenumAt; // (term, session) → cc_plenum ID
    QHash<int, QString> m_congressAt; // term → national_congress ID
    std::int64_t m_journalSeq = 0;
    int m_patternCount = 0;
};

} // namespace plenum::core
