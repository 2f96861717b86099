#pragma once

// What the GUI tests share: a recorder for errors and a main window on a fresh knowledge base,
// with the style pinned and the user's own settings and data folders left alone.
#include "facade/knowledgebase.h"
#include "templatekb.h"
#include "ui/errorreporter.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStringList>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace plenum::test {

/// Collects the errors the GUI would show in dialogs.
class RecordingReporter final : public ui::ErrorReporter {
public:
    void report(const QString &what, const QString &message) override
    {
        reports.append(what + QStringLiteral(": ") + message);
    }
    QStringList reports;
};

/// Pins the Fusion style and keeps QStandardPaths away from the user's folders.
inline void prepareGuiTest()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
}

/// A shown main window over a new knowledge base (a copy of the bundled template) in DIR.
inline std::unique_ptr<ui::MainWindow> openWindow(
    const QTemporaryDir &dir, ui::ErrorReporter *reporter = nullptr, QSize size = { 1280, 820 })
{
    auto window = std::make_unique<ui::MainWindow>(
        copyTemplateKb(dir.filePath(QStringLiteral("kb.db")), core::KnowledgeBase::Content::Bundled), reporter);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace plenum::test
