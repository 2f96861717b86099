#include "ui/session.h"

#include "facade/knowledgebase.h"
#include "model/error.h"
#include "ui/backupscheduler.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/undocommands.h"

#include <QTimer>
#include <QUndoStack>

namespace plenum::ui {

Session::Session(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter &errors, QObject *parent)
    : QObject(parent)
    , m_kb(std::move(kb))
    , m_errors(errors)
    , m_undo(new QUndoStack(this))
    , m_backups(new BackupScheduler(this))
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &Session::checkForOutsideChanges);
    connect(m_backups, &BackupScheduler::statusMessage, this, &Session::message);
    connect(m_backups, &BackupScheduler::failed, this,
        [this](const QString &what, const QString &why) { m_errors.report(what, why); });
}

Session::~Session() = default;

core::Repository &Session::repository() const
{
    return m_kb->repository();
}

QString Session::path() const
{
    return m_kb->database().path();
}

bool Session::isReadOnly() const
{
    return m_kb->isReadOnly();
}

EditContext Session::editContext()
{
    return { &m_kb->repository(), &m_errors, [this](const QString &id) {
                emit itemChanged(id);
                announceChange();
            } };
}

void Session::push(QUndoCommand *command)
{
    m_undo->push(command);
}

void Session::start()
{
    m_backups->setKnowledgeBase(path(), isReadOnly());
    m_dataVersion = m_kb->database().pragmaInt("data_version");
    m_watch->start();
}

// Many changes in one turn of the event loop (a merge, a burst of links) make one announcement.
// A posted call, not a zero timer: the next processEvents() always delivers it.
void Session::announceChange()
{
    if (m_announcing)
        return;
    m_announcing = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_announcing = false;
            emit knowledgeBaseChanged();
        },
        Qt::QueuedConnection);
}

void Session::checkForOutsideChanges()
{
    // PRAGMA data_version changes only when another connection committed; this connection's own
    // edits already announce themselves through editContext().
    std::int64_t version = m_dataVersion;
    try {
        version = m_kb->database().pragmaInt("data_version");
    } catch (const core::Error &) {
        return; // the file is busy this instant: the next tick looks again
    }
    if (version != m_dataVersion) {
        m_dataVersion = version;
        announceChange();
    }
}

} // namespace plenum::ui
