#pragma once

namespace plenum::cli {

struct Context;

/// `styles`: the installed CSL styles (id, title, path; user styles marked).
int cmdStyles(Context &ctx);
/// `cite KEY… [--style NAME|FILE.csl] [--locator "p. 12"]`: the in-text citation and the
/// reference-list entries, formatted by the style.
int cmdCite(Context &ctx);

} // namespace plenum::cli
