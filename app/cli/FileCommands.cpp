// Commands on whole files: new, demo, info, check, backup.
#include "CliApp.h"
#include "InfoCommand.h"
#include "domain/School.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/SchoolChecker.h"
#include "storage/SchoolFile.h"

#if __has_include("demo/DemoSchool.h")
#include "demo/DemoSchool.h"
#include "demo/LargeSchool.h"
#define EQUIMARK_CLI_HAS_DEMO 1
#endif

#include <QDir>
#include <QFileInfo>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileCommands)
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

int refuseExisting(CliApp& app, const QString& path) {
    return app.fail(
        InvalidRequest,
        Text::tr("%1 already exists; choose another name. Nothing was changed.").arg(native(path)));
}

Command newCommand() {
    Command command;
    command.name = QStringLiteral("new");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--school NAME [--urn URN] [--phase PHASE] "
                                      "[--local-authority NAME]");
    command.description = Text::tr("Creates a new school file with the frameworks that ship with "
                                   "Equimark. An existing file is never overwritten.");
    command.options = {
        QCommandLineOption(QStringLiteral("school"), Text::tr("The school's name."),
                           Text::tr("NAME")),
        QCommandLineOption(QStringLiteral("urn"), Text::tr("The school's Unique Reference Number."),
                           Text::tr("URN")),
        QCommandLineOption(
            QStringLiteral("phase"),
            Text::tr("One of: %1 (default: primary).").arg(phaseIds().join(QStringLiteral(", "))),
            Text::tr("PHASE"), QStringLiteral("primary")),
        QCommandLineOption(QStringLiteral("local-authority"), Text::tr("The local authority."),
                           Text::tr("NAME")),
    };
    command.requiredOptions = {QStringLiteral("school")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString path = args.at(0);
        School school;
        school.name = parser.value(QStringLiteral("school")).trimmed();
        school.urn = parser.value(QStringLiteral("urn")).trimmed();
        school.localAuthority = parser.value(QStringLiteral("local-authority")).trimmed();
        const auto phase = phaseFromId(parser.value(QStringLiteral("phase")));
        if (!phase)
            return app.fail(InvalidRequest,
                            Text::tr("\"%1\" is not a school phase; use one of: %2.")
                                .arg(parser.value(QStringLiteral("phase")),
                                     phaseIds().join(QStringLiteral(", "))));
        school.phase = *phase;
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return refuseExisting(app, path);

        std::vector<Framework> frameworks;
        for (const auto& id : FrameworkLoader::shippedIds()) {
            auto framework = FrameworkLoader::shipped(id);
            if (!framework)
                return app.fail(framework.error());
            frameworks.push_back(std::move(*framework));
        }
        auto created = SchoolFile::create(path, school, frameworks);
        if (!created)
            return app.fail(created.error());
        app.out() << Text::tr("Created %1 for %2.").arg(native((*created)->path()), school.name)
                  << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

#ifdef EQUIMARK_CLI_HAS_DEMO
Command demoCommand() {
    Command command;
    command.name = QStringLiteral("demo");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--large]");
    command.description =
        Text::tr("Creates the fictional demo school, with every step filled in. "
                 "With --large, ten years into the process: ten audit years, 2,000 "
                 "actions, 500 evidence items with 50 MB of attachments (for "
                 "benchmarks and trying Equimark at scale; takes a few seconds).");
    command.options = {
        QCommandLineOption(QStringLiteral("large"), Text::tr("Make the ten-year school instead."))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString path = args.at(0);
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return refuseExisting(app, path);
        const bool large = parser.isSet(QStringLiteral("large"));
        auto built =
            large ? LargeSchool::build(path, LargeSchool::Size{}) : DemoSchool::build(path);
        if (!built)
            return app.fail(built.error());
        app.out() << (large ? Text::tr("Created the large demo school in %1.")
                            : Text::tr("Created the demo school in %1."))
                         .arg(native(path))
                  << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}
#endif

Command checkCommand() {
    Command command;
    command.name = QStringLiteral("check");
    command.positionals = {QStringLiteral("FILE")};
    command.description = Text::tr("Checks the file's integrity, its links between records and the "
                                   "rules of the process. Exit status 0 only when all hold; 1 when "
                                   "problems were found (each printed on a line of its own).");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        auto report = SchoolChecker(**file).run();
        if (!report)
            return app.fail(report.error());
        if (report->ok()) {
            app.out() << Text::tr("%1: no problems found.").arg(native((*file)->path()))
                      << Qt::endl;
            return static_cast<int>(Success);
        }
        for (const auto& problem : report->problems)
            app.out() << problem << '\n';
        app.out().flush();
        const auto count = static_cast<int>(report->problems.size());
        return app.fail(
            ProblemsFound,
            Text::tr("%1 has %n problem(s).", nullptr, count).arg(native((*file)->path())));
    };
    return command;
}

Command backupCommand() {
    Command command;
    command.name = QStringLiteral("backup");
    command.positionals = {QStringLiteral("FILE"), QStringLiteral("OUT")};
    command.description =
        Text::tr("Saves a consistent copy of the school file as OUT (replacing an "
                 "earlier copy there).");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        if (auto saved = (*file)->backupTo(args.at(1)); !saved)
            return app.fail(saved.error());
        app.out() << Text::tr("Saved a copy of %1 as %2.")
                         .arg(native((*file)->path()), native(args.at(1)))
                  << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addFileCommands(std::vector<Command>& commands) {
    commands.push_back(newCommand());
#ifdef EQUIMARK_CLI_HAS_DEMO
    commands.push_back(demoCommand());
#endif
    commands.push_back(infoCommand());
    commands.push_back(checkCommand());
    commands.push_back(backupCommand());
}

} // namespace equimark::cli
