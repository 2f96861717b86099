#include "ui/commandpalette.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace plenum::ui {

namespace {
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // "文件(&F)"
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}
} // namespace

QList<CommandPalette::Entry> CommandPalette::entries(QMenuBar *menus)
{
    QList<Entry> list;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            if (QMenu *sub = action->menu()) {
                walk(sub, path + QStringLiteral(" ▸ ") + plain(action->text()));
                continue;
            }
            list.append({ action, path, plain(action->text()) });
        }
    };
    for (QAction *top : menus->actions())
        if (top->menu())
            walk(top->menu(), plain(top->text()));
    return list;
}

CommandPalette::CommandPalette(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries(menus))
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("Command palette"));
    m_filter->setPlaceholderText(tr("Type to find an action…"));
    m_filter->setAccessibleName(tr("Find an action"));
    m_list->setAccessibleName(tr("Actions"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 420);
    refill({});
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

void CommandPalette::refill(const QString &text)
{
    m_list->clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString shortcut = e.action->shortcut().toString(QKeySequence::NativeText);
        const QString shown = QStringLiteral("%1 ▸ %2").arg(e.path, e.name);
        if (!text.isEmpty() && !shown.contains(text, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(shortcut.isEmpty() ? shown : shown + QStringLiteral("    ") + shortcut);
        item->setData(Qt::UserRole, static_cast<int>(i));
        if (!e.action->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        m_list->addItem(item);
    }
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(r);
            break;
        }
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = m_entries.at(item->data(Qt::UserRole).toInt()).action;
    accept();
    // After the palette has closed, so a dialog the action opens is not stacked on it.
    QTimer::singleShot(0, action, [action] {
        if (action)
            action->trigger();
    });
}

} // namespace plenum::ui
