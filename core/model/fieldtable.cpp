#include "model/fieldtable.h"

namespace plenum::core {

namespace {

using K = FieldKind;

constexpr Field kMilestone[] = {
    { "kind", "kind", K::Text, true },
    { "term", "term", K::Integer, false, true },
    { "session", "session", K::Integer, false, true },
    { "name_en", "name_en", K::Text, true },
    { "name_zh", "name_zh", K::Text, true },
    { "start_date", "start_date", K::Text, true },
    { "end_date", "end_date", K::Text, true },
    { "summary_en", "summary_en", K::Text, false },
    { "summary_zh", "summary_zh", K::Text, false },
};

constexpr Field kConcept[] = {
    { "name_en", "name_en", K::Text, false },
    { "name_zh", "name_zh", K::Text, false },
    { "definition_en", "definition_en", K::Text, false },
    { "definition_zh", "definition_zh", K::Text, false },
};

constexpr Field kDocument[] = {
    { "kind", "kind", K::Text, false },
    { "title_en", "title_en", K::Text, false },
    { "title_zh", "title_zh", K::Text, false },
    { "date", "date", K::Text, false, true },
    { "language", "language", K::Text, false },
    { "authors", "authors", K::JsonArray, false },
    { "affiliation", "affiliation", K::Text, false },
    { "keywords", "keywords", K::JsonArray, false },
    { "abstract", "abstract", K::Text, false },
    { "doi", "doi", K::Text, false },
    { "url", "url", K::Text, false },
    { "summary_en", "summary_en", K::Text, false },
    { "summary_zh", "summary_zh", K::Text, false },
};

// A reference's fields are one CSL item (migration 0006); refs derives its other columns from it.
constexpr Field kReference[] = {
    { "", "csl", K::CslItem, true },
};

constexpr Field kStatement[] = {
    { "text", "text", K::Text, true },
    { "language", "language", K::Text, false },
    { "kind", "kind", K::Text, false },
    { "document", "document_id", K::Text, false, true },
    { "locator", "locator", K::Text, false },
    { "date", "date", K::Text, false, true },
    { "verification.status", "verification_status", K::Text, false, true },
    { "verification.evidence", "verification_evidence", K::Text, false },
    { "verification.source", "verification_source", K::Text, false },
    { "statistic.series", "stat_series", K::Text, false, true },
    { "statistic.value", "stat_value", K::Real, false, true },
    { "statistic.unit", "stat_unit", K::Text, false, true },
    { "statistic.date", "stat_date", K::Text, false, true },
};

constexpr Field kNote[] = {
    { "title", "title", K::Text, false },
    { "body", "body", K::Text, false },
};

} // namespace

const char *tableName(ItemType type)
{
    switch (type) {
    case ItemType::Milestone:
        return "milestones";
    case ItemType::Concept:
        return "concepts";
    case ItemType::Document:
        return "documents";
    case ItemType::Reference:
        return "refs";
    case ItemType::Statement:
        return "statements";
    case ItemType::Note:
        return "notes";
    }
    return "notes";
}

std::span<const Field> fieldsOf(ItemType type)
{
    switch (type) {
    case ItemType::Milestone:
        return kMilestone;
    case ItemType::Concept:
        return kConcept;
    case ItemType::Document:
        return kDocument;
    case ItemType::Reference:
        return kReference;
    case ItemType::Statement:
        return kStatement;
    case ItemType::Note:
        return kNote;
    }
    return kNote;
}

QString typeName(ItemType type)
{
    switch (type) {
    case ItemType::Milestone:
        return QStringLiteral("milestone");
    case ItemType::Concept:
        return QStringLiteral("concept");
    case ItemType::Document:
        return QStringLiteral("document");
    case ItemType::Reference:
        return QStringLiteral("reference");
    case ItemType::Statement:
        return QStringLiteral("statement");
    case ItemType::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString pluralName(ItemType type)
{
    return typeName(type) + QLatin1Char('s');
}

std::optional<ItemType> typeFromName(const QString &name)
{
    for (ItemType t : kAllItemTypes)
        if (typeName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace plenum::core
