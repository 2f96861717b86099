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

} // namespace

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
