// equimark: the desktop application. Everything it does lives in equimark_ui and
// equimark_core; this only reads the command line and shows the window.
#include "MainWindow.h"
#include "Preferences.h"
#include "i18n/Translations.h"
#include "pages/Page.h"
#include "widgets/FirstPaintWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

using namespace equimark;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Equimark"));
    QApplication::setApplicationName(QStringLiteral("Equimark"));
    QApplication::setApplicationVersion(QStringLiteral(EQUIMARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.equimark.Equimark"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.equimark.Equimark.svg")));

    const QString language = Preferences::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const equimark::Translations translations(locale);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

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
    QCommandLineOption startupBenchmark(
        QStringLiteral("startup-benchmark"),
        QApplication::translate("main", "Open FILE, show the window and quit as soon as its "
                                        "first page has been painted (for benchmarks)."),
        QStringLiteral("FILE"));
    parser.addOption(demo);
    parser.addOption(page);
    parser.addOption(startupBenchmark);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(startupBenchmark)) {
        // The same path as a double-clicked file: open, show, paint; then quit.
        if (!window.openFile(QFileInfo(parser.value(startupBenchmark)).absoluteFilePath()))
            return 3;
        auto* watcher = new FirstPaintWatcher(window.page(window.currentPageId()), &window);
        QObject::connect(watcher, &FirstPaintWatcher::painted, &app, &QApplication::quit);
        window.show();
        return app.exec();
    }
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
