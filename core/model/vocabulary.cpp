#include "model/vocabulary.h"

#include <iterator>

namespace plenum::core {

namespace {

// Indexed by the enum's value.
constexpr const char *kRelationNames[] = { "mentions", "cites", "defines", "supports", "contradicts", "related",
    "broader", "narrower", "first_appears_in", "reshaped_by", "adopted_at", "about", "duplicate_of" };
constexpr const char *kOriginNames[] = { "manual", "auto" };
constexpr const char *kMilestoneKindNames[] = { "national_congress", "cc_plenum", "other_event" };

static_assert(std::size(kRelationNames) == std::size(kAllRelations));

template <typename Enum, std::size_t N> std::optional<Enum> fromName(const char *const (&names)[N], QStringView name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

QString relationName(Relation relation)
{
    return QLatin1String(kRelationNames[static_cast<int>(relation)]);
}

std::optional<Relation> relationFromName(QStringView name)
{
    return fromName<Relation>(kRelationNames, name);
}

QString originName(LinkOrigin origin)
{
    return QLatin1String(kOriginNames[static_cast<int>(origin)]);
}

std::optional<LinkOrigin> originFromName(QStringView name)
{
    return fromName<LinkOrigin>(kOriginNames, name);
}

QString milestoneKindName(MilestoneKind kind)
{
    return QLatin1String(kMilestoneKindNames[static_cast<int>(kind)]);
}

std::optional<MilestoneKind> milestoneKindFromName(QStringView name)
{
    return fromName<MilestoneKind>(kMilestoneKindNames, name);
}

} // namespace plenum::core
