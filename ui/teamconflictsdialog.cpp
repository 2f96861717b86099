#include "ui/teamconflictsdialog.h"

#include "ui/teamwork.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace plenum::ui {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("delete-edit"))
        return TeamConflictsDialog::tr("deleted here, changed there");
    if (kind == QLatin1String("edit-delete"))
        return TeamConflictsDialog::tr("changed here, deleted there");
    return TeamConflictsDialog::tr("changed on both sides");
}

// The item's fields as the editors name them; an unusual one keeps its stored name.
QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("*"))
        return TeamConflictsDialog::tr("the whole item");
    if (field == QLatin1String("body"))
        return TeamConflictsDialog::tr("text");
    if (field == QLatin1String("title"))
        return TeamConflictsDialog::tr("title");
    if (field == QLatin1String("tags"))
        return TeamConflictsDialog::tr("tags");
    if (field == QLatin1String("aliases"))
        return TeamConflictsDialog::tr("also known as");
    return field;
}

// A merged value is stored as text: offered for note bodies (prefilled with the three-way merge) and
// other text fields, not for lists (tags, aliases) nor for a deleted item.
bool mergeable(const core::team::Conflict &c)
{
    if (c.kind != QLatin1String("edit-edit"))
        return false;
    const QString local = c.local.trimmed();
    return !c.merged.isEmpty() || !(local.startsWith(QLatin1Char('[')) || local.startsWith(QLatin1Char('{')));
}

bool hasConflictMarkers(const QString &text)
{
    return text.contains(QLatin1String("<<<<<<<")) && text.contains(QLatin1String(">>>>>>>"));
}

} // namespace

TeamConflictsDialog::TeamConflictsDialog(std::shared_ptr<core::team::TeamSync> engine,
    std::function<QString(const QString &)> titleOf, Resolver resolver, QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_titleOf(std::move(titleOf))
    , m_resolve(std::move(resolver))
    , m_list(new QTreeWidget)
    , m_empty(new QLabel(tr("No conflicts: every change here and in the team library fits together.")))
    , m_base(new QPlainTextEdit)
    , m_local(new QPlainTextEdit)
    , m_remote(new QPlainTextEdit)
    , m_merged(new QPlainTextEdit)
    , m_keepMine(new QPushButton(tr("Keep &Mine")))
    , m_takeTheirs(new QPushButton(tr("Take &Theirs")))
    , m_useMerged(new QPushButton(tr("Use Mer&ged")))
    , m_error(new QLabel)
{
    setWindowTitle(tr("Team Library Conflicts"));
    m_list->setHeaderLabels({ tr("Item"), tr("Field"), tr("What happened") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Conflicts"));
    for (QPlainTextEdit *text : { m_base, m_local, m_remote })
        text->setReadOnly(true);
    m_merged->setAccessibleName(tr("Merged text"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_keepMine->setToolTip(tr("Keep the value on this computer; it goes to the team library at the next sync"));
    m_takeTheirs->setToolTip(tr("Replace the value here with the team library's"));
    m_useMerged->setToolTip(tr("Store the text in the Merged box, edited to remove the conflict markers"));

    auto *sides = new QHBoxLayout;
    sides->setContentsMargins(0, 0, 0, 0);
    sides->addWidget(column(tr("Last synced"), m_base));
    sides->addWidget(column(tr("Mine (this computer)"), m_local));
    sides->addWidget(column(tr("Theirs (team library)"), m_remote, &m_remoteLabel));
    auto *sidesWidget = new QWidget;
    sidesWidget->setLayout(sides);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(sidesWidget);
    split->addWidget(column(tr("Merged (edit, then Use Merged)"), m_merged));
    split->setSizes({ 110, 220, 170 });
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_error, 1);
    choices->addWidget(m_keepMine);
    choices->addWidget(m_takeTheirs);
    choices->addWidget(m_useMerged);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);
    layout->addLayout(choices);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &TeamConflictsDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TeamConflictsDialog::showCurrent);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(core::team::Choice::Local); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(core::team::Choice::Remote); });
    connect(m_useMerged, &QPushButton::clicked, this, [this] { resolve(core::team::Choice::Merged); });
    reload();
}

void TeamConflictsDialog::setUndoStack(QUndoStack *stack)
{
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); // whatever the platform's habit
    redo->setShortcuts(redoKeys);
    addAction(undo);
    addAction(redo);
    connect(stack, &QUndoStack::indexChanged, this, &TeamConflictsDialog::reload);
}

QWidget *TeamConflictsDialog::column(const QString &title, QPlainTextEdit *text, QLabel **label)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    heading->setBuddy(text);
    layout->addWidget(heading);
    layout->addWidget(text, 1);
    if (label)
        *label = heading;
    return widget;
}

void TeamConflictsDialog::setBusy(bool busy)
{
    m_busy = busy;
    const core::team::Conflict *c = busy ? nullptr : current();
    m_keepMine->setEnabled(c);
    m_takeTheirs->setEnabled(c);
    m_useMerged->setEnabled(c && mergeable(*c));
    m_merged->setEnabled(c && mergeable(*c));
    m_list->setEnabled(!busy);
}

void TeamConflictsDialog::reload()
{
    if (m_reading) { // what is being read may predate the change: read once more when it is back
        m_readAgain = true;
        return;
    }
    m_reading = true;
    auto read = std::make_shared<std::vector<core::team::Conflict>>();
    setBusy(true);
    runTeamWork(
        this, [engine = m_engine, read](const core::Progress &) { *read = engine->conflicts(); },
        [this, read](const std::optional<core::Error> &error) {
            const QString wasId = current() ? current()->entityId : QString();
            m_conflicts = std::move(*read);
            m_list->clear();
            QTreeWidgetItem *select = nullptr;
            for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
                const core::team::Conflict &c = m_conflicts[i];
                const QString title = m_titleOf ? m_titleOf(c.entityId) : QString();
                auto *item = new QTreeWidgetItem(m_list,
                    { title.isEmpty() || title == c.entityId ? c.entityId : tr("%1 (%2)").arg(title, c.entityId),
                        fieldLabel(c.field), kindLabel(c.kind) });
                item->setData(0, Qt::UserRole, static_cast<int>(i));
                if (!select || c.entityId == wasId)
                    select = item;
            }
            m_empty->setVisible(m_conflicts.empty());
            m_list->setCurrentItem(select);
            m_reading = false;
            setBusy(false);
            showCurrent();
            if (error) {
                m_error->setText(teamErrorText(*error));
                m_error->show();
            }
            if (std::exchange(m_readAgain, false))
                reload();
        });
}

const core::team::Conflict *TeamConflictsDialog::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int row = item->data(0, Qt::UserRole).toInt();
    return row >= 0 && static_cast<std::size_t>(row) < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

void TeamConflictsDialog::showCurrent()
{
    const core::team::Conflict *c = current();
    const QString deleted = tr("(deleted)");
    m_base->setPlainText(c ? c->base : QString());
    m_local->setPlainText(!c ? QString() : c->kind == QLatin1String("delete-edit") ? deleted : c->local);
    m_remote->setPlainText(!c ? QString() : c->kind == QLatin1String("edit-delete") ? deleted : c->remote);
    m_remoteLabel->setText(
        QStringLiteral("<b>%1</b>")
            .arg((c ? tr("Theirs (team library, version %1)").arg(c->remoteVersion) : tr("Theirs (team library)"))
                     .toHtmlEscaped()));
    m_merged->setPlainText(!c ? QString() : !c->merged.isEmpty() ? c->merged : c->local);
    m_error->hide();
    setBusy(m_busy);
}

void TeamConflictsDialog::resolve(core::team::Choice choice)
{
    const core::team::Conflict *c = current();
    if (!c || m_busy)
        return;
    const QString merged = m_merged->toPlainText();
    if (choice == core::team::Choice::Merged && hasConflictMarkers(merged)) {
        m_error->setText(tr("The merged text still has conflict markers (<<<<<<< … >>>>>>>): edit them out first."));
        m_error->show();
        m_merged->setFocus();
        return;
    }
    const core::team::Conflict chosen = *c;
    try {
        m_resolve(chosen, choice, choice == core::team::Choice::Merged ? merged : QString());
    } catch (const core::Error &e) {
        m_error->setText(teamErrorText(e));
        m_error->show();
        return;
    }
    emit resolved();
    reload(); // once more when the undo stack already asked for it
}

void TeamConflictsDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace plenum::ui
