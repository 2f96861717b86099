#pragma once

#include <QString>

namespace plenum::core {

/// MARKDOWN (a note body, an export) made inert for any renderer, pandoc included: raw HTML and
/// `{…}` attribute syntax are backslash-escaped, links and reference definitions whose target is
/// not http, https, mailto or a plain relative path lose their link syntax, and fenced code keeps
/// its text but no `{=html}`-style raw attribute. Inline code shows `<` and `{` as `\<`, `\{`.
QString inertMarkdown(const QString &markdown);

/// True for link targets a reader can follow safely: http(s)://, mailto: or a relative path.
bool safeLinkTarget(const QString &url);

} // namespace plenum::core
