#pragma once

#include "linking/aliasregistry.h"
#include "model/item.h"
#include "model/progress.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace plenum::core {

class Repository;

/// One link into an item, with what a reader needs to judge it.
struct Backlink {
    Link link;
    ItemType sourceType = ItemType::Note;
    QString sourceTitle;
    QString context; ///< the sentence around the mention ("" when the link has no span)
};

/// Backlinks from sources of one type (documents, statements, notes, …).
struct BacklinkGroup {
    ItemType sourceType = ItemType::Note;
    QList<Backlink> links;
};

/// A place where an item's name appears in a statement, note or document with no link for it.
struct UnlinkedMention {
    QString sourceId;
    ItemType sourceType = ItemType::Note;
    QString targetId;
    Relation relation = Relation::Mentions; ///< the link linkMentions() would make: Mentions or Cites
    int start = 0; ///< code points in linkableText(sourceId)
    int end = 0;
    QString matched;
    int position = 0; ///< citations: the entry number
    QString context;
    bool operator==(const UnlinkedMention &) const = default;
};

/// What linkAll() did.
struct LinkSummary {
    int items = 0; ///< statements, notes and documents read
    int links = 0; ///< automatic links they hold now
};

/// The text of an item that mentions are found in, as spans count it: a statement's text, a
/// note's body, or a document's titles, abstract and summaries (one per line). Empty for other types.
QString linkableText(Repository &repo, const QString &id);

/// The sentence of TEXT around code points [start, end), trimmed to 300 characters. Sentences end
/// where BOUNDS (TEXT when empty; else a copy of the same length) has a sentence end: a note's body
/// with its [[…]] and [@…] brackets blanked, so "p. 12" inside a citation ends nothing.
QString sentenceAround(QStringView text, int start, int end, QStringView bounds = {});

/// The sentence a link's span sits in within its source; without a span, a statement's text or a note's body.
QString linkContext(Repository &repo, const Link &link);

/// Turns recognized mentions into lasting links: auto links (relation `mentions`, or `cites`
/// for citation markers) with the matched span, replaced on every re-link, except that a link
/// the user rejected is never made again for the same target and matched text.
/// Keeps its alias registry current with the knowledge base (rebuilt when the `changes` journal
/// shows a milestone, concept, reference or alias changed). Works on its repository's
/// connection: use one Linker per thread and connection.
class Linker {
public:
    explicit Linker(Repository &repo);

    /// The registry, rebuilt first if the knowledge base changed since it was built.
    const AliasRegistry &registry();

    /// The reference list citation markers in ID's text resolve against: a document's `cites`
    /// links by position, a statement's document's; empty for anything else.
    [[nodiscard]] ReferenceList referenceList(const QString &id);

    /// Recognizes ID's text and replaces its automatic links; returns how many it now has.
    int linkItem(const QString &id);
    /// Links every statement, note and document in one transaction, calling PROGRESS per item;
    /// Error(Cancelled) if it says stop (nothing is then changed).
    LinkSummary linkAll(const Progress &progress = {});
    /// Marks an automatic link rejected: it stays, hidden, so re-linking never brings it back.
    void rejectLink(std::int64_t rowId);

    /// Links into ID (rejected ones left out), grouped by source type in the order of kAllItemTypes.
    [[nodiscard]] QList<BacklinkGroup> backlinks(const QString &id);
    /// Where ID's names appear in statements, notes and documents without a link (nor a rejected one).
    [[nodiscard]] QList<UnlinkedMention> unlinkedMentions(const QString &id);
    /// Links the given mentions (automatic links with their spans); returns how many were added.
    int linkMentions(const QList<UnlinkedMention> &mentions);
    /// Takes back linkMentions(MENTIONS): removes the automatic links with exactly those spans, in
    /// one transaction; other links between the same items stay. Returns how many were removed.
    int unlinkMentions(const QList<UnlinkedMention> &mentions);

private:
    [[nodiscard]] QList<Mention> mentionsIn(const QString &id, const QString &text);
    int insertLinks(const QString &sourceId, const QList<Mention> &mentions);

    Repository &m_repo;
    AliasRegistry m_registry;
    bool m_built = false;
    bool m_pinned = false; // linkAll(): the registry is current for the whole run (links change no names)
};

} // namespace plenum::core
