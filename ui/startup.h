#pragma once

#include "ui/errorreporter.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace plenum::ui {

class MainWindow;

/// The main window on the knowledge base at PATH as the app starts (app/gui/main.cpp). The file's
/// pages are checked (KnowledgeBase::PageCheck::Deferred) while the window is built and for a
/// moment after it shows, at most the check's budget (a quarter of a second). Nothing is written
/// meanwhile: every write waits for the verdict. What the window reports meanwhile is held; once
/// the pages are known sound it is shown in message boxes over the window. When they are damaged,
/// the window closes, with what it held, and the RecoveryDialog comes instead, as when opening
/// finds the damage itself; the window of what the user then opens takes its place.
class StartupWindow final : public QObject {
    Q_OBJECT
public:
    /// Opens PATH (created when missing) and builds its window, not yet shown. ERRORS hears why
    /// nothing could be opened, and later why a damaged file could not be replaced; null then.
    static std::unique_ptr<StartupWindow> open(const QString &path, ErrorReporter &errors);
    ~StartupWindow() override;

    /// The window: the one first built until the verdict, then the one that replaced it, if any.
    [[nodiscard]] MainWindow *window() const noexcept { return m_window.get(); }
    /// Shows the window and waits for the verdict in the background; settled() gives it.
    void show();
    /// True once settled() was sent.
    [[nodiscard]] bool isSettled() const noexcept { return m_settled; }

signals:
    /// The pages were found sound (WINDOW_OPEN true), or damaged: then WINDOW_OPEN says whether
    /// the recovery dialog led to a window (shown) or the user closed it (the app then ends).
    void settled(bool windowOpen);

private:
    StartupWindow(QString path, ErrorReporter &errors);
    void onVerdict(bool sound);

    QString m_path;
    ErrorReporter &m_errors;
    HeldErrorReporter m_windowErrors; // outlives every window
    std::unique_ptr<MainWindow> m_window;
    QThread *m_wait = nullptr;
    bool m_settled = false;
};

} // namespace plenum::ui
