#include "appearance.h"

#include <QApplication>
#include <QFont>

namespace plenum::ui {

void applyAppearance(QApplication &app)
{
    QFont font = QApplication::font();
    // Latin text keeps the system family; anything it lacks falls through to the SC face.
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC")});
    app.setFont(font);
}

} // namespace plenum::ui
