// The one translation unit that compiles Catch2's implementation.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // for QStandardPaths and Qt resources
    return Catch::Session().run(argc, argv);
}
