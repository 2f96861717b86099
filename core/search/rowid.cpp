#include "search/rowid.h"

#include <algorithm>
#include <iterator>

namespace plenum::core::search::rowid {

namespace {

constexpr ItemType kTypeByCode[] = { ItemType::Note, ItemType::Milestone, ItemType::Concept, ItemType::Document,
    ItemType::Reference, ItemType::Note, ItemType::Statement };
static_assert(kTypeByCode[kStatementCode] == ItemType::Statement);
static_assert(std::size(kTypeByCode) - 1 <= std::size_t(kType.max()));

} // namespace

int typeCode(ItemType t)
{
    for (int code = 1; code < int(std::size(kTypeByCode)); ++code)
        if (kTypeByCode[code] == t)
            return code;
    return 0;
}

ItemType typeOfCode(int code)
{
    return code > 0 && code < int(std::size(kTypeByCode)) ? kTypeByCode[code] : ItemType::Note;
}

std::int64_t pack(ItemType type, int term, int year, int lang, std::int64_t serial)
{
    const int yearCode = year > 1900 && year <= 1900 + kYear.max() ? year - 1900 : 0;
    return kType.at(typeCode(type)) | kTerm.at(std::clamp<std::int64_t>(term, 0, kTerm.max())) | kYear.at(yearCode)
        | kLang.at(lang) | kSerial.at(serial);
}

QByteArray sql(const Field &f, const char *column)
{
    return "((" + QByteArray(column) + " >> " + QByteArray::number(f.shift) + ") & " + QByteArray::number(f.max())
        + ")";
}

QByteArray sqlFrom(const Field &f, const char *column)
{
    return "(" + QByteArray(column) + " >> " + QByteArray::number(f.shift) + ")";
}

} // namespace plenum::core::search::rowid
