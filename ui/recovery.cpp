#include "ui/recovery.h"

#include "facade/knowledgebase.h"
#include "storage/salvage.h"
#include "ui/backgroundwork.h"
#include "ui/backupdialog.h"
#include "ui/errorreporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

std::unique_ptr<core::KnowledgeBase> openInBackground(QWidget *parent, const QString &path, bool create,
    core::KnowledgeBase::PageCheck pages = core::KnowledgeBase::PageCheck::Now)
{
    std::unique_ptr<core::KnowledgeBase> kb;
    runInBackground(parent, QObject::tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [&kb, path, create, pages](const core::Progress &) {
            kb = core::KnowledgeBase::open(
                path, create, core::KnowledgeBase::Content::Bundled, core::KnowledgeBase::Access::Auto, pages);
        });
    return kb;
}

// The parts of a knowledge base as the interface names them.
QString partLabel(const QString &table)
{
    static const QHash<QString, const char *> labels
        = { { QStringLiteral("entities"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "items") },
              { QStringLiteral("milestones"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "milestones") },
              { QStringLiteral("documents"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "documents") },
              { QStringLiteral("statements"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "statements") },
              { QStringLiteral("refs"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "references") },
              { QStringLiteral("concepts"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "concepts") },
              { QStringLiteral("notes"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "notes") },
              { QStringLiteral("aliases"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "aliases") },
              { QStringLiteral("tags"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "tags") },
              { QStringLiteral("entity_tags"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "tags") },
              { QStringLiteral("links"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "links") },
              { QStringLiteral("changes"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "change history") },
              { QStringLiteral("meta"), QT_TRANSLATE_NOOP("plenum::ui::RecoveryDialog", "settings") } };
    const char *label = labels.value(table);
    return label ? RecoveryDialog::tr(label) : table;
}

QString salvageSummary(const core::salvage::Report &r)
{
    const QLocale locale;
    QStringList damaged;
    qint64 dropped = 0;
    for (const auto &t : r.tables) {
        if ((t.unreadable || t.damagedStretches > 0) && !damaged.contains(partLabel(t.table)))
            damaged.append(partLabel(t.table));
        dropped += t.dropped;
    }
    QString text = RecoveryDialog::tr("Saved into %1: %2.")
                       .arg(QDir::toNativeSeparators(r.target), backupContentsText({ r.counts, 0, 0 }));
    if (!damaged.isEmpty())
        text += QLatin1Char(' ')
            + RecoveryDialog::tr("Damaged parts were skipped in: %1.").arg(damaged.join(RecoveryDialog::tr(", ")));
    if (dropped > 0)
        text += QLatin1Char(' ')
            + RecoveryDialog::tr("%1 rows were left out because what they belong to was lost.")
                  .arg(locale.toString(dropped));
    return text + QLatin1Char(' ') + RecoveryDialog::tr("The damaged file was not changed.");
}

std::unique_ptr<core::KnowledgeBase> act(
    QWidget *parent, const QString &path, const RecoveryDialog &dialog, const GoodBackup &backup, ErrorReporter &errors)
{
    switch (dialog.choice()) {
    case RecoveryDialog::Choice::Restore:
        runInBackground(parent, RecoveryDialog::tr("Restoring…"),
            [path, file = backup.entry.path](const core::Progress &p) { core::backup::restore(path, file, p); });
        return openInBackground(parent, path, false);
    case RecoveryDialog::Choice::Salvage: {
        const QString target = core::salvage::defaultTarget(path);
        core::salvage::Report report;
        runInBackground(parent, RecoveryDialog::tr("Salvaging…"),
            [&report, path, target](const core::Progress &p) { report = core::salvage::salvage(path, target, p); });
        QMessageBox::information(parent, RecoveryDialog::tr("Salvaged"), salvageSummary(report));
        return openInBackground(parent, target, false);
    }
    case RecoveryDialog::Choice::OpenOther: {
        const QString other = QFileDialog::getOpenFileName(parent, RecoveryDialog::tr("Open Knowledge Base"),
            QFileInfo(path).absolutePath(),
            RecoveryDialog::tr("Plenum knowledge bases (*.db *.plenum);;All files (*)"));
        return other.isEmpty() ? nullptr : openKnowledgeBase(parent, other, false, errors);
    }
    case RecoveryDialog::Choice::None:
        break;
    }
    return nullptr;
}

} // namespace

GoodBackup findGoodBackup(const QString &dbPath)
{
    GoodBackup found;
    const QString file = core::backup::latestGood(dbPath, &found.skipped);
    if (file.isEmpty())
        return found;
    for (const core::backup::Entry &e : core::backup::entries(dbPath))
        if (e.path == file)
            found.entry = e;
    found.contents = core::backup::inspect(file);
    return found;
}

bool pagesConfirmed(core::KnowledgeBase &kb)
{
    try {
        kb.confirmPages();
        return true;
    } catch (const core::Error &) {
        return false;
    }
}

std::unique_ptr<core::KnowledgeBase> openKnowledgeBase(
    QWidget *parent, const QString &path, bool create, ErrorReporter &errors, core::KnowledgeBase::PageCheck pages)
{
    QString problem;
    try {
        return openInBackground(parent, path, create, pages);
    } catch (const core::Error &e) {
        if (e.code() != core::ErrorCode::Corrupt && e.code() != core::ErrorCode::NotADatabase) {
            errors.report(QObject::tr("Cannot open the knowledge base"), e);
            return nullptr;
        }
        // In the interface language; the dialog itself offers what core's sentence would advise.
        problem = e.code() == core::ErrorCode::Corrupt ? RecoveryDialog::tr("The knowledge base file is damaged.")
                                                       : errorSentence(e.code());
    }
    try {
        GoodBackup backup;
        runInBackground(parent, RecoveryDialog::tr("Looking for a good backup…"),
            [&backup, path](const core::Progress &) { backup = findGoodBackup(path); });
        RecoveryDialog dialog(path, problem, backup, parent);
        dialog.exec();
        return act(parent, path, dialog, backup, errors);
    } catch (const core::Error &e) {
        if (e.code() != core::ErrorCode::Cancelled)
            errors.report(RecoveryDialog::tr("Cannot recover the knowledge base"), e);
        return nullptr;
    }
}

RecoveryDialog::RecoveryDialog(const QString &path, const QString &problem, const GoodBackup &backup, QWidget *parent)
    : QDialog(parent)
    , m_backup(new QLabel)
{
    setWindowTitle(tr("Knowledge Base Damaged"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>%1 cannot be opened.</b>").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    auto *why = new QLabel(problem);
    auto *kept = new QLabel(tr("Whatever you choose, the damaged file itself is not changed."));
    for (QLabel *label : { what, why, m_backup, kept }) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    const QLocale locale;
    if (backup.entry.path.isEmpty()) {
        m_backup->setText(
            tr("There is no good backup of it in %1.").arg(QDir::toNativeSeparators(core::backup::folder(path))));
    } else {
        QString text = tr("The latest good backup is from %1 (%2, %3) and holds %4.")
                           .arg(locale.toString(backup.entry.created.toLocalTime(), QLocale::ShortFormat),
                               backupReasonLabel(backup.entry.reason), locale.formattedDataSize(backup.entry.bytes),
                               backupContentsText(backup.contents));
        if (!backup.skipped.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n newer backup(s) are damaged too and were passed over.", nullptr, int(backup.skipped.size()));
        m_backup->setText(text);
    }
    m_restore = addChoice(tr("&Restore This Backup"), Choice::Restore);
    m_restore->setEnabled(!backup.entry.path.isEmpty());
    m_salvage = addChoice(tr("&Salvage into a New File"), Choice::Salvage);
    m_salvage->setToolTip(tr("Copies what can still be read into a new knowledge base beside the damaged one."));
    m_other = addChoice(tr("&Open Another Knowledge Base…"), Choice::OpenOther);
    m_close = addChoice(tr("&Close"), Choice::None);
    m_close->setDefault(true); // Enter does nothing that changes files
    m_close->setFocus();
    resize(560, sizeHint().height());
}

QPushButton *RecoveryDialog::addChoice(const QString &text, Choice choice)
{
    auto *button = new QPushButton(text);
    button->setAutoDefault(false);
    layout()->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        m_choice = choice;
        if (choice == Choice::None)
            reject();
        else
            accept();
    });
    return button;
}

QPushButton *RecoveryDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::Restore:
        return m_restore;
    case Choice::Salvage:
        return m_salvage;
    case Choice::OpenOther:
        return m_other;
    case Choice::None:
        break;
    }
    return m_close;
}

QString RecoveryDialog::backupText() const
{
    return m_backup->text();
}

} // namespace plenum::ui
