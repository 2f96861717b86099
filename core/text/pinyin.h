#pragma once

#include <QString>

/// Mandarin readings of Han characters, from Unihan's kMandarin (generated at build time).
namespace plenum::core::pinyin {

/// The toneless pinyin of C ("wang" for 王, "lv" for 绿); empty when Unihan gives none.
QString of(char32_t c);
/// TEXT with each Han character replaced by its toneless pinyin (joined without spaces) and
/// everything else kept: "王小明" → "wangxiaoming".
QString romanize(const QString &text);

} // namespace plenum::core::pinyin
