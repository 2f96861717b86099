#include "ui/mainactions.h"

#include "facade/knowledgebase.h"
#include "storage/backup.h"
#include "ui/backupdialog.h"
#include "ui/commandpalette.h"
#include "ui/errorreporter.h"
#include "ui/graphview.h"
#include "ui/guard.h"
#include "ui/helpdialogs.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/noteeditor.h"
#include "ui/recovery.h"
#include "ui/searchpanel.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/statisticsview.h"
#include "ui/teamactions.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "ui/transferactions.h"

#include "ui/editors/editactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QUndoGroup>

namespace plenum::ui {

MainActions::MainActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    createFileMenu();
    createEditMenu();
    createGoMenu();
    createViewMenu();
    m_window.team()->addMenuTo(m_window.menuBar());
    createHelpMenu();
}

template <typename Handler> QAction *MainActions::add(QMenu *menu, const QString &text, Handler handler)
{
    QString name = text;
    name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return menu->addAction(
        text, this, guarded(m_window.errors(), tr("Cannot complete “%1”").arg(name), std::move(handler)));
}

void MainActions::createFileMenu()
{
    QMenu *file = m_window.menuBar()->addMenu(tr("&File"));
    add(file, tr("New &Knowledge Base…"), [this] {
        newKnowledgeBase();
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    add(file, tr("&Open Knowledge Base…"), [this] { openKnowledgeBase(); })->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainActions::fillRecentMenu);
    file->addSeparator();
    QAction *import = add(file, tr("&Import…"), [this] { m_window.transfers()->chooseAndImport(); });
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_editActions.append(import);
    createExportMenu(file);
    add(file, tr("Rebuild &Search Index"), [this] { m_window.transfers()->rebuildSearchIndex(); });
    add(file, tr("&Backups…"), [this] { showBackups(); }); // read-only bases list and restore elsewhere
    file->addSeparator();
    add(file, tr("Se&ttings…"), [this] { showSettings(); })->setShortcut(QKeySequence(tr("Ctrl+,")));
    file->addSeparator();
    file->addAction(tr("&Quit"), &m_window, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainActions::createExportMenu(QMenu *file)
{
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    add(exportMenu, tr("This &Note…"), [this] { exportThisNote(); })->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    add(exportMenu, tr("&All Notes…"), [this] {
        m_window.noteEditor()->flush();
        m_window.transfers()->exportNotes({});
    });
    add(exportMenu, tr("&Dossier of This Item…"), [this] {
        const QString id = m_window.itemPage()->currentId();
        if (!id.isEmpty())
            m_window.transfers()->exportDossier(id);
    });
    add(exportMenu, tr("&References…"), [this] { m_window.transfers()->exportReferences(); });
}

void MainActions::createEditMenu()
{
    QMenu *edit = m_window.menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_window.undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_window.undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    // What was typed in the note is saved before the menu opens, so its Undo takes the typing back.
    connect(edit, &QMenu::aboutToShow, m_window.noteEditor(), &NoteEditor::flush);
    connect(m_window.noteEditor(), &NoteEditor::undoRequested, undo,
        [undo, redo](bool again) { (again ? redo : undo)->trigger(); });
    edit->addSeparator();
    QAction *newNote = add(edit, tr("&New Note"), [this] { m_window.newNote(); });
    newNote->setShortcut(QKeySequence::New);
    m_editActions.append(newNote);
    add(edit, tr("&Edit Note"), [this] {
        m_window.editNote(m_window.itemPage()->currentId());
    })->setShortcut(QKeySequence(tr("Ctrl+E")));
    auto *editing = new EditActions(m_window, &m_window); // every item kind: ui/editors/editactions.h
    QAction *remove = add(edit, tr("&Delete Item"), [editing] { editing->deleteCurrent(); });
    remove->setShortcut(QKeySequence(tr("Ctrl+Shift+Delete")));
    m_editActions.append(remove);
    edit->addSeparator();
    m_editActions += editing->addTo(edit);
}

void MainActions::createGoMenu()
{
    QMenu *go = m_window.menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Search…"), this, [this] { m_window.focusSearch(); });
    find->setShortcuts({ QKeySequence(tr("Ctrl+K")), QKeySequence::Find });
    go->addSeparator();
    m_back = add(go, tr("&Back"), [this] { m_window.itemPage()->back(); });
    m_back->setShortcut(QKeySequence::Back);
    m_forward = add(go, tr("&Forward"), [this] { m_window.itemPage()->forward(); });
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    go->addSeparator();
    go->addAction(tr("&Milestones"), this, [this] {
          m_window.navigator()->showMilestones();
      })->setShortcut(QKeySequence(tr("Ctrl+1")));
    go->addAction(tr("&Concepts"), this, [this] {
          m_window.navigator()->showConcepts();
      })->setShortcut(QKeySequence(tr("Ctrl+2")));
    go->addAction(tr("&Timeline"), this, [this] {
          m_window.timeline()->view()->setFocus();
      })->setShortcut(QKeySequence(tr("Ctrl+T")));
    go->addAction(tr("&Item Page"), this, [this] {
          m_window.itemPage()->setFocus();
      })->setShortcut(QKeySequence(tr("Ctrl+3")));
}

void MainActions::createViewMenu()
{
    QMenu *view = m_window.menuBar()->addMenu(tr("&View"));
    add(view, tr("Item &Page"), [this] {
        m_window.showView(m_window.itemPage());
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    add(view, tr("Link &Graph"), [this] {
        m_window.showView(m_window.graph()->parentWidget());
    })->setShortcut(QKeySequence(tr("Ctrl+G")));
    add(view, tr("&Statistics"), [this] {
        m_window.showView(m_window.statistics());
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = Settings().language();
    for (const auto &[code, label] :
        { std::pair { QString(), tr("System Default") }, std::pair { QStringLiteral("en"), QStringLiteral("English") },
            std::pair { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } }) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { changeLanguage(language); });
    }
}

void MainActions::createHelpMenu()
{
    QMenu *help = m_window.menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), this, [this] { createUserGuide(&m_window)->show(); })
        ->setShortcut(QKeySequence(tr("F1")));
    help->addAction(
            tr("&Keyboard Shortcuts"), this, [this] { createShortcutList(m_window.menuBar(), &m_window)->show(); })
        ->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addAction(tr("&Command Palette…"), this,
            [this] {
                CommandPalette palette(m_window.menuBar(), &m_window);
                palette.exec();
            })
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    help->addSeparator();
    help->addAction(tr("&About Plenum"), this, &MainActions::about);
}

void MainActions::setReadOnly(bool readOnly)
{
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
}

void MainActions::updateHistory()
{
    m_back->setEnabled(m_window.itemPage()->canGoBack());
    m_forward->setEnabled(m_window.itemPage()->canGoForward());
}

void MainActions::openKnowledgeBase(const QString &chosen)
{
    const QString path = !chosen.isEmpty() ? chosen
                                           : QFileDialog::getOpenFileName(&m_window, tr("Open Knowledge Base"),
                                               QFileInfo(m_window.session().path()).absolutePath(),
                                               tr("Plenum knowledge bases (*.db *.plenum);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto kb = ui::openKnowledgeBase(&m_window, path, false, m_window.errors()))
        m_window.setKnowledgeBase(std::move(kb));
}

void MainActions::newKnowledgeBase()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("New Knowledge Base"),
        QFileInfo(m_window.session().path()).absolutePath(), tr("Plenum knowledge bases (*.db *.plenum)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_window.errors().report(tr("Cannot create the knowledge base"),
            tr("%1 already exists; open it instead, or choose a new name.").arg(path));
        return;
    }
    // The bundled content loads off the GUI thread.
    if (auto kb = ui::openKnowledgeBase(&m_window, path, true, m_window.errors()))
        m_window.setKnowledgeBase(std::move(kb));
}

void MainActions::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : Settings().recentDatabases()) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
            guarded(m_window.errors(), tr("Cannot open %1").arg(path), [this, path] { openKnowledgeBase(path); }));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainActions::changeLanguage(const QString &code)
{
    Settings().setLanguage(code);
    const auto answer = QMessageBox::question(&m_window, tr("Interface Language"),
        tr("The new interface language takes effect when Plenum starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restart();
}

void MainActions::restart()
{
    m_window.noteEditor()->flush();
    if (QProcess::startDetached(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--db"), m_window.session().path() }))
        m_window.close();
}

void MainActions::exportThisNote()
{
    m_window.noteEditor()->flush();
    const QString id = m_window.currentItemId();
    std::optional<core::ItemType> type;
    if (!guard(
            m_window.errors(), tr("Cannot export"), [&] { type = m_window.knowledgeBase().repository().typeOf(id); }))
        return;
    if (type == core::ItemType::Note)
        m_window.transfers()->exportNotes({ id });
    else
        m_window.errors().report(
            tr("Cannot export"), tr("Open a note first; to export every note choose Export ▸ All Notes."));
}

void MainActions::showBackups()
{
    BackupDialog dialog([this]() -> core::Database & { return m_window.knowledgeBase().database(); },
        m_window.session().isReadOnly(), m_window.errors(), &m_window);
    connect(&dialog, &BackupDialog::aboutToRestore, this, [this] { m_window.search()->setKnowledgeBase({}); });
    connect(&dialog, &BackupDialog::restoreFinished, this, [this] {
        const QString path = m_window.session().path(); // reopened: the index is rebuilt, the undo stack cleared
        if (auto kb = ui::openKnowledgeBase(&m_window, path, false, m_window.errors()))
            m_window.setKnowledgeBase(std::move(kb));
        else
            m_window.search()->setKnowledgeBase(path);
    });
    dialog.exec();
}

void MainActions::showSettings()
{
    SettingsDialog dialog(core::backup::folder(m_window.session().path()), &m_window);
    connect(&dialog, &SettingsDialog::backupsRequested, this, &MainActions::showBackups);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.save();
    m_window.team()->applySettings();
    if (!languageChanged)
        return;
    const auto answer = QMessageBox::question(&m_window, tr("Interface Language"),
        tr("The new interface language takes effect when Plenum starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restart();
}

void MainActions::about()
{
    QMessageBox::about(&m_window, tr("About Plenum"),
        tr("<h3>Plenum %1</h3><p>A knowledge base for research on Chinese social governance "
           "policy: Party milestones, documents, statements, concepts and references, linked.</p>"
           "<p>Knowledge base: %2</p>")
            .arg(QApplication::applicationVersion(), m_window.session().path().toHtmlEscaped()));
}

} // namespace plenum::ui
