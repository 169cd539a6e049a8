// The one main() of every test executable: a Qt application object first (reports need
// fonts, UI tests need widgets), offscreen unless told otherwise, then Catch2.
#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "CatchCompat.h"

#ifdef EQUIMARK_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Equimark Tests"));
    TestApplication::setApplicationName(QStringLiteral("equimark-tests"));
    return Catch::Session().run(argc, argv);
}
