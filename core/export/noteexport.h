#pragma once

#include "export/cslstyles.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace plenum::core {

class Repository;

struct NoteExportOptions {
    /// A CSL style id, a path to a .csl file, or the old names gbt7714 / apa (cslstyles.h).
    QString style = QStringLiteral("gbt7714");
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
    QList<QJsonObject> cited; ///< references cited, in order of first citation (for the .bib)
    QString style; ///< the id of the CSL style that rendered the citations
    QStringList warnings; ///< [[links]] that name nothing, and the like
};

/// NOTE_IDS (every note when empty) as one Markdown document. [[…]] links become the item's name;
/// citations ([@a, p. 12; @b], [-@a], @a in running text) and the reference list appended come
/// from the CSL style (or, with pandoc, stay [@key]). A citation key that names no reference
/// throws InvalidData; an unknown style throws NotFound.
ExportedText exportNotes(Repository &repo, const QStringList &noteIds, const NoteExportOptions &options);

/// A report on one milestone or concept: its fields, history, the statements about it (with their
/// documents and locators), its links and backlinks, and its sources.
ExportedText exportDossier(Repository &repo, const QString &id, const NoteExportOptions &options);

/// A citation of some references as the style writes it, with their reference-list entries.
struct FormattedCitation {
    CslStyle style;
    QString citationHtml; ///< citeproc-js's HTML for the in-text citation
    QStringList entriesHtml; ///< the entries, in the style's order
    QStringList entryKeys; ///< the citation key of each entry
};

/// KEYS cited together in STYLE (name or .csl path), LOCATOR ("p. 12") on the first key. Throws
/// NotFound for an unknown key or style.
FormattedCitation formatCitation(
    Repository &repo, const QStringList &keys, const QString &style, const QString &locator = {});

/// The export as a self-contained HTML page (the Markdown read by cmark-gfm: see markdownhtml.h).
QString exportHtml(const ExportedText &text);

/// The export as a file of FORMAT: "md", "html", "docx" or "odt" (the last two written by pandoc
/// from the Markdown). Throws Usage for any other format.
QByteArray exportDocument(const ExportedText &text, const QString &format);

} // namespace plenum::core
