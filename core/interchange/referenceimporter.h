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
    QString matchedBy; ///< "doi" or "citation_key"
    QStringList filled; ///< fields the stored reference lacked and took from the incoming one
};

/// What a bibliography import did (or, for a dry run, would do).
struct ReferenceImportResult {
    QStringList added; ///< IDs of new references
    QList<ReferenceDuplicate> duplicates; ///< merged into existing references instead of added
    bool dryRun = false;
};

/// Adds ENTRIES as references in one transaction. An entry whose DOI (case-insensitive) or
/// citation key is already stored is merged: the stored reference keeps its values and takes only
/// fields it lacks; the entry is reported as a duplicate. Missing keys are generated ("family2017",
/// then "family2017a" …). With DRY_RUN, or when PROGRESS cancels or anything fails, nothing is written.
ReferenceImportResult importReferences(Repository &repo, const QList<bib::Entry> &entries, const QString &fileName,
    bool dryRun, const Progress &progress = {});

/// The stored fields of references IDS (every reference when empty), in ID order.
QList<QJsonObject> referenceFields(Repository &repo, const QStringList &ids = {});

/// A URL- and ID-safe form of TEXT: lower-case ASCII letters and digits joined by '-'.
QString slugify(const QString &text);

/// A citation key "family2017" for FIELDS (first author's family name, or title word, and year),
/// made unique against the knowledge base and TAKEN by appending a, b, ….
QString generateCitationKey(Repository &repo, const QJsonObject &fields, const QSet<QString> &taken);

/// "ref-" + slug of KEY, made unique against the knowledge base and RESERVED (which it joins).
QString newReferenceId(Repository &repo, const QString &key, QSet<QString> &reserved);

/// The stored reference whose DOI equals DOI (case-insensitive); empty when none.
QString referenceByDoi(Repository &repo, const QString &doi);
/// The stored reference with citation key KEY; empty when none.
QString referenceByKey(Repository &repo, const QString &key);

} // namespace plenum::core
