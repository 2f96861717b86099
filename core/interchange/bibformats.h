#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core::bib {

/// The bibliography formats Plenum reads and writes.
enum class Format { BibTeX, Ris, CslJson, EndNote, RefWorks, NoteExpress };

/// One reference read from a file: fields as in docs/format.md (reference record, without ID),
/// unknown fields in "extra", and the line it starts on (for messages).
struct Entry {
    QJsonObject fields;
    int line = 0;
};

struct Skipped {
    int line = 0;
    QString reason;
};
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

/// Parses DATA in FORMAT: the records read and those skipped, each with its line and reason.
ParseResult parse(Format format, const QByteArray &data, const QString &fileName);
/// Writes REFERENCES (reference fields as stored) in FORMAT.
QByteArray write(Format format, const QList<QJsonObject> &references);

/// BibTeX / BibLaTeX: @string macros, # concatenation, month macros, LaTeX accents, @comment.
QList<Entry> parseBibtex(const QByteArray &data, const QString &fileName);
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
/// CSL-JSON (an array of items); unknown variables are kept in extra under their own name.
QList<Entry> parseCslJson(const QByteArray &data, const QString &fileName);
QByteArray writeCslJson(const QList<QJsonObject> &references);

/// Splits "Family, Given" / "Given Family" / "{Literal}" into a CSL name object. Chinese names
/// without a comma split after the surname (one character, or two for compound surnames).
QJsonObject parseName(const QString &name);

} // namespace plenum::core::bib
