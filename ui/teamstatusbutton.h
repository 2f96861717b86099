#pragma once

#include <QToolButton>

namespace plenum::ui {

class TeamSyncer;

/// The status bar's sync button: when the team library last synced, how many local changes wait to
/// be pushed, how many conflicts wait for a choice, or what went wrong. Clicking it syncs now; its
/// menu opens the conflicts and the members. Hidden while the knowledge base is not in a team library.
class TeamStatusButton final : public QToolButton {
    Q_OBJECT
public:
    explicit TeamStatusButton(QWidget *parent = nullptr);

    /// Follows SYNCER (null: hidden).
    void setSyncer(TeamSyncer *syncer);
    /// Shows the syncer's state again.
    void refresh();

private:
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString detailText() const;

    TeamSyncer *m_syncer = nullptr;
};

} // namespace plenum::ui
