// The search tokenizer in both modes, key folding and the stemmer.
#include "fuzzsupport.h"

#include "text/searchtext.h"

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::text(data, size);
    (void)core::search::tokens(text, core::search::TokenizeMode::Document);
    (void)core::search::tokens(text, core::search::TokenizeMode::Query);
    (void)core::search::foldKey(text);
    const std::string raw(reinterpret_cast<const char *>(data), size);
    core::search::tokenize(
        raw, core::search::TokenizeMode::Document, [](void *, bool, const char *, int, int, int) { return 0; },
        nullptr);
    (void)core::search::stem(raw.substr(0, 64));
    return 0;
}
