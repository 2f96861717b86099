// csljson: parse any bytes, then write what was read and parse that again.
#include "fuzzsupport.h"

#include "bibformats.h"

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::expectingErrors([&] {
        const auto entries = core::bib::parseCslJson(fuzz::bytes(data, size), QStringLiteral("fuzz"));
        QList<QJsonObject> references;
        for (const auto &e : entries)
            references.append(e.fields);
        (void)core::bib::parseCslJson(core::bib::writeCslJson(references), QStringLiteral("fuzz-roundtrip"));
    });
    return 0;
}
