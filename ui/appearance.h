#pragma once

#include <QString>

class QApplication;

namespace plenum::ui {

/// The Simplified Chinese forms of Noto CJK for Chinese text (Qt otherwise picks the Japanese
/// glyph variants unless the locale is zh_CN), and the interface language from the settings
/// (the system's when unset): its translator and default locale.
void applyAppearance(QApplication &app);

/// The interface language in effect: "zh_CN" or "en".
QString effectiveLanguage(const QString &setting);

} // namespace plenum::ui
