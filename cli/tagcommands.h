#pragma once

namespace plenum::cli {

struct Context;

/// plenum-cli tag ID [TAG…] [--remove TAG…] · tag --list: an item's tags, or every tag.
int cmdTag(Context &ctx);
/// plenum-cli collections [show|create|delete|add|remove NAME [ID…]]: the user's collections.
int cmdCollections(Context &ctx);

} // namespace plenum::cli
