#pragma once

#include "model/error.h"
#include "team/teamsync.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace plenum::ui {

/// The team library of one open knowledge base, as the window works with it: its status, sync on
/// demand and on a timer, always on a worker thread so typing never waits for the server. One sync
/// runs at a time; a sync that takes more than half a second shows a progress dialog with Cancel.
class TeamSyncer final : public QObject {
    Q_OBJECT
public:
    /// The team library of the knowledge base at KB_PATH; a READ_ONLY one is never synced.
    /// PROGRESS_PARENT is where the progress dialog of a long sync appears.
    TeamSyncer(const QString &kbPath, bool readOnly, QWidget *progressParent, QObject *parent = nullptr);
    /// Stops a running sync (it rolls back to its last completed step) and waits for it.
    ~TeamSyncer() override;

    /// The sync engine (create, join, members, conflicts, resolve); shared with the worker thread.
    [[nodiscard]] core::team::TeamSync &engine() const { return *m_engine; }
    /// The same engine, for a dialog that calls it on its own worker threads.
    [[nodiscard]] std::shared_ptr<core::team::TeamSync> engineHandle() const { return m_engine; }
    /// The status as last read (after a sync, or refreshStatus()); not configured until the first
    /// read, which the constructor starts, has come back.
    [[nodiscard]] const core::team::SyncStatus &status() const { return m_status; }
    /// Takes STATUS as read elsewhere off the GUI thread (after a create or a join).
    void setStatus(const core::team::SyncStatus &status);
    /// Why the last sync failed (empty after a success).
    [[nodiscard]] const std::optional<core::Error> &lastFailure() const { return m_failure; }
    /// True while the status is being read.
    [[nodiscard]] bool isReadingStatus() const { return m_statusThread != nullptr; }
    /// True while a sync runs.
    [[nodiscard]] bool isSyncing() const { return m_thread != nullptr; }
    /// True when the knowledge base belongs to a team library and can be written.
    [[nodiscard]] bool canSync() const { return m_status.configured && !m_readOnly; }

    /// Reads the local status again (pending changes, conflicts) on a worker thread, unless a sync
    /// is running (it reads the status when it ends); statusChanged() follows. Counting what waits
    /// to be pushed compares snapshots, which must not hold up typing.
    void refreshStatus();
    /// Starts a sync on the worker thread unless one runs or there is no team library; returns at once.
    void syncNow();
    /// Asks the running sync to stop.
    void cancel();
    /// Background sync every MINUTES minutes; 0 turns it off.
    void setInterval(int minutes);
    /// The minutes between background syncs (0: off).
    [[nodiscard]] int interval() const { return m_minutes; }

signals:
    /// A sync started.
    void syncStarted();
    /// A sync ended with REPORT; the knowledge base may have changed (a pull).
    void syncFinished(const core::team::SyncReport &report);
    /// A sync failed (or was cancelled, CANCELLED true) with MESSAGE, core's sentence (lastFailure()).
    void syncFailed(const QString &message, bool cancelled);
    /// status() changed.
    void statusChanged();

private:
    struct Outcome;
    void finish(const std::shared_ptr<Outcome> &outcome);
    void statusRead(const std::optional<core::team::SyncStatus> &status, const QString &error);

    QString m_path;
    bool m_readOnly;
    std::shared_ptr<core::team::TeamSync> m_engine;
    core::team::SyncStatus m_status;
    std::optional<core::Error> m_failure;
    QPointer<QWidget> m_progressParent;
    QPointer<QProgressDialog> m_progress;
    QThread *m_thread = nullptr;
    QThread *m_statusThread = nullptr;
    bool m_readAgain = false; // the knowledge base changed while the status was being read
    bool m_discardRead = false; // a sync started while the status was being read
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer *m_timer;
    int m_minutes = 0;
};

} // namespace plenum::ui
