// Note export: any note body through the Markdown neutraliser, the HTML renderer and the link
// scanner (issue 12: nested '>', runs of '[' and '[@@@' once aborted or took minutes).
#include "fuzzsupport.h"

#include "export/inertmarkdown.h"
#include "export/markdownhtml.h"
#include "linking/notelinks.h"

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString body = fuzz::text(data, size);
    const QString inert = core::inertMarkdown(body);
    (void)core::markdownToHtml(inert);
    (void)core::markdownToHtml(body);
    (void)core::scanNote(body);
    if (core::inertMarkdown(inert) != inert)
        __builtin_trap(); // inert text stays as it is: a second pass finds nothing left to neutralise
    return 0;
}
