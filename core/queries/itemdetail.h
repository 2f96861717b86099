#pragma once

#include <QJsonObject>

namespace plenum::core {

class Repository;

/// Everything a page about one item shows, as JSON (keys documented in docs/cli.md under `show`):
/// fields, aliases, sources, links, backlinks, and per type a digest such as a concept's history
/// or a milestone's documents, concepts and statements. The CLI prints it; the GUI renders it.
/// LIMIT (when not negative) caps the backlinks and statements described; `backlinks_total`
/// always gives the full number, so a page stays fast on items with huge numbers of backlinks.
QJsonObject itemDetail(Repository &repo, const QString &id, int limit = -1);

} // namespace plenum::core
