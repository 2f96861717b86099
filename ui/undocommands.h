#pragma once

#include "itemsnapshot.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// What every edit command needs: the repository it changes, where failures go, and whom to
/// tell that an item changed (views reload it).
struct EditContext {
    core::Repository *repo = nullptr;
    std::function<void(const QString &what, const QString &message)> reportError;
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

} // namespace plenum::ui
