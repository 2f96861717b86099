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
/// merge into one undo step.
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

} // namespace plenum::ui
