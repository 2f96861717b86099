#include "ui/teamwork.h"

#include "ui/errorreporter.h"

#include <QThread>

#include <memory>

namespace plenum::ui {

void runTeamWork(QObject *context, std::function<void(const core::Progress &)> work,
    std::function<void(const std::optional<core::Error> &)> done, core::Progress progress)
{
    auto error = std::make_shared<std::optional<core::Error>>();
    QThread *thread = QThread::create([work = std::move(work), error, progress = std::move(progress)] {
        try {
            work(progress);
        } catch (const core::Error &e) {
            *error = e;
        } catch (const std::exception &e) {
            *error = core::Error(core::ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
    });
    QObject::connect(thread, &QThread::finished, context, [thread, error, done = std::move(done)] {
        thread->wait();
        thread->deleteLater();
        done(*error);
    });
    thread->start();
}

QString teamErrorText(const core::Error &e)
{
    return errorSentence(e.code()) + QLatin1Char(' ') + e.message();
}

} // namespace plenum::ui
