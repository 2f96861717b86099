#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace plenum::core {

// The closed vocabularies the schema checks (resources/sql/schema.sql): code compares enums, and
// the stored strings, which the database, the interchange format and `--json` output carry, are
// written here and nowhere else.

/// links.relation.
enum class Relation {
    Mentions,
    Cites,
    Defines,
    Supports,
    Contradicts,
    Related,
    Broader,
    Narrower,
    FirstAppearsIn,
    ReshapedBy,
    AdoptedAt,
    About,
    DuplicateOf
};

/// Every relation, in the schema's order.
inline constexpr Relation kAllRelations[] = { Relation::Mentions, Relation::Cites, Relation::Defines,
    Relation::Supports, Relation::Contradicts, Relation::Related, Relation::Broader, Relation::Narrower,
    Relation::FirstAppearsIn, Relation::ReshapedBy, Relation::AdoptedAt, Relation::About, Relation::DuplicateOf };

/// "mentions", "cites", "first_appears_in", … as stored.
QString relationName(Relation relation);
/// Parses a stored relation name; empty when unknown.
std::optional<Relation> relationFromName(QStringView name);

/// links.origin: made by hand (or imported) or by the linker, which replaces its own on re-link.
enum class LinkOrigin { Manual, Auto };

/// "manual" or "auto".
QString originName(LinkOrigin origin);
/// Parses a stored origin; empty when unknown.
std::optional<LinkOrigin> originFromName(QStringView name);

/// milestones.kind.
enum class MilestoneKind { NationalCongress, CcPlenum, OtherEvent };

/// "national_congress", "cc_plenum" or "other_event".
QString milestoneKindName(MilestoneKind kind);
/// Parses a stored milestone kind; empty when unknown.
std::optional<MilestoneKind> milestoneKindFromName(QStringView name);

} // namespace plenum::core
