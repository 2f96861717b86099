#include "ui/backupdialog.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "ui/errorreporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plenum::ui {

BackupDialog::BackupDialog(core::Database &db, ErrorReporter &errors, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_errors(errors)
    , m_interval(new QSpinBox)
    , m_keep(new QSpinBox)
    , m_backups(new QListWidget)
    , m_folder(new QLabel)
{
    setWindowTitle(tr("Backups"));
    const auto settings = core::backup::settings(db);
    m_interval->setRange(0, 24 * 30);
    m_interval->setSuffix(tr(" hours"));
    m_interval->setSpecialValueText(tr("never (only before migrations and large imports)"));
    m_interval->setValue(settings.intervalHours);
    m_keep->setRange(1, 200);
    m_keep->setValue(settings.keep);
    m_folder->setText(QDir::toNativeSeparators(core::backup::folder(db.path())));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Back up &every:"), m_interval);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Folder:"), m_folder);
    auto *now = new QPushButton(tr("Back Up &Now"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(now, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Backups (restore one with plenum-cli restore FILE while Plenum is closed):")));
    layout->addWidget(m_backups, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(now, &QPushButton::clicked, this, [this] {
        try {
            core::backup::create(m_db, QStringLiteral("manual"), m_keep->value());
            refreshList();
        } catch (const core::Error &e) {
            m_errors.report(tr("Cannot back up"), e.message());
        }
    });
    refreshList();
}

void BackupDialog::refreshList()
{
    m_backups->clear();
    for (const QString &file : core::backup::list(m_db.path()))
        m_backups->addItem(QFileInfo(file).fileName());
}

void BackupDialog::accept()
{
    try {
        core::backup::setSettings(m_db, { m_interval->value(), m_keep->value() });
        QDialog::accept();
    } catch (const core::Error &e) {
        m_errors.report(tr("Cannot save the backup settings"), e.message());
    }
}

} // namespace plenum::ui
