// csljson: parse any bytes, then write what was read and parse that again.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace plenum::core::bib;
    return plenum::fuzz::bibliographyRoundTrip(parseCslJson, writeCslJson, data, size);
}
