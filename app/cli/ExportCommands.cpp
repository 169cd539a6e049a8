// Reports as PDF files from a script: the same documents the application prints.
#include "CliApp.h"
#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "reports/AccreditationSummaryReport.h"
#include "reports/ActionPlanReport.h"
#include "reports/AmbitionsReport.h"
#include "reports/AuditRecordReport.h"
#include "reports/CharterReport.h"
#include "reports/PortfolioReport.h"
#include "reports/ReportWriter.h"
#include "reports/SummaryGridReport.h"
#include "reports/TrainingCoverageReport.h"
#include "reports/VisitReport.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"

#include <QDir>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

QCommandLineOption outputOption() {
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Text::tr("The PDF file to write."), Text::tr("OUT.pdf"));
}

QCommandLineOption yearOption() {
    return QCommandLineOption(
        QStringLiteral("year"),
        Text::tr("The school year, e.g. 2026-27 (default: the latest audit)."), Text::tr("YEAR"));
}

// Reads --year; an unreadable year is an invalid request, reported by `fail`.
bool readYear(const QCommandLineParser& parser, std::optional<AcademicYear>& year,
              QString& problem) {
    if (!parser.isSet(QStringLiteral("year")))
        return true;
    const QString text = parser.value(QStringLiteral("year")).trimmed();
    year = AcademicYear::parse(text);
    if (!year)
        problem = Text::tr("\"%1\" is not a school year; write it like 2026-27.").arg(text);
    return year.has_value();
}

// Opens the school read-only, builds the report with `build` and writes it to -o. The PDF
// goes through a temporary file, so a failure leaves no partial OUT behind. The check that
// the school file is whole runs alongside (on a large file it is a third of the time), and
// nothing is saved until it has passed.
template <typename Build>
int exportReport(CliApp& app, const QCommandLineParser& parser, const QString& path, Build build) {
    auto file = app.open(path, false, SchoolFile::Check::Alongside);
    if (!file)
        return app.fail(file.error());
    Result<Report> report = build(**file);
    if (!report) {
        // A damaged file says so, whatever reading it came to.
        if (auto intact = (*file)->intact(); !intact)
            return app.fail(intact.error());
        // The file opened, so "not found" here is a strand, year, visit or practitioner the
        // file does not have: the request is what is wrong, not the file.
        if (report.error().code == Error::Code::NotFound)
            return app.fail(InvalidRequest, report.error().message);
        return app.fail(report.error());
    }
    const QString out = parser.value(QStringLiteral("output"));
    auto pages =
        ReportWriter::writePdf(*report, out, QLocale(), [&file] { return (*file)->intact(); });
    if (!pages)
        return app.fail(pages.error());
    const QString shown = QDir::toNativeSeparators(out);
    app.out() << (*pages == 1 ? Text::tr("Wrote %1 (1 page).").arg(shown)
                              : Text::tr("Wrote %1 (%2 pages).").arg(shown).arg(*pages))
              << Qt::endl;
    return static_cast<int>(Success);
}

Command summaryCommand() {
    Command command;
    command.name = QStringLiteral("export summary");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--strand ID -o OUT.pdf");
    command.description = Text::tr("Writes a strand's accreditation summary as a PDF.");
    command.options = {QCommandLineOption(QStringLiteral("strand"),
                                          Text::tr("The equality strand id, e.g. race."),
                                          Text::tr("ID")),
                       outputOption()};
    command.requiredOptions = {QStringLiteral("strand"), QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString strand = parser.value(QStringLiteral("strand")).trimmed();
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return AccreditationSummaryReport::build(file, strand);
        });
    };
    return command;
}

Command actionPlanCommand() {
    Command command;
    command.name = QStringLiteral("export action-plan");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--strand ID] [--element ID] [--status S] "
                                      "[--group-by strand|element] -o OUT.pdf");
    command.description = Text::tr("Writes the action plan as a PDF: every action, or those of one "
                                   "strand, element or status.");
    command.options = {
        QCommandLineOption(QStringLiteral("strand"), Text::tr("Only actions for this strand."),
                           Text::tr("ID")),
        QCommandLineOption(QStringLiteral("element"), Text::tr("Only actions for this element."),
                           Text::tr("ID")),
        QCommandLineOption(QStringLiteral("status"),
                           Text::tr("Only actions with this status: %1.")
                               .arg(actionStatusIds().join(QStringLiteral(", "))),
                           Text::tr("S")),
        QCommandLineOption(QStringLiteral("group-by"),
                           Text::tr("Group the actions by strand (the default) or by element."),
                           Text::tr("strand|element")),
        outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        ActionPlanReport::Options options;
        options.strandId = parser.value(QStringLiteral("strand")).trimmed();
        options.elementId = parser.value(QStringLiteral("element")).trimmed();
        if (parser.isSet(QStringLiteral("status"))) {
            const QString text = parser.value(QStringLiteral("status")).trimmed();
            options.status = actionStatusFromId(text);
            if (!options.status)
                return app.fail(InvalidRequest,
                                Text::tr("\"%1\" is not an action status; use one of: %2.")
                                    .arg(text, actionStatusIds().join(QStringLiteral(", "))));
        }
        if (parser.isSet(QStringLiteral("group-by"))) {
            const QString text = parser.value(QStringLiteral("group-by")).trimmed();
            if (text == u"strand")
                options.groupBy = ActionPlanReport::Options::Strand;
            else if (text == u"element")
                options.groupBy = ActionPlanReport::Options::Element;
            else
                return app.fail(
                    InvalidRequest,
                    Text::tr("\"%1\" cannot be grouped by; use strand or element.").arg(text));
        }
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return ActionPlanReport::build(file, options);
        });
    };
    return command;
}

Command gridCommand() {
    Command command;
    command.name = QStringLiteral("export grid");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--year 2026-27] -o OUT.pdf");
    command.description = Text::tr("Writes the equality summary grid of a year, beside the year "
                                   "before, as a PDF.");
    command.options = {yearOption(), outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        SummaryGridReport::Options options;
        QString problem;
        if (!readYear(parser, options.year, problem))
            return app.fail(InvalidRequest, problem);
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return SummaryGridReport::build(file, options);
        });
    };
    return command;
}

Command auditCommand() {
    Command command;
    command.name = QStringLiteral("export audit");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--year 2026-27] -o OUT.pdf");
    command.description = Text::tr("Writes the whole-school audit of a year, every statement with "
                                   "its rating and evidence, as a PDF.");
    command.options = {yearOption(), outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        AuditRecordReport::Options options;
        QString problem;
        if (!readYear(parser, options.year, problem))
            return app.fail(InvalidRequest, problem);
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return AuditRecordReport::build(file, options);
        });
    };
    return command;
}

Command visitCommand() {
    Command command;
    command.name = QStringLiteral("export visit");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--date YYYY-MM-DD -o OUT.pdf");
    command.description = Text::tr("Writes the report of the visit on a date as a PDF.");
    command.options = {QCommandLineOption(QStringLiteral("date"), Text::tr("The day of the visit."),
                                          Text::tr("YYYY-MM-DD")),
                       outputOption()};
    command.requiredOptions = {QStringLiteral("date"), QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString text = parser.value(QStringLiteral("date")).trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return app.fail(
                InvalidRequest,
                Text::tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.")
                    .arg(text));
        return exportReport(app, parser, args.at(0),
                            [&](SchoolFile& file) { return VisitReport::build(file, date); });
    };
    return command;
}

Command portfolioCommand() {
    Command command;
    command.name = QStringLiteral("export portfolio");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("--practitioner NAME [--portfolio ID] -o OUT.pdf");
    command.description =
        Text::tr("Writes a practitioner's Lead Practitioner portfolio (their newest, "
                 "unless --portfolio names one) as a PDF.");
    command.options = {
        QCommandLineOption(QStringLiteral("practitioner"),
                           Text::tr("The practitioner's name, as the file has it (any case)."),
                           Text::tr("NAME")),
        QCommandLineOption(QStringLiteral("portfolio"),
                           Text::tr("The portfolio's id, as info --json lists it (default: the "
                                    "newest)."),
                           Text::tr("ID")),
        outputOption()};
    command.requiredOptions = {QStringLiteral("practitioner"), QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString name = parser.value(QStringLiteral("practitioner")).trimmed();
        qint64 portfolioId = 0;
        if (parser.isSet(QStringLiteral("portfolio"))) {
            const QString text = parser.value(QStringLiteral("portfolio")).trimmed();
            bool ok = false;
            portfolioId = text.toLongLong(&ok);
            if (!ok || portfolioId <= 0)
                return app.fail(
                    InvalidRequest,
                    Text::tr("\"%1\" is not a portfolio id; info --json lists them.").arg(text));
        }
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) -> Result<Report> {
            auto practitioner = PortfolioRepository(file).practitionerNamed(name);
            if (!practitioner)
                return practitioner.error();
            return PortfolioReport::build(file, practitioner->id, portfolioId);
        });
    };
    return command;
}

Command charterCommand() {
    Command command;
    command.name = QStringLiteral("export charter");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("-o OUT.pdf");
    command.description =
        Text::tr("Writes the school's RACE Charter Mark self-evaluation as a PDF.");
    command.options = {outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        return exportReport(app, parser, args.at(0),
                            [](SchoolFile& file) { return CharterReport::build(file); });
    };
    return command;
}

Command ambitionsCommand() {
    Command command;
    command.name = QStringLiteral("export ambitions");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--year YYYY-YY] -o OUT.pdf");
    command.description = Text::tr("Writes where the school stands on the race equality "
                                   "leadership ambitions in one year as a PDF.");
    command.options = {QCommandLineOption(QStringLiteral("year"),
                                          Text::tr("The school year, e.g. 2026-27 (default: the "
                                                   "latest year judged)."),
                                          Text::tr("YEAR")),
                       outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        std::optional<AcademicYear> year;
        QString problem;
        if (!readYear(parser, year, problem))
            return app.fail(InvalidRequest, problem);
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return AmbitionsReport::build(file, year ? year->toString() : QString());
        });
    };
    return command;
}

// Reads an optional YYYY-MM-DD option; an unreadable date is reported in `problem`.
bool readDate(const QCommandLineParser& parser, const QString& name, QDate& date,
              QString& problem) {
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        problem =
            Text::tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.").arg(text);
    return date.isValid();
}

Command trainingCommand() {
    Command command;
    command.name = QStringLiteral("export training");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--from DATE] [--to DATE] -o OUT.pdf");
    command.description =
        Text::tr("Writes the training coverage report as a PDF: race equality training offered "
                 "and attended by staff and governors in a period (default: this academic "
                 "year), who has not been reached, sessions, programme evaluation and case "
                 "studies.");
    command.options = {
        QCommandLineOption(QStringLiteral("from"),
                           Text::tr("The first day of the period (default: 1 September)."),
                           Text::tr("DATE")),
        QCommandLineOption(QStringLiteral("to"),
                           Text::tr("The last day of the period (default: 31 August)."),
                           Text::tr("DATE")),
        outputOption()};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        QDate from;
        QDate to;
        QString problem;
        if (!readDate(parser, QStringLiteral("from"), from, problem) ||
            !readDate(parser, QStringLiteral("to"), to, problem))
            return app.fail(InvalidRequest, problem);
        // One date alone: the academic year containing it, from or to that day.
        if (from.isValid() != to.isValid()) {
            const AcademicYear year = AcademicYear::containing(from.isValid() ? from : to);
            if (!from.isValid())
                from = year.firstDay();
            if (!to.isValid())
                to = year.lastDay();
        }
        if (from.isValid() && to < from)
            return app.fail(InvalidRequest,
                            Text::tr("--to (%1) is before --from (%2).")
                                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        return exportReport(app, parser, args.at(0), [&](SchoolFile& file) {
            return TrainingCoverageReport::build(file, from, to);
        });
    };
    return command;
}

} // namespace

void addExportCommands(std::vector<Command>& commands) {
    commands.push_back(summaryCommand());
    commands.push_back(actionPlanCommand());
    commands.push_back(gridCommand());
    commands.push_back(auditCommand());
    commands.push_back(visitCommand());
    commands.push_back(portfolioCommand());
    commands.push_back(charterCommand());
    commands.push_back(ambitionsCommand());
    commands.push_back(trainingCommand());
}

} // namespace equimark::cli
