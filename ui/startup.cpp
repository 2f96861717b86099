#include "ui/startup.h"

#include "facade/knowledgebase.h"
#include "ui/errorreporter.h"
#include "ui/mainwindow.h"
#include "ui/recovery.h"

namespace plenum::ui {

std::unique_ptr<MainWindow> openMainWindow(const QString &path, HeldErrorReporter &windowErrors, ErrorReporter &errors)
{
    auto kb = openKnowledgeBase(nullptr, path, true, errors, core::KnowledgeBase::PageCheck::Deferred);
    if (!kb)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(kb), &windowErrors);
    if (!pagesConfirmed(window->knowledgeBase())) {
        window.reset();
        windowErrors.discard(); // what the window ran into: the recovery dialog says it
        kb = openKnowledgeBase(nullptr, path, false, errors); // checks at once: the recovery dialog
        if (!kb)
            return nullptr;
        window = std::make_unique<MainWindow>(std::move(kb), &windowErrors);
    }
    windowErrors.release(std::make_unique<DialogErrorReporter>(window.get()));
    return window;
}

} // namespace plenum::ui
