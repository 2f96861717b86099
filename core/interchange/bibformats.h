#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core::bib {

/// The bibliography formats Plenum reads and writes.
enum class Format { BibTeX, Ris, CslJson, EndNote, RefWorks, NoteExpress };

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

/// "bibtex", "ris", "csljson", "endnote", "refworks" or "noteexpress"; empty when unknown.
std::optional<Format> formatFromName(const QString &name);
/// The format a file name suggests (.bib, .ris, .json, .enw, .net / .ne for NoteExpress); empty when none.
std::optional<Format> formatFromPath(const QString &path);
/// The format DATA's first lines show ("TY  - ", "%0 ", "RT ", "{Reference Type}:", "@article{",
/// "[{"); empty when none. Used for .txt exports, whose name says nothing.
std::optional<Format> formatFromContent(const QByteArray &data);
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
/// RIS (TY … ER) ↔ CSL items through the table of docs/ris-mapping.md; tags it lacks go to the
/// note as "XX: value"; a record without TY or ER is skipped with its line.
ParseResult parseRis(const QByteArray &data, const QString &fileName);
QByteArray writeRis(const QList<QJsonObject> &references);
/// EndNote tagged (%0 %A %T …), RefWorks tagged (RT A1 T1 …) and NoteExpress ({Reference Type}: …),
/// as CNKI and other Chinese databases export them (docs/import-formats.md).
ParseResult parseEndNote(const QByteArray &data, const QString &fileName);
QByteArray writeEndNote(const QList<QJsonObject> &references);
ParseResult parseRefWorks(const QByteArray &data, const QString &fileName);
QByteArray writeRefWorks(const QList<QJsonObject> &references);
ParseResult parseNoteExpress(const QByteArray &data, const QString &fileName);
QByteArray writeNoteExpress(const QList<QJsonObject> &references);
/// CSL-JSON (an array of items); variables CSL 1.0.2 does not define go to "_plenum"."extra".
ParseResult parseCslJson(const QByteArray &data, const QString &fileName);
/// CSL-JSON that validates against the official schema: "id" is the citation key.
QByteArray writeCslJson(const QList<QJsonObject> &references);

/// A name as BibTeX, RIS or a reference list writes it ("Family, Given", "Given Family",
/// "{Literal}", 王小明, 国务院) as a CSL name object (text/personname.h for the rules).
QJsonObject parseName(const QString &name);

} // namespace plenum::core::bib
