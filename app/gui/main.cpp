#include "facade/knowledgebase.h"
#include "ui/appearance.h"
#include "ui/errorreporter.h"
#include "ui/mainwindow.h"
#include "ui/recovery.h"
#include "ui/screenshot.h"
#include "ui/settings.h"
#include "ui/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Without a display Qt would abort; render offscreen and say so instead.
    const bool headless = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    plenum::ui::identifyApplication(); // settings under "Plenum", not "Unknown Organization"
    QApplication::setApplicationVersion(QStringLiteral(PLENUM_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plenum: a knowledge base on Chinese social governance policy"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Knowledge base file to open (created when missing)."),
        QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("screenshot"), QStringLiteral("Render the main window to FILE and exit."),
        QStringLiteral("FILE") });
    parser.process(app);
    plenum::ui::applyAppearance(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/plenum/icons/plenum.svg")));

    // The knowledge base asked for, else the one used last, else the per-user default.
    const QString recent = plenum::ui::Settings().recentDatabases().value(0);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
        : QFileInfo::exists(recent)                         ? recent
                                                            : plenum::core::KnowledgeBase::defaultPath();
    if (!parser.isSet(QStringLiteral("db")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<plenum::ui::MainWindow> headlessWindow;
    std::unique_ptr<plenum::ui::StartupWindow> startup;
    plenum::ui::DialogErrorReporter errors(nullptr); // a damaged file offers its latest backup
    if (headless || parser.isSet(QStringLiteral("screenshot"))) {
        try {
            headlessWindow = std::make_unique<plenum::ui::MainWindow>(plenum::core::KnowledgeBase::open(path, true));
        } catch (const plenum::core::Error &e) {
            std::fprintf(stderr, "plenum: %s\n", e.what());
            return 2;
        }
    } else {
        startup = plenum::ui::StartupWindow::open(path, errors);
        if (!startup)
            return 2;
        // The window shows while its pages are checked; damage replaces it with the recovery dialog.
        QObject::connect(startup.get(), &plenum::ui::StartupWindow::settled, &app, [](bool windowOpen) {
            if (!windowOpen)
                QCoreApplication::exit(2);
        });
        startup->show();
        const int code = QApplication::exec();
        return startup->window() ? code : 2;
    }
    plenum::ui::MainWindow &window = *headlessWindow;
    QString shot = parser.value(QStringLiteral("screenshot"));
    if (headless && shot.isEmpty()) {
        std::printf("No display (DISPLAY and WAYLAND_DISPLAY are unset): rendering the main window offscreen.\n");
        shot = QStringLiteral("plenum-screenshot.png");
    }
    try {
        plenum::ui::saveScreenshot(window, shot);
    } catch (const plenum::core::Error &e) {
        std::fprintf(stderr, "plenum: %s\n", e.what());
        return 2;
    }
    std::printf("Screenshot: %s\nKnowledge base: %s\n%s\n", qPrintable(QFileInfo(shot).absoluteFilePath()),
        qPrintable(QFileInfo(path).absoluteFilePath()), qPrintable(window.countsText()));
    return 0;
}
