#include "model/cslitem.h"
#include "model/error.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace plenum::core;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST_CASE("the CSL tables hold every type and variable of CSL 1.0.2", "[csl]")
{
    CHECK(csl::itemTypes().size() == 45);
    for (const char *t : { "article-journal", "book", "chapter", "thesis", "webpage", "report", "legislation",
             "paper-conference", "legal_case", "post-weblog" })
        CHECK(csl::isItemType(QLatin1String(t)));
    CHECK_FALSE(csl::isItemType(QStringLiteral("journal")));
    CHECK(csl::variableKind(QStringLiteral("container-author")) == csl::VariableKind::Name);
    CHECK(csl::variableKind(QStringLiteral("accessed")) == csl::VariableKind::Date);
    CHECK(csl::variableKind(QStringLiteral("edition")) == csl::VariableKind::Number);
    CHECK(csl::variableKind(QStringLiteral("publisher-place")) == csl::VariableKind::Standard);
    CHECK_FALSE(csl::variableKind(QStringLiteral("journal")));
    CHECK(csl::nameVariables().size() == 26);
    CHECK(csl::dateVariables().size() == 6);
}

TEST_CASE("the accessors read names, years, titles and containers of a CSL item", "[csl]")
{
    const QJsonObject item = json(R"({"type":"chapter","title":"网格化管理","container-title":"社会治理读本",
        "author":[{"family":"王","given":"小明"},{"literal":"国务院"},{"family":"Beethoven","given":"Ludwig",
        "non-dropping-particle":"van","suffix":"Jr."}],"issued":{"date-parts":[["2019",3]]},"volume":12,
        "citation-key":"wang2019wangge","DOI":"10.1/x"})");
    CHECK(csl::type(item) == QStringLiteral("chapter"));
    CHECK(csl::type(QJsonObject()) == QStringLiteral("article-journal"));
    CHECK(csl::title(item) == QStringLiteral("网格化管理"));
    CHECK(csl::containerTitle(item) == QStringLiteral("社会治理读本"));
    CHECK(csl::citationKey(item) == QStringLiteral("wang2019wangge"));
    CHECK(csl::doi(item) == QStringLiteral("10.1/x"));
    CHECK(csl::text(item, QStringLiteral("volume")) == QStringLiteral("12"));
    CHECK(csl::year(item) == 2019);
    CHECK_FALSE(csl::year(item, QStringLiteral("accessed")));
    const QJsonArray names = csl::names(item);
    REQUIRE(names.size() == 3);
    CHECK(csl::nameText(names[0].toObject()) == QStringLiteral("王小明"));
    CHECK(csl::nameText(names[1].toObject()) == QStringLiteral("国务院"));
    CHECK(csl::nameText(names[2].toObject()) == QStringLiteral("Ludwig van Beethoven, Jr."));
    CHECK(csl::familyOrLiteral(names[1].toObject()) == QStringLiteral("国务院"));
    CHECK(
        csl::dateText(json(R"({"date-parts":[[2023,10,13],[2024,3,1]]})")) == QStringLiteral("2023-10-13/2024-03-01"));
}

TEST_CASE("validation names the variable that is wrong", "[csl]")
{
    const auto problem = [](const char *text) { return csl::problem(json(text)); };
    CHECK(problem(R"({"type":"book","title":"T"})").isEmpty());
    CHECK(problem(R"({"title":"T"})").contains(QStringLiteral("variable \"type\"")));
    CHECK(problem(R"({"type":"book"})").contains(QStringLiteral("variable \"title\"")));
    CHECK(problem(R"({"type":"book","title":"T","journal":"J"})")
        == QStringLiteral("variable \"journal\": not a CSL 1.0.2 variable"));
    CHECK(problem(R"({"type":"book","title":"T","author":[{"given":"A"}]})").contains(QStringLiteral("\"author\"")));
    CHECK(problem(R"({"type":"book","title":"T","author":[{"family":"A","middle":"B"}]})")
              .contains(QStringLiteral("unknown part \"middle\"")));
    CHECK(problem(R"({"type":"book","title":"T","issued":{"date-parts":[[2019,1,2,3]]}})")
              .contains(QStringLiteral("variable \"issued\"")));
    CHECK(problem(R"({"type":"book","title":"T","issued":{"season":1}})").contains(QStringLiteral("\"issued\"")));
    CHECK(problem(R"({"type":"book","title":"T","issued":{"literal":"Spring 2019"},"edition":2})").isEmpty());
    CHECK(problem(R"({"type":"book","title":"T","page":["1"]})").contains(QStringLiteral("\"page\"")));
    CHECK(problem(R"({"type":"book","title":"T","_plenum":{"extra":{"x":"y"}}})").isEmpty());
    try {
        csl::validate(json(R"({"type":"book","title":"T","URL":3})"));
        FAIL("a number URL was accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidData);
        CHECK(e.message() == QStringLiteral("Not a valid CSL item: variable \"URL\": expected a string."));
    }
}

TEST_CASE("an export strips the Plenum extension everywhere and sets the id", "[csl]")
{
    const QJsonObject item = json(R"({"type":"book","title":"T","_plenum":{"extra":{"x":"y"}},
        "author":[{"family":"王","given":"小明","_plenum":{"romanized":"Wang Xiaoming"}}]})");
    CHECK(csl::exportable(item, QStringLiteral("wang2019"))
        == json(R"({"id":"wang2019","type":"book","title":"T","author":[{"family":"王","given":"小明"}]})"));
    CHECK(csl::extra(item) == json(R"({"x":"y"})"));
    CHECK(csl::withExtra(item, {}).contains(QStringLiteral("_plenum")) == false);
}
