#include "ui/recovery.h"

#include "facade/knowledgebase.h"
#include "storage/backup.h"
#include "ui/errorreporter.h"

#include <QFileInfo>
#include <QMessageBox>

namespace plenum::ui {

std::unique_ptr<core::KnowledgeBase> openKnowledgeBase(
    QWidget *parent, const QString &path, bool create, ErrorReporter &errors)
{
    try {
        return core::KnowledgeBase::open(path, create);
    } catch (const core::Error &e) {
        const bool damaged = e.code() == core::ErrorCode::Corrupt || e.code() == core::ErrorCode::NotADatabase;
        const QString latest = damaged ? core::backup::latest(path) : QString();
        if (latest.isEmpty()) {
            errors.report(QObject::tr("Cannot open the knowledge base"), e.message());
            return nullptr;
        }
        const auto answer = QMessageBox::question(parent, QObject::tr("Knowledge base damaged"),
            QObject::tr("%1\n\nRestore the latest backup, %2? The damaged file is kept beside it and is not changed.")
                .arg(e.message(), QFileInfo(latest).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
        try {
            core::backup::restore(path, latest);
            return core::KnowledgeBase::open(path, false);
        } catch (const core::Error &restoreError) {
            errors.report(QObject::tr("Cannot restore the backup"), restoreError.message());
            return nullptr;
        }
    }
}

} // namespace plenum::ui
