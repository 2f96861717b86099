#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace plenum::core::team {
class TeamSync;
}

namespace plenum::ui {

/// Members…: who belongs to the team library and with which role; an admin adds a member (name,
/// password, role) or removes one. Every request runs on a worker thread; the server decides who
/// may do what, and its refusal is shown in the dialog.
class TeamMembersDialog final : public QDialog {
    Q_OBJECT
public:
    /// The members of ENGINE's library; IS_ADMIN enables adding and removing (the server checks again).
    TeamMembersDialog(std::shared_ptr<core::team::TeamSync> engine, bool isAdmin, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *name() const { return m_name; }
    [[nodiscard]] QLineEdit *password() const { return m_password; }
    [[nodiscard]] QComboBox *role() const { return m_role; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    /// The line that shows the server's refusal (hidden when there is none).
    [[nodiscard]] QLabel *errorLine() const { return m_error; }
    /// True while a request runs.
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /// Reads the members from the server again.
    void reload();
    void reject() override;

private:
    void addMember();
    void removeMember();
    void run(std::function<void()> request);
    void setBusy(bool busy);
    void showMembers();

    std::shared_ptr<core::team::TeamSync> m_engine;
    bool m_isAdmin;
    QTreeWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
    bool m_busy = false;
    std::shared_ptr<std::vector<std::pair<QString, QString>>> m_members;
};

} // namespace plenum::ui
