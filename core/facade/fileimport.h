#pragma once

#include "model/progress.h"

#include <QJsonObject>
#include <QString>

namespace plenum::core {

class Repository;

/// What importing a file did (or, for a dry run, would do).
struct FileImport {
    QJsonObject json; ///< the summary as `plenum-cli import --json` prints it (docs/cli.md)
    QString text; ///< the same for people: the preview or the report
};

/// Imports the paper (Markdown or text from PDF) or bibliography (BibTeX, RIS, CSL-JSON) at
/// PATH. FORMAT is "paper", "bibtex", "ris" or "csljson"; empty guesses from the file name.
/// A paper's new statements are run through the linker. All or nothing: a failure or a cancel
/// through PROGRESS leaves the knowledge base as it was. DRY_RUN writes nothing.
/// A PDF is kept as the new document's attachment: copied into ATTACHMENT_FOLDER (empty:
/// "<kb>.files/") or, with LINK_ATTACHMENT, linked where it is (storage/attachments.h); the
/// summary's "attachment" says which.
FileImport importFile(Repository &repo, const QString &path, QString format, bool dryRun, const Progress &progress = {},
    bool linkAttachment = false, const QString &attachmentFolder = {});

/// The format importFile would use for PATH (whose first bytes are DATA, when read), or empty when
/// neither its name nor its first lines tell.
QString guessImportFormat(const QString &path, const QByteArray &data = {});

} // namespace plenum::core
