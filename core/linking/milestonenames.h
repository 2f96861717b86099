#pragma once

#include "model/vocabulary.h"

#include <QString>

namespace plenum::core {

/// 1 → 一, 18 → 十八, 20 → 二十 (for term and session numbers up to 99).
QString chineseNumeral(int n);
/// 1 → "1st", 2 → "2nd", 18 → "18th".
QString englishOrdinal(int n);
/// 1 → "First", … 9 → "Ninth"; beyond nine the digit ordinal.
QString englishOrdinalWord(int n);

/// 1 → "first", 18 → "eighteenth", 21 → "twenty-first" (lower case, up to 99).
QString englishOrdinalWordLower(int n);

/// Short names as writers use them: "十八届三中全会", "中共十八大".
QString shortNameZh(MilestoneKind kind, int term, int session);
/// "Third Plenum of the 18th CC", "18th National Congress".
QString shortNameEn(MilestoneKind kind, int term, int session);

} // namespace plenum::core
