#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QMenuBar;

namespace plenum::ui {

class MainWindow;
class TeamStatusButton;
class TeamSyncer;

/// The Team Library menu (Sync Now, Conflicts…, Members…, Enter Password…, Create…, Join…) and the status bar's sync
/// button, over the team library of the open knowledge base (TeamSyncer, one per knowledge base).
/// A background sync's failure shows on the button; one the user asked for is also reported.
class TeamActions final : public QObject {
    Q_OBJECT
public:
    explicit TeamActions(MainWindow &window);
    ~TeamActions() override;

    /// Adds the Team Library menu to BAR (before Help: the main actions call it in their order).
    void addMenuTo(QMenuBar *bar);
    /// Follows the knowledge base the window has just opened (a new syncer; the old one stops).
    void setKnowledgeBase(const QString &path, bool readOnly);
    /// Reads the background sync interval from Settings again.
    void applySettings();

    /// The syncer of the open knowledge base (null when its team state cannot be read).
    [[nodiscard]] TeamSyncer *syncer() const { return m_syncer.get(); }
    [[nodiscard]] TeamStatusButton *statusButton() const { return m_button; }

    /// Syncs now (the user asked: a failure is reported as well as shown on the button).
    void syncNow();
    /// Create Team Library… and Join Team Library…: the dialog, run modally.
    void createLibrary();
    void joinLibrary();
    /// Conflicts… and Members…: the dialogs, run modally.
    void showConflicts();
    void showMembers();
    /// Enter Password…: the member's password for this run (when neither the URL nor ~/.pgpass has it).
    void askPassword();

private:
    QAction *add(QMenu *menu, const QString &text, void (TeamActions::*handler)());
    void connectSyncer();
    void updateActions();
    void synced(qint64 pulled, qint64 pushed, qint64 conflicts);
    void connectLibrary(bool create);

    MainWindow &m_window;
    std::unique_ptr<TeamSyncer> m_syncer;
    TeamStatusButton *m_button;
    bool m_reportFailure = false; // the running sync was asked for by the user
    bool m_readOnly = false;
    QAction *m_sync = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_members = nullptr;
    QAction *m_password = nullptr;
    QAction *m_create = nullptr;
    QAction *m_join = nullptr;
};

} // namespace plenum::ui
