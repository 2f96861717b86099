#include "ui/teammembersdialog.h"

#include "team/teamsync.h"
#include "ui/teamwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {
QString roleLabel(const QString &role)
{
    if (role == QLatin1String("reader"))
        return TeamMembersDialog::tr("Reader (reads and syncs)");
    if (role == QLatin1String("editor"))
        return TeamMembersDialog::tr("Editor (also changes)");
    if (role == QLatin1String("admin"))
        return TeamMembersDialog::tr("Admin (also manages members)");
    return role;
}
} // namespace

TeamMembersDialog::TeamMembersDialog(std::shared_ptr<core::team::TeamSync> engine, bool isAdmin, QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_isAdmin(isAdmin)
    , m_list(new QTreeWidget)
    , m_name(new QLineEdit)
    , m_password(new QLineEdit)
    , m_role(new QComboBox)
    , m_add(new QPushButton(tr("&Add Member")))
    , m_remove(new QPushButton(tr("&Remove Selected")))
    , m_error(new QLabel)
    , m_members(std::make_shared<std::vector<std::pair<QString, QString>>>())
{
    setWindowTitle(tr("Team Library Members"));
    m_list->setHeaderLabels({ tr("Member"), tr("Role") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_password->setEchoMode(QLineEdit::Password);
    for (const char *role : { "reader", "editor", "admin" })
        m_role->addItem(roleLabel(QString::fromLatin1(role)), QString::fromLatin1(role));
    m_role->setCurrentIndex(1);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("R&ole:"), m_role);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_remove);
    row->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    if (!m_isAdmin)
        layout->addWidget(new QLabel(tr("Only an admin of the library adds or removes members.")));
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 440);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamMembersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TeamMembersDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamMembersDialog::removeMember);
    connect(m_name, &QLineEdit::returnPressed, this, &TeamMembersDialog::addMember);
    setBusy(false);
    reload();
}

void TeamMembersDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_password),
             static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove) })
        w->setEnabled(!busy && m_isAdmin);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

// Each request is followed by a fresh list, read on the same worker thread.
void TeamMembersDialog::run(std::function<void()> request)
{
    m_error->hide();
    setBusy(true);
    runTeamWork(
        this,
        [engine = m_engine, members = m_members, request = std::move(request)](const core::Progress &) {
            if (request)
                request();
            members->clear();
            for (const core::team::Member &m : engine->members())
                members->emplace_back(m.name, m.role);
        },
        [this](const std::optional<core::Error> &error) {
            setBusy(false);
            showMembers();
            if (error) {
                m_error->setText(teamErrorText(*error));
                m_error->show();
            }
        });
}

void TeamMembersDialog::showMembers()
{
    m_list->clear();
    for (const auto &[name, role] : *m_members) {
        auto *item = new QTreeWidgetItem(m_list, { name, roleLabel(role) });
        item->setData(0, Qt::UserRole, name);
    }
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void TeamMembersDialog::reload()
{
    run({});
}

void TeamMembersDialog::addMember()
{
    const QString name = m_name->text().trimmed();
    if (m_busy || name.isEmpty())
        return;
    const QString password = m_password->text();
    const QString role = m_role->currentData().toString();
    m_password->clear();
    run([engine = m_engine, name, password, role] { engine->addMember(name, password, role); });
    m_name->clear();
}

void TeamMembersDialog::removeMember()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (m_busy || !item)
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove Member"),
            tr("Remove %1 from the team library? From then on %1 can neither read nor change it.").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    run([engine = m_engine, name] { engine->removeMember(name); });
}

void TeamMembersDialog::reject()
{
    if (!m_busy) // the server's answer is awaited; the dialog then closes on the next Close
        QDialog::reject();
}

} // namespace plenum::ui
