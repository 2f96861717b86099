#pragma once

#include <QString>

class QWidget;

namespace plenum::ui {

/// Renders WIDGET (shown or not) to an image file; throws core::Error naming the file on failure.
void saveScreenshot(QWidget &widget, const QString &path);

} // namespace plenum::ui
