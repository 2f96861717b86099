#include "ui/backupdialog.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "ui/backgroundwork.h"
#include "ui/errorreporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString backupReasonLabel(const QString &reason)
{
    if (reason == QLatin1String("daily"))
        return BackupDialog::tr("daily");
    if (reason == QLatin1String("scheduled"))
        return BackupDialog::tr("scheduled");
    if (reason == QLatin1String("manual"))
        return BackupDialog::tr("made by hand");
    if (reason == QLatin1String("before-import"))
        return BackupDialog::tr("before a large import");
    if (reason == QLatin1String("before-merge"))
        return BackupDialog::tr("before a merge");
    if (reason == QLatin1String("before-restore"))
        return BackupDialog::tr("before a restore (undo)");
    if (reason == QLatin1String("before-restore-damaged"))
        return BackupDialog::tr("damaged file set aside");
    if (reason.startsWith(QLatin1String("before-migration-")))
        return BackupDialog::tr("before upgrading to schema %1").arg(reason.mid(17));
    return reason;
}

QString backupContentsText(const core::backup::Contents &c)
{
    const QLocale locale;
    return BackupDialog::tr("%1 milestones, %2 concepts, %3 statements, %4 references and %5 notes")
        .arg(locale.toString(c.counts.milestones), locale.toString(c.counts.concepts),
            locale.toString(c.counts.statements), locale.toString(c.counts.references),
            locale.toString(c.counts.notes));
}

BackupDialog::BackupDialog(DatabaseAccess database, bool readOnly, ErrorReporter &errors, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_errors(errors)
    , m_path(m_database().path())
    , m_schedule(new QComboBox)
    , m_keep(new QSpinBox)
    , m_backups(new QTreeWidget)
    , m_restore(new QPushButton(tr("&Restore…")))
    , m_undo(new QPushButton(tr("&Undo Restore")))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Backups"));
    const auto settings = core::backup::settings(m_database());
    m_schedule->addItem(tr("On the first open of each day"), core::backup::kDaily);
    for (int hours : { 12, 6, 1 })
        m_schedule->addItem(tr("Every %n hour(s)", nullptr, hours), hours);
    m_schedule->addItem(tr("Off (only before upgrades, large imports and restores)"), 0);
    if (m_schedule->findData(settings.intervalHours) < 0)
        m_schedule->addItem(tr("Every %n hour(s)", nullptr, settings.intervalHours), settings.intervalHours);
    m_schedule->setCurrentIndex(m_schedule->findData(settings.intervalHours));
    m_keep->setRange(1, 200);
    m_keep->setValue(settings.keep);
    m_keep->setSuffix(tr(" backups, and one a week for %n week(s)", nullptr, core::backup::kWeeksKept));
    auto *folder = new QLabel(QDir::toNativeSeparators(core::backup::folder(m_path)));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Automatic &backups:"), m_schedule);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Folder:"), folder);

    m_backups->setColumnCount(3);
    m_backups->setHeaderLabels({ tr("Date"), tr("Reason"), tr("Size") });
    m_backups->setRootIsDecorated(false);
    m_backups->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_backups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *now = new QPushButton(tr("Back Up &Now"));
    m_undo->hide();
    m_restore->setEnabled(false);
    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { now, m_restore, m_undo }) {
        b->setAutoDefault(false);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_backups, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(m_undo, &QPushButton::clicked, this, &BackupDialog::undoRestore);
    connect(m_backups, &QTreeWidget::currentItemChanged, this,
        [this, readOnly](QTreeWidgetItem *current) { m_restore->setEnabled(current && !readOnly); });
    resize(640, 420);
    refreshList();
}

void BackupDialog::refreshList()
{
    m_backups->clear();
    const QLocale locale;
    for (const core::backup::Entry &e : core::backup::entries(m_path)) {
        auto *item = new QTreeWidgetItem(
            m_backups, { when(e.created), backupReasonLabel(e.reason), locale.formattedDataSize(e.bytes) });
        item->setData(0, kPathRole, e.path);
        item->setToolTip(0, QDir::toNativeSeparators(e.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void BackupDialog::backUpNow()
{
    const int keep = m_keep->value();
    const QString path = m_path;
    QString made;
    try {
        runInBackground(this, tr("Backing up…"), [&made, path, keep](const core::Progress &progress) {
            core::Database db = core::Database::open(path, core::Database::OpenMode::ReadWrite);
            made = core::backup::create(db, QStringLiteral("manual"), keep, progress);
        });
        m_status->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made)));
    } catch (const core::Error &e) {
        if (e.code() != core::ErrorCode::Cancelled)
            m_errors.report(tr("Cannot back up"), e);
    }
    refreshList();
}

void BackupDialog::restoreSelected()
{
    if (QTreeWidgetItem *item = m_backups->currentItem())
        restoreBackup(item->data(0, kPathRole).toString());
}

bool BackupDialog::restoreBackup(const QString &file, bool ask)
{
    const QString path = m_path;
    try {
        if (ask) {
            core::backup::Contents contents;
            runInBackground(this, tr("Checking the backup…"),
                [&contents, file](const core::Progress &) { contents = core::backup::inspect(file); });
            core::backup::Entry entry;
            for (const core::backup::Entry &e : core::backup::entries(m_path))
                if (e.path == QFileInfo(file).absoluteFilePath())
                    entry = e;
            QMessageBox box(QMessageBox::Question, tr("Restore Backup"),
                tr("Replace the open knowledge base by the backup of %1 (%2, %3)?")
                    .arg(entry.created.isValid() ? when(entry.created) : QFileInfo(file).fileName(),
                        backupReasonLabel(entry.reason), QLocale().formattedDataSize(contents.bytes)),
                QMessageBox::Cancel, this);
            box.setInformativeText(tr("It holds %1. The current knowledge base is saved as a backup first, so "
                                      "you can undo the restore.")
                                       .arg(backupContentsText(contents)));
            box.setDetailedText(QDir::toNativeSeparators(file));
            QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != restore)
                return false;
        }
        emit aboutToRestore();
        QString saved;
        runInBackground(this, tr("Restoring…"), [&saved, path, file](const core::Progress &progress) {
            saved = core::backup::restore(path, file, progress);
        });
        m_safetyCopy = saved;
        m_status->setText(tr("Restored %1. What it replaced was saved as %2.")
                              .arg(QFileInfo(file).fileName(), QFileInfo(saved).fileName()));
        m_undo->setVisible(!saved.isEmpty());
        emit restoreFinished(true);
    } catch (const core::Error &e) {
        emit restoreFinished(false);
        if (e.code() != core::ErrorCode::Cancelled)
            m_errors.report(tr("Cannot restore the backup"), e);
        refreshList();
        return false;
    }
    refreshList();
    return true;
}

void BackupDialog::undoRestore()
{
    if (m_safetyCopy.isEmpty())
        return;
    const QString copy = m_safetyCopy;
    if (restoreBackup(copy, false))
        m_status->setText(tr("Undone: the knowledge base is back as it was before the restore (%1).")
                              .arg(QFileInfo(copy).fileName()));
}

void BackupDialog::accept()
{
    try {
        core::backup::setSettings(m_database(), { m_schedule->currentData().toInt(), m_keep->value() });
        QDialog::accept();
    } catch (const core::Error &e) {
        m_errors.report(tr("Cannot save the backup settings"), e);
    }
}

} // namespace plenum::ui
