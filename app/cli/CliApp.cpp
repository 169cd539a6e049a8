#include "CliApp.h"

#include "storage/SchoolFile.h"

#include <QDir>
#include <QFileInfo>

namespace equimark::cli {

namespace {

QString oneLine(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

bool isHelp(const QString& word) {
    return word == u"--help" || word == u"-h" || word == u"help" || word == u"-?";
}

} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
    , m_program(QStringLiteral("equimark-cli")) {
    addFileCommands(m_commands);
    addAuditCommands(m_commands);
    addActionCommands(m_commands);
    addExportCommands(m_commands);
    addHistoryCommands(m_commands);
    addImportCommands(m_commands);
    addTranslationCommands(m_commands);
    addOutcomeCommands(m_commands);
}

int CliApp::exitCodeFor(Error::Code code) {
    switch (code) {
    case Error::Code::NotFound:
    case Error::Code::NotSchoolFile:
    case Error::Code::Damaged:
    case Error::Code::NewerVersion:
    case Error::Code::InUse:
    case Error::Code::ReadOnly:
    case Error::Code::Io:
        return CannotOpen;
    case Error::Code::Invalid:
    case Error::Code::Locked:
        return InvalidRequest;
    }
    return InvalidRequest;
}

int CliApp::fail(const Error& error) {
    return fail(exitCodeFor(error.code), error.message);
}

int CliApp::fail(int exitCode, const QString& message) {
    m_err << m_program << ": " << oneLine(message) << Qt::endl;
    return exitCode;
}

std::optional<std::vector<CsvRow>> CliApp::readCsv(const QString& path, int* exitCode) {
    CsvProblem problem;
    auto rows = CsvReader().readFile(path, &problem);
    if (rows)
        return std::move(*rows);
    *exitCode =
        problem.at.line > 0 ? rejectCsv(path, problem) : fail(InvalidRequest, rows.error().message);
    return std::nullopt;
}

int CliApp::rejectCsv(const QString& path, const CsvProblem& problem) {
    // As compilers and editors write a place in a file.
    return fail(InvalidRequest, QStringLiteral("%1:%2:%3: %4")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(problem.at.line)
                                    .arg(problem.at.column)
                                    .arg(problem.reason));
}

QString CliApp::userName() const {
    if (!m_user.trimmed().isEmpty())
        return m_user.trimmed();
    for (const char* variable : {"EQUIMARK_USER", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("equimark-cli");
}

Result<std::unique_ptr<SchoolFile>> CliApp::open(const QString& path, bool forWriting,
                                                 SchoolFile::Check check) {
    auto opened = SchoolFile::open(
        path, forWriting ? SchoolFile::Access::ReadWrite : SchoolFile::Access::ReadOnly, {}, check);
    if (!opened)
        return opened;
    if (forWriting && (*opened)->isReadOnly())
        return Error::make(Error::Code::ReadOnly,
                           tr("%1 cannot be changed here (%2); nothing was changed.")
                               .arg(QDir::toNativeSeparators(path), (*opened)->readOnlyReason()));
    (*opened)->setUserName(userName());
    return opened;
}

QString CliApp::usageLine(const Command& command) const {
    QString line = tr("Usage: %1 %2").arg(m_program, command.name);
    for (const auto& positional : command.positionals)
        line += QLatin1Char(' ') + positional;
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}

void CliApp::printOverview(QTextStream& stream) const {
    stream << tr("Usage: %1 [--user NAME] COMMAND [ARGUMENTS] [--help]").arg(m_program) << '\n'
           << tr("Works on Equimark school files (.equimark) from scripts.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto& command : m_commands)
        stream << "  " << usageLine(command).mid(tr("Usage: %1 ").arg(m_program).size()) << '\n';
    stream << '\n'
           << tr("Exit status: 0 success, 1 check found problems, 2 usage error, 3 the file "
                 "cannot be opened or written, 4 the request is invalid.")
           << '\n'
           << tr("Run \"%1 COMMAND --help\" for the options of one command.").arg(m_program)
           << Qt::endl;
}

int CliApp::usageError(const QString& message, const Command* command) {
    // One line, as for every failure: what was wrong, and where to read how it is used.
    const QString help = command ? tr("see %1 %2 --help").arg(m_program, command->name)
                                 : tr("see %1 --help").arg(m_program);
    m_err << m_program << ": " << oneLine(message) << " (" << help << ")" << Qt::endl;
    return UsageError;
}

const Command* CliApp::find(const QStringList& words, int* consumed) const {
    // Two-word commands ("audit set") first, so "audit" alone is not mistaken for one.
    for (int length : {2, 1}) {
        if (words.size() < length)
            continue;
        const QString name = words.mid(0, length).join(QLatin1Char(' '));
        for (const auto& command : m_commands) {
            if (command.name == name) {
                *consumed = length;
                return &command;
            }
        }
    }
    return nullptr;
}

int CliApp::run(const QStringList& arguments) {
    if (!arguments.isEmpty())
        m_program = QFileInfo(arguments.first()).completeBaseName();
    if (m_program.isEmpty())
        m_program = QStringLiteral("equimark-cli");

    // Global options come before the command.
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == u"--user") {
            if (rest.isEmpty())
                return usageError(tr("--user needs a name."), nullptr);
            m_user = rest.takeFirst();
        } else if (option.startsWith(u"--user=")) {
            m_user = option.mid(7);
        } else if (isHelp(option)) {
            printOverview(m_out);
            return Success;
        } else if (option == u"--version" || option == u"-v") {
            m_out << m_program << ' ' << QStringLiteral(EQUIMARK_VERSION) << Qt::endl;
            return Success;
        } else {
            return usageError(tr("unknown option %1.").arg(option), nullptr);
        }
    }
    if (rest.isEmpty())
        return usageError(tr("no command given."), nullptr);

    if (rest.first() == u"help") {
        rest.removeFirst();
        if (rest.isEmpty()) {
            printOverview(m_out);
            return Success;
        }
        int consumed = 0;
        if (const Command* command = find(rest, &consumed))
            return runCommand(*command, {QStringLiteral("--help")});
        return usageError(tr("there is no command \"%1\".").arg(rest.join(QLatin1Char(' '))),
                          nullptr);
    }

    int consumed = 0;
    const Command* command = find(rest, &consumed);
    if (!command) {
        // "audit" alone: name the sub-commands it has.
        QStringList sub;
        for (const auto& candidate : m_commands) {
            if (candidate.name.startsWith(rest.first() + QLatin1Char(' ')))
                sub << candidate.name.section(QLatin1Char(' '), 1);
        }
        if (!sub.isEmpty())
            return usageError(
                tr("\"%1\" needs one of: %2.").arg(rest.first(), sub.join(QStringLiteral(", "))),
                nullptr);
        return usageError(tr("unknown command \"%1\".").arg(rest.first()), nullptr);
    }
    return runCommand(*command, rest.mid(consumed));
}

int CliApp::runCommand(const Command& command, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The name recorded on edits (default: EQUIMARK_USER, else "
                                     "the login name)."),
                                  tr("NAME"));
    parser.addOption(help);
    parser.addOption(user);
    for (const auto& option : command.options)
        parser.addOption(option);
    for (const auto& positional : command.positionals)
        parser.addPositionalArgument(positional, positional == u"OUT"
                                                     ? tr("Where the copy is saved.")
                                                     : tr("The school file (.equimark)."));

    if (!parser.parse(QStringList{m_program} + arguments))
        return usageError(parser.errorText(), &command);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const auto options = text.indexOf(QStringLiteral("Options:"));
        text = options >= 0 ? text.mid(options) : QString();
        m_out << usageLine(command) << '\n' << command.description << "\n\n" << text << Qt::flush;
        return Success;
    }

    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < command.positionals.size())
        return usageError(tr("%1 is missing.").arg(command.positionals.at(positionals.size())),
                          &command);
    if (positionals.size() > command.positionals.size())
        return usageError(
            tr("unexpected argument \"%1\".").arg(positionals.at(command.positionals.size())),
            &command);
    for (const auto& required : command.requiredOptions) {
        if (!parser.isSet(required) || parser.value(required).trimmed().isEmpty())
            return usageError(tr("--%1 is required.").arg(required), &command);
    }
    if (parser.isSet(user))
        m_user = parser.value(user);
    return command.run(*this, parser, positionals);
}

} // namespace equimark::cli
