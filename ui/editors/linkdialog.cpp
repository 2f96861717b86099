#include "ui/editors/linkdialog.h"

#include "storage/repository.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace plenum::ui {

LinkDialog::LinkDialog(core::Repository &repo, const QString &sourceId, QWidget *parent)
    : QDialog(parent)
    , m_repo(repo)
    , m_target(new QLineEdit)
    , m_relation(new QComboBox)
    , m_note(new QLineEdit)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Add Link"));
    m_link.sourceId = sourceId;
    QStringList choices;
    for (core::ItemType type : { core::ItemType::Milestone, core::ItemType::Concept, core::ItemType::Document })
        choices += repo.itemIds(type);
    auto *completer = new QCompleter(choices, m_target);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_target->setCompleter(completer);
    m_target->setPlaceholderText(tr("ID, alias or name"));
    // The relations a person draws; the linker's own (duplicate_of) is left to merges.
    for (core::Relation r : core::kAllRelations)
        if (r != core::Relation::DuplicateOf)
            m_relation->addItem(kindLabel(core::relationName(r)), core::relationName(r));
    m_relation->setCurrentIndex(m_relation->findData(core::relationName(core::Relation::About)));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("From: %1").arg(repo.title(sourceId).toHtmlEscaped())));
    form->addRow(tr("To:"), m_target);
    form->addRow(tr("Relation:"), m_relation);
    form->addRow(tr("Note:"), m_note);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    m_target->setAccessibleName(tr("To"));
    m_relation->setAccessibleName(tr("Relation"));
    m_note->setAccessibleName(tr("Note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
}

void LinkDialog::accept()
{
    const QString target = m_repo.resolve(m_target->text());
    if (target.isEmpty() || target == m_link.sourceId) {
        m_problem->setText(target.isEmpty() ? tr("No item has the ID, alias or name “%1”.").arg(m_target->text())
                                            : tr("An item cannot link to itself."));
        m_problem->show();
        m_target->setFocus();
        return;
    }
    m_link.targetId = target;
    m_link.relation = core::relationFromName(m_relation->currentData().toString()).value_or(core::Relation::About);
    m_link.note = m_note->text().trimmed();
    m_link.origin = core::LinkOrigin::Manual;
    QDialog::accept();
}

} // namespace plenum::ui
