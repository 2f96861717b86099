#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core::bib {

/// The bibliography formats Plenum reads and writes.
enum class Format { BibTeX, Ris, CslJson };

/// One reference read from a file: FIELDS is a CSL item (model/cslitem.h; no "id"), with what
/// CSL has no variable for in "_plenum"."extra"; LINE is where the record starts (for messages).
struct Entry {
    QJsonObject fields;
    int line = 0;
};

/// A record a parser left out, and why.
struct Skipped {
    int line = 0;
    QString reason; // reason names what was wrong
};
/// What a parser read: the good records, and the bad ones it skipped (the rest still imported).
struct ParseResult {
    QList<Entry> entries;
    QList<Skipped> skipped;
};

/// "bibtex", "ris" or "csljson"; empty when unknown.
std::optional<Format> formatFromName(const QString &name);
/// The format a file name suggests (.bib, .ris, .json); empty when none.
std::optional<Format> formatFromPath(const QString &path);
/// The name of FORMAT as the CLI spells it.
QString formatName(Format format);

/// Parses DATA in FORMAT. A bad record is skipped and reported with its line; a file that is
/// not FORMAT at all throws InvalidData naming FILE_NAME, the line and what was expected.
ParseResult parse(Format format, const QByteArray &data, const QString &fileName);
/// Writes REFERENCES (CSL items as stored) in FORMAT.
QByteArray write(Format format, const QList<QJsonObject> &references);

/// BibTeX / BibLaTeX through the mapping table of docs/bibtex-mapping.md: @string macros,
/// # concatenation, crossref and xdata, LaTeX decoded.
ParseResult parseBibtex(const QByteArray &data, const QString &fileName);
/// BibLaTeX that biber reads without data-model errors, LaTeX encoded.
QByteArray writeBibtex(const QList<QJsonObject> &references);
/// CSL-JSON (an array of items); variables CSL 1.0.2 does not define go to "_plenum"."extra".
ParseResult parseCslJson(const QByteArray &data, const QString &fileName);
/// CSL-JSON that validates against the official schema: "id" is the citation key.
QByteArray writeCslJson(const QList<QJsonObject> &references);

/// RIS (ris.cpp, owned by the refformats work) still reads and writes Plenum's pre-CSL reference
/// fields; parse() and write() convert. Throws on the first bad record.
QList<Entry> parseRis(const QByteArray &data, const QString &fileName);
QByteArray writeRis(const QList<QJsonObject> &legacyReferences); // csl::legacyFields() of each

/// A name as BibTeX, RIS or a reference list writes it ("Family, Given", "Given Family",
/// "{Literal}", 王小明, 国务院) as a CSL name object (text/personname.h for the rules).
QJsonObject parseName(const QString &name);

} // namespace plenum::core::bib
