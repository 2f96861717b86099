#include "ui/session.h"

#include "facade/knowledgebase.h"
#include "storage/backup.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/undocommands.h"

#include <QDir>
#include <QTimer>
#include <QUndoStack>

namespace plenum::ui {

Session::Session(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter &errors, QObject *parent)
    : QObject(parent)
    , m_kb(std::move(kb))
    , m_errors(errors)
    , m_undo(new QUndoStack(this))
    , m_backups(new QTimer(this))
{
    m_backups->setInterval(kBackupCheckMs);
    connect(m_backups, &QTimer::timeout, this, &Session::backUpIfDue);
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
    backUpIfDue();
    m_backups->start();
}

void Session::backUpIfDue()
{
    if (isReadOnly())
        return;
    guard(m_errors, tr("Cannot back up the knowledge base"), [this] {
        const QString file = core::backup::createIfDue(m_kb->database());
        if (!file.isEmpty())
            emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 8000);
    });
}

} // namespace plenum::ui
