#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plenum::core {

class Repository;

/// An unused note ID ("note-<n>").
QString newNoteId(Repository &repo);

/// A note as the note list shows it.
struct NoteSummary {
    QString id;
    QString title;
    QString createdAt; ///< ISO 8601, UTC
    QString updatedAt; ///< ISO 8601, UTC
};
/// Every note, most recently changed first (ties by ID).
QList<NoteSummary> noteSummaries(Repository &repo);
/// When note ID was last saved (ISO 8601, UTC); empty when there is no such note.
QString noteUpdatedAt(Repository &repo, const QString &id);

/// One item a user may link after "[[": found by any of its names, listed once.
struct ItemCompletion {
    QString id;
    QString type; ///< "milestone", "concept", "document", "reference", "note", …
    QString nameEn; ///< the English name or title (a note's or reference's title)
    QString nameZh; ///< the Chinese name, empty when it has none
    QStringList aliases; ///< its aliases in either language (neither name repeated)
};
/// Every item a [[link]] can name, each once, ordered by name (case-insensitive).
QList<ItemCompletion> itemCompletions(Repository &repo);

/// One reference a user may cite after "[@": what a researcher recognises it by.
struct CitationCompletion {
    QString key; ///< the citation key
    QString id;
    QString firstAuthor; ///< the first author's family name (or an institution), empty when none
    int authorCount = 0;
    std::optional<int> year;
    QString title;
};
/// Every reference with a citation key, ordered by key.
QList<CitationCompletion> citationCompletions(Repository &repo);
/// A value that changes whenever a reference is added, changed or removed (one cheap query): the
/// citation completions need reading again only when it differs.
QString referencesVersion(Repository &repo);

} // namespace plenum::core
