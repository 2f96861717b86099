#pragma once

#include "linking/linker.h"
#include "linking/referenceduplicates.h"
#include "storage/itemsnapshot.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;

/// What every edit command needs: the repository it changes, where failures go, and whom to
/// tell that an item changed (views reload it).
struct EditContext {
    core::Repository *repo = nullptr;
    ErrorReporter *errors = nullptr;
    std::function<void(const QString &id)> changed;
};

/// Saves a note's title and body (and the links its body makes). Typing bursts on one note
/// merge into one undo step; a note's creation, and a step once undone, merge with nothing.
class SaveNoteCommand final : public QUndoCommand {
public:
    /// BEFORE is the note as stored (nullopt when the note is new).
    SaveNoteCommand(EditContext context, std::optional<core::Item> before, core::Item after);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    EditContext m_context;
    std::optional<core::Item> m_before;
    core::Item m_after;
    QDateTime m_lastEdit;
    bool m_applied = false;
    bool m_sealed = false; // undone or redone once: never merges again
};

/// Deletes an item with its links; undo brings both back.
class DeleteItemCommand final : public QUndoCommand {
public:
    DeleteItemCommand(EditContext context, core::ItemSnapshot snapshot);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    core::ItemSnapshot m_snapshot;
};

/// Links unlinked mentions (automatic links with their spans); undo removes those links.
class LinkMentionsCommand final : public QUndoCommand {
public:
    LinkMentionsCommand(EditContext context, QString targetId, QList<core::UnlinkedMention> mentions);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    QString m_targetId;
    QList<core::UnlinkedMention> m_mentions;
};

/// Rejects an automatic link so re-linking never brings it back; undo accepts it again.
class RejectLinkCommand final : public QUndoCommand {
public:
    /// Rejects link ROW_ID, which points at TARGET_ID (the item views refresh).
    RejectLinkCommand(EditContext context, std::int64_t rowId, QString targetId);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    std::int64_t m_rowId;
    QString m_targetId;
};

/// Merges a duplicate reference into the one kept, moving every link and citation; undo splits them again.
class MergeReferencesCommand final : public QUndoCommand {
public:
    MergeReferencesCommand(EditContext context, QString keep, QString duplicate);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    QString m_keep;
    QString m_duplicate;
    std::optional<core::MergeSnapshot> m_snapshot;
};

/// Creates or edits any item with its tags: one undo step. Undo of a creation deletes the item.
class SaveItemCommand final : public QUndoCommand {
public:
    /// BEFORE is the item as stored with its tags (nullopt when the item is new).
    SaveItemCommand(EditContext context, std::optional<core::Item> before, QStringList tagsBefore, core::Item after,
        QStringList tagsAfter);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    std::optional<core::Item> m_before;
    QStringList m_tagsBefore;
    core::Item m_after;
    QStringList m_tagsAfter;
};

/// Creates an item with its links and tags (a statement made from selected text); undo deletes it.
class CreateItemCommand final : public QUndoCommand {
public:
    CreateItemCommand(EditContext context, core::ItemSnapshot snapshot);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    core::ItemSnapshot m_snapshot;
};

/// Adds a link made by hand; undo removes it.
class AddLinkCommand final : public QUndoCommand {
public:
    AddLinkCommand(EditContext context, core::Link link);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    core::Link m_link;
};

/// Removes a link (manual or automatic); undo puts it back as it was.
class RemoveLinkCommand final : public QUndoCommand {
public:
    RemoveLinkCommand(EditContext context, core::Link link);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    core::Link m_link;
};

/// Puts an item into a collection or takes it out; undo does the opposite.
class CollectionMembershipCommand final : public QUndoCommand {
public:
    CollectionMembershipCommand(
        EditContext context, std::int64_t collection, QString collectionName, QString itemId, bool add);
    void redo() override;
    void undo() override;

private:
    void apply(bool add);

    EditContext m_context;
    std::int64_t m_collection;
    QString m_itemId;
    bool m_add;
};

/// Makes a collection or deletes one; undo does the opposite. A deleted collection comes back
/// under its old number with its items in their order, so later steps on the stack find it.
class CollectionCommand final : public QUndoCommand {
public:
    /// Makes the collection NAME.
    CollectionCommand(EditContext context, QString name);
    /// Deletes collection ID, called NAME.
    CollectionCommand(EditContext context, std::int64_t id, QString name);
    void redo() override;
    void undo() override;
    /// The collection's number (known once it was made).
    [[nodiscard]] std::int64_t collectionId() const { return m_id; }

private:
    void make();
    void remove();

    EditContext m_context;
    std::int64_t m_id = 0;
    QString m_name;
    QStringList m_items;
    bool m_create;
};

/// A short name for ITEM in undo texts and questions: its title or text, cut to 40 characters.
QString shortTitle(const core::Item &item);

} // namespace plenum::ui
