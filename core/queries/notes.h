#pragma once

#include <QList>
#include <QString>

namespace plenum::core {

class Repository;

/// An unused note ID ("note-<n>").
QString newNoteId(Repository &repo);

/// A note as the note list shows it.
struct NoteSummary {
    QString id;
    QString title;
    QString updatedAt; ///< ISO 8601, UTC
};
/// Every note, most recently changed first (ties by ID).
QList<NoteSummary> noteSummaries(Repository &repo);

/// Text a user may type after "[[" or "[@": names, aliases and citation keys with their item.
struct CompletionEntry {
    QString text;
    QString id;
    QString type;
};
/// Everything an item link can name (CITATIONS false) or every citation key (CITATIONS true).
QList<CompletionEntry> completionEntries(Repository &repo, bool citations);

} // namespace plenum::core
