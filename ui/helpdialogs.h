#pragma once

class QDialog;
class QMenuBar;
class QWidget;

namespace plenum::ui {

/// The user guide (docs/user-guide.md, bundled) in a browsable window; its pictures come from
/// the installed documentation folder.
QDialog *createUserGuide(QWidget *parent);
/// Every menu action that has a keyboard shortcut, with the shortcut, in one table.
QDialog *createShortcutList(QMenuBar *menus, QWidget *parent);

} // namespace plenum::ui
