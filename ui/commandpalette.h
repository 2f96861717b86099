#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;
class QMenuBar;

namespace plenum::ui {

/// Every action of the menus in one filterable list (its menu, name and shortcut); Enter runs the
/// chosen one. Also the source of the shortcut list in the Help menu.
class CommandPalette final : public QDialog {
    Q_OBJECT
public:
    explicit CommandPalette(QMenuBar *menus, QWidget *parent = nullptr);

    /// The menus' actions, each with the path of menus above it ("File ▸ Export").
    struct Entry {
        QAction *action;
        QString path;
        QString name;
    };
    [[nodiscard]] static QList<Entry> entries(QMenuBar *menus);

    [[nodiscard]] QLineEdit *filter() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// Runs the highlighted action (after closing the palette).
    void runCurrent();

private:
    void refill(const QString &text);

    QList<Entry> m_entries;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace plenum::ui
