#pragma once

#include "storage/backup.h"

#include "facade/knowledgebase.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;
class QWidget;

namespace plenum::core {
class KnowledgeBase;
}

namespace plenum::ui {

class ErrorReporter;

/// Opens the knowledge base at PATH (creating it when CREATE) on a worker thread, so a migration,
/// its backup and the bundled-content refresh never block the GUI. When the file turns out
/// damaged or not a knowledge base, the RecoveryDialog offers the ways out. Other failures go to
/// ERRORS. Returns null when nothing was opened.
/// With PageCheck::Deferred the page check goes on after this returns (the GUI builds its window
/// meanwhile): see pagesConfirmed().
std::unique_ptr<core::KnowledgeBase> openKnowledgeBase(QWidget *parent, const QString &path, bool create,
    ErrorReporter &errors, core::KnowledgeBase::PageCheck pages = core::KnowledgeBase::PageCheck::Now);

/// Waits for KB's deferred page check (KnowledgeBase::confirmPages()): false when it found the
/// file damaged, or could not look. The caller then closes KB and opens it again with the check
/// done at once, which offers the RecoveryDialog: before the user could change anything.
bool pagesConfirmed(core::KnowledgeBase &kb);

/// The newest backup of a knowledge base that passes integrity_check, with what it holds.
struct GoodBackup {
    core::backup::Entry entry; ///< path empty when there is none
    core::backup::Contents contents;
    QStringList skipped; ///< newer backups passed over as damaged (their messages)
};
/// Looks for the latest good backup of DB_PATH (checking each one: call it off the GUI thread).
GoodBackup findGoodBackup(const QString &dbPath);

/// A damaged knowledge base is not a dead end: restore its latest good backup (previewed),
/// salvage what can be read into a new file, or open another knowledge base. The damaged file is
/// never written. Closing (the default button) does none of these.
class RecoveryDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Restore, Salvage, OpenOther };

    RecoveryDialog(const QString &path, const QString &problem, const GoodBackup &backup, QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const noexcept { return m_choice; }
    [[nodiscard]] QPushButton *button(Choice choice) const;
    /// What the dialog says about the backup it would restore.
    [[nodiscard]] QString backupText() const;

private:
    QPushButton *addChoice(const QString &text, Choice choice);

    Choice m_choice = Choice::None;
    QLabel *m_backup;
    QPushButton *m_restore = nullptr;
    QPushButton *m_salvage = nullptr;
    QPushButton *m_other = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace plenum::ui
