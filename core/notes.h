#pragma once

#include "item.h"

#include <QList>
#include <QString>

namespace plenum::core {

class Repository;

/// A `[[target]]` link or a `[@key]` / `[@key, p. 12]` citation inside a note's Markdown.
struct NoteReference {
    enum class Kind { ItemLink, Citation };
    Kind kind = Kind::ItemLink;
    QString text;      ///< what the note says inside the brackets (alias, ID or citation key)
    QString locator;   ///< for citations: what follows the comma ("p. 12"), trimmed
    qsizetype start = 0;  ///< UTF-16 offsets of the whole bracketed span in the body
    qsizetype end = 0;
    QString targetId;  ///< the item it resolves to; empty when it names nothing known
};

/// Finds every [[…]] link and [@…] citation in BODY, in order (no lookups).
QList<NoteReference> parseNoteReferences(const QString &body);
/// The same, each resolved against the knowledge base (IDs, aliases, names, citation keys).
QList<NoteReference> resolveNoteReferences(Repository &repo, const QString &body);

/// Saves NOTE (creating it when new) and makes its manual `mentions` / `cites` links match the
/// references in its body, in one transaction, so notes appear in backlinks.
void saveNote(Repository &repo, const Item &note);
/// An unused note ID ("note-<n>").
QString newNoteId(Repository &repo);

/// Text a user may type after "[[" or "[@": names, aliases and citation keys with their item.
struct CompletionEntry {
    QString text;
    QString id;
    QString type;
};
/// Everything an item link can name (CITATIONS false) or every citation key (CITATIONS true).
QList<CompletionEntry> completionEntries(Repository &repo, bool citations);

} // namespace plenum::core
