#include "ui/teamconnectdialog.h"

#include "ui/teamwork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace plenum::ui {

TeamConnectDialog::TeamConnectDialog(Mode mode, Connect connect, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_connect(std::move(connect))
    , m_url(new QLineEdit)
    , m_name(new QLineEdit)
    , m_password(new QLineEdit)
    , m_error(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    const bool create = mode == Mode::Create;
    setWindowTitle(create ? tr("Create Team Library") : tr("Join Team Library"));
    auto *intro
        = new QLabel(create ? tr("Put this knowledge base on a PostgreSQL server as a new team library. "
                                 "You become its admin and can then add members.")
                            : tr("Join a team library on a PostgreSQL server. What the library holds comes "
                                 "into this knowledge base; what you add here goes to the others at each sync."));
    intro->setWordWrap(true);
    m_url->setPlaceholderText(tr("postgresql://name@server:5432/database?library=NAME"));
    m_url->setToolTip(tr("Add &sslmode=verify-full&sslrootcert=FILE to check the server's certificate, and "
                         "&timeout=SECONDS for a slow link: how long a silent server is waited for (10 s to connect "
                         "and 60 s per request without it). Joining again with a new URL changes it."));
    m_name->setPlaceholderText(tr("e.g. Grassroots governance group"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(create ? tr("C&reate") : tr("&Join"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    if (create)
        form->addRow(tr("Library &name:"), m_name);
    else
        m_name->hide();
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    QObject::connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamConnectDialog::accept);
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamConnectDialog::reject);
}

void TeamConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
}

void TeamConnectDialog::accept()
{
    if (m_busy)
        return;
    const QString url = m_url->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (url.isEmpty() || (m_mode == Mode::Create && name.isEmpty())) {
        m_error->setText(m_mode == Mode::Create ? tr("Enter the server's URL and a name for the library.")
                                                : tr("Enter the URL of the team library."));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<QProgressBar> bar = m_progress;
    const core::Progress progress = [cancel, bar](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, done, total] {
                if (!bar || total <= 0)
                    return;
                const auto [value, max] = progressSteps(done, total);
                bar->setRange(0, max);
                bar->setValue(value);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    runTeamWork(
        this,
        [connect = m_connect, url, name, password = m_password->text()](
            const core::Progress &p) { connect(url, name, password, p); },
        [this](const std::optional<core::Error> &error) {
            setBusy(false);
            m_cancel.reset();
            if (!error) {
                m_password->clear();
                QDialog::accept();
                return;
            }
            if (error->code() == core::ErrorCode::Cancelled)
                m_error->setText(tr("Stopped before it finished."));
            else
                m_error->setText(teamErrorText(*error));
            m_error->show();
            adjustSize(); // room for the whole sentence
        },
        progress);
}

void TeamConnectDialog::reject()
{
    if (m_busy) { // Cancel stops the request; the dialog closes once it has stopped
        m_cancel->store(true);
        return;
    }
    m_password->clear();
    QDialog::reject();
}

} // namespace plenum::ui
