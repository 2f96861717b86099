#include "ui/errorreporter.h"

#include "ui/coremessages.h"
#include "ui/guard.h"
#include "ui/messageboxes.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <algorithm>
#include <utility>

namespace plenum::ui {

namespace {

struct ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
};

bool sameReport(const ErrorReport &a, const ErrorReport &b)
{
    return a.what == b.what && a.message == b.message && a.detail == b.detail;
}

} // namespace

QString errorSentence(core::ErrorCode code)
{
    switch (code) {
    case core::ErrorCode::Usage:
    case core::ErrorCode::Arguments:
        return ErrorMessages::tr("Plenum was asked for something it cannot do.");
    case core::ErrorCode::NotFound:
        return ErrorMessages::tr("The item, file or folder does not exist.");
    case core::ErrorCode::InvalidData:
        return ErrorMessages::tr("The data does not follow its format or the rules of the knowledge base.");
    case core::ErrorCode::FileError:
        return ErrorMessages::tr(
            "The file system refused: a folder is missing, permission is denied or the disk failed.");
    case core::ErrorCode::NotADatabase:
        return ErrorMessages::tr("The file is not a Plenum knowledge base.");
    case core::ErrorCode::NewerVersion:
        return ErrorMessages::tr("A newer version of Plenum wrote this knowledge base; update Plenum to open it.");
    case core::ErrorCode::Locked:
        return ErrorMessages::tr("Another program is using the knowledge base; try again when it has finished.");
    case core::ErrorCode::ReadOnly:
        return ErrorMessages::tr("The knowledge base or its folder cannot be written.");
    case core::ErrorCode::Corrupt:
        return ErrorMessages::tr("The knowledge base file is damaged. Close Plenum and restore a backup "
                                 "(plenum-cli restore --latest), or see what is affected with plenum-cli check.");
    case core::ErrorCode::Conflict:
        return ErrorMessages::tr("The change conflicts with another edit or with a rule that names must be unique.");
    case core::ErrorCode::Cancelled:
        return ErrorMessages::tr("The work was stopped.");
    case core::ErrorCode::Internal:
        break;
    }
    return ErrorMessages::tr("The database failed unexpectedly.");
}

core::Error unexpectedError(const std::exception &e)
{
    return core::Error(core::ErrorCode::Internal, QString::fromUtf8(e.what()));
}

void ErrorReporter::report(const QString &what, const QString &message)
{
    show({ what, message, {} });
}

void ErrorReporter::report(const QString &what, const core::Error &error)
{
    // Core's own sentence, in the interface language where Plenum knows how to say it.
    show({ what, errorSentence(error.code()), coreMessageText(error.message()) });
}

RepeatFilter::RepeatFilter(ErrorReporter &target)
    : m_target(target)
{
}

void RepeatFilter::show(const ErrorReport &report)
{
    if (m_last && sameReport(*m_last, report))
        return;
    m_last = report;
    m_target.report(report);
}

void HeldErrorReporter::release(std::unique_ptr<ErrorReporter> target)
{
    m_target = std::move(target);
    for (const ErrorReport &kept : std::exchange(m_kept, {}))
        m_target->report(kept);
}

void HeldErrorReporter::show(const ErrorReport &report)
{
    if (m_target)
        m_target->report(report);
    else
        m_kept.append(report);
}

DialogErrorReporter::DialogErrorReporter(QWidget *parent)
    : m_parent(parent)
{
}

void DialogErrorReporter::show(const ErrorReport &report)
{
    // A box runs its own event loop, where timers and queued work may fail again: queue, don't stack.
    if (m_showing) {
        if (std::none_of(m_waiting.cbegin(), m_waiting.cend(), [&](const auto &r) { return sameReport(r, report); }))
            m_waiting.append(report);
        return;
    }
    m_showing = true;
    ErrorReport next = report;
    for (;;) {
        // What failed in bold, why below it; core's own sentence behind "Show Details…".
        QMessageBox box(QMessageBox::Warning, next.what, QStringLiteral("<b>%1</b>").arg(next.what.toHtmlEscaped()),
            QMessageBox::Ok, m_parent);
        box.setTextFormat(Qt::RichText);
        box.setInformativeText(next.message.toHtmlEscaped());
        box.setDetailedText(next.detail);
        fitMessageBox(box); // also when no application-wide fitting is installed (tests)
        box.exec();
        while (!m_waiting.isEmpty() && sameReport(m_waiting.first(), next))
            m_waiting.removeFirst();
        if (m_waiting.isEmpty())
            break;
        next = m_waiting.takeFirst();
    }
    m_showing = false;
}

} // namespace plenum::ui
