#include "ui/helpdialogs.h"

#include "ui/commandpalette.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {
QDialog *framed(QWidget *content, const QString &title, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    layout->addWidget(buttons);
    return dialog;
}
} // namespace

QDialog *createUserGuide(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    const QString base = QCoreApplication::applicationDirPath();
    browser->setSearchPaths({ base + QStringLiteral("/../share/doc/plenum"), QStringLiteral(":/plenum/docs") });
    QFile guide(QStringLiteral(":/plenum/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    browser->setAccessibleName(QCoreApplication::translate("plenum::ui::Help", "User guide"));
    QDialog *dialog = framed(browser, QCoreApplication::translate("plenum::ui::Help", "Plenum user guide"), parent);
    dialog->resize(820, 640);
    return dialog;
}

QDialog *createShortcutList(QMenuBar *menus, QWidget *parent)
{
    auto *table = new QTableWidget;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ QCoreApplication::translate("plenum::ui::Help", "Action"),
        QCoreApplication::translate("plenum::ui::Help", "Shortcut") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const CommandPalette::Entry &e : CommandPalette::entries(menus)) {
        QStringList keys;
        for (const QKeySequence &k : e.action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1 ▸ %2").arg(e.path, e.name)));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table->setObjectName(QStringLiteral("shortcuts"));
    QDialog *dialog = framed(table, QCoreApplication::translate("plenum::ui::Help", "Keyboard shortcuts"), parent);
    dialog->resize(560, 600);
    return dialog;
}

} // namespace plenum::ui
