#pragma once

#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace plenum::ui {

/// Makes the automatic backups of the open knowledge base (core::backup::createIfDue: by default
/// on the first open of each day) on a worker thread with its own connection, so the GUI never
/// waits for a copy; checks when a knowledge base is opened and every 30 minutes.
class BackupScheduler final : public QObject {
    Q_OBJECT
public:
    explicit BackupScheduler(QObject *parent = nullptr);
    /// Waits for a backup under way (a copy is never left half-made at quit).
    ~BackupScheduler() override;

    /// Schedules backups for the knowledge base at PATH (none when READ_ONLY) and checks now.
    void setKnowledgeBase(const QString &path, bool readOnly);
    /// Starts a scheduled backup now if one is due and none is under way.
    void backUpIfDue();
    /// True while a backup is being made.
    [[nodiscard]] bool isBusy() const noexcept { return m_thread != nullptr; }

signals:
    /// Progress and outcome for the status bar.
    void statusMessage(const QString &text, int timeoutMs);
    /// A backup failed: what, and why (a sentence naming the file and the problem).
    void failed(const QString &what, const QString &message);
    /// A backup was made (FILE), or none was due (empty).
    void finished(const QString &file);

private:
    QString m_path;
    bool m_readOnly = true;
    QString m_lastError; // the failure last reported, so a lasting problem is not shown again and again
    QThread *m_thread = nullptr;
    QTimer *m_timer;
};

} // namespace plenum::ui
