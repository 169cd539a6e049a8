// equimark: the desktop application. Everything it does lives in equimark_ui and
// equimark_core; this only reads the command line and shows the window.
#include "MainWindow.h"
#include "Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

using namespace equimark;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Equimark"));
    QApplication::setApplicationName(QStringLiteral("Equimark"));
    QApplication::setApplicationVersion(QStringLiteral(EQUIMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.equimark.Equimark"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Equality accreditation work for schools, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The school file to open."),
                                 QStringLiteral("[FILE]"));
    QCommandLineOption demo(QStringLiteral("demo"),
                            QApplication::translate("main", "Open the demo school (created in "
                                                            "your data folder if absent)."));
    QCommandLineOption page(QStringLiteral("page"),
                            QApplication::translate("main",
                                                    "Open on the page with this id "
                                                    "(overview, audit, summary-grid, ...)."),
                            QStringLiteral("ID"));
    parser.addOption(demo);
    parser.addOption(page);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QFileInfo(files.first()).absoluteFilePath());
    else if (parser.isSet(demo))
        window.openDemoSchool();
    if (parser.isSet(page))
        window.showPage(parser.value(page));
    return app.exec();
}
