#include "ui/teamresolvecommand.h"

#include "ui/guard.h"

#include <utility>

namespace plenum::ui {

ResolveConflictCommand::ResolveConflictCommand(
    EditContext context, core::team::Resolution done, const QString &title, std::function<void(const QString &)> notify)
    : m_context(std::move(context))
    , m_done(std::move(done))
    , m_notify(std::move(notify))
{
    setText(tr("Resolve the team library conflict on “%1”").arg(title));
}

void ResolveConflictCommand::tell(const QString &text) const
{
    if (m_notify)
        m_notify(text);
}

// A failure is reported and the step dropped from the stack (obsolete), like every other edit.
void ResolveConflictCommand::redo()
{
    const QString id = m_done.conflict.entityId;
    if (std::exchange(m_first, false))
        return; // resolved by the dialog before the push
    bool back = false;
    if (!guard(*m_context.errors, tr("Cannot redo the choice for %1").arg(id),
            [&] { back = core::team::reresolveConflict(*m_context.repo, m_done); })) {
        setObsolete(true);
        return;
    }
    if (!back)
        tell(tr("The chosen value of %1 is back as a local change; the next sync sends it.").arg(id));
    if (m_context.changed)
        m_context.changed(id);
}

void ResolveConflictCommand::undo()
{
    const QString id = m_done.conflict.entityId;
    bool back = false;
    if (!guard(*m_context.errors, tr("Cannot undo the choice for %1").arg(id),
            [&] { back = core::team::unresolveConflict(*m_context.repo, m_done); })) {
        setObsolete(true);
        return;
    }
    tell(back ? tr("The conflict on %1 is listed again.").arg(id)
              : tr("A sync already took the choice for %1: its previous value is back as a local change, "
                   "which the next sync sends; the conflict is not listed again.")
                    .arg(id));
    if (m_context.changed)
        m_context.changed(id);
}

} // namespace plenum::ui
