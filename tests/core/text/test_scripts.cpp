#include "text/scripts.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace plenum::core;

namespace {

bool assigned(char32_t c)
{
    return QChar::category(c) != QChar::Other_NotAssigned;
}

QString fromCodePoints(std::initializer_list<char32_t> cps)
{
    QString s;
    for (const char32_t c : cps)
        s += QString::fromUcs4(&c, 1);
    return s;
}

} // namespace

TEST_CASE("Han is exactly the Unicode Han script, outside the BMP too", "[scripts]")
{
    for (char32_t c = 0; c <= 0x3FFFF; ++c) {
        if (!assigned(c))
            continue;
        const bool unicodeHan = QChar::script(c) == QChar::Script_Han;
        if (unicodeHan != scripts::isHan(c))
            FAIL("U+" << QString::number(c, 16).toUpper().toStdString() << " isHan=" << scripts::isHan(c));
    }
    CHECK(scripts::isHan(U'中'));
    CHECK(scripts::isHan(U'〇')); // 二〇二三年
    CHECK(scripts::isHan(U'々'));
    CHECK(scripts::isHan(0x3400)); // Extension A
    CHECK(scripts::isHan(0x20000)); // Extension B
    CHECK(scripts::isHan(0x2B740)); // Extension D
    CHECK(scripts::isHan(0x30000)); // Extension G
    CHECK(scripts::isHan(0xF900)); // compatibility ideograph
    CHECK(scripts::isHan(0x2F800)); // compatibility supplement
    CHECK_FALSE(scripts::isHan(U'あ'));
    CHECK_FALSE(scripts::isHan(U'한'));
    CHECK_FALSE(scripts::isHan(U'。'));
    CHECK_FALSE(scripts::isHan(U'a'));
}

TEST_CASE("Ideographs are Han without radicals and signs", "[scripts]")
{
    CHECK(scripts::isHanIdeograph(U'中'));
    CHECK(scripts::isHanIdeograph(0x2A6A5));
    CHECK_FALSE(scripts::isHanIdeograph(0x2F00)); // Kangxi radical one
    CHECK_FALSE(scripts::isHanIdeograph(U'〇'));
    for (char32_t c = 0; c <= 0x3FFFF; ++c)
        if (scripts::isHanIdeograph(c) && !scripts::isHan(c))
            FAIL("ideograph outside Han: U+" << QString::number(c, 16).toStdString());
}

TEST_CASE("CJK in the wide sense holds Han, kana, Hangul and CJK punctuation, not Latin", "[scripts]")
{
    for (char32_t c = 0; c <= 0x3FFFF; ++c)
        if ((scripts::isHan(c) || scripts::isKana(c) || scripts::isHangulSyllable(c) || scripts::isUnspacedLetter(c))
            && !scripts::isCjk(c))
            FAIL("not CJK: U+" << QString::number(c, 16).toStdString());
    for (const char32_t c : { U'。', U'，', U'「', U'ア', U'ㄅ', U'ᄀ', U'！', U'ｱ' })
        CHECK(scripts::isCjk(c));
    for (const char32_t c : { U'a', U'é', U'1', U'.', U'α', U'Ж', U' ' })
        CHECK_FALSE(scripts::isCjk(c));
}

TEST_CASE("Unspaced letters are the characters search cuts into bigrams", "[scripts]")
{
    CHECK(scripts::isUnspacedLetter(U'中'));
    CHECK(scripts::isUnspacedLetter(U'か'));
    CHECK(scripts::isUnspacedLetter(U'カ'));
    CHECK(scripts::isUnspacedLetter(U'한'));
    CHECK(scripts::isUnspacedLetter(0x20000));
    CHECK_FALSE(scripts::isUnspacedLetter(U'。'));
    CHECK_FALSE(scripts::isUnspacedLetter(U'〇'));
    CHECK_FALSE(scripts::isUnspacedLetter(U'Ａ'));
}

TEST_CASE("Latin letters are the Latin script's letters, full-width included", "[scripts]")
{
    for (const char32_t c : { U'a', U'Z', U'é', U'ß', U'Ł', U'ŀ', U'Ａ', U'ｚ' })
        CHECK(scripts::isLatinLetter(c));
    for (const char32_t c : { U'1', U'@', U'[', U'`', U'{', U'α', U'Ж', U'中', U'ア', U'×' })
        CHECK_FALSE(scripts::isLatinLetter(c));
}

TEST_CASE("A character outside the BMP counts once, as its script", "[scripts]")
{
    const QString text = fromCodePoints({ 0x20000, U'a', 0x2A6A5, U'中', U'α', U'1', U'。' });
    const auto counts = scripts::countScripts(text);
    CHECK(counts.han == 3);
    CHECK(counts.latin == 1);
    CHECK(counts.other == 1);
    CHECK(scripts::firstCodePoint(text) == 0x20000);
    CHECK(scripts::lastCodePoint(fromCodePoints({ U'a', 0x2A6A5 })) == 0x2A6A5);
    CHECK(scripts::containsHan(fromCodePoints({ U'x', 0x2A6A5 })));
    CHECK_FALSE(scripts::containsHan(QStringLiteral("Xi Jinping")));
}

TEST_CASE("Empty text and lone surrogates are no script", "[scripts]")
{
    CHECK(scripts::firstCodePoint(QString()) == 0);
    CHECK(scripts::lastCodePoint(QString()) == 0);
    const QString lone(QChar(0xD840));
    CHECK(scripts::firstCodePoint(lone) == 0xD840);
    CHECK(scripts::lastCodePoint(lone) == 0xD840);
    CHECK_FALSE(scripts::containsHan(lone));
    const auto counts = scripts::countScripts(lone + QStringLiteral("中"));
    CHECK(counts.han == 1);
    CHECK(counts.latin + counts.other == 0);
}
