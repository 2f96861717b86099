#include "model/vocabulary.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

using namespace plenum;

namespace {

// The values the schema's CHECK (COLUMN IN (...)) allows, in its order.
QStringList schemaValues(const QString &column)
{
    QFile file(QStringLiteral(PLENUM_SOURCE_DIR "/resources/sql/schema.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString schema = QString::fromUtf8(file.readAll());
    const QRegularExpression check(QStringLiteral("CHECK \\(%1 IN \\(([^)]*)\\)\\)").arg(column));
    const auto m = check.match(schema);
    REQUIRE(m.hasMatch());
    QStringList values;
    for (const QString &v : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(v.trimmed().remove(QLatin1Char('\'')));
    return values;
}

} // namespace

TEST_CASE("every stored relation, origin and milestone kind has one enum value and keeps its name", "[vocabulary]")
{
    QStringList relations;
    for (const core::Relation r : core::kAllRelations) {
        relations.append(core::relationName(r));
        CHECK(core::relationFromName(core::relationName(r)) == r);
    }
    CHECK(relations == schemaValues(QStringLiteral("relation")));

    CHECK(schemaValues(QStringLiteral("origin")) == QStringList { "manual", "auto" });
    for (const auto o : { core::LinkOrigin::Manual, core::LinkOrigin::Auto })
        CHECK(core::originFromName(core::originName(o)) == o);

    CHECK(schemaValues(QStringLiteral("kind")) == QStringList { "national_congress", "cc_plenum", "other_event" });
    for (const auto k :
        { core::MilestoneKind::NationalCongress, core::MilestoneKind::CcPlenum, core::MilestoneKind::OtherEvent })
        CHECK(core::milestoneKindFromName(core::milestoneKindName(k)) == k);
}

TEST_CASE("names outside the vocabularies are refused", "[vocabulary]")
{
    CHECK_FALSE(core::relationFromName(u"Mentions").has_value());
    CHECK_FALSE(core::relationFromName(u"").has_value());
    CHECK_FALSE(core::originFromName(u"automatic").has_value());
    CHECK_FALSE(core::milestoneKindFromName(u"plenum").has_value());
}
