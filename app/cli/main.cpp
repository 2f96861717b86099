#include "cli/clicommands.h"
#include "cli/transfercommands.h"
#include "render/documentwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // PDF and ODT layout needs QtGui; only those exports pay for it, and without a display.
    std::unique_ptr<QCoreApplication> app;
    if (plenum::cli::needsDocumentWriter(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        plenum::cli::setDocumentWriter(plenum::render::writeDocument);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Plenum"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The arguments as given: QGuiApplication would take "--style" (and others) for itself.
    const int code = plenum::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
