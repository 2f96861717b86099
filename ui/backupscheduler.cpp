#include "ui/backupscheduler.h"

#include "storage/backup.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace plenum::ui {

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::backUpIfDue);
    m_timer->start();
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::setKnowledgeBase(const QString &path, bool readOnly)
{
    m_path = path;
    m_readOnly = readOnly;
    backUpIfDue();
}

void BackupScheduler::backUpIfDue()
{
    if (m_thread || m_readOnly || m_path.isEmpty())
        return;
    struct Outcome {
        QString file;
        std::optional<core::Error> error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_path;
    QPointer<BackupScheduler> self(this);
    m_thread = QThread::create([outcome, path, self] {
        try {
            core::Database db = core::Database::open(path, core::Database::OpenMode::ReadWrite);
            core::backup::removeStaleParts(path);
            if (!core::backup::isDue(db))
                return;
            int shown = -1;
            const core::Progress progress = [self, &shown](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 0;
                if (percent / 10 != shown / 10) { // a few updates, not one per step
                    shown = percent;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, percent] {
                            if (self)
                                emit self->statusMessage(tr("Backing up… %1%").arg(percent), 0);
                        },
                        Qt::QueuedConnection);
                }
                return true;
            };
            outcome->file = core::backup::createIfDue(db, QDateTime::currentDateTimeUtc(), progress);
        } catch (const core::Error &e) {
            outcome->error = e;
        }
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->error && outcome->error->message() == m_lastError) // said once; not every 30 minutes
            emit statusMessage(outcome->error->message(), 15000);
        else if (outcome->error)
            emit failed(tr("Cannot back up the knowledge base"), outcome->error->message());
        else if (!outcome->file.isEmpty())
            emit statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(outcome->file)), 8000);
        m_lastError = outcome->error ? outcome->error->message() : QString();
        emit finished(outcome->file);
    });
    m_thread->start();
}

} // namespace plenum::ui
