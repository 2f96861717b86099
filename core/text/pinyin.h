#pragma once

#include <QString>

/// Mandarin readings of Han characters, from Unihan's kMandarin (generated at build time).
namespace plenum::core::pinyin {

/// The toneless pinyin of C ("wang" for 王, "lv" for 绿); empty when Unihan gives none.
QString of(char32_t c);
/// TEXT with each Han character replaced by its toneless pinyin (joined without spaces) and
/// everything else kept: "王小明" → "wangxiaoming".
QString romanize(const QString &text);
/// The pinyin of a Chinese family name: characters read differently as surnames (曾 zeng, 单 shan,
/// 仇 qiu, 解 xie, 朴 piao, 区 ou, 查 zha, …) and compound surnames (尉迟 yuchi, 万俟 moqi) take their
/// surname reading; any other character its Unihan reading, as romanize() gives.
QString surname(const QString &family);

} // namespace plenum::core::pinyin
