#include "ui/stylechoices.h"

#include "export/cslstyles.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

namespace plenum::ui {

namespace {
struct StyleChoices {
    Q_DECLARE_TR_FUNCTIONS(StyleChoices)
};
} // namespace

QList<StyleChoice> styleChoices()
{
    QList<StyleChoice> choices;
    for (const core::CslStyle &style : core::installedStyles())
        choices.append({ style.user ? StyleChoices::tr("%1 (your style)").arg(style.title) : style.title, style.id });
    return choices;
}

int styleChoiceIndex(const QList<StyleChoice> &choices, const QString &stored)
{
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).id == stored)
            return i;
    // A stored path names a style by its file; its id is the file's base name.
    for (const core::CslStyle &style : core::installedStyles())
        if (style.path == stored)
            for (int i = 0; i < choices.size(); ++i)
                if (choices.at(i).id == style.id)
                    return i;
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).id == core::defaultStyleName())
            return i;
    return 0;
}

void preloadStyleChoices()
{
    // A moment after start-up, not during it: the window is built and its page check runs on the
    // two cores then. The global pool waits for the scan when the application ends.
    constexpr int kAfterStartMs = 1500;
    QTimer::singleShot(kAfterStartMs, QCoreApplication::instance(),
        [] { QThreadPool::globalInstance()->start([] { (void)core::installedStyles(); }); });
}

} // namespace plenum::ui
