#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace plenum::ui {

class MainWindow;

/// The main window's menus and what they do: files (new, open, recent, import, export, index,
/// backups), edit (undo, notes, delete), go, view (and the interface language), the team library
/// (ui/teamactions.h) and help.
/// Every action runs under guard(), so a failure is reported and the window stays usable.
class MainActions final : public QObject {
    Q_OBJECT
public:
    /// Fills WINDOW's menu bar.
    explicit MainActions(MainWindow &window);

    /// Turns the actions that change the knowledge base off (a read-only file) or on.
    void setReadOnly(bool readOnly);
    /// Back and Forward follow the item page's history.
    void updateHistory();

private:
    void createFileMenu();
    void createExportMenu(QMenu *file);
    void createEditMenu();
    void createGoMenu();
    void createViewMenu();
    void createHelpMenu();
    /// Adds an action with TEXT to MENU whose handler runs under guard().
    template <typename Handler> QAction *add(QMenu *menu, const QString &text, Handler handler);
    void openKnowledgeBase(const QString &chosen = {});
    void newKnowledgeBase();
    void fillRecentMenu();
    void changeLanguage(const QString &code);
    void exportThisNote();
    void showBackups();
    void showSettings();
    void restart();
    void about();

    MainWindow &m_window;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_editActions; // disabled while the knowledge base is read-only
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace plenum::ui
