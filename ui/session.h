#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace plenum::core {
class KnowledgeBase;
class Repository;
} // namespace plenum::core

namespace plenum::ui {

class BackupScheduler;
class ErrorReporter;
struct EditContext;

/// One open knowledge base as the window works with it: the file, its undo stack, whether it can
/// be written, and when it is backed up. The window makes a new session for every file it opens,
/// so undo never reaches across files.
class Session final : public QObject {
    Q_OBJECT
public:
    /// Takes KB; edits and backups that fail are reported to ERRORS.
    Session(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter &errors, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] core::KnowledgeBase &knowledgeBase() const { return *m_kb; }
    [[nodiscard]] core::Repository &repository() const;
    /// The knowledge base file.
    [[nodiscard]] QString path() const;
    /// True when the file (or its folder) cannot be written: views read, edits are refused.
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    /// What an edit command needs: the repository, the reporter, and whom to tell (itemChanged).
    [[nodiscard]] EditContext editContext();
    /// Runs COMMAND and keeps it for undo (a failed one reports and is dropped).
    void push(QUndoCommand *command);

    /// Starts the backup schedule (BackupScheduler: a check now, then every 30 minutes, on a
    /// worker thread) and the watch for other programs' writes.
    void start();
    /// Looks now whether another program (plenum-cli, the sqlite3 tool) wrote the file; the watch
    /// also looks every second.
    void checkForOutsideChanges();
    /// The automatic backups of this knowledge base.
    [[nodiscard]] BackupScheduler *backupScheduler() const { return m_backups; }

signals:
    /// An edit, its undo or its redo changed item ID (it may now be gone).
    void itemChanged(const QString &id);
    /// Something in the knowledge base changed: an edit, its undo or redo, or another program's
    /// write. Emitted once per turn of the event loop however many items changed; every view
    /// reloads on it.
    void knowledgeBaseChanged();
    /// One line for the status bar, shown for TIMEOUT_MS.
    void message(const QString &text, int timeoutMs);

private:
    std::unique_ptr<core::KnowledgeBase> m_kb;
    ErrorReporter &m_errors;
    QUndoStack *m_undo;
    BackupScheduler *m_backups;
    void announceChange();
    [[nodiscard]] std::int64_t journalHead() const;

    QTimer *m_watch;
    bool m_announcing = false;
    std::int64_t m_dataVersion = 0;
    std::int64_t m_journalHead = 0;
};

} // namespace plenum::ui
