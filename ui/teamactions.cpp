#include "ui/teamactions.h"

#include "facade/knowledgebase.h"
#include "team/resolve.h"
#include "team/teamsync.h"
#include "ui/coremessages.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/teamconflictsdialog.h"
#include "ui/teamconnectdialog.h"
#include "ui/teammembersdialog.h"
#include "ui/teamresolvecommand.h"
#include "ui/teamstatusbutton.h"
#include "ui/teamsyncer.h"
#include "ui/teamwork.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace plenum::ui {

TeamActions::TeamActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_button(new TeamStatusButton)
{
    connect(m_button, &QToolButton::clicked, this,
        guarded(m_window.errors(), tr("Cannot sync the team library"), [this] { syncNow(); }));
    auto *menu = new QMenu(m_button);
    add(menu, tr("Sync &Now"), &TeamActions::syncNow);
    add(menu, tr("&Conflicts…"), &TeamActions::showConflicts);
    add(menu, tr("&Members…"), &TeamActions::showMembers);
    m_button->setMenu(menu);
}

TeamActions::~TeamActions() = default;

// Each action runs under guard(): whatever escapes a dialog is reported and the window stays usable.
QAction *TeamActions::add(QMenu *menu, const QString &text, void (TeamActions::*handler)())
{
    QString name = text;
    name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return menu->addAction(text, this,
        guarded(m_window.errors(), tr("Cannot complete “%1”").arg(name), [this, handler] { (this->*handler)(); }));
}

void TeamActions::addMenuTo(QMenuBar *bar)
{
    QMenu *team = bar->addMenu(tr("&Team Library"));
    m_sync = add(team, tr("Sync &Now"), &TeamActions::syncNow);
    m_sync->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    m_conflicts = add(team, tr("&Conflicts…"), &TeamActions::showConflicts);
    m_members = add(team, tr("&Members…"), &TeamActions::showMembers);
    m_password = add(team, tr("Enter &Password…"), &TeamActions::askPassword);
    team->addSeparator();
    m_create = add(team, tr("C&reate Team Library…"), &TeamActions::createLibrary);
    m_join = add(team, tr("&Join Team Library…"), &TeamActions::joinLibrary);
    updateActions();
}

void TeamActions::setKnowledgeBase(const QString &path, bool readOnly)
{
    m_button->setSyncer(nullptr);
    m_syncer.reset(); // a running sync stops and is waited for
    m_readOnly = readOnly;
    guard(m_window.errors(), tr("Cannot read the team library settings of %1").arg(path),
        [&] { m_syncer = std::make_unique<TeamSyncer>(path, readOnly, &m_window); });
    if (m_syncer)
        connectSyncer();
    m_button->setSyncer(m_syncer.get());
    applySettings();
    updateActions();
}

void TeamActions::connectSyncer()
{
    TeamSyncer *syncer = m_syncer.get();
    connect(syncer, &TeamSyncer::statusChanged, this, &TeamActions::updateActions);
    connect(syncer, &TeamSyncer::syncFinished, this,
        [this](const core::team::SyncReport &report) { synced(report.pulled, report.pushed, report.conflicts); });
    connect(syncer, &TeamSyncer::syncFailed, this, [this](const QString &message, bool cancelled) {
        m_window.session().checkForOutsideChanges(); // a pull that stopped half way kept what it completed
        if (cancelled)
            m_window.statusBar()->showMessage(tr("Sync stopped; the next sync goes on from there."), 8000);
        else if (m_reportFailure && m_syncer->lastFailure())
            m_window.errors().report({ tr("Cannot sync the team library"), teamErrorLead(*m_syncer->lastFailure()),
                coreMessageText(message) });
        m_reportFailure = false;
    });
    // Local edits change what waits to be pushed.
    connect(&m_window.session(), &Session::knowledgeBaseChanged, syncer, &TeamSyncer::refreshStatus);
}

void TeamActions::applySettings()
{
    if (m_syncer)
        m_syncer->setInterval(Settings().teamSyncMinutes());
}

void TeamActions::updateActions()
{
    if (!m_sync)
        return;
    const bool configured = m_syncer && m_syncer->status().configured;
    m_sync->setEnabled(configured && !m_readOnly && !m_syncer->isSyncing());
    m_conflicts->setEnabled(configured);
    m_members->setEnabled(configured);
    m_password->setEnabled(configured && !m_syncer->isSyncing());
    m_create->setEnabled(m_syncer && !configured && !m_readOnly);
    m_join->setEnabled(m_syncer && !configured && !m_readOnly);
}

void TeamActions::syncNow()
{
    if (!m_syncer || m_syncer->isSyncing())
        return;
    if (!m_syncer->canSync()) {
        m_window.errors().report(tr("Cannot sync"),
            m_readOnly ? tr("This knowledge base is read-only.")
                       : tr("This knowledge base is not in a team library: create or join one first."));
        return;
    }
    m_reportFailure = true;
    m_syncer->syncNow();
}

void TeamActions::synced(qint64 pulled, qint64 pushed, qint64 conflicts)
{
    m_reportFailure = false;
    m_window.session().checkForOutsideChanges(); // the views reload through knowledgeBaseChanged
    QString text = tr("Team library synced: %1 received, %2 sent.").arg(pulled).arg(pushed);
    if (conflicts > 0)
        text += QLatin1Char(' ')
            + tr("%n conflict(s) wait for your choice (Team Library ▸ Conflicts…).", nullptr,
                static_cast<int>(conflicts));
    m_window.statusBar()->showMessage(text, 10000);
}

void TeamActions::createLibrary()
{
    connectLibrary(true);
}

void TeamActions::joinLibrary()
{
    connectLibrary(false);
}

void TeamActions::connectLibrary(bool create)
{
    if (!m_syncer)
        return;
    std::shared_ptr<core::team::TeamSync> engine = m_syncer->engineHandle();
    auto joined = std::make_shared<core::team::SyncStatus>();
    TeamConnectDialog dialog(
        create ? TeamConnectDialog::Mode::Create : TeamConnectDialog::Mode::Join,
        [engine, create, joined](
            const QString &url, const QString &name, const QString &password, const core::Progress &progress) {
            core::team::TeamUrl teamUrl = core::team::TeamUrl::parse(url);
            if (!password.isEmpty())
                teamUrl.password = password;
            core::Progress callback = progress;
            if (create)
                engine->create(teamUrl, name, &callback);
            else
                engine->join(teamUrl, &callback);
            if (!teamUrl.password.isEmpty())
                engine->setPassword(teamUrl.password); // kept in memory: the knowledge base stores none
            *joined = engine->status();
        },
        &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_syncer->setStatus(*joined);
    m_window.session().checkForOutsideChanges(); // a join brought the library's items
    m_window.statusBar()->showMessage(create ? tr("Team library “%1” created.").arg(joined->library)
                                             : tr("Joined the team library “%1”.").arg(joined->library),
        10000);
}

void TeamActions::showConflicts()
{
    if (!m_syncer || !m_syncer->status().configured)
        return;
    const auto titleOf = [this](const QString &id) {
        QString title;
        guard(m_window.errors(), tr("Cannot show %1").arg(id),
            [&] { title = m_window.session().repository().title(id); });
        return title;
    };
    // A choice is made on the window's own connection and kept as one step of its undo stack.
    const auto resolve
        = [this, titleOf](const core::team::Conflict &c, core::team::Choice choice, const QString &merged) {
              Session &session = m_window.session();
              core::team::Resolution done
                  = core::team::resolveConflict(session.repository(), c.entityId, c.field, choice, merged);
              const QString title = titleOf(c.entityId);
              session.push(new ResolveConflictCommand(session.editContext(), std::move(done),
                  title.isEmpty() ? c.entityId : title,
                  [this](const QString &text) { m_window.statusBar()->showMessage(text, 10000); }));
          };
    TeamConflictsDialog dialog(m_syncer->engineHandle(), titleOf, resolve, &m_window);
    dialog.setUndoStack(m_window.session().undoStack());
    connect(&dialog, &TeamConflictsDialog::resolved, this, [this] { m_syncer->refreshStatus(); });
    dialog.exec();
    m_syncer->refreshStatus();
}

void TeamActions::askPassword()
{
    if (!m_syncer || !m_syncer->status().configured)
        return;
    bool ok = false;
    const core::team::SyncStatus &s = m_syncer->status();
    const QString password = QInputDialog::getText(&m_window, tr("Team Library Password"),
        tr("Password of %1 on %2 (kept until Plenum quits; ~/.pgpass keeps it for good):").arg(s.member, s.url),
        QLineEdit::Password, QString(), &ok);
    if (ok)
        m_syncer->engine().setPassword(password);
}

void TeamActions::showMembers()
{
    if (!m_syncer || !m_syncer->status().configured)
        return;
    TeamMembersDialog dialog(m_syncer->engineHandle(), m_syncer->status().role == QLatin1String("admin"), &m_window);
    dialog.exec();
}

} // namespace plenum::ui
