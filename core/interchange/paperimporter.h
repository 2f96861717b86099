#pragma once

#include "interchange/paperparser.h"
#include "model/progress.h"

#include <QJsonObject>

#include <functional>

namespace plenum::core {

class Repository;

/// Runs after the paper's items are written and before the transaction commits, with the IDs of
/// the new statements; for the linking engine. Throwing from it rolls the whole import back.
using StatementHook = std::function<void(Repository &repo, const QStringList &statementIds)>;

struct PaperImportOptions {
    bool dryRun = false; ///< compute everything, write nothing (the preview)
    bool linkMarkers = true; ///< link each paragraph's [n] markers to reference n (relation cites, with the span)
    Progress progress; ///< reports per paragraph and reference; may cancel
    StatementHook afterStatements; ///< not called for a dry run
    /// Runs after afterStatements with the new document's id (to keep its file as an attachment);
    /// not called for a dry run. Throwing from it rolls the whole import back.
    std::function<void(Repository &repo, const QString &documentId)> afterDocument;
};

/// What happens to entry [n] of the reference list.
struct PaperReferenceOutcome {
    int number = 0;
    QString referenceId;
    bool created = false; ///< false when an existing reference was reused
    QString reusedBy; ///< "doi" or "title" when reused
    QString duplicateOfId; ///< set when the entry repeats an earlier one (a duplicate_of link)
};

struct PaperImportResult {
    ParsedPaper paper;
    QString documentId;
    QStringList statementIds; ///< one per paragraph, then one per figure caption, then one per footnote
    QList<PaperReferenceOutcome> references;
    int markerLinks = 0; ///< statement → reference links made for [n] markers
    bool dryRun = false;
};

/// Parses TEXT (read from FILE_NAME) and stores the paper in one transaction: a document (kind
/// paper) with its metadata; one statement (kind quote, locator "§3.2 ¶1") per paragraph and figure
/// caption; a reference per list entry (reusing a stored one with the same DOI, or the same title
/// and year), linked from the document with relation cites and position n; a duplicate_of link
/// for repeated entries. A failure or cancellation writes nothing.
PaperImportResult importPaper(
    Repository &repo, const QString &text, const QString &fileName, const PaperImportOptions &options = {});

/// importPaper() for a paper already parsed (a PDF's text with pages, or metadata only: a paper
/// without paragraphs is stored as its document alone). Footnotes become statements after the
/// figure captions, with locators "p. 3, note 1".
PaperImportResult importParsedPaper(
    Repository &repo, ParsedPaper paper, const QString &fileName, const PaperImportOptions &options = {});

/// The preview or summary as JSON (keys documented in docs/cli.md under `import`).
QJsonObject paperImportJson(const PaperImportResult &result);

} // namespace plenum::core
