// Outcome figures by ethnic group: the CSV template, import, and the shared exports.
#include "CliApp.h"
#include "analysis/OutcomeAnalysis.h"
#include "domain/AcademicYear.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "interchange/OutcomeCsv.h"
#include "reports/OutcomesReport.h"
#include "reports/ReportWriter.h"
#include "storage/OutcomeRepository.h"
#include "storage/SchoolFile.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OutcomeCommands)
};

// --year as "2025-26"; empty when not given. False (with `problem`) when unreadable.
bool readYear(const QCommandLineParser& parser, QString& year, QString& problem) {
    if (!parser.isSet(QStringLiteral("year")))
        return true;
    const QString text = parser.value(QStringLiteral("year")).trimmed();
    const auto parsed = AcademicYear::parse(text);
    if (!parsed) {
        problem = Text::tr("\"%1\" is not a school year; write it like 2025-26.").arg(text);
        return false;
    }
    year = parsed->toString();
    return true;
}

Command templateCommand() {
    Command command;
    command.name = QStringLiteral("outcomes template");
    command.synopsis = QStringLiteral("[--year YEAR] [-o OUT.csv]");
    command.description = Text::tr(
        "Prints the outcomes CSV template (docs/outcomes-csv.md): a row for every measure and "
        "ethnic group of a year, with the counts to fill in and each measure's definition.");
    command.options = {
        QCommandLineOption(QStringLiteral("year"),
                           Text::tr("The school year of the rows (default: the last complete "
                                    "year)."),
                           Text::tr("YEAR")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           Text::tr("Write the template to this file instead."),
                           Text::tr("OUT.csv"))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList&) {
        QString year;
        QString problem;
        if (!readYear(parser, year, problem))
            return app.fail(InvalidRequest, problem);
        if (year.isEmpty())
            year = AcademicYear::containing(QDate::currentDate()).previous().toString();
        const QByteArray bytes = OutcomeCsv::blankTemplate(year);
        if (parser.isSet(QStringLiteral("output"))) {
            const QString out = parser.value(QStringLiteral("output"));
            if (auto written = CsvWriter::writeFile(out, bytes); !written)
                return app.fail(written.error());
            app.out() << Text::tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        } else {
            // Without the BOM: a terminal or a pipe wants the text itself.
            app.out() << QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes)
                      << Qt::flush;
        }
        return static_cast<int>(Success);
    };
    return command;
}

Command importCommand() {
    Command command;
    command.name = QStringLiteral("import outcomes");
    command.positionals = {QStringLiteral("FILE"), QStringLiteral("CSV")};
    command.description = Text::tr(
        "Adds the outcome figures of a CSV file (see docs/outcomes-csv.md) to the school file, "
        "replacing figures for the same year, measure and group, all in one step. A file with "
        "any problem is refused whole, naming its line and column, and nothing is imported.");
    command.run = [](CliApp& app, const QCommandLineParser&, const QStringList& args) {
        const QString csvPath = args.at(1);
        int exitCode = 0;
        const auto rows = app.readCsv(csvPath, &exitCode);
        if (!rows)
            return exitCode;
        CsvProblem problem;
        auto counts = OutcomeCsv::parse(*rows, &problem);
        if (!counts)
            return problem.at.line > 0 ? app.rejectCsv(csvPath, problem) : app.fail(counts.error());

        auto file = app.open(args.at(0), true);
        if (!file)
            return app.fail(file.error());
        if (counts->empty()) {
            app.out() << Text::tr("No figures were imported: %1 has no filled-in rows.")
                             .arg(QDir::toNativeSeparators(csvPath))
                      << Qt::endl;
            return static_cast<int>(Success);
        }
        if (auto written = OutcomeRepository(**file).write(*counts); !written)
            return app.fail(written.error());
        app.out() << Text::tr("Imported %n figure(s).", nullptr, int(counts->size())) << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

Command exportCommand() {
    Command command;
    command.name = QStringLiteral("export outcomes");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("-o OUT.pdf|OUT.csv [--year YEAR] [--format pdf|csv]");
    command.description = Text::tr(
        "Writes the \"Outcomes and gaps\" report as a PDF, or the figures as a CSV file, for "
        "sharing: counts below the school file's threshold, and every figure worked out from "
        "one, are suppressed. The format follows the file name unless --format says.");
    command.options = {
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           Text::tr("The PDF or CSV file to write."), Text::tr("OUT")),
        QCommandLineOption(QStringLiteral("year"),
                           Text::tr("The school year of the report's tables (default: each "
                                    "measure's latest)."),
                           Text::tr("YEAR")),
        QCommandLineOption(QStringLiteral("format"), Text::tr("pdf or csv."), Text::tr("FORMAT"))};
    command.requiredOptions = {QStringLiteral("output")};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const QString out = parser.value(QStringLiteral("output"));
        QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
        if (format.isEmpty())
            format = QFileInfo(out).suffix().toLower() == u"csv" ? QStringLiteral("csv")
                                                                 : QStringLiteral("pdf");
        if (format != u"csv" && format != u"pdf")
            return app.fail(InvalidRequest,
                            Text::tr("\"%1\" is not a format; use pdf or csv.").arg(format));
        QString year;
        QString problem;
        if (!readYear(parser, year, problem))
            return app.fail(InvalidRequest, problem);
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        const QString shown = QDir::toNativeSeparators(out);
        if (format == u"csv") {
            auto analysis = OutcomesReport::analysisOf(**file);
            if (!analysis)
                return app.fail(analysis.error());
            if (auto written = CsvWriter::writeFile(out, OutcomeCsv::sharedExport(*analysis));
                !written)
                return app.fail(written.error());
            app.out() << Text::tr("Wrote %1.").arg(shown) << Qt::endl;
            return static_cast<int>(Success);
        }
        auto report = OutcomesReport::build(**file, year);
        if (!report)
            return report.error().code == Error::Code::NotFound
                       ? app.fail(InvalidRequest, report.error().message)
                       : app.fail(report.error());
        auto pages = ReportWriter::writePdf(*report, out);
        if (!pages)
            return app.fail(pages.error());
        app.out() << Text::tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(shown) << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

Command thresholdCommand() {
    Command command;
    command.name = QStringLiteral("outcomes threshold");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--set N]");
    command.description = Text::tr("Shows, or with --set changes, the school file's threshold: "
                                   "counts below it are suppressed in everything shared.");
    command.options = {QCommandLineOption(
        QStringLiteral("set"), Text::tr("The new threshold, from 1 to 100."), Text::tr("N"))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        const bool setting = parser.isSet(QStringLiteral("set"));
        auto file = app.open(args.at(0), setting);
        if (!file)
            return app.fail(file.error());
        OutcomeRepository repository(**file);
        if (setting) {
            bool ok = false;
            const int value = parser.value(QStringLiteral("set")).trimmed().toInt(&ok);
            if (!ok)
                return app.fail(
                    InvalidRequest,
                    Text::tr("\"%1\" is not a number.").arg(parser.value(QStringLiteral("set"))));
            if (auto written = repository.setSuppressionThreshold(value); !written)
                return app.fail(written.error());
        }
        auto threshold = repository.suppressionThreshold();
        if (!threshold)
            return app.fail(threshold.error());
        app.out() << *threshold << Qt::endl;
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace

void addOutcomeCommands(std::vector<Command>& commands) {
    commands.push_back(templateCommand());
    commands.push_back(importCommand());
    commands.push_back(exportCommand());
    commands.push_back(thresholdCommand());
}

} // namespace equimark::cli
