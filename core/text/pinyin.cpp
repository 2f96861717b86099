#include "text/pinyin.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace plenum::core::pinyin {

namespace {

struct Reading {
    char32_t code;
    const char *pinyin;
};

constexpr Reading kReadings[] = {
#include "pinyintable.inc"
};

// Surname readings that differ from Unihan's first kMandarin reading (the Ministry of Public
// Security's name-romanisation practice and 《现代汉语词典》's "姓" senses).
struct SurnameReading {
    const char *name;
    const char *pinyin;
};

constexpr SurnameReading kSurnames[] = {
    { "万俟", "moqi" },
    { "尉迟", "yuchi" },
    { "单于", "chanyu" },
    { "长孙", "zhangsun" },
    { "澹台", "tantai" },
    { "曾", "zeng" },
    { "单", "shan" },
    { "仇", "qiu" },
    { "解", "xie" },
    { "朴", "piao" },
    { "区", "ou" },
    { "查", "zha" },
    { "盖", "ge" },
    { "覃", "qin" },
    { "缪", "miao" },
    { "乐", "yue" },
    { "翟", "zhai" },
    { "秘", "bi" },
    { "召", "shao" },
    { "折", "she" },
    { "繁", "po" },
    { "种", "chong" },
    { "员", "yun" },
    { "隗", "wei" },
    { "句", "gou" },
    { "令狐", "linghu" },
    { "重", "chong" },
    { "柏", "bai" },
    { "薄", "bo" },
    { "沈", "shen" },
    { "任", "ren" },
    { "宁", "ning" },
    { "华", "hua" },
    { "黑", "he" },
    { "阚", "kan" },
    { "尉", "yu" },
    { "藏", "zang" },
    { "应", "ying" },
    { "相", "xiang" },
    { "要", "yao" },
    { "莘", "shen" },
};

} // namespace

QString surname(const QString &family)
{
    const QString name = family.trimmed();
    for (const int length : { 2, 1 })
        for (const SurnameReading &s : kSurnames) {
            const QString key = QString::fromUtf8(s.name);
            if (key.size() == length && name.startsWith(key))
                return QLatin1String(s.pinyin) + romanize(name.mid(length));
        }
    return romanize(name);
}

QString of(char32_t c)
{
    const auto it = std::lower_bound(
        std::begin(kReadings), std::end(kReadings), c, [](const Reading &r, char32_t v) { return r.code < v; });
    if (it == std::end(kReadings) || it->code != c)
        return {};
    return QLatin1String(it->pinyin);
}

QString romanize(const QString &text)
{
    QString out;
    for (const uint u : text.toUcs4()) {
        const auto c = static_cast<char32_t>(u);
        const QString p = of(c);
        out += p.isEmpty() ? QString::fromUcs4(&c, 1) : p;
    }
    return out;
}

} // namespace plenum::core::pinyin
