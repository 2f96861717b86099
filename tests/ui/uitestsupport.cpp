#include "uitestsupport.h"

#include "templatekb.h"

#include <QInputMethodEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

namespace plenum::test {

QList<ui::ErrorReport> RecordingReporter::take()
{
    QList<ui::ErrorReport> taken = std::move(entries);
    entries.clear();
    reports.clear();
    return taken;
}

void RecordingReporter::show(const ui::ErrorReport &report)
{
    entries.append(report);
    reports.append(report.what + QStringLiteral(": ") + report.message
        + (report.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(report.detail)));
}

void prepareGuiTest()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own for each test process: ctest runs the English and Chinese runs of a test
    // side by side, and one changing the citation style must not change the other's.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

std::unique_ptr<ui::MainWindow> openWindow(const QTemporaryDir &dir, ui::ErrorReporter &reporter, QSize size)
{
    auto window = std::make_unique<ui::MainWindow>(
        copyTemplateKb(dir.filePath(QStringLiteral("kb.db")), core::KnowledgeBase::Content::Bundled), &reporter);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void whenModal(const std::function<bool(QWidget *)> &handler)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, handler, ticks] {
        QWidget *modal = QApplication::activeModalWidget();
        if ((modal && modal->isVisible() && handler(modal)) || ++*ticks > 3000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
    const QString language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    if (dir.isEmpty())
        return {};
    return dir + QLatin1Char('/') + name + (language == QLatin1String("en") ? QString() : QLatin1Char('-') + language)
        + QStringLiteral(".png");
}

GuiTest::GuiTest()
{
    prepareGuiTest();
}

void GuiTest::cleanup()
{
    // Taken first, so one failing test does not fail every test after it.
    const QStringList unexpected = m_errors.reports;
    m_errors.take();
    QVERIFY2(unexpected.isEmpty(),
        qPrintable(QStringLiteral("errors were reported:\n  ") + unexpected.join(QStringLiteral("\n  "))));
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QApplication::sendEvent(widget, &event);
        }
    }
}

void GuiTest::cleanupTestCase()
{
    cleanup();
}

} // namespace plenum::test
