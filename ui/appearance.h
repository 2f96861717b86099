#pragma once

class QApplication;

namespace plenum::ui {

/// The Simplified Chinese forms of Noto CJK for Chinese text (Qt otherwise picks the Japanese
/// glyph variants unless the locale is zh_CN) and the app's identity for settings and data paths.
void applyAppearance(QApplication &app);

} // namespace plenum::ui
