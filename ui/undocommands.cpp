#include "ui/undocommands.h"

#include "linking/notelinks.h"
#include "storage/repository.h"

#include <QCoreApplication>

namespace plenum::ui {

namespace {

struct UndoCommands {
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

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
    setText(m_before ? UndoCommands::tr("Edit note “%1”").arg(title) : UndoCommands::tr("New note “%1”").arg(title));
}

void SaveNoteCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot save the note"),
        [this] { core::saveNote(*m_context.repo, m_after); }, m_after.id);
}

void SaveNoteCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the note edit"),
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
    setText(UndoCommands::tr("Delete %1").arg(m_snapshot.item.id));
}

void DeleteItemCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot delete the item"),
        [this] { m_context.repo->deleteItem(m_snapshot.item.id); }, m_snapshot.item.id);
}

void DeleteItemCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot restore the item"),
        [this] { core::restoreItem(*m_context.repo, m_snapshot); }, m_snapshot.item.id);
}

LinkMentionsCommand::LinkMentionsCommand(EditContext context, QString targetId, QList<core::UnlinkedMention> mentions)
    : m_context(std::move(context))
    , m_targetId(std::move(targetId))
    , m_mentions(std::move(mentions))
{
    setText(UndoCommands::tr("Link %n mention(s) of %1", nullptr, static_cast<int>(m_mentions.size())).arg(m_targetId));
}

void LinkMentionsCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot link the mentions"),
        [this] { core::Linker(*m_context.repo).linkMentions(m_mentions); }, m_targetId);
}

void LinkMentionsCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the linking"),
        [this] {
            core::Transaction tx(m_context.repo->database());
            for (const auto &m : m_mentions)
                for (const auto &l : m_context.repo->linksBetween(m.sourceId, m.targetId))
                    if (l.origin == core::LinkOrigin::Auto && l.spanStart == m.start && l.spanEnd == m.end)
                        m_context.repo->removeLink(l.rowId);
            tx.commit();
        },
        m_targetId);
}

RejectLinkCommand::RejectLinkCommand(EditContext context, std::int64_t rowId, QString targetId)
    : m_context(std::move(context))
    , m_rowId(rowId)
    , m_targetId(std::move(targetId))
{
    setText(UndoCommands::tr("Reject an automatic link to %1").arg(m_targetId));
}

void RejectLinkCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot reject the link"), [this] { m_context.repo->rejectLink(m_rowId); },
        m_targetId);
}

void RejectLinkCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the rejection"),
        [this] { m_context.repo->unrejectLink(m_rowId); }, m_targetId);
}

MergeReferencesCommand::MergeReferencesCommand(EditContext context, QString keep, QString duplicate)
    : m_context(std::move(context))
    , m_keep(std::move(keep))
    , m_duplicate(std::move(duplicate))
{
    setText(UndoCommands::tr("Merge %1 into %2").arg(m_duplicate, m_keep));
}

void MergeReferencesCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot merge the references"),
        [this] { m_snapshot = core::mergeReferences(*m_context.repo, m_keep, m_duplicate); }, m_keep);
}

void MergeReferencesCommand::undo()
{
    if (!m_snapshot)
        return;
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the merge"),
        [this] { core::undoMerge(*m_context.repo, *m_snapshot); }, m_keep);
}

} // namespace plenum::ui
