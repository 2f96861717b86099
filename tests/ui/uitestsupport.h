#pragma once

// What the GUI tests share: a recorder for errors, a base class that makes every test end with
// no unexpected error reported, and a main window on a fresh knowledge base, with the style
// pinned and the user's own settings and data folders left alone.
#include "facade/knowledgebase.h"
#include "ui/errorreporter.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace plenum::test {

/// Collects the errors the GUI would show in dialogs.
class RecordingReporter final : public ui::ErrorReporter {
public:
    /// Each report as one line: "what: message (detail)".
    QStringList reports;
    /// Each report as the reporter received it.
    QList<ui::ErrorReport> entries;
    /// Returns what was recorded and forgets it.
    QList<ui::ErrorReport> take();

private:
    void show(const ui::ErrorReport &report) override;
};

/// Pins the Fusion style and keeps QStandardPaths away from the user's folders.
void prepareGuiTest();

/// Calls HANDLER with each modal widget shown from now on (looking every 20 ms, for at most a
/// minute), until it returns true: how a test answers a dialog that exec() runs.
void whenModal(const std::function<bool(QWidget *)> &handler);

/// Where a test keeps screenshot NAME: "$PLENUM_SCREENSHOT_DIR/NAME.png", "NAME-zh_CN.png" in the
/// Chinese interface (PLENUM_TEST_LANGUAGE); empty when PLENUM_SCREENSHOT_DIR is not set.
[[nodiscard]] QString screenshotPath(const QString &name);

/// A shown main window over a new knowledge base (with the bundled content) in DIR, reporting to REPORTER.
std::unique_ptr<ui::MainWindow> openWindow(
    const QTemporaryDir &dir, ui::ErrorReporter &reporter, QSize size = { 1280, 820 });

/// Types TEXT into WIDGET as a user would: ASCII key by key (a newline as Return), anything else
/// committed by the input method (QTest can only type ASCII).
void typeText(QWidget *widget, const QString &text);

/// Texts a user reads on ROOT and every visible widget below it (labels, buttons, placeholders,
/// group titles, tabs, combo boxes, spin boxes, headers, actions, window titles), each with
/// "ClassName objectName" of its widget. Widgets with the property plenumProperName are skipped.
[[nodiscard]] QList<QPair<QString, QString>> visibleTexts(QWidget *root);

/// What visibleTexts(ROOT) shows wrongly in LANGUAGE, one "why in widget: “text”" line each;
/// widgets showing the knowledge base's own words (object name "data") and the line edits whose
/// placeholder is BILINGUAL (the search field's example queries) are the knowledge base's or
/// meant for both languages, and skipped.
[[nodiscard]] QStringList untranslatedTexts(QWidget *root, const QString &language, const QString &bilingual = {});

/// Why TEXT would be wrong on a screen in LANGUAGE ("en", "zh_CN"), or "" when it is fine: a
/// snake_case name anywhere; in Chinese, an English word (names, formats and key names aside; a
/// file path is the user's) or a half-width colon after Chinese.
[[nodiscard]] QString untranslated(const QString &text, const QString &language);

/// The base of every GUI test class. Each test function gets the recording reporter errors();
/// when the function ends the test fails if anything was reported that the test did not take().
/// A test class that needs its own cleanup() calls GuiTest::cleanup() from it.
class GuiTest : public QObject {
    Q_OBJECT
public:
    GuiTest();

protected:
    /// Where the windows and dialogs of the test report errors.
    [[nodiscard]] RecordingReporter &errors() { return m_errors; }
    /// A shown main window over a new knowledge base in DIR that reports to errors().
    std::unique_ptr<ui::MainWindow> openWindow(const QTemporaryDir &dir, QSize size = { 1280, 820 })
    {
        return test::openWindow(dir, m_errors, size);
    }

protected slots:
    void cleanup();
    void cleanupTestCase();

private:
    RecordingReporter m_errors;
};

} // namespace plenum::test
