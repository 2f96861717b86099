#pragma once

namespace plenum::cli {

struct Context;

/// plenum-cli link FILE [--doc ID]: the mentions a UTF-8 text file holds.
int cmdLink(Context &ctx);
/// plenum-cli relink [ID]: rebuilds automatic links.
int cmdRelink(Context &ctx);
/// plenum-cli backlinks ID: what links to an item, grouped by source type.
int cmdBacklinks(Context &ctx);
/// plenum-cli mentions ID [--link]: where an item is named without a link.
int cmdMentions(Context &ctx);
/// plenum-cli duplicates: references that are the same work.
int cmdDuplicates(Context &ctx);

} // namespace plenum::cli
