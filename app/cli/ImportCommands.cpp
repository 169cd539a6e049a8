// The action plan to and from CSV files, for schools that keep or draft it in a spreadsheet.
#include "CliApp.h"
#include "interchange/ActionCsv.h"
#include "interchange/CsvReader.h"
#include "storage/SchoolFile.h"

#include <QDir>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

Command importActionsCommand() {
    Command command;
    command.name = QStringLiteral("import actions");
    command.positionals = {QStringLiteral("FILE"), QStringLiteral("CSV")};
    command.description =
        Text::tr("Adds every action of a CSV file (see docs/csv-format.md) to the school's action "
                 "plan, all in one step. A file with any problem is refused whole, naming its line "
                 "and column, and nothing is added.");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        const QString csvPath = args.at(1);
        // The CSV is read and checked before the school file is opened for writing.
        int exitCode = 0;
        const auto rows = app.readCsv(csvPath, &exitCode);
        if (!rows)
            return exitCode;

        auto file = app.open(args.at(0), true);
        if (!file)
            return app.fail(file.error());
        CsvProblem problem;
        auto added = ActionCsv(**file).import(*rows, &problem);
        if (!added)
            return problem.at.line > 0 ? app.rejectCsv(csvPath, problem) : app.fail(added.error());
        if (*added == 0)
            app.out() << Text::tr("No actions were added: %1 has no rows below its header.")
                             .arg(QDir::toNativeSeparators(csvPath))
                      << Qt::endl;
        else
            app.out() << (*added == 1 ? Text::tr("Added 1 action.")
                                      : Text::tr("Added %1 actions.").arg(*added))
                      << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

Command exportActionsCommand() {
    Command command;
    command.name = QStringLiteral("export actions");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("-o OUT.csv");
    command.description =
        Text::tr("Writes the school's action plan as a CSV file (UTF-8, for Excel or LibreOffice) "
                 "that \"import actions\" reads back.");
    command.options = {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The CSV file to write."), Text::tr("OUT.csv"))};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (auto written = ActionCsv(**file).exportToFile(out); !written)
            return app.fail(written.error());
        app.out() << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addImportCommands(std::vector<Command>& commands) {
    commands.push_back(importActionsCommand());
    commands.push_back(exportActionsCommand());
}

} // namespace equimark::cli
