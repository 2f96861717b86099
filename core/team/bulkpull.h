#pragma once

#include "team/pagefetcher.h"
#include "team/syncengine.h"

#include <QStringList>

#include <cstdint>

namespace plenum::core {
class Database;
class Repository;
} // namespace plenum::core

namespace plenum::core::team {

/// The change journal's last position (0 when empty).
std::int64_t journalEnd(Database &db);

/// Whether a pull may take the first-join bulk path (ADR 0024): no pull of this knowledge base
/// has completed yet, no conflict is recorded, and every item it holds came from this library
/// (has a sync_base row). Costs one pass over the items, and runs only before a first pull ends.
bool bulkJoinAllowed(KnowledgeBase &kb, const Settings &s);

/// Applies PAGE (its objects checked by the fetcher) in the caller's transaction without the
/// three-way merge: plain inserts, links once the whole page is there, and
/// sync_base in one pass. Only when none of the page's IDs is an item or has a sync_base row (and
/// none comes twice): otherwise nothing is written and it returns false, for the careful path.
/// What it writes is what the careful path writes for objects new on both sides. When S.pushedSeq
/// was the journal's end before the page, it moves past the page's own journal rows.
bool applyPageInBulk(KnowledgeBase &kb, const PullPage &page, Settings &s);

/// Makes the links skipped because their target had not arrived (sync_base.links_pending) for the
/// items untouched since their pull (no journal row after sync_base.seq), adding only the missing
/// links (those now whole are agreed again: sync_base.seq moves). Returns the IDs of the other
/// pending items, which need the careful comparison; CONVERGED tells whether every untouched one
/// is now whole.
QStringList completeUntouchedLinks(Repository &repo, bool &converged);

} // namespace plenum::core::team
