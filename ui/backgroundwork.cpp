#include "ui/backgroundwork.h"

#include "model/error.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace plenum::ui {

void runInBackground(QWidget *parent, const QString &label, const std::function<void(const core::Progress &)> &work)
{
    struct Shared {
        std::atomic<bool> cancelled { false };
        std::optional<core::Error> error;
    };
    auto shared = std::make_shared<Shared>();
    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [shared] { shared->cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    const core::Progress progress = [shared, guard](int done, int total) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, total] {
                if (!guard)
                    return;
                guard->setMaximum(std::max(total, 0));
                guard->setValue(std::clamp(done, 0, std::max(total, 0)));
            },
            Qt::QueuedConnection);
        return !shared->cancelled;
    };
    QThread *thread = QThread::create([shared, work, progress] {
        try {
            work(progress);
        } catch (const core::Error &e) {
            shared->error = e;
        } catch (const std::exception &e) {
            shared->error = core::Error(core::ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    dialog.close();
    if (shared->error)
        throw *shared->error;
}

} // namespace plenum::ui
