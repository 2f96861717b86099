#pragma once

class QApplication;
class QMessageBox;

namespace plenum::ui {

/// Gives BOX's texts a reading width (about 30 Chinese characters, less on a small screen) before
/// it is laid out: Qt sizes a box to its labels' minimum, and a wrapped Chinese sentence, which
/// may break after any character, has almost none (a few characters a line).
void fitMessageBox(QMessageBox &box);

/// Fits every message box APP shows from now on, Qt's static ones included.
void fitMessageBoxes(QApplication &app);

} // namespace plenum::ui
