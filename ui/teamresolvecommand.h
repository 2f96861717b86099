#pragma once

#include "team/resolve.h"
#include "ui/undocommands.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace plenum::ui {

/// Resolving a team library conflict (Keep Mine, Take Theirs, Use Merged) as one undo step. The
/// conflicts dialog resolves first, so a refusal shows in its own error line, and pushes the
/// done resolution: the first redo() does nothing. Undo lists the conflict again with the item as
/// it was; after a sync that pushed or pulled the item it makes the previous value a new local
/// edit instead and says so through NOTIFY (docs/team.md, "Undoing a choice"). Redo chooses again.
class ResolveConflictCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ResolveConflictCommand)
public:
    /// DONE is what core::team::resolveConflict() returned; TITLE names the item for the undo text.
    ResolveConflictCommand(EditContext context, core::team::Resolution done, const QString &title,
        std::function<void(const QString &)> notify = {});
    void redo() override;
    void undo() override;

private:
    void tell(const QString &text) const;

    EditContext m_context;
    core::team::Resolution m_done;
    std::function<void(const QString &)> m_notify;
    bool m_first = true;
};

} // namespace plenum::ui
