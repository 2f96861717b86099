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
    try {
        m_dataVersion = m_kb->database().pragmaInt("data_version");
        m_journalHead = journalHead();
    } catch (const core::Error &) {
        m_dataVersion = m_journalHead = -1; // unknown: the first look that can read refreshes the views
    }
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
    // edits already announce themselves through editContext(). A commit that moved the change
    // journal is a change the views show; one that did not (a backup's bookkeeping) is not. A file
    // that cannot be read this instant (busy, or damaged under the window) is left to the user's
    // next action, which reports it: the watch never reports, so it cannot repeat a report every second.
    std::int64_t head = m_journalHead;
    try {
        const std::int64_t version = m_kb->database().pragmaInt("data_version");
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        head = journalHead();
    } catch (const core::Error &) {
        return;
    }
    if (head != m_journalHead) {
        m_journalHead = head;
        announceChange();
    }
}

std::int64_t Session::journalHead() const
{
    auto q = m_kb->database().prepare("SELECT coalesce(max(seq), 0) FROM changes");
    return q.next() ? q.integer(0) : 0;
}

} // namespace plenum::ui
