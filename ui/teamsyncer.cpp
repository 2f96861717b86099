#include "ui/teamsyncer.h"

#include "model/error.h"
#include "model/progress.h"
#include "ui/teamwork.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace plenum::ui {

namespace {
constexpr int kProgressDelayMs = 500; // a quick sync never shows a dialog
}

/// What the worker hands back to the GUI thread.
struct TeamSyncer::Outcome {
    std::optional<core::team::SyncReport> report;
    std::optional<core::team::SyncStatus> status;
    std::optional<core::Error> error;
};

TeamSyncer::TeamSyncer(const QString &kbPath, bool readOnly, QWidget *progressParent, QObject *parent)
    : QObject(parent)
    , m_path(kbPath)
    , m_readOnly(readOnly)
    , m_engine(std::make_shared<core::team::TeamSync>(kbPath))
    , m_progressParent(progressParent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &TeamSyncer::syncNow);
    refreshStatus();
}

TeamSyncer::~TeamSyncer()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
    if (m_statusThread) {
        m_statusThread->wait();
        delete m_statusThread;
    }
    delete m_progress;
}

void TeamSyncer::refreshStatus()
{
    if (m_thread)
        return; // the sync reads the status when it ends
    if (m_statusThread) {
        m_readAgain = true;
        return;
    }
    auto status = std::make_shared<std::optional<core::team::SyncStatus>>();
    auto error = std::make_shared<QString>();
    m_statusThread = QThread::create([engine = m_engine, status, error] {
        try {
            *status = engine->status();
        } catch (const core::Error &e) {
            *error = e.message();
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
        }
    });
    connect(m_statusThread, &QThread::finished, this, [this, status, error] {
        m_statusThread->wait();
        delete m_statusThread;
        m_statusThread = nullptr;
        statusRead(*status, *error);
    });
    m_statusThread->start();
}

// A status that cannot be read shows on the button, never as a dialog: it is read on every change.
void TeamSyncer::statusRead(const std::optional<core::team::SyncStatus> &status, const QString &error)
{
    if (m_discardRead || m_thread) {
        m_discardRead = false;
        return;
    }
    if (status)
        m_status = *status;
    else
        m_status.lastError = error;
    if (m_readAgain) {
        m_readAgain = false;
        refreshStatus();
    }
    emit statusChanged();
}

void TeamSyncer::setStatus(const core::team::SyncStatus &status)
{
    m_status = status;
    emit statusChanged();
}

void TeamSyncer::setInterval(int minutes)
{
    m_minutes = std::max(0, minutes);
    if (m_minutes == 0)
        m_timer->stop();
    else
        m_timer->start(m_minutes * 60 * 1000);
}

void TeamSyncer::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TeamSyncer::syncNow()
{
    if (m_thread || !canSync())
        return;
    m_discardRead = m_statusThread != nullptr; // older than what this sync will report
    auto outcome = std::make_shared<Outcome>();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_progress = new QProgressDialog(
        tr("Syncing the team library “%1”…").arg(m_status.library), tr("Cancel"), 0, 0, m_progressParent);
    m_progress->setWindowModality(Qt::NonModal); // the user goes on working meanwhile
    m_progress->setAttribute(Qt::WA_ShowWithoutActivating); // and keeps the keyboard focus
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &TeamSyncer::cancel);
    const QPointer<QProgressDialog> dialog = m_progress;
    const core::Progress progress = [cancel, dialog](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            dialog.data(),
            [dialog, done, total] {
                if (!dialog)
                    return;
                const auto [value, max] = progressSteps(done, total);
                dialog->setMaximum(max);
                dialog->setValue(value);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    std::shared_ptr<core::team::TeamSync> engine = m_engine;
    m_thread = QThread::create([engine, outcome, progress] {
        try {
            core::Progress callback = progress;
            outcome->report = engine->sync(&callback);
        } catch (const core::Error &e) {
            outcome->error = e;
        } catch (const std::exception &e) {
            outcome->error = core::Error(core::ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        try {
            outcome->status = engine->status(); // read here: the GUI thread never waits for the engine
        } catch (const core::Error &e) {
            if (!outcome->error)
                outcome->error = e;
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] { finish(outcome); });
    m_thread->start();
    emit syncStarted();
    emit statusChanged();
}

void TeamSyncer::finish(const std::shared_ptr<Outcome> &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    delete m_progress;
    if (outcome->status)
        m_status = *outcome->status;
    m_failure = outcome->error;
    if (outcome->error) {
        const bool cancelled = outcome->error->code() == core::ErrorCode::Cancelled;
        if (!cancelled)
            m_status.lastError = outcome->error->message();
        emit statusChanged();
        emit syncFailed(outcome->error->message(), cancelled);
        return;
    }
    emit statusChanged();
    emit syncFinished(*outcome->report);
}

} // namespace plenum::ui
