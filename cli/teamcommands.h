#pragma once

namespace plenum::cli {

struct Context;

/// plenum-cli team create|join|sync|status|conflicts|resolve|members: a team library on a
/// PostgreSQL server (issue 18, docs/cli.md).
int cmdTeam(Context &ctx);

} // namespace plenum::cli
