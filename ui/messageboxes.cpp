#include "ui/messageboxes.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>

namespace plenum::ui {

namespace {

class MessageBoxFitter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polish comes before the box's showEvent, where it computes its size.
        if (event->type() == QEvent::Polish)
            if (auto *box = qobject_cast<QMessageBox *>(watched))
                fitMessageBox(*box);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void fitMessageBox(QMessageBox &box)
{
    const QScreen *screen = box.screen() ? box.screen() : QGuiApplication::primaryScreen();
    const int available = screen ? screen->availableGeometry().width() : 1024;
    for (const char *name : { "qt_msgbox_label", "qt_msgbox_informativelabel" }) {
        auto *label = box.findChild<QLabel *>(QLatin1String(name));
        if (!label)
            continue;
        const int reading = label->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 30;
        // Only as wide as the text needs on one line, so a short sentence keeps a small box.
        const int oneLine = label->fontMetrics().horizontalAdvance(label->text()) + 4;
        label->setMinimumWidth(std::min({ reading, oneLine, available * 3 / 5 }));
    }
}

void fitMessageBoxes(QApplication &app)
{
    app.installEventFilter(new MessageBoxFitter(&app));
}

} // namespace plenum::ui
