// Catch2's runner with a QGuiApplication, for tests that draw their fixtures with QPdfWriter.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts for QPdfWriter; run with QT_QPA_PLATFORM=offscreen
    return Catch::Session().run(argc, argv);
}
