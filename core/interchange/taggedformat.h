#pragma once

// One engine for the line-tagged reference formats (RIS, EndNote, RefWorks, NoteExpress): a
// format is its line syntax plus two tables (types, tags ↔ CSL variables) that drive both
// reading and writing, so a mapping is written once (docs/ris-mapping.md, docs/import-formats.md).
#include "interchange/bibformats.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <utility>

namespace plenum::core::bib::tagged {

/// How a tag's value becomes CSL and back.
enum class Kind {
    Text, ///< a string variable; a second, different value goes to the note
    Names, ///< a name variable; several names may share one line, separated by ";"
    Date, ///< a full date (written only when it has more than a year, if the table has a Year tag)
    Year, ///< the same date variable, written as its year only
    PageStart, ///< "page" from a start page and …
    PageEnd, ///< … an end page
    Keywords, ///< "keyword", one per line or separated by ";", "；" or ","
    Note, ///< appended to the variable, one line per value
    Serial ///< ISSN when it looks like one (1234-567X), else ISBN
};

/// One tag ↔ CSL variable rule. TYPES limits the rule to those CSL types (comma-separated; "" for
/// every type); the first rule matching a tag (reading) or a variable (writing) wins.
struct TagRule {
    const char *tag;
    const char *variable;
    Kind kind = Kind::Text;
    const char *types = "";
    bool readOnly = false; ///< a second spelling, read but never written
};

/// A format's record type ↔ CSL type. The first rule for a CSL type is the one written.
struct TypeRule {
    const char *name;
    const char *csl;
};

/// The line syntax of a tagged format.
struct Syntax {
    const char *formatName; ///< "RIS", for messages
    /// The tag and value of LINE, or nothing when LINE is not a tag line (a continued value).
    std::optional<std::pair<QString, QString>> (*split)(const QString &line);
    QString typeTag; ///< the tag that starts a record and names its type
    QString endTag; ///< the tag that ends a record; empty: a blank line or the next type tag
    QString writeLine; ///< "%1  - %2": how a tag line is written
    QString listSeparator; ///< names and keywords on one line joined by this; empty: one per line
    QChar dateSeparator = QLatin1Char('/'); ///< between the parts of a written date
    const char *defaultName = "GEN"; ///< the record type written for a CSL type the table lacks
    const char *defaultCsl = "article-journal"; ///< the CSL type of an unknown record type
};

struct Format {
    Syntax syntax;
    std::span<const TypeRule> types;
    std::span<const TagRule> tags;
};

/// The tables of each tagged format (docs/ris-mapping.md, docs/import-formats.md).
const Format &risFormat();
const Format &endNoteFormat();
const Format &refWorksFormat();
const Format &noteExpressFormat();

/// Reads every record of TEXT: a record without its type tag, lines outside records, and a
/// record the file ends inside (when the format has an end tag) are skipped with their line.
ParseResult parse(const Format &format, const QString &text, const QString &fileName);
/// Reads DATA (any encoding textdecode knows) as FORMAT.
ParseResult parse(const Format &format, const QByteArray &data, const QString &fileName);
/// Writes ITEMS (CSL items) in FORMAT.
QByteArray write(const Format &format, const QList<QJsonObject> &items);

} // namespace plenum::core::bib::tagged
