#include "ui/teamwork.h"

#include "ui/coremessages.h"
#include "ui/errorreporter.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <climits>
#include <memory>

namespace plenum::ui {

namespace {
struct TeamWork {
    Q_DECLARE_TR_FUNCTIONS(TeamWork)
};
} // namespace

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

std::pair<int, int> progressSteps(std::int64_t done, std::int64_t total)
{
    const std::int64_t scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
    const int max = static_cast<int>(std::max<std::int64_t>(total, 0) / scale);
    return { static_cast<int>(std::clamp<std::int64_t>(done / scale, 0, max)), max };
}

// The generic sentences speak of the knowledge base file; with a team server the same codes mean
// a refusal, a broken connection, a missing library.
QString teamErrorLead(const core::Error &e)
{
    QString lead;
    switch (e.code()) {
    case core::ErrorCode::ReadOnly:
        lead = TeamWork::tr("The team server refused: the name, password or role does not allow it.");
        break;
    case core::ErrorCode::FileError:
        lead = TeamWork::tr("The team server cannot be reached, or the connection broke.");
        break;
    case core::ErrorCode::NotFound:
        lead = TeamWork::tr("The team server has no such library, member or item.");
        break;
    case core::ErrorCode::Usage:
    case core::ErrorCode::Arguments:
        lead = TeamWork::tr("The team server does not take this URL or request.");
        break;
    case core::ErrorCode::InvalidData:
        lead = TeamWork::tr("The team server sent data that Plenum does not accept.");
        break;
    case core::ErrorCode::Conflict:
        lead = TeamWork::tr("The change collides with one already on the team server.");
        break;
    default:
        lead = errorSentence(e.code());
    }
    return lead;
}

QString teamErrorText(const core::Error &e)
{
    return teamErrorLead(e) + QLatin1Char(' ') + coreMessageText(e.message());
}

} // namespace plenum::ui
