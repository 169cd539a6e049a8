#pragma once

#include "Result.h"
#include "interchange/CsvReader.h"
#include "storage/SchoolFile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace equimark {}

namespace equimark::cli {

// County scripts depend on these numbers: never renumber them.
enum ExitCode : int {
    Success = 0,
    ProblemsFound = 1,  // `check` read the file and found problems; any other failure
    UsageError = 2,     // unknown command or option, missing argument
    CannotOpen = 3,     // not found, damaged, foreign, newer, in use, cannot be written
    InvalidRequest = 4, // unknown id, bad date, bad rating, file already exists ...
};

class CliApp;

// One sub-command: its words ("audit set"), what it takes and what it does.
struct Command {
    QString name;
    QStringList positionals; // "FILE", "OUT": all required
    QString synopsis;        // the options part of the usage line
    QString description;
    std::vector<QCommandLineOption> options;
    QStringList requiredOptions;
    std::function<int(CliApp&, const QCommandLineParser&, const QStringList& positionals)> run;
};

// Parses the command line, runs one command and turns its outcome into an exit code and
// at most one line on stderr ("equimark-cli: <message>").
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QTextStream& out, QTextStream& err);

    // `arguments` as QCoreApplication::arguments(): the program first.
    int run(const QStringList& arguments);

    // For the commands.
    QTextStream& out() { return m_out; }
    // Prints the error's message and returns the exit code its kind maps to.
    int fail(const Error& error);
    int fail(int exitCode, const QString& message);
    // Opens a school file, read-only unless the command edits it, with the user name set.
    Result<std::unique_ptr<SchoolFile>> open(const QString& path, bool forWriting,
                                             SchoolFile::Check check = SchoolFile::Check::First);
    // Reads the CSV file an import is given; nothing on failure, having printed where the
    // file went wrong ("data.csv:4:17: a quoted field is not closed.") and set `exitCode`.
    std::optional<std::vector<CsvRow>> readCsv(const QString& path, int* exitCode);
    // Fails with a CSV problem in that form, for one found while checking the rows.
    int rejectCsv(const QString& path, const CsvProblem& problem);
    // --user, else EQUIMARK_USER, else the login name, else "equimark-cli".
    QString userName() const;

    static int exitCodeFor(Error::Code code);

private:
    int runCommand(const Command& command, const QStringList& arguments);
    int usageError(const QString& message, const Command* command);
    QString usageLine(const Command& command) const;
    void printOverview(QTextStream& stream) const;
    const Command* find(const QStringList& words, int* consumed) const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_program;
    QString m_user;
    std::vector<Command> m_commands;
};

// Command groups, each in its own file.
void addFileCommands(std::vector<Command>& commands);    // new, demo, info, check, backup
void addAuditCommands(std::vector<Command>& commands);   // audit items, audit set
void addActionCommands(std::vector<Command>& commands);  // action add
void addExportCommands(std::vector<Command>& commands);  // export summary, action-plan, grid ...
void addHistoryCommands(std::vector<Command>& commands); // history
void addImportCommands(std::vector<Command>& commands);  // import actions, export actions
void addTranslationCommands(std::vector<Command>& commands); // translation template, check
void addOutcomeCommands(
    std::vector<Command>& commands); // outcomes template, import/export outcomes

} // namespace equimark::cli
