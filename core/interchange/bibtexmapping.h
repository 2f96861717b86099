#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// BibTeX/BibLaTeX ↔ CSL through one table (docs/bibtex-mapping.md): it drives the reader and
/// the writer, and biber's own data model (generated at build time) decides which BibLaTeX field
/// the writer may use for an entry type, so its output passes `biber --tool --validate-datamodel`.
namespace plenum::core::bib {

/// One BibTeX record: entry type (lower case), key, fields (lower-case names, values as the
/// LaTeX in the file, macros expanded, crossref and xdata already resolved) and its first line.
struct BibRecord {
    QString type;
    QString key;
    QList<QPair<QString, QString>> fields;
    int line = 0;

    /// The value of field NAME ("" when absent).
    [[nodiscard]] QString value(const QString &name) const;
    /// Whether field NAME is present.
    [[nodiscard]] bool has(const QString &name) const;
};

/// The CSL item of RECORD; fields without a CSL variable go to "_plenum"."extra". Throws
/// InvalidData when RECORD has no title.
QJsonObject bibToCsl(const BibRecord &record);
/// The BibLaTeX record for the CSL item ITEM, values LaTeX-encoded; a variable the entry type
/// cannot hold in biber's data model is left out.
BibRecord cslToBib(const QJsonObject &item);

/// Whether biber's data model lets entry type TYPE hold FIELD (dates by their year part).
bool biblatexAllows(const QString &type, const QString &field);

/// LaTeX of a BibTeX value as CSL text: accents composed, ``quotes'' and --/--- typographic,
/// $math$ kept as written; with RICH, braces protecting case become <span class="nocase">.
QString decodeText(const QString &tex, bool rich);
/// The reverse of decodeText(): CSL text (with its rich-text spans) as BibTeX LaTeX.
QString encodeText(const QString &text, bool rich);

} // namespace plenum::core::bib
