#pragma once

#include <QString>

class QApplication;

namespace plenum::ui {

/// The Simplified Chinese forms of Noto CJK for Chinese text (Qt otherwise picks the Japanese
/// glyph variants unless the locale is zh_CN), and the interface language from the settings
/// (the system's when unset): its translator and default locale.
void applyAppearance(QApplication &app);

/// Names the application and its organisation ("Plenum"), so settings are stored under it.
void identifyApplication();

/// The colour theme ("system", "light", "dark") and font size (points, 0 for the system's).
void applyTheme(QApplication &app, const QString &theme, int fontSize);

/// The interface language in effect: "zh_CN" or "en".
QString effectiveLanguage(const QString &setting);

} // namespace plenum::ui
