#pragma once

#include <QString>

#include <memory>

namespace plenum::ui {

class ErrorReporter;
class HeldErrorReporter;
class MainWindow;

/// The main window on the knowledge base at PATH, as the app starts: the file's pages are checked
/// while the window is built (KnowledgeBase::PageCheck::Deferred), and what the window reports
/// meanwhile waits in WINDOW_ERRORS (which must outlive the window; it reports in message boxes
/// over the window once the pages are known sound). When they are damaged, the window goes before
/// it is shown and the RecoveryDialog comes instead, as when opening finds the damage itself.
/// ERRORS hears why nothing could be opened. Returns null when nothing was opened.
std::unique_ptr<MainWindow> openMainWindow(const QString &path, HeldErrorReporter &windowErrors, ErrorReporter &errors);

} // namespace plenum::ui
