#include "undocommands.h"

#include "notelinks.h"
#include "repository.h"

#include <QCoreApplication>

namespace plenum::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("UndoCommands", text); }

// Runs a repository change; a failure is reported and marks the command obsolete so the stack
// does not offer to undo something that never happened.
template <typename F>
void attempt(QUndoCommand &command, const EditContext &context, const QString &what, F &&change, const QString &id)
{
    try {
        change();
        if (context.changed)
            context.changed(id);
    } catch (const core::Error &e) {
        command.setObsolete(true);
        if (context.reportError)
            context.reportError(what, e.message());
    }
}

} // namespace

SaveNoteCommand::SaveNoteCommand(EditContext context, std::optional<core::Item> before, core::Item after)
    : m_context(std::move(context))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_lastEdit(QDateTime::currentDateTimeUtc())
{
    const QString title = m_after.text(QStringLiteral("title"));
    setText(m_before ? tr("Edit note “%1”").arg(title) : tr("New note “%1”").arg(title));
}

void SaveNoteCommand::redo()
{
    attempt(*this, m_context, tr("Cannot save the note"), [this] { core::saveNote(*m_context.repo, m_after); }, m_after.id);
}

void SaveNoteCommand::undo()
{
    attempt(
        *this, m_context, tr("Cannot undo the note edit"),
        [this] {
            if (m_before)
                core::saveNote(*m_context.repo, *m_before);
            else
                m_context.repo->deleteItem(m_after.id);
        },
        m_after.id);
}

bool SaveNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SaveNoteCommand *>(other);
    // One burst of typing is one step: same note, new edit within a few seconds of the last.
    if (next->m_after.id != m_after.id || m_lastEdit.msecsTo(next->m_lastEdit) > 4000)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    return true;
}

DeleteItemCommand::DeleteItemCommand(EditContext context, core::ItemSnapshot snapshot)
    : m_context(std::move(context))
    , m_snapshot(std::move(snapshot))
{
    setText(tr("Delete %1").arg(m_snapshot.item.id));
}

void DeleteItemCommand::redo()
{
    attempt(*this, m_context, tr("Cannot delete the item"), [this] { m_context.repo->deleteItem(m_snapshot.item.id); }, m_snapshot.item.id);
}

void DeleteItemCommand::undo()
{
    attempt(*this, m_context, tr("Cannot restore the item"), [this] { core::restoreItem(*m_context.repo, m_snapshot); }, m_snapshot.item.id);
}

} // namespace plenum::ui
