#pragma once

#include "export/citationstyle.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plenum::core {

class Repository;

struct NoteExportOptions {
    CitationStyle style = CitationStyle::GbT7714;
    /// Keep [@key] citations for pandoc and name BIBLIOGRAPHY_FILE in the front matter instead of
    /// resolving them and appending a reference list.
    bool pandoc = false;
    QString bibliographyFile;
};

/// An export as Markdown plus what a caller needs to write the rest (the .bib beside it, HTML).
struct ExportedText {
    QString title;
    QString language; ///< "zh" or "en": the language most of the text is in
    QString markdown;
    QList<QJsonObject> cited; ///< references cited, in reference-list order (for the .bib)
    QStringList warnings; ///< [[links]] that name nothing, and the like
};

/// NOTE_IDS (every note when empty) as one Markdown document. [[…]] links become the item's name;
/// citations become GB/T 7714 numbers or APA author-year and a reference list is appended (or,
/// with pandoc, stay [@key]). A citation key that names no reference throws InvalidData.
ExportedText exportNotes(Repository &repo, const QStringList &noteIds, const NoteExportOptions &options);

/// A report on one milestone or concept: its fields, history, the statements about it (with their
/// documents and locators), its links and backlinks, and its sources.
ExportedText exportDossier(Repository &repo, const QString &id, const NoteExportOptions &options);

/// The export as a self-contained HTML page.
QString exportHtml(const ExportedText &text);

} // namespace plenum::core
