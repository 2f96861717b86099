#pragma once

#include "interchange/bibformats.h"
#include "model/progress.h"

#include <QSet>
#include <QStringList>

namespace plenum::core {

class Repository;

/// An incoming reference that matched one already stored (or earlier in the same file).
struct ReferenceDuplicate {
    QString incoming; ///< its citation key, or its title when it has none
    int line = 0; ///< where it starts in the file
    QString existingId; ///< the reference it matched
    QString matchedBy; ///< "doi" or "citation_key" (the JSON key, kept; the CSL variable is "citation-key")
    QStringList filled; ///< fields the stored reference lacked and took from the incoming one
};

/// A new reference that looks like one stored (or another new one) without proving it: the same
/// DOI where the DOI proves nothing, or the same title, year and a compatible first author
/// (linking/referenceduplicates.h). It is added; the user can merge it afterwards.
struct PossibleDuplicate {
    QString id; ///< the new reference
    QStringList others; ///< the references it looks like
    QString reason; ///< "doi" or "title_year_author"
};

/// What a bibliography import did (or, for a dry run, would do).
struct ReferenceImportResult {
    QStringList added; ///< IDs of new references
    QList<ReferenceDuplicate> duplicates; ///< merged into existing references instead of added
    QList<PossibleDuplicate> possibleDuplicates; ///< added, but looking like a reference already there
    QStringList entryIds; ///< for each entry in order, the reference it became or was merged into
    bool dryRun = false;
};

/// Adds ENTRIES (CSL items) as references in one transaction. An entry is merged into a stored
/// reference only when it is the same work: the same citation key, or the same DOI when that DOI
/// proves it (not a placeholder such as 10.0000/… or 10.1234/…, and not shared by several records
/// of this file). The stored reference keeps its values and takes only variables it lacks; the
/// entry is reported as a duplicate. Missing keys are generated (wang2019grid, then
/// wang2019grida …). With DRY_RUN, or when PROGRESS cancels or anything fails, nothing is written.
ReferenceImportResult importReferences(Repository &repo, const QList<bib::Entry> &entries, const QString &fileName,
    bool dryRun, const Progress &progress = {});

/// The stored fields of references IDS (every reference when empty), in ID order.
QList<QJsonObject> referenceFields(Repository &repo, const QStringList &ids = {});

/// A URL- and ID-safe form of TEXT: lower-case ASCII letters and digits joined by '-'.
QString slugify(const QString &text);

/// A citation key for the CSL item FIELDS in Better BibTeX's default form: first author's family
/// name (pinyin for Chinese), year, first meaningful title word (pinyin of the first two
/// characters for a Chinese title): wang2019grid, smith2020governance. Made unique against the
/// knowledge base and TAKEN by appending a, b, ….
QString generateCitationKey(Repository &repo, const QJsonObject &fields, const QSet<QString> &taken);

/// Whether DOI is a placeholder that proves nothing: 10.0000/…, 10.1234/…, 10.12345/…, 10.5555/…
/// (the DOI Handbook's example prefix), 10.xxxx/….
bool isPlaceholderDoi(const QString &doi);

/// "ref-" + slug of KEY, made unique against the knowledge base and RESERVED (which it joins).
QString newReferenceId(Repository &repo, const QString &key, QSet<QString> &reserved);

/// The stored reference whose DOI equals DOI (case-insensitive); empty when none.
QString referenceByDoi(Repository &repo, const QString &doi);
/// The stored reference with citation key KEY; empty when none.
QString referenceByKey(Repository &repo, const QString &key);

} // namespace plenum::core
