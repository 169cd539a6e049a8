// The action plan from a script.
#include "CliApp.h"
#include "domain/Action.h"
#include "storage/ActionRepository.h"
#include "storage/SchoolFile.h"

#include <QDate>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ActionCommands)
};

Command addCommand() {
    Command command;
    command.name = QStringLiteral("action add");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--title TEXT --strand ID [--element ID] [--owner NAME] "
                                      "[--due YYYY-MM-DD]");
    command.description = Text::tr("Adds an action to the school's action plan and prints its "
                                   "number. --strand may be repeated (or list ids with commas).");
    command.options = {
        QCommandLineOption(QStringLiteral("title"), Text::tr("What will be done."),
                           Text::tr("TEXT")),
        QCommandLineOption(QStringLiteral("strand"), Text::tr("An equality strand id, e.g. race."),
                           Text::tr("ID")),
        QCommandLineOption(QStringLiteral("element"), Text::tr("An element id, e.g. leadership."),
                           Text::tr("ID")),
        QCommandLineOption(QStringLiteral("owner"), Text::tr("Who leads it."), Text::tr("NAME")),
        QCommandLineOption(QStringLiteral("due"), Text::tr("When it is due."),
                           Text::tr("YYYY-MM-DD")),
    };
    command.requiredOptions = {QStringLiteral("title"), QStringLiteral("strand")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        Action action;
        action.title = parser.value(QStringLiteral("title")).trimmed();
        for (const auto& value : parser.values(QStringLiteral("strand"))) {
            for (const auto& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!action.strandIds.contains(id.trimmed()))
                    action.strandIds << id.trimmed();
            }
        }
        action.elementId = parser.value(QStringLiteral("element")).trimmed();
        action.owner = parser.value(QStringLiteral("owner")).trimmed();
        if (parser.isSet(QStringLiteral("due"))) {
            const QString dueText = parser.value(QStringLiteral("due")).trimmed();
            action.dueOn = QDate::fromString(dueText, Qt::ISODate);
            if (!action.dueOn.isValid())
                return app.fail(InvalidRequest,
                                Text::tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. "
                                         "2027-03-31.")
                                    .arg(dueText));
        }

        auto file = app.open(args.at(0), true);
        if (!file)
            return app.fail(file.error());
        auto added = ActionRepository(**file).add(action);
        if (!added)
            return app.fail(added.error());
        app.out() << Text::tr("Added action %1: %2").arg(*added).arg(action.title) << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addActionCommands(std::vector<Command>& commands) {
    commands.push_back(addCommand());
}

} // namespace equimark::cli
