#include "ui/teamstatusbutton.h"

#include "ui/coremessages.h"
#include "ui/teamsyncer.h"

#include <QLocale>

namespace plenum::ui {

TeamStatusButton::TeamStatusButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("teamStatusButton"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    setPopupMode(QToolButton::MenuButtonPopup);
    setFocusPolicy(Qt::TabFocus);
    hide();
}

void TeamStatusButton::setSyncer(TeamSyncer *syncer)
{
    if (m_syncer)
        disconnect(m_syncer, nullptr, this, nullptr);
    m_syncer = syncer;
    if (m_syncer)
        connect(m_syncer, &TeamSyncer::statusChanged, this, &TeamStatusButton::refresh);
    refresh();
}

void TeamStatusButton::refresh()
{
    setVisible(m_syncer && m_syncer->status().configured);
    if (!isVisible())
        return;
    setText(stateText());
    setToolTip(detailText());
    setAccessibleName(text());
}

QString TeamStatusButton::stateText() const
{
    const core::team::SyncStatus &s = m_syncer->status();
    if (m_syncer->isSyncing())
        return tr("⟳ Syncing…");
    QStringList parts;
    if (!s.lastError.isEmpty())
        parts << tr("⚠ Sync failed");
    else if (s.lastSync.isValid())
        parts << tr("✓ Synced %1").arg(QLocale().toString(s.lastSync.toLocalTime().time(), QLocale::ShortFormat));
    else
        parts << tr("Not synced yet");
    if (s.pendingChanges > 0)
        parts << tr("%n to push", nullptr, static_cast<int>(s.pendingChanges));
    if (s.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, s.conflicts);
    return parts.join(QStringLiteral(" · "));
}

QString TeamStatusButton::detailText() const
{
    const core::team::SyncStatus &s = m_syncer->status();
    QString text = tr("Team library “%1” on %2 as %3 (%4)").arg(s.library, s.url, s.member, s.role);
    text += QLatin1Char('\n') + tr("Library version %1").arg(s.libraryVersion);
    if (s.lastSync.isValid())
        text += QLatin1Char('\n')
            + tr("Last sync: %1").arg(QLocale().toString(s.lastSync.toLocalTime(), QLocale::LongFormat));
    if (!s.lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Last error: %1").arg(coreMessageText(s.lastError));
    text += QLatin1Char('\n')
        + (m_syncer->interval() > 0 ? tr("Syncs every %n minute(s); click to sync now.", nullptr, m_syncer->interval())
                                    : tr("Background sync is off (Settings); click to sync now."));
    return text;
}

} // namespace plenum::ui
