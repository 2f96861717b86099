#pragma once

#include "model/vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plenum::core {

enum class ItemType { Milestone, Concept, Document, Reference, Statement, Note };

/// Every item type, in the order exports and counts list them.
inline constexpr ItemType kAllItemTypes[] = { ItemType::Milestone, ItemType::Concept, ItemType::Document,
    ItemType::Reference, ItemType::Statement, ItemType::Note };

/// "milestone", "concept", … as stored in entities.type and the interchange format.
QString typeName(ItemType type);
/// "milestones", "concepts", … as used for counts.
QString pluralName(ItemType type);
/// Parses a type name; empty when unknown.
std::optional<ItemType> typeFromName(const QString &name);

struct Alias {
    QString text;
    QString language; ///< "en" or "zh"
    bool operator==(const Alias &) const = default;
};

/// A typed link between two items.
struct Link {
    std::int64_t rowId = 0;
    QString sourceId;
    QString targetId;
    Relation relation = Relation::Related;
    LinkOrigin origin = LinkOrigin::Manual;
    QString note;
    std::optional<int> position;
    std::optional<int> spanStart;
    std::optional<int> spanEnd;
    QString matched;
    bool rejected = false;
};

/// Any item: its type-specific fields as JSON (keys as in docs/format.md), sources and aliases.
struct Item {
    ItemType type = ItemType::Note;
    QString id;
    QJsonObject fields;
    QStringList sources;
    QList<Alias> aliases;

    /// A field as text ("" when absent).
    [[nodiscard]] QString text(const QString &key) const { return fields.value(key).toString(); }
};

/// A milestone in typed form, for the navigator, timeline and CLI listings.
struct Milestone {
    QString id;
    MilestoneKind kind = MilestoneKind::OtherEvent;
    int term = 0;
    int session = 0;
    QString nameEn;
    QString nameZh;
    QString startDate; ///< "" when no source gives the dates
    QString endDate;
    QString summaryEn;
    QString summaryZh;
    QString verificationStatus; ///< how well the dates are attested ("verified", "unverified", …); "" if not stated
    QString verificationEvidence;

    /// Whether the milestone has dates (a milestone no source dates has none, rather than a guess).
    [[nodiscard]] bool isDated() const noexcept { return !startDate.isEmpty(); }
};

/// Item counts keyed as the CLI reports them.
struct Counts {
    qint64 milestones = 0;
    qint64 documents = 0;
    qint64 statements = 0;
    qint64 references = 0;
    qint64 concepts = 0;
    qint64 notes = 0;
    qint64 links = 0;
};

} // namespace plenum::core
