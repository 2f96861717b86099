#include "ui/session.h"

#include "facade/knowledgebase.h"
#include "ui/backupscheduler.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/undocommands.h"

#include <QUndoStack>

namespace plenum::ui {

Session::Session(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter &errors, QObject *parent)
    : QObject(parent)
    , m_kb(std::move(kb))
    , m_errors(errors)
    , m_undo(new QUndoStack(this))
    , m_backups(new BackupScheduler(this))
{
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
    return { &m_kb->repository(), &m_errors, [this](const QString &id) { emit itemChanged(id); } };
}

void Session::push(QUndoCommand *command)
{
    m_undo->push(command);
}

void Session::start()
{
    m_backups->setKnowledgeBase(path(), isReadOnly());
}

} // namespace plenum::ui
