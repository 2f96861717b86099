#pragma once

#include "model/progress.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace plenum::ui {

/// Create team library… and Join team library…: the server's URL, the library's name (to create),
/// the password (masked). OK runs the request on a worker thread with progress and Cancel inside
/// the dialog; a refusal is shown in the dialog, naming the server and the problem, and the dialog
/// stays open to correct it.
class TeamConnectDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Join };
    /// What OK does: connect with URL, library NAME (Create only) and PASSWORD; throws core::Error.
    using Connect = std::function<void(
        const QString &url, const QString &name, const QString &password, const core::Progress &progress)>;

    TeamConnectDialog(Mode mode, Connect connect, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *url() const { return m_url; }
    [[nodiscard]] QLineEdit *libraryName() const { return m_name; }
    [[nodiscard]] QLineEdit *password() const { return m_password; }
    /// The line that shows why the server refused (empty when it did not).
    [[nodiscard]] QLabel *errorLine() const { return m_error; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }
    /// True while the request runs.
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);

    Mode m_mode;
    Connect m_connect;
    QLineEdit *m_url;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace plenum::ui
