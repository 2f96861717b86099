#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QSpinBox;

namespace plenum::core {
class Database;
}

namespace plenum::ui {

class ErrorReporter;

/// Automatic backups of the open knowledge base: how often, how many to keep, back up now, and
/// the backups there are (restoring one is `plenum-cli restore`, with the app closed).
class BackupDialog final : public QDialog {
    Q_OBJECT
public:
    BackupDialog(core::Database &db, ErrorReporter &errors, QWidget *parent = nullptr);

    /// Saves the schedule (OK).
    void accept() override;

private:
    void refreshList();

    core::Database &m_db;
    ErrorReporter &m_errors;
    QSpinBox *m_interval;
    QSpinBox *m_keep;
    QListWidget *m_backups;
    QLabel *m_folder;
};

} // namespace plenum::ui
