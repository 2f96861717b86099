#pragma once

#include <QJsonObject>
#include <QString>

/// Names of authors as CSL name objects: institutions stay one literal name, personal names split.
namespace plenum::core::names {

/// Whether NAME, written as one name, names an institution (国务院, 民政部, 中共中央, "Ministry of
/// Civil Affairs", "World Bank") rather than a person.
bool isInstitution(const QString &name);
/// A CSL name for NAME written without any format's syntax: an institution is a literal; a Chinese
/// personal name splits after its surname (one character, or two for a compound surname such as
/// 欧阳); "Family, Given [, Suffix]" and "Given [particles] Family" split as written.
QJsonObject parse(const QString &name);
/// NAME with a Chinese institution that was split into family and given (国 / 务院) joined again
/// as a literal; any other name as it is.
QJsonObject repaired(const QJsonObject &name);

} // namespace plenum::core::names
