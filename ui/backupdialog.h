#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace plenum::core {
class Database;
namespace backup {
struct Contents;
}
} // namespace plenum::core

namespace plenum::ui {

class ErrorReporter;

/// How a backup's reason (the tag its file name ends with) reads in the interface.
QString backupReasonLabel(const QString &reason);
/// "37 milestones, 62 concepts, … and 5 notes": what a backup holds, for previews.
QString backupContentsText(const core::backup::Contents &contents);

/// The backups of the open knowledge base: the schedule and how many to keep, every backup with
/// its date, reason and size, Back Up Now, and Restore with a preview and an undo.
class BackupDialog final : public QDialog {
    Q_OBJECT
public:
    /// The open knowledge base's connection (fetched anew each time: a restore reopens it).
    using DatabaseAccess = std::function<core::Database &()>;
    BackupDialog(DatabaseAccess database, bool readOnly, ErrorReporter &errors, QWidget *parent = nullptr);

    /// Saves the schedule (OK).
    void accept() override;
    /// Makes a backup now, on a worker thread.
    void backUpNow();
    /// Restores FILE over the open knowledge base: asks first with a preview of what it holds
    /// (unless ASK is false, as for Undo), and saves the current state first. True when done.
    bool restoreBackup(const QString &file, bool ask = true);
    /// Undoes the last restore made in this dialog (restores the copy it saved first).
    void undoRestore();

    [[nodiscard]] QTreeWidget *backupList() const noexcept { return m_backups; }
    [[nodiscard]] QPushButton *undoButton() const noexcept { return m_undo; }
    /// The safety copy the last restore made ("" before any).
    [[nodiscard]] const QString &safetyCopy() const noexcept { return m_safetyCopy; }

signals:
    /// A restore is about to overwrite the knowledge base (the window lets go of its search index).
    void aboutToRestore();
    /// A restore ended (OK true when the knowledge base now holds the backup): reopen it.
    void restoreFinished(bool ok);

private:
    void refreshList();
    void restoreSelected();

    DatabaseAccess m_database;
    ErrorReporter &m_errors;
    QString m_path;
    QComboBox *m_schedule;
    QSpinBox *m_keep;
    QTreeWidget *m_backups;
    QPushButton *m_restore;
    QPushButton *m_undo;
    QLabel *m_status;
    QString m_safetyCopy;
};

} // namespace plenum::ui
