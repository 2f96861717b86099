#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace plenum::core::coordination {

/// One ordinal of an English list ("second" in "the second, third and fourth plenary sessions").
struct ListedOrdinal {
    int number = 0;
    int start16 = 0;
    int end16 = 0;
};

/// 3 for "third" or "3rd", 18 for "eighteenth" or "18th" (any case); empty for anything else.
std::optional<int> ordinalValue(QStringView word);

/// The ordinals of an English list that ends at AT16, in text order: "Third and Fourth " before
/// "Plenums of …" (LASTINCLUDED false: the last ordinal stands right before AT16), or "18th and "
/// before "19th Party Congresses" (LASTINCLUDED true: only earlier items, each followed by a
/// connector: "and", ",", ", and", "&", optionally "the"). Empty when no list is there.
QList<ListedOrdinal> ordinalsBefore(QStringView text, int at16, bool lastIncluded);

} // namespace plenum::core::coordination
