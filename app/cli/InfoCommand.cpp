#include "InfoCommand.h"

#include "domain/Action.h"
#include "domain/CharterEvaluation.h"
#include "domain/PortfolioCoverage.h"
#include "domain/School.h"
#include "reports/AmbitionsReport.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AmbitionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CharterRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SchoolRepository.h"
#include "storage/TrainingRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace equimark::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
};

Result<QJsonArray> frameworksJson(SchoolFile& file) {
    auto frameworks = FrameworkRepository(file).all();
    if (!frameworks)
        return frameworks.error();
    QJsonArray list;
    for (const auto& framework : *frameworks) {
        QJsonArray strands;
        for (const auto& strand : framework.strands)
            strands.append(QJsonObject{{QStringLiteral("id"), strand.id},
                                       {QStringLiteral("name"), strand.name}});
        list.append(QJsonObject{{QStringLiteral("id"), framework.id},
                                {QStringLiteral("name"), framework.name},
                                {QStringLiteral("version"), framework.version},
                                {QStringLiteral("kind"), Framework::kindId(framework.kind)},
                                {QStringLiteral("strands"), strands}});
    }
    return list;
}

Result<QJsonArray> auditsJson(SchoolFile& file) {
    AuditRepository repository(file);
    auto audits = repository.audits();
    if (!audits)
        return audits.error();
    QJsonArray list;
    for (const auto& audit : *audits) {
        auto progress = repository.progress(audit.id);
        if (!progress)
            return progress.error();
        list.append(QJsonObject{{QStringLiteral("year"), audit.year.toString()},
                                {QStringLiteral("framework"), audit.frameworkId},
                                {QStringLiteral("judged"), progress->judged},
                                {QStringLiteral("total"), progress->total}});
    }
    return list;
}

Result<QJsonArray> badgesJson(SchoolFile& file) {
    auto badges = AccreditationRepository(file).badges();
    if (!badges)
        return badges.error();
    QJsonArray list;
    for (const auto& badge : *badges)
        list.append(
            QJsonObject{{QStringLiteral("strand"), badge.strandId},
                        {QStringLiteral("framework"), badge.frameworkId},
                        {QStringLiteral("awardedOn"), badge.awardedOn.toString(Qt::ISODate)}});
    return list;
}

Result<QJsonArray> practitionersJson(SchoolFile& file) {
    PortfolioRepository repository(file);
    auto practitioners = repository.practitioners();
    if (!practitioners)
        return practitioners.error();
    FrameworkRepository frameworks(file);
    QJsonArray list;
    for (const auto& practitioner : *practitioners) {
        auto portfolios = repository.portfolios(practitioner.id);
        if (!portfolios)
            return portfolios.error();
        QJsonArray portfolioList;
        for (const auto& portfolio : *portfolios) {
            auto framework = frameworks.byId(portfolio.frameworkId);
            if (!framework)
                return framework.error();
            auto items = repository.impactItems(portfolio.id);
            if (!items)
                return items.error();
            const auto coverage = PortfolioCoverage::compute(*framework, portfolio, *items);
            auto isoOrNull = [](const QDate& date) {
                return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
            };
            QJsonObject entry{{QStringLiteral("id"), portfolio.id},
                              {QStringLiteral("programme"), portfolio.programme},
                              {QStringLiteral("framework"), portfolio.frameworkId},
                              {QStringLiteral("status"), portfolioStatusId(portfolio.status)},
                              {QStringLiteral("gatewayOn"), isoOrNull(portfolio.gatewayOn)},
                              {QStringLiteral("impactItems"), int(items->size())},
                              {QStringLiteral("ready"), coverage.ready()}};
            if (portfolio.status == PortfolioStatus::Accredited) {
                entry.insert(QStringLiteral("accreditedOn"), isoOrNull(portfolio.accreditedOn));
                entry.insert(QStringLiteral("expiresOn"),
                             isoOrNull(portfolio.expiresOn(framework->accreditationYears)));
            }
            portfolioList.append(entry);
        }
        list.append(QJsonObject{{QStringLiteral("name"), practitioner.name},
                                {QStringLiteral("role"), practitioner.role},
                                {QStringLiteral("portfolios"), portfolioList}});
    }
    return list;
}

// The RACE Charter self-evaluation's standing; null when the file has no such framework.
Result<QJsonValue> charterJson(SchoolFile& file) {
    auto framework = FrameworkRepository(file).ofKind(Framework::Kind::RaceCharter);
    if (!framework) {
        if (framework.error().code == Error::Code::NotFound)
            return QJsonValue();
        return framework.error();
    }
    CharterRepository repository(file);
    auto judgements = repository.judgements(framework->id);
    if (!judgements)
        return judgements.error();
    auto status = repository.status(framework->id);
    if (!status)
        return status.error();
    const auto standing = CharterStanding::compute(*framework, *judgements, *status);
    QJsonObject charter{
        {QStringLiteral("framework"), framework->id},
        {QStringLiteral("reachedLevel"), standing.reachedLevel},
        {QStringLiteral("targetLevel"), standing.targetLevel},
        {QStringLiteral("judged"), standing.judged},
        {QStringLiteral("total"), standing.total},
        {QStringLiteral("holdingBack"), QJsonArray::fromStringList(standing.holdingBack)},
        {QStringLiteral("awardedLevel"), status->awardedLevel}};
    if (status->awardedOn.isValid())
        charter.insert(QStringLiteral("awardedOn"), status->awardedOn.toString(Qt::ISODate));
    if (standing.reassessmentDue.isValid())
        charter.insert(QStringLiteral("reassessmentDue"),
                       standing.reassessmentDue.toString(Qt::ISODate));
    return QJsonValue(charter);
}

// Per ambition the criteria and how many are met or developing in `year` (the latest year
// judged, or the current academic year); an empty list when the file has no ambitions.
Result<QJsonArray> ambitionsJson(SchoolFile& file, QString& year) {
    auto framework = FrameworkRepository(file).ofKind(Framework::Kind::Ambitions);
    if (!framework) {
        if (framework.error().code == Error::Code::NotFound)
            return QJsonArray();
        return framework.error();
    }
    auto latest = AmbitionsReport::defaultYear(file);
    if (!latest)
        return latest.error();
    year = *latest;
    auto summary = AmbitionRepository(file).summary(framework->id, year);
    if (!summary)
        return summary.error();
    QJsonArray list;
    for (const auto& ambition : *summary)
        list.append(QJsonObject{{QStringLiteral("id"), ambition.ambitionId},
                                {QStringLiteral("criteria"), ambition.criteria},
                                {QStringLiteral("met"), ambition.met},
                                {QStringLiteral("developing"), ambition.developing}});
    return list;
}

QString strandName(const QJsonArray& frameworks, const QString& strandId) {
    for (const auto& framework : frameworks) {
        for (const auto& strand : framework.toObject().value(u"strands").toArray()) {
            if (strand.toObject().value(u"id").toString() == strandId)
                return strand.toObject().value(u"name").toString();
        }
    }
    return strandId;
}

void printText(QTextStream& out, const QJsonObject& info) {
    const QJsonObject school = info.value(u"school").toObject();
    auto line = [&out](const QString& label, const QString& value) {
        out << label << ' ' << value << '\n';
    };
    line(Text::tr("School:"), school.value(u"name").toString());
    if (!school.value(u"urn").toString().isEmpty())
        line(Text::tr("URN:"), school.value(u"urn").toString());
    const auto phase = phaseFromId(school.value(u"phase").toString());
    line(Text::tr("Phase:"), phase ? phaseLabel(*phase) : school.value(u"phase").toString());
    if (!school.value(u"localAuthority").toString().isEmpty())
        line(Text::tr("Local authority:"), school.value(u"localAuthority").toString());
    line(Text::tr("File version:"), QString::number(info.value(u"schemaVersion").toInt()));

    const QJsonArray frameworks = info.value(u"frameworks").toArray();
    out << Text::tr("Frameworks:") << '\n';
    for (const auto& value : frameworks) {
        const QJsonObject framework = value.toObject();
        out << "  " << framework.value(u"name").toString() << ' '
            << framework.value(u"version").toString() << " (" << framework.value(u"id").toString()
            << ")";
        const int strands = static_cast<int>(framework.value(u"strands").toArray().size());
        if (strands > 0)
            out << ": " << Text::tr("%1 strands").arg(strands);
        out << '\n';
    }

    const QJsonArray audits = info.value(u"audits").toArray();
    out << Text::tr("Audits:")
        << (audits.isEmpty() ? QStringLiteral(" ") + Text::tr("none yet") : QString()) << '\n';
    for (const auto& value : audits) {
        const QJsonObject audit = value.toObject();
        out << "  "
            << Text::tr("%1: %2 of %3 statements judged")
                   .arg(audit.value(u"year").toString())
                   .arg(audit.value(u"judged").toInt())
                   .arg(audit.value(u"total").toInt())
            << '\n';
    }

    QStringList byStatus;
    const QJsonObject counts = info.value(u"actionsByStatus").toObject();
    for (const auto& id : actionStatusIds()) {
        const int count = counts.value(id).toInt();
        if (count > 0)
            byStatus << QStringLiteral("%1 %2")
                            .arg(actionStatusLabel(*actionStatusFromId(id)))
                            .arg(count);
    }
    line(Text::tr("Actions:"),
         QString::number(info.value(u"actions").toInt()) +
             (byStatus.isEmpty()
                  ? QString()
                  : QStringLiteral(" (") + byStatus.join(QStringLiteral(", ")) + QLatin1Char(')')));

    const QJsonArray badges = info.value(u"badges").toArray();
    out << Text::tr("Badges:")
        << (badges.isEmpty() ? QStringLiteral(" ") + Text::tr("none yet") : QString()) << '\n';
    for (const auto& value : badges) {
        const QJsonObject badge = value.toObject();
        out << "  "
            << Text::tr("%1, awarded %2")
                   .arg(strandName(frameworks, badge.value(u"strand").toString()),
                        badge.value(u"awardedOn").toString())
            << '\n';
    }

    const QJsonValue charter = info.value(u"charter");
    if (charter.isObject()) {
        const QJsonObject object = charter.toObject();
        const QString reached = object.value(u"reachedLevel").toString();
        const QString target = object.value(u"targetLevel").toString();
        line(Text::tr("RACE Charter:"),
             Text::tr("%1 of %2 criteria judged; level reached: %3; working towards: %4")
                 .arg(object.value(u"judged").toInt())
                 .arg(object.value(u"total").toInt())
                 .arg(reached.isEmpty() ? Text::tr("none yet") : reached,
                      target.isEmpty() ? Text::tr("none") : target));
    }

    const QJsonArray ambitions = info.value(u"ambitions").toArray();
    if (!ambitions.isEmpty()) {
        QStringList parts;
        for (const auto& value : ambitions) {
            const QJsonObject ambition = value.toObject();
            parts << Text::tr("%1 %2 of %3 met")
                         .arg(ambition.value(u"id").toString())
                         .arg(ambition.value(u"met").toInt())
                         .arg(ambition.value(u"criteria").toInt());
        }
        line(Text::tr("Ambitions %1:").arg(info.value(u"ambitionsYear").toString()),
             parts.join(QStringLiteral("; ")));
    }

    const QJsonArray practitioners = info.value(u"practitioners").toArray();
    out << Text::tr("Lead Practitioner portfolios:")
        << (practitioners.isEmpty() ? QStringLiteral(" ") + Text::tr("none yet") : QString())
        << '\n';
    for (const auto& value : practitioners) {
        const QJsonObject practitioner = value.toObject();
        const QJsonArray portfolios = practitioner.value(u"portfolios").toArray();
        out << "  " << practitioner.value(u"name").toString();
        if (!practitioner.value(u"role").toString().isEmpty())
            out << " (" << practitioner.value(u"role").toString() << ')';
        if (portfolios.isEmpty())
            out << ": " << Text::tr("no portfolio yet");
        out << '\n';
        for (const auto& each : portfolios) {
            const QJsonObject portfolio = each.toObject();
            const auto status = portfolioStatusFromId(portfolio.value(u"status").toString());
            const QString gateway = portfolio.value(u"gatewayOn").toString();
            out << "    "
                << Text::tr("%1 (id %2): %3, gateway %4, %5")
                       .arg(portfolio.value(u"programme").toString(),
                            QString::number(portfolio.value(u"id").toInteger()),
                            status ? portfolioStatusLabel(*status)
                                   : portfolio.value(u"status").toString(),
                            gateway.isEmpty() ? Text::tr("not chosen") : gateway,
                            portfolio.value(u"ready").toBool() ? Text::tr("ready")
                                                               : Text::tr("not ready yet"))
                << '\n';
        }
    }
    out.flush();
}

} // namespace

Result<QJsonObject> describeSchoolFile(SchoolFile& file) {
    auto school = SchoolRepository(file).load();
    if (!school)
        return school.error();
    auto frameworks = frameworksJson(file);
    if (!frameworks)
        return frameworks.error();
    auto audits = auditsJson(file);
    if (!audits)
        return audits.error();
    auto counts = ActionRepository(file).statusCounts();
    if (!counts)
        return counts.error();
    auto badges = badgesJson(file);
    if (!badges)
        return badges.error();
    auto practitioners = practitionersJson(file);
    if (!practitioners)
        return practitioners.error();
    auto charter = charterJson(file);
    if (!charter)
        return charter.error();
    QString ambitionsYear;
    auto ambitions = ambitionsJson(file, ambitionsYear);
    if (!ambitions)
        return ambitions.error();

    auto outcomeRows = OutcomeRepository(file).rowCount();
    if (!outcomeRows)
        return outcomeRows.error();
    auto outcomeYears = OutcomeRepository(file).years();
    if (!outcomeYears)
        return outcomeYears.error();
    TrainingRepository training(file);
    auto people = training.people();
    if (!people)
        return people.error();
    auto sessions = training.sessions();
    if (!sessions)
        return sessions.error();

    int actions = 0;
    QJsonObject byStatus;
    for (const auto& [status, count] : *counts) {
        actions += count;
        byStatus.insert(actionStatusId(status), count);
    }
    return QJsonObject{
        {QStringLiteral("schemaVersion"), SchoolFile::schemaVersion()},
        {QStringLiteral("path"), QDir::toNativeSeparators(file.path())},
        {QStringLiteral("school"),
         QJsonObject{{QStringLiteral("name"), school->name},
                     {QStringLiteral("urn"), school->urn},
                     {QStringLiteral("phase"), phaseId(school->phase)},
                     {QStringLiteral("localAuthority"), school->localAuthority}}},
        {QStringLiteral("frameworks"), *frameworks},
        {QStringLiteral("audits"), *audits},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("actionsByStatus"), byStatus},
        {QStringLiteral("badges"), *badges},
        {QStringLiteral("charter"), *charter},
        {QStringLiteral("practitioners"), *practitioners},
        {QStringLiteral("ambitions"), *ambitions},
        {QStringLiteral("ambitionsYear"),
         ambitionsYear.isEmpty() ? QJsonValue() : QJsonValue(ambitionsYear)},
        {QStringLiteral("outcomeRows"), *outcomeRows},
        {QStringLiteral("outcomeYears"), QJsonArray::fromStringList(*outcomeYears)},
        {QStringLiteral("people"), int(people->size())},
        {QStringLiteral("trainingSessions"), int(sessions->size())},
    };
}

Command infoCommand() {
    Command command;
    command.name = QStringLiteral("info");
    command.positionals = {QStringLiteral("FILE")};
    command.synopsis = QStringLiteral("[--json]");
    command.description =
        Text::tr("Shows the school, its frameworks, audits, actions, badges, RACE "
                 "Charter self-evaluation and Lead Practitioner portfolios.");
    command.options = {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print JSON for scripts."))};
    command.run = [](CliApp& app, const QCommandLineParser& parser, const QStringList& args) {
        auto file = app.open(args.at(0), false);
        if (!file)
            return app.fail(file.error());
        auto info = describeSchoolFile(**file);
        if (!info)
            return app.fail(info.error());
        if (parser.isSet(QStringLiteral("json")))
            app.out() << QString::fromUtf8(QJsonDocument(*info).toJson(QJsonDocument::Indented))
                      << Qt::flush;
        else
            printText(app.out(), *info);
        return static_cast<int>(Success);
    };
    return command;
}

} // namespace equimark::cli
