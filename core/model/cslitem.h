#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

/// A stored reference is a CSL-JSON item (CSL 1.0.2, resources/csl/csl-data.json) without "id"
/// (the Plenum ID is the item's ID). Plenum-only data lives under the one extension key
/// "_plenum" (in the item, and in a name object), which exportable() strips. docs/format.md.
namespace plenum::core::csl {

/// The Plenum extension key, valid in an item and in a name object.
inline constexpr char kExtension[] = "_plenum";

/// How the CSL specification types a variable.
enum class VariableKind {
    Standard, ///< a string
    Number, ///< a string or a number ("12", "12-14", 3)
    Date, ///< {"date-parts", "season", "circa", "literal", "raw"}
    Name, ///< an array of name objects
    Other ///< "type", "id", "categories", "custom": typed by the schema itself
};

/// Every CSL 1.0.2 item type ("article-journal", "book", …), in the schema's order.
std::span<const char *const> itemTypes();
/// Whether TYPE is a CSL item type.
bool isItemType(const QString &type);
/// The kind of the CSL variable NAME; empty when NAME is not a CSL 1.0.2 item variable.
std::optional<VariableKind> variableKind(const QString &name);
/// The CSL name variables ("author", "editor", "container-author", …).
QStringList nameVariables();
/// The CSL date variables ("issued", "accessed", …).
QStringList dateVariables();

/// The item's CSL type ("article-journal" when absent).
QString type(const QJsonObject &item);
/// A standard or number variable as text ("" when absent; numbers written as integers).
QString text(const QJsonObject &item, const QString &variable);
/// "title".
QString title(const QJsonObject &item);
/// "container-title".
QString containerTitle(const QJsonObject &item);
/// "citation-key".
QString citationKey(const QJsonObject &item);
/// "DOI".
QString doi(const QJsonObject &item);
/// The names of VARIABLE (default "author"), as stored.
QJsonArray names(const QJsonObject &item, const QString &variable = QStringLiteral("author"));
/// A name as one would write it: the literal, "Given Family" (with particles and suffix), or for
/// a name in Han script "FamilyGiven" without a space.
QString nameText(const QJsonObject &name);
/// The family name, or the literal of an institution: what author-year citations print.
QString familyOrLiteral(const QJsonObject &name);
/// The first year of date VARIABLE (default "issued"); empty when it has no year.
std::optional<int> year(const QJsonObject &item, const QString &variable = QStringLiteral("issued"));
/// A CSL date {"date-parts": [[YEAR, MONTH, DAY]]}; MONTH and DAY left out when 0.
QJsonObject date(int year, int month = 0, int day = 0);
/// The extension object of ITEM ("_plenum"); empty when none.
QJsonObject extension(const QJsonObject &item);
/// Fields an import kept that CSL has no variable for ("_plenum"."extra").
QJsonObject extra(const QJsonObject &item);
/// ITEM with EXTRA as its extension's "extra" (removed when EXTRA is empty).
QJsonObject withExtra(QJsonObject item, const QJsonObject &extra);

/// Throws InvalidData naming the variable when ITEM is not a CSL item Plenum can store: an
/// unknown type or variable, a value of the wrong JSON type, a name without family or literal,
/// a date without parts or literal, or no title.
void validate(const QJsonObject &item);
/// The first problem validate() would report ("" when none): "variable \"issued\": …".
QString problem(const QJsonObject &item);
/// ITEM as an export writes it: the extension removed everywhere, "id" set to ID.
QJsonObject exportable(const QJsonObject &item, const QString &id);

/// TEXT without CSL's rich-text markup (<span class="nocase">, <i>, <b>, <sup>, <sub>, small caps).
QString plainText(QString text);
/// A date as text: "2023-10-13", a range "2019/2020", its literal, "circa 1900".
QString dateText(const QJsonObject &date);

/// ITEM under the reference field names Plenum used before CSL (csl_type, citation_key, authors,
/// container, year, pages, doi, url, …; extra with address, isbn, issn, abstract, keywords,
/// language): what `show --json` kept, and what ris.cpp and the hand-written styles still read.
QJsonObject legacyFields(const QJsonObject &item);

} // namespace plenum::core::csl
