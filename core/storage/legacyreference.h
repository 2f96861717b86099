#pragma once

#include <QJsonObject>

struct sqlite3;

namespace plenum::core {

/// The CSL item for reference fields as Plenum stored them before schema version 6 (and as
/// plenum-kb version 1 files and the paper parser write them): csl_type, citation_key, title,
/// authors, container, year, volume, issue, pages, doi, url, publisher, note, extra. No value
/// is lost: "extra" keys become CSL variables where they map (address → publisher-place,
/// isbn → ISBN, urldate → accessed, …; docs/format.md), the rest stay in "_plenum"."extra".
/// Chinese institutions stored split (国 / 务院) become literal names.
QJsonObject referenceFromLegacy(const QJsonObject &legacy);

/// Registers plenum_reference_csl(json) on DB: referenceFromLegacy() for migration 0006.
void registerLegacyReferenceFunction(sqlite3 *db);

} // namespace plenum::core
