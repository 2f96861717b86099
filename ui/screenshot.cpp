#include "ui/screenshot.h"

#include "model/error.h"

#include <QApplication>
#include <QPixmap>
#include <QWidget>

namespace plenum::ui {

void saveScreenshot(QWidget &widget, const QString &path)
{
    widget.show();
    // Let layouts and the text browser settle before grabbing.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QPixmap image = widget.grab();
    if (image.isNull() || !image.save(path))
        throw core::Error(core::ErrorCode::FileError, QObject::tr("Cannot write the screenshot %1.").arg(path));
}

} // namespace plenum::ui
