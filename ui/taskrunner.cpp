#include "ui/taskrunner.h"

#include "facade/knowledgebase.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>

namespace plenum::ui {

namespace {

struct Shared {
    std::atomic<bool> cancelled { false };
    std::optional<QJsonObject> result;
    std::optional<core::Error> error;
};

QThread *start(
    QWidget *parent, const QString &kbPath, const QString &label, TaskRunner::Work work, TaskRunner::Done done)
{
    auto shared = std::make_shared<Shared>();
    auto *dialog = new QProgressDialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [shared] { shared->cancelled = true; });
    QPointer<QProgressDialog> guard(dialog);

    QThread *thread = QThread::create([shared, kbPath, work, guard] {
        try {
            auto kb = core::KnowledgeBase::open(kbPath, false);
            const core::Progress progress = [shared, guard](std::int64_t doneSteps, std::int64_t total) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, doneSteps, total] {
                        if (!guard)
                            return;
                        // QProgressDialog counts in int: scale a larger total down.
                        const std::int64_t scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
                        const int max = static_cast<int>(std::max<std::int64_t>(total, 0) / scale);
                        guard->setMaximum(max);
                        guard->setValue(static_cast<int>(std::clamp<std::int64_t>(doneSteps / scale, 0, max)));
                    },
                    Qt::QueuedConnection);
                return !shared->cancelled;
            };
            shared->result = work(*kb, progress);
        } catch (const core::Error &e) {
            shared->error = e;
        } catch (const std::exception &e) {
            shared->error = core::Error(core::ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
    });
    QObject::connect(thread, &QThread::finished, dialog, [thread, shared, done, dialog] {
        dialog->close();
        dialog->deleteLater();
        thread->deleteLater();
        done(shared->result, shared->error);
    });
    thread->start();
    return thread;
}

} // namespace

void TaskRunner::run(QWidget *parent, const QString &kbPath, const QString &label, Work work, Done done)
{
    start(parent, kbPath, label, std::move(work), std::move(done));
}

void TaskRunner::runAndWait(QWidget *parent, const QString &kbPath, const QString &label, Work work, Done done)
{
    QEventLoop loop;
    bool finished = false;
    start(parent, kbPath, label, std::move(work), [&](const auto &result, const auto &error) {
        done(result, error);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

} // namespace plenum::ui
