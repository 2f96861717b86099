#pragma once

namespace plenum::cli {

struct Context;

/// plenum-cli annotations ID: the highlights and notes on the item's PDF attachments (page, colour,
/// text, comment, origin, the quote statement made from it).
int cmdAnnotations(Context &ctx);

} // namespace plenum::cli
