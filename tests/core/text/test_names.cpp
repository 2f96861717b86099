#include "text/personname.h"
#include "text/pinyin.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace plenum::core;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

TEST_CASE("institutions stay one literal name", "[names]")
{
    for (const char *name : { "国务院", "民政部", "中共中央", "国家统计局", "中共中央办公厅", "国家发展和改革委员会",
             "中国社会科学院社会学研究所", "北京大学", "全国人民代表大会常务委员会", "Ministry of Civil Affairs",
             "State Council", "World Bank", "National Bureau of Statistics of China" }) {
        INFO(name);
        CHECK(names::isInstitution(QString::fromUtf8(name)));
        CHECK(compact(names::parse(QString::fromUtf8(name)))
            == QStringLiteral("{\"literal\":\"%1\"}").arg(QString::fromUtf8(name)));
    }
    for (const char *name : { "王小明", "李明", "欧阳修", "司马迁", "John Smith", "Marilyn L. Flynn" }) {
        INFO(name);
        CHECK_FALSE(names::isInstitution(QString::fromUtf8(name)));
    }
}

TEST_CASE("personal names split into family and given, compound surnames kept whole", "[names]")
{
    CHECK(compact(names::parse(QStringLiteral("王小明"))) == QStringLiteral(R"({"family":"王","given":"小明"})"));
    CHECK(compact(names::parse(QStringLiteral("欧阳修"))) == QStringLiteral(R"({"family":"欧阳","given":"修"})"));
    CHECK(compact(names::parse(QStringLiteral("诸葛亮"))) == QStringLiteral(R"({"family":"诸葛","given":"亮"})"));
    CHECK(compact(names::parse(QStringLiteral("上官婉儿"))) == QStringLiteral(R"({"family":"上官","given":"婉儿"})"));
    CHECK(
        compact(names::parse(QStringLiteral("Smith, John"))) == QStringLiteral(R"({"family":"Smith","given":"John"})"));
    CHECK(compact(names::parse(QStringLiteral("Ludwig van Beethoven")))
        == QStringLiteral(R"({"family":"Beethoven","given":"Ludwig","non-dropping-particle":"van"})"));
    CHECK(compact(names::parse(QStringLiteral("King, Jr., Martin Luther")))
        == QStringLiteral(R"({"family":"King","given":"Martin Luther","suffix":"Jr."})"));
}

TEST_CASE("an institution stored split is joined again; a person is left alone", "[names]")
{
    CHECK(compact(names::repaired(QJsonDocument::fromJson(R"({"family":"国","given":"务院"})").object()))
        == QStringLiteral(R"({"literal":"国务院"})"));
    CHECK(compact(names::repaired(QJsonDocument::fromJson(R"({"family":"王","given":"小明"})").object()))
        == QStringLiteral(R"({"family":"王","given":"小明"})"));
}

TEST_CASE("pinyin comes from Unihan for every common character", "[pinyin]")
{
    CHECK(pinyin::of(U'王') == QStringLiteral("wang"));
    CHECK(pinyin::of(U'绿') == QStringLiteral("lv"));
    CHECK(pinyin::of(U'a').isEmpty());
    CHECK(pinyin::romanize(QStringLiteral("网格化管理")) == QStringLiteral("wanggehuaguanli"));
    CHECK(pinyin::romanize(QStringLiteral("国务院 2019")) == QStringLiteral("guowuyuan 2019"));
    // As family names, polyphonic characters take their surname reading.
    CHECK(pinyin::surname(QStringLiteral("曾")) == QStringLiteral("zeng"));
    CHECK(pinyin::surname(QStringLiteral("单")) == QStringLiteral("shan"));
    CHECK(pinyin::surname(QStringLiteral("尉迟")) == QStringLiteral("yuchi"));
    CHECK(pinyin::surname(QStringLiteral("王")) == QStringLiteral("wang"));
    CHECK(pinyin::romanize(QStringLiteral("曾经")).startsWith(QStringLiteral("ceng")));
    // The table is the whole of kMandarin, not a hand-picked list: all of GB 2312's level-1 range reads.
    int missing = 0;
    for (char32_t c = 0x4E00; c <= 0x9FA5; ++c)
        if (pinyin::of(c).isEmpty())
            ++missing;
    CHECK(missing < 2000);
}
