#pragma once

#include "linking/aliasregistry.h"
#include "model/item.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>

namespace plenum::core {

class Repository;

/// References that are the same work.
struct DuplicateGroup {
    QStringList ids; ///< sorted; the first is the one a merge keeps by default
    QString reason; ///< "doi" or "title_year_author"
    QString key; ///< the normalized DOI, or the normalized title and year
};

/// Everything undoMerge() needs to put a merged reference back as it was.
struct MergeSnapshot {
    QString keptId;
    Item removed; ///< the duplicate, with fields, sources and aliases
    QString importHash; ///< its entities.import_hash ("" for user items)
    QList<Link> links; ///< its links to and from other items, as they were
    QList<std::int64_t> moved; ///< row ids of those links now attached to keptId
};

/// A DOI without resolver prefix, lower case ("https://doi.org/10.1/X" → "10.1/x").
QString normalizeDoi(const QString &doi);
/// Name tokens of a CSL author ({"family","given"} or {"literal"}): family names of Chinese
/// authors in pinyin (李 → "li"), accents and hyphens removed.
QStringList authorTokens(const QJsonValue &author);

/// Groups of references with the same DOI, or the same normalized title and year and a
/// compatible first author. Each reference appears in at most one group.
QList<DuplicateGroup> findDuplicateReferences(Repository &repo);

/// Merges DUPLICATE into KEEP: every link to or from it (citations with their positions
/// included) moves to KEEP, then DUPLICATE is deleted, in one transaction. Returns the snapshot undoMerge() takes.
MergeSnapshot mergeReferences(Repository &repo, const QString &keep, const QString &duplicate);
/// Restores the merged reference and moves its links back.
void undoMerge(Repository &repo, const MergeSnapshot &snapshot);

/// Matches the entries of a reference list written as text ([n] → entry text) to stored
/// references by title words and year, each stored reference used at most once.
ReferenceList matchReferenceEntries(Repository &repo, const QMap<int, QString> &entries);

} // namespace plenum::core
