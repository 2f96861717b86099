#pragma once

#include "team/teamsync.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace plenum::core {
class Repository;
}

namespace plenum::core::team {

/// One row of sync_conflicts as stored, to put back when a resolution is undone.
struct StoredConflict {
    QString entityId, field, kind;
    QVariant base, local, remote; ///< the stored values (JSON arrays as text; NULL when absent)
    QString merged;
    qint64 remoteVersion = 0;
    QVariant remoteData;
};

/// What resolving one conflict changed: enough to take it back and to do it again.
struct Resolution {
    StoredConflict conflict;
    std::optional<QJsonObject> before, after; ///< the item before and after; nullopt: absent
    /// The item's sync_base row and whether a push in flight holds it, when it was resolved:
    /// a sync that pushed or pulled the item changes it.
    QString syncMark;
};

/// Resolves the conflict on FIELD of ENTITY_ID (Choice as TeamSync::resolve) in one transaction
/// of REPO's knowledge base; the next sync pushes the chosen value. Throws NotFound when there is
/// no such conflict (nothing changes), Usage for a merged value of a deleted item.
Resolution resolveConflict(
    Repository &repo, const QString &entityId, const QString &field, Choice choice, const QString &merged = {});

/// Takes RESOLUTION back, in one transaction. When no sync has pushed or pulled the item since,
/// the conflict is listed again (base, mine, theirs as before) and the item is as it was: returns
/// true. Otherwise the server may already hold the resolution: the item's previous value becomes
/// a new local edit, which the next sync pushes (or finds in conflict), and no conflict is
/// re-created: returns false.
bool unresolveConflict(Repository &repo, const Resolution &resolution);

/// Does RESOLUTION again after unresolveConflict(): resolves the conflict that came back (true),
/// or, when it did not come back, makes the item the resolved value again as a local edit (false).
bool reresolveConflict(Repository &repo, const Resolution &resolution);

} // namespace plenum::core::team
