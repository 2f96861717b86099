#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plenum::core::bib {

/// The bibliography formats Plenum reads and writes.
enum class Format { BibTeX, Ris, CslJson };

/// One reference read from a file: fields as in docs/format.md (reference record, without ID),
/// unknown fields in "extra", and the line it starts on (for messages).
struct Entry {
    QJsonObject fields;
    int line = 0;
};

/// "bibtex", "ris" or "csljson"; empty when unknown.
std::optional<Format> formatFromName(const QString &name);
/// The format a file name suggests (.bib, .ris, .json); empty when none.
std::optional<Format> formatFromPath(const QString &path);
/// The name of FORMAT as the CLI spells it.
QString formatName(Format format);

/// Parses DATA in FORMAT; throws InvalidData naming FILE_NAME, the line and what was expected.
QList<Entry> parse(Format format, const QByteArray &data, const QString &fileName);
/// Writes REFERENCES (reference fields as stored) in FORMAT.
QByteArray write(Format format, const QList<QJsonObject> &references);

/// BibTeX / BibLaTeX: @string macros, # concatenation, month macros, LaTeX accents, @comment.
QList<Entry> parseBibtex(const QByteArray &data, const QString &fileName);
QByteArray writeBibtex(const QList<QJsonObject> &references);
/// RIS (TY … ER); tags Plenum does not model are kept in extra as "ris_XX".
QList<Entry> parseRis(const QByteArray &data, const QString &fileName);
QByteArray writeRis(const QList<QJsonObject> &references);
/// CSL-JSON (an array of items); unknown variables are kept in extra under their own name.
QList<Entry> parseCslJson(const QByteArray &data, const QString &fileName);
QByteArray writeCslJson(const QList<QJsonObject> &references);

/// Splits "Family, Given" / "Given Family" / "{Literal}" into a CSL name object. Chinese names
/// without a comma split after the surname (one character, or two for compound surnames).
QJsonObject parseName(const QString &name);

} // namespace plenum::core::bib
