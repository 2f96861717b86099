// The bundled knowledge base a new user sees: real, linked, bilingual and sourced.
#include "interchange/kbimporter.h"
#include "queries/itemdetail.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSet>

using namespace plenum;
using core::ItemType;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<core::KnowledgeBase> kb = test::createKb(dir.path("kb.db"));
    core::Repository &repo = kb->repository();
};

bool hasLink(const QList<core::Link> &links, ItemType targetType, core::Repository &repo, const QStringList &relations)
{
    return std::any_of(links.begin(), links.end(), [&](const core::Link &l) {
        return relations.contains(core::relationName(l.relation)) && repo.typeOf(l.targetId) == targetType;
    });
}

} // namespace

TEST_CASE("the bundled knowledge base meets the promised counts", "[content]")
{
    Fixture f;
    const auto c = f.repo.counts();
    CHECK(c.milestones == 79);
    CHECK(c.concepts >= 40);
    CHECK(c.statements >= 120);
    CHECK(c.documents >= 37);
    CHECK(c.references == 9);
    CHECK(c.notes >= 4);
}

TEST_CASE("every bundled record names its sources", "[content]")
{
    Fixture f;
    for (const auto &record : core::kb::bundledRecords()) {
        INFO(record.item.id.toStdString());
        CHECK_FALSE(record.item.sources.isEmpty());
    }
}

TEST_CASE("every concept is bilingual, aliased in both languages and placed among other concepts", "[content]")
{
    Fixture f;
    for (const QString &id : f.repo.itemIds(ItemType::Concept)) {
        INFO(id.toStdString());
        const auto item = f.repo.item(id);
        CHECK_FALSE(item.text("name_en").isEmpty());
        CHECK_FALSE(item.text("name_zh").isEmpty());
        CHECK_FALSE(item.text("definition_en").isEmpty());
        CHECK_FALSE(item.text("definition_zh").isEmpty());
        QSet<QString> languages;
        for (const auto &a : item.aliases)
            languages.insert(a.language);
        CHECK(languages.size() == 2);
        CHECK(hasLink(f.repo.outgoingLinks(id), ItemType::Concept, f.repo, { "broader", "narrower", "related" }));
    }
}

TEST_CASE("every milestone has a summary in both languages and a document", "[content]")
{
    Fixture f;
    for (const auto &m : f.repo.milestones()) {
        INFO(m.id.toStdString());
        CHECK_FALSE(m.summaryEn.isEmpty());
        CHECK_FALSE(m.summaryZh.isEmpty());
        const auto detail = core::itemDetail(f.repo, m.id);
        CHECK_FALSE(detail.value("documents").toArray().isEmpty());
    }
}

TEST_CASE("every statement has provenance and is linked to a concept", "[content]")
{
    Fixture f;
    for (const QString &id : f.repo.itemIds(ItemType::Statement)) {
        INFO(id.toStdString());
        const auto item = f.repo.item(id);
        CHECK_FALSE(item.text("kind").isEmpty());
        CHECK(hasLink(f.repo.outgoingLinks(id), ItemType::Concept, f.repo, { "mentions", "about" }));
        if (item.text("kind") == QLatin1String("statistic")) {
            CHECK(item.fields.value("statistic").toObject().contains("value"));
            CHECK(item.fields.value("statistic").toObject().contains("series"));
        } else {
            CHECK(item.fields.contains("document"));
        }
    }
}

TEST_CASE("the sample paper's claims carry their checks", "[content]")
{
    Fixture f;
    QMap<QString, int> statuses;
    for (const QString &id : f.repo.itemIds(ItemType::Statement)) {
        const auto item = f.repo.item(id);
        if (item.text("document") == QLatin1String("doc-li-2020"))
            ++statuses[item.fields.value("verification").toObject().value("status").toString()];
    }
    CHECK(statuses.value("verified") >= 3);
    CHECK(statuses.value("partly_inconsistent") >= 1);
    CHECK(statuses.value("unverified") >= 1);
    // [7] carries the corrected issue; [9] repeats [8].
    CHECK(f.repo.item("ref-li2020-7").text("issue") == QStringLiteral("5"));
    const auto dup = f.repo.outgoingLinks("ref-li2020-9");
    CHECK(std::any_of(dup.begin(), dup.end(),
        [](const core::Link &l) { return l.relation == core::Relation::DuplicateOf && l.targetId == "ref-li2020-8"; }));
}

TEST_CASE("show social-governance gives both languages, first appearance and related concepts", "[content]")
{
    Fixture f;
    const auto d = core::itemDetail(f.repo, "social-governance");
    QSet<QString> languages;
    for (const auto &a : d.value("aliases").toArray())
        languages.insert(a.toObject().value("lang").toString());
    CHECK(languages == QSet<QString> { "en", "zh" });
    CHECK(d.value("first_appearance").toObject().value("milestone").toString() == QStringLiteral("cc18-3"));
    CHECK_FALSE(d.value("related").toArray().isEmpty());
    CHECK(d.value("history").toArray().size() >= 3);
}

TEST_CASE("an item page can cap its backlinks and still tell how many there are", "[content]")
{
    Fixture f;
    const auto all = core::itemDetail(f.repo, "cc18-3");
    const auto capped = core::itemDetail(f.repo, "cc18-3", 5);
    CHECK(all.value("backlinks").toArray().size() == all.value("backlinks_total").toInteger());
    CHECK(capped.value("backlinks").toArray().size() == 5);
    CHECK(capped.value("backlinks_total").toInteger() == all.value("backlinks_total").toInteger());
    CHECK(capped.value("statements").toArray().size() <= 5);
}

TEST_CASE("the Third Plenum of the 11th CC shows its documents, concepts and statements", "[content]")
{
    Fixture f;
    const auto d = core::itemDetail(f.repo, "cc11-3");
    QStringList documents, concepts;
    for (const auto &v : d.value("documents").toArray())
        documents.append(v.toObject().value("id").toString());
    for (const auto &v : d.value("concepts").toArray())
        concepts.append(v.toObject().value("id").toString());
    CHECK(documents.contains(QStringLiteral("doc-cc11-3-1")));
    CHECK(concepts.contains(QStringLiteral("reform-and-opening-up")));
    CHECK(concepts.contains(QStringLiteral("emancipating-the-mind")));
    CHECK(d.value("statements").toArray().size() >= 3);
}

TEST_CASE("the concept history lanes reach back into the reform era", "[content]")
{
    Fixture f;
    // At least 15 concepts first appear before the 16th Congress, each with a dated history.
    int reformEra = 0;
    for (const QString &id : f.repo.itemIds(ItemType::Concept)) {
        const auto d = core::itemDetail(f.repo, id);
        const QString first = d.value("first_appearance").toObject().value("date").toString();
        if (!first.isEmpty() && first < QLatin1String("2002-11-08"))
            ++reformEra;
    }
    CHECK(reformEra >= 15);
    const auto earliest = core::itemDetail(f.repo, "socialist-legal-system").value("history").toArray();
    REQUIRE_FALSE(earliest.isEmpty());
    CHECK(earliest.first().toObject().value("date").toString() == QStringLiteral("1977-08-12"));
    // 依法治国 (1997) and 依法执政 are separate concepts; the 1997 strategy keeps its own name.
    CHECK(f.repo.resolve(QStringLiteral("依法治国")) == QStringLiteral("law-based-state-governance"));
    CHECK(core::itemDetail(f.repo, "law-based-state-governance").value("first_appearance").toObject().value("milestone")
        == QStringLiteral("nc15"));
}
