#include "ui/undocommands.h"

#include "linking/notelinks.h"
#include "queries/itemedits.h"
#include "storage/collections.h"
#include "storage/repository.h"
#include "ui/guard.h"
#include "ui/labels.h"

#include <QCoreApplication>

namespace plenum::ui {

namespace {

struct UndoCommands {
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

// Runs a repository change; a failure is reported and marks the command obsolete so the stack
// does not offer to undo something that never happened. Views hear of the change only after it
// happened, so a view that cannot refresh never turns a done edit into an obsolete one.
template <typename F>
void attempt(QUndoCommand &command, const EditContext &context, const QString &what, F &&change, const QString &id)
{
    Q_ASSERT(context.errors);
    if (!guard(*context.errors, what, std::forward<F>(change))) {
        command.setObsolete(true);
        return;
    }
    if (context.changed)
        guard(*context.errors, UndoCommands::tr("Cannot show the change to %1").arg(id), [&] { context.changed(id); });
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
    m_sealed = m_applied; // redone after an undo: typing from here on is a step of its own
    m_applied = true;
    attempt(
        *this, m_context, UndoCommands::tr("Cannot save the note"),
        [this] { core::saveNote(*m_context.repo, m_after); }, m_after.id);
}

void SaveNoteCommand::undo()
{
    m_sealed = true;
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
    // One burst of typing is one step: same note, new edit within a few seconds of the last. The
    // creation stays a step of its own, so Undo takes back the typing, not the whole note.
    if (!m_before || m_sealed || next->m_after.id != m_after.id || m_lastEdit.msecsTo(next->m_lastEdit) > 4000)
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
        [this] { core::Linker(*m_context.repo).unlinkMentions(m_mentions); }, m_targetId);
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

namespace {

// An item's title for an undo text, cut short; its ID when it has none.
QString titleOf(core::Repository &repo, const QString &id)
{
    const QString title = repo.title(id);
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}

} // namespace

QString shortTitle(const core::Item &item)
{
    for (const char *key : { "name_zh", "name_en", "title_zh", "title_en", "title", "text" }) {
        const QString text = item.text(QLatin1String(key)).simplified();
        if (!text.isEmpty())
            return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    }
    return item.id;
}

SaveItemCommand::SaveItemCommand(EditContext context, std::optional<core::Item> before, QStringList tagsBefore,
    core::Item after, QStringList tagsAfter)
    : m_context(std::move(context))
    , m_before(std::move(before))
    , m_tagsBefore(std::move(tagsBefore))
    , m_after(std::move(after))
    , m_tagsAfter(std::move(tagsAfter))
{
    setText(m_before
            ? UndoCommands::tr("Edit “%1”").arg(shortTitle(m_after))
            : UndoCommands::tr("New %1 “%2”").arg(typeLabel(core::typeName(m_after.type)), shortTitle(m_after)));
}

void SaveItemCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot save %1").arg(shortTitle(m_after)),
        [this] { core::saveItem(*m_context.repo, m_after, m_tagsAfter); }, m_after.id);
}

void SaveItemCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the edit of %1").arg(shortTitle(m_after)),
        [this] {
            if (m_before)
                core::saveItem(*m_context.repo, *m_before, m_tagsBefore);
            else
                m_context.repo->deleteItem(m_after.id);
        },
        m_after.id);
}

CreateItemCommand::CreateItemCommand(EditContext context, core::ItemSnapshot snapshot)
    : m_context(std::move(context))
    , m_snapshot(std::move(snapshot))
{
    setText(UndoCommands::tr("New %1 “%2”")
                .arg(typeLabel(core::typeName(m_snapshot.item.type)), shortTitle(m_snapshot.item)));
}

void CreateItemCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot create %1").arg(shortTitle(m_snapshot.item)),
        [this] {
            core::validateItem(*m_context.repo, m_snapshot.item);
            core::restoreItem(*m_context.repo, m_snapshot);
        },
        m_snapshot.item.id);
}

void CreateItemCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the creation of %1").arg(shortTitle(m_snapshot.item)),
        [this] { m_context.repo->deleteItem(m_snapshot.item.id); }, m_snapshot.item.id);
}

AddLinkCommand::AddLinkCommand(EditContext context, core::Link link)
    : m_context(std::move(context))
    , m_link(std::move(link))
{
    setText(UndoCommands::tr("Link “%1” to “%2”")
                .arg(titleOf(*m_context.repo, m_link.sourceId), titleOf(*m_context.repo, m_link.targetId)));
}

void AddLinkCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot add the link"),
        [this] { m_link.rowId = core::addManualLink(*m_context.repo, m_link); }, m_link.sourceId);
}

void AddLinkCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot undo the link"),
        [this] { m_context.repo->removeLink(m_link.rowId); }, m_link.sourceId);
}

RemoveLinkCommand::RemoveLinkCommand(EditContext context, core::Link link)
    : m_context(std::move(context))
    , m_link(std::move(link))
{
    setText(UndoCommands::tr("Remove the link from “%1” to “%2”")
                .arg(titleOf(*m_context.repo, m_link.sourceId), titleOf(*m_context.repo, m_link.targetId)));
}

void RemoveLinkCommand::redo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot remove the link"),
        [this] { m_context.repo->removeLink(m_link.rowId); }, m_link.sourceId);
}

void RemoveLinkCommand::undo()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot put the link back"),
        [this] { m_link.rowId = m_context.repo->addLink(m_link); }, m_link.sourceId);
}

CollectionMembershipCommand::CollectionMembershipCommand(
    EditContext context, std::int64_t collection, QString collectionName, QString itemId, bool add)
    : m_context(std::move(context))
    , m_collection(collection)
    , m_itemId(std::move(itemId))
    , m_add(add)
{
    const QString title = titleOf(*m_context.repo, m_itemId);
    setText(add ? UndoCommands::tr("Add “%1” to “%2”").arg(title, collectionName)
                : UndoCommands::tr("Take “%1” out of “%2”").arg(title, collectionName));
}

void CollectionMembershipCommand::apply(bool add)
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot change the collection"),
        [&] {
            if (add)
                core::addToCollection(*m_context.repo, m_collection, m_itemId);
            else
                core::removeFromCollection(*m_context.repo, m_collection, m_itemId);
        },
        m_itemId);
}

void CollectionMembershipCommand::redo()
{
    apply(m_add);
}

void CollectionMembershipCommand::undo()
{
    apply(!m_add);
}

CollectionCommand::CollectionCommand(EditContext context, QString name)
    : m_context(std::move(context))
    , m_name(std::move(name).simplified())
    , m_create(true)
{
    setText(UndoCommands::tr("New collection “%1”").arg(m_name));
}

CollectionCommand::CollectionCommand(EditContext context, std::int64_t id, QString name)
    : m_context(std::move(context))
    , m_id(id)
    , m_name(std::move(name))
    , m_create(false)
{
    setText(UndoCommands::tr("Delete collection “%1”").arg(m_name));
}

void CollectionCommand::make()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot make the collection “%1”").arg(m_name),
        [this] {
            if (m_id == 0)
                m_id = core::createCollection(*m_context.repo, m_name).id;
            else
                core::restoreCollection(*m_context.repo, { m_id, m_name, 0 }, m_items);
        },
        m_name);
}

void CollectionCommand::remove()
{
    attempt(
        *this, m_context, UndoCommands::tr("Cannot delete the collection “%1”").arg(m_name),
        [this] {
            m_items = core::collectionItems(*m_context.repo, m_id);
            core::deleteCollection(*m_context.repo, m_id);
        },
        m_name);
}

void CollectionCommand::redo()
{
    m_create ? make() : remove();
}

void CollectionCommand::undo()
{
    m_create ? remove() : make();
}

} // namespace plenum::ui
