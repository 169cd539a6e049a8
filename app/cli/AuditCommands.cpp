// The whole-school audit from a script: list its statements, record judgements.
#include "CliApp.h"
#include "domain/AcademicYear.h"
#include "domain/Rating.h"
#include "storage/AuditRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

Command itemsCommand() {
    Command command;
    command.name = QStringLiteral("audit items");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--json]");
    command.description = Text::tr("Lists the statement ids of the file's audit framework, one a "
                                   "line (with --json: their element, strand and text too).");
    command.options = {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print JSON for scripts."))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        auto framework = FrameworkRepository(**file).ofKind(Framework::Kind::EqualityMark);
        if (!framework)
            return app.fail(framework.error());
        if (!parser.isSet(QStringLiteral("json"))) {
            for (const auto& statement : framework->statements)
                app.out() << statement.id << '\n';
            app.out().flush();
            return static_cast<int>(Success);
        }
        QJsonArray items;
        for (const auto& statement : framework->statements)
            items.append(QJsonObject{{QStringLiteral("id"), statement.id},
                                     {QStringLiteral("element"), statement.elementId},
                                     {QStringLiteral("strand"), statement.strandId},
                                     {QStringLiteral("text"), statement.text}});
        const QJsonObject result{{QStringLiteral("framework"), framework->id},
                                 {QStringLiteral("items"), items}};
        app.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented))
                  << Qt::flush;
        return static_cast<int>(Success);
    };
    return command;
}

Command setCommand() {
    Command command;
    command.name = QStringLiteral("audit set");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--year YEAR --item ID --rating red|amber|green|none "
                                      "[--note TEXT]");
    command.description = Text::tr("Records the judgement of one audit statement for a school year "
                                   "(starting that year's audit if needed). Without --note the "
                                   "statement's note is kept.");
    command.options = {
        QCommandLineOption(QStringLiteral("year"), Text::tr("The school year, e.g. 2026-27."),
                           Text::tr("YEAR")),
        QCommandLineOption(QStringLiteral("item"),
                           Text::tr("The statement id (see \"audit items\")."), Text::tr("ID")),
        QCommandLineOption(QStringLiteral("rating"), Text::tr("red, amber, green or none."),
                           Text::tr("RATING")),
        QCommandLineOption(QStringLiteral("note"), Text::tr("The evidence note."),
                           Text::tr("TEXT")),
    };
    command.requiredOptions = {QStringLiteral("year"), QStringLiteral("item"),
                               QStringLiteral("rating")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString yearText = parser.value(QStringLiteral("year"));
        const auto year = AcademicYear::parse(yearText);
        if (!year)
            return app.fail(InvalidRequest, Text::tr("\"%1\" is not a school year; write it like "
                                                     "2026-27.")
                                                .arg(yearText));
        const QString ratingText = parser.value(QStringLiteral("rating"));
        const auto rating = ratingFromId(ratingText);
        if (!rating)
            return app.fail(
                InvalidRequest,
                Text::tr("\"%1\" is not a rating; use red, amber, green or none.").arg(ratingText));
        const QString item = parser.value(QStringLiteral("item")).trimmed();

        auto file = app.open(args.at(0), true);
        if (!file)
            return app.fail(file.error());
        auto framework = FrameworkRepository(**file).ofKind(Framework::Kind::EqualityMark);
        if (!framework)
            return app.fail(framework.error());
        if (auto known = AuditRepository::checkStatement(*framework, item); !known)
            return app.fail(known.error());

        AuditRepository audits(**file);
        QString note = parser.value(QStringLiteral("note"));
        const bool keepNote = !parser.isSet(QStringLiteral("note"));
        // Read before anything is written, so a refused edit leaves no new audit behind.
        auto existing = audits.audit(*year);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return app.fail(existing.error());
        if (existing && keepNote) {
            auto current = audits.judgement(existing->id, item);
            if (!current)
                return app.fail(current.error());
            note = current->note;
        }
        auto audit = existing ? existing : audits.ensureAudit(*year);
        if (!audit)
            return app.fail(audit.error());
        if (auto set = audits.setJudgement(audit->id, item, *rating, note); !set)
            return app.fail(set.error());
        app.out() << Text::tr("%1, %2: %3.").arg(year->toString(), item, ratingLabel(*rating))
                  << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addAuditCommands(std::vector<Command>& commands) {
    commands.push_back(itemsCommand());
    commands.push_back(setCommand());
}

} // namespace equimark::cli
