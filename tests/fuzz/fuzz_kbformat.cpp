// The plenum-kb interchange format: parse any bytes, serialize and hash what was read.
#include "fuzzsupport.h"

#include "interchange/kbformat.h"

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::expectingErrors([&] {
        for (const auto &record : core::kb::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.plenum-kb"))) {
            (void)core::kb::serialize(record);
            (void)core::kb::hash(record);
        }
    });
    return 0;
}
