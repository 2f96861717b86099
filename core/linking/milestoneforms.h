#pragma once

#include "model/vocabulary.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace plenum::core::milestoneforms {

/// Every surface form writers use for a National Congress (MilestoneKind::NationalCongress,
/// session 0) or a Central Committee plenum (CcPlenum) of TERM: English ordinals as digits and words
/// ("Third Plenary Session of the 18th CPC Central Committee", "the 18th Central Committee's
/// third plenum", "3rd Plenum of the 18th CC", "the CCP's 19th Congress") and Chinese
/// ("十八届三中全会", "中国共产党第十八届中央委员会第三次全体会议", "党的十九大").
QStringList forms(MilestoneKind kind, int term, int session);

/// The shared tail of an English list of plenums of TERM, without the ordinals before it:
/// "plenums of the 18th central committee" (in "the Third and Fourth Plenums of …").
QStringList plenumListTails(int term);

/// The last item and shared tail of an English list of congresses: "19th party congresses",
/// "17th national congresses of the cpc" (in "the 18th and 19th Party Congresses").
QStringList congressListTails(int term);

/// Every plenum of TERM as one phrase: "十八届历次全会", "all plenums of the 18th CC".
QStringList termSeriesForms(int term);

/// Every plenum since the congress of TERM: "党的十八大以来历次全会", "all plenums since the 18th Party Congress".
QStringList sinceCongressSeriesForms(int term);

/// Chinese "十八届三中" without 全会: only a milestone when a list follows (十八届三中、四中全会).
QString enumerationHead(int term, int session);

/// "四中": a plenum inside a list (十八届三中、四中、五中全会), only a mention right after another plenum.
QString listItem(int session);

/// A plenum named without its term: "三中全会", "Third Plenum", "3rd plenary session".
QStringList bareForms(int session);

/// False when the text just before or after the match [start16, end16) shows that it names a
/// meeting of another body (NPC, CPPCC, the Youth League, another country's party), that its
/// numeral is part of a larger one (二十九大), or that 十八大 counts things (十八大类).
bool contextAllows(QStringView text, int start16, int end16);

/// True when "of" follows position AT16 ("… Congresses of the CPSU").
bool ofFollows(QStringView text, int at16);

/// True when a list connector (、 和 及 与 , and) follows position AT16 (for 十八届三中、四中全会).
bool connectorFollows(QStringView text, int at16);

/// True when only a list connector stands between FROM16 and TO16.
bool onlyConnectorBetween(QStringView text, int from16, int to16);

/// True when a bare plenum at [start16, end16) is qualified by what follows ("… of the 13th NPC")
/// or precedes it ("十三届三中全会" with a term not in the knowledge base): not a mention to report.
bool bareIsQualified(QStringView text, int start16, int end16);

/// A year (1921–2099) written within the same sentence close before or after [start16, end16).
std::optional<int> yearInReach(QStringView text, int start16, int end16);

} // namespace plenum::core::milestoneforms
