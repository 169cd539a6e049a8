// equimark-cli: every school-file operation from a script. All the work is in CliApp.
#include "CliApp.h"
#include "i18n/Translations.h"

#include <QGuiApplication>
#include <cstdio>

namespace {

// Scripts rely on stderr holding only our own one-line messages, so Qt's chatter (e.g. the
// offscreen platform's XDG_RUNTIME_DIR warning) is dropped unless EQUIMARK_CLI_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "equimark-cli: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("EQUIMARK_CLI_DEBUG"))
        qInstallMessageHandler(quietMessages);
    // PDF export needs fonts, hence a Gui application; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Equimark"));
    QGuiApplication::setApplicationName(QStringLiteral("equimark-cli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(EQUIMARK_VERSION));

    // Messages follow the system locale (LANG, LC_MESSAGES); JSON keys and ids never change.
    const equimark::Translations translations{QLocale()};

    QTextStream out(stdout);
    QTextStream err(stderr);
    equimark::cli::CliApp cli(out, err);
    const int status = cli.run(QGuiApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
