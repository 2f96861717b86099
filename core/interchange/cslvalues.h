#pragma once

// Values shared by the tagged reference formats (RIS, EndNote, RefWorks, NoteExpress) and the
// Zotero import: CSL dates and names from the text those formats hold.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace plenum::core::bib {

/// A CSL date ({"date-parts": [[y, m, d]]}, with "season" or "literal") from TEXT as reference
/// formats write it: "2019", "2019-05-12", "2019/05/12/", "2019/05//Spring", "2019年5月12日",
/// "May 2019". Text holding no year becomes {"literal": TEXT}; empty TEXT an empty object.
QJsonObject cslDate(const QString &text);
/// The parts of DATE joined by SEPARATOR ("2019-05-12", "2019/05"); its literal when it has none.
QString dateText(const QJsonObject &date, QChar separator);
/// The year of DATE, 0 when it has none.
int dateYear(const QJsonObject &date);

/// True for an institutional author (国务院, 民政部, "Ministry of Civil Affairs"): kept literal.
bool isInstitution(const QString &name);
/// A CSL name from one author as written: "Family, Given[, Suffix]" splits at the commas; a
/// Chinese personal name splits after its surname (two characters for compound surnames); an
/// institution, or (when NO_COMMA_LITERAL) any other name without a comma, stays literal.
QJsonObject cslName(const QString &text, bool noCommaLiteral = true);
/// The names in TEXT separated by ";" or "；" (as CNKI writes several authors on one line).
QList<QJsonObject> cslNames(const QString &text, bool noCommaLiteral = true);
/// "Family, Given" (or the literal) of a CSL name, as tagged formats write it.
QString nameText(const QJsonObject &name);

/// Sets "genre" of a thesis ITEM without one to 博士 or 硕士 when any of its values names the
/// degree (CNKI's RefWorks and NoteExpress exports have no degree field of their own).
void inferThesisGenre(QJsonObject &item);

} // namespace plenum::core::bib
