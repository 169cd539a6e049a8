#include "reports/PortfolioReport.h"

#include "domain/PortfolioCoverage.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/SchoolFile.h"

#include <map>

namespace equimark {

namespace {

const QString Dash = QStringLiteral("\u2013");

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? Dash : text;
}

QString gatewayText(const Portfolio& portfolio, const QDate& today) {
    const auto days = portfolio.daysToGateway(today);
    if (!days)
        return PortfolioReport::tr("Not chosen yet");
    const QString date = ReportContext::date(portfolio.gatewayOn);
    if (portfolio.status != PortfolioStatus::Drafting)
        return date;
    if (*days == 0)
        return PortfolioReport::tr("%1 (today)").arg(date);
    if (*days > 0)
        return *days == 1 ? PortfolioReport::tr("%1 (1 day to go)").arg(date)
                          : PortfolioReport::tr("%1 (%2 days to go)").arg(date).arg(*days);
    // Spelt out rather than %n: the command line prints reports without a translator.
    return *days == -1 ? PortfolioReport::tr("%1 (passed yesterday)").arg(date)
                       : PortfolioReport::tr("%1 (passed %2 days ago)").arg(date).arg(-*days);
}

QString period(const ImpactItem& item) {
    if (!item.startedOn.isValid() && !item.endedOn.isValid())
        return PortfolioReport::tr("Not dated");
    if (!item.endedOn.isValid() || item.endedOn == item.startedOn)
        return item.startedOn.isValid()
                   ? ReportContext::date(item.startedOn)
                   : PortfolioReport::tr("until %1").arg(ReportContext::date(item.endedOn));
    if (!item.startedOn.isValid())
        return PortfolioReport::tr("until %1").arg(ReportContext::date(item.endedOn));
    return PortfolioReport::tr("%1 to %2")
        .arg(ReportContext::date(item.startedOn), ReportContext::date(item.endedOn));
}

// "E1, E3" for the items of a coverage row, numbered as the evidence section lists them.
QString itemNumbers(const QList<qint64>& ids, const std::map<qint64, int>& numbers) {
    QStringList names;
    for (qint64 id : ids) {
        const auto found = numbers.find(id);
        if (found != numbers.end())
            names << PortfolioReport::tr("E%1").arg(found->second);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<Report> PortfolioReport::build(SchoolFile& file, qint64 practitionerId, qint64 portfolioId,
                                      const QDate& today) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    PortfolioRepository repository(file);
    auto practitioner = repository.practitioner(practitionerId);
    if (!practitioner)
        return practitioner.error();

    Portfolio portfolio;
    if (portfolioId == 0) {
        auto portfolios = repository.portfolios(practitionerId);
        if (!portfolios)
            return portfolios.error();
        if (portfolios->empty())
            return Error::make(
                Error::Code::NotFound,
                tr("%1 has no Lead Practitioner portfolio yet.").arg(practitioner->name));
        portfolio = portfolios->front();
    } else {
        auto found = repository.portfolio(portfolioId);
        if (!found)
            return found.error();
        if (found->practitionerId != practitionerId)
            return Error::make(Error::Code::NotFound,
                               tr("Portfolio %1 is not one of %2's portfolios.")
                                   .arg(portfolioId)
                                   .arg(practitioner->name));
        portfolio = std::move(*found);
    }
    auto framework = FrameworkRepository(file).byId(portfolio.frameworkId);
    if (!framework)
        return framework.error();
    auto items = repository.impactItems(portfolio.id);
    if (!items)
        return items.error();
    auto evidence = EvidenceRepository(file).all();
    if (!evidence)
        return evidence.error();
    std::map<qint64, const EvidenceItem*> evidenceById;
    for (const auto& item : *evidence)
        evidenceById[item.id] = &item;
    std::map<qint64, int> numbers;
    for (const auto& item : *items)
        numbers[item.id] = int(numbers.size()) + 1;
    const PortfolioCoverage coverage = PortfolioCoverage::compute(*framework, portfolio, *items);

    const QString title = tr("Lead Practitioner portfolio: %1").arg(practitioner->name);
    Report report = context->start(title);
    report.frameworkLine = ReportContext::frameworkLine(*framework);
    ReportBuilder b;
    b.title(title);

    std::vector<std::pair<QString, QString>> facts{
        {tr("Practitioner"), practitioner->name},
        {tr("Role"), orDash(practitioner->role)},
        {tr("School"), context->school.name},
        {tr("Programme"), portfolio.programme},
        {tr("Status"), portfolioStatusLabel(portfolio.status)},
        {tr("Gateway"), gatewayText(portfolio, today)},
        {tr("Submitted"), ReportContext::date(portfolio.submittedOn)}};
    if (portfolio.status == PortfolioStatus::Accredited) {
        facts.push_back({tr("Accredited"), ReportContext::date(portfolio.accreditedOn)});
        facts.push_back({tr("Accreditation expires"),
                         ReportContext::date(portfolio.expiresOn(framework->accreditationYears))});
    }
    b.facts(facts);

    b.heading(tr("Readiness for the gateway"));
    if (coverage.ready()) {
        b.paragraph(tr("Ready for the gateway: every LP standard has evidence of impact and a "
                       "self-assessment, and every reflective question is answered."));
    } else {
        b.paragraph(tr("Not ready for the gateway yet:"));
        for (const auto& reason : coverage.reasonsNotReady(*framework))
            b.paragraph(QStringLiteral("\u2022 ") + reason);
    }

    b.heading(tr("Self-assessment against the LP standards"));
    b.paragraph(tr("The scale (not yet, developing, secure, strength) is Equimark's own, not "
                   "SSAT's."),
                true);
    {
        ReportBuilder::Table table(b, {tr("LP standard"), tr("Self-assessment"), tr("Note")},
                                   {36, 18, 46});
        table.setCaptionColumn(0);
        for (const auto& group : framework->lpGroups) {
            table.addSpanningRow(group.name);
            for (const auto& standard : framework->lpStandards) {
                if (standard.groupId != group.id)
                    continue;
                const StandardAssessment* assessment = portfolio.assessment(standard.id);
                const SelfAssessment level =
                    assessment ? assessment->level : SelfAssessment::NotAssessed;
                table.addRow({standard.id + QLatin1Char('\n') + standard.name,
                              level == SelfAssessment::NotAssessed ? tr("Not assessed yet")
                                                                   : selfAssessmentLabel(level),
                              assessment ? orDash(assessment->note) : Dash});
            }
        }
    }

    b.heading(tr("Reflective questions"));
    for (int i = 0; i < framework->reflectivePrompts.size(); ++i) {
        b.heading(framework->reflectivePrompts.at(i), 2);
        const QString answer = portfolio.reflections.value(i);
        if (answer.trimmed().isEmpty())
            b.paragraph(tr("Not answered yet."), true);
        else
            b.paragraph(answer);
    }

    b.heading(tr("Evidence of impact"));
    if (items->empty())
        b.paragraph(tr("No evidence of impact has been recorded yet."), true);
    for (const auto& item : *items) {
        b.heading(tr("E%1. %2").arg(numbers[item.id]).arg(item.title), 2);
        QStringList criteria;
        for (const auto& id : item.criterionIds)
            criteria << ReportContext::criterionLine(*framework, id);
        QStringList standards;
        for (const auto& id : item.standardIds)
            standards << ReportContext::standardLine(*framework, id);
        QStringList linked;
        for (qint64 id : item.evidenceIds) {
            const auto found = evidenceById.find(id);
            if (found == evidenceById.end())
                continue;
            QStringList files;
            for (const auto& attachment : found->second->attachments)
                files << attachment.fileName;
            linked << (files.isEmpty()
                           ? found->second->title
                           : tr("%1 (files: %2)")
                                 .arg(found->second->title, files.join(QStringLiteral(", "))));
        }
        b.facts(
            {{tr("When"), period(item)},
             {tr("With whom"), orDash(item.withWhom)},
             {tr("Impact on others' knowledge, understanding or practice"), orDash(item.impact)},
             {tr("How it is known"), orDash(item.howKnown)},
             {tr("RACE Charter criteria"),
              criteria.isEmpty() ? tr("None mapped") : criteria.join(QLatin1Char('\n'))},
             {tr("LP standards"),
              standards.isEmpty() ? tr("None mapped") : standards.join(QLatin1Char('\n'))},
             {tr("Evidence"),
              linked.isEmpty() ? tr("None linked") : linked.join(QLatin1Char('\n'))}});
    }

    b.heading(tr("Coverage"));
    b.paragraph(tr("Which evidence of impact (E1, E2 ... as numbered above) counts for each LP "
                   "standard and each RACE Charter criterion."),
                true);
    b.heading(tr("LP standards"), 2);
    {
        ReportBuilder::Table table(b, {tr("LP standard"), tr("Evidence of impact"), tr("Items")},
                                   {52, 36, 12});
        table.setCaptionColumn(0);
        for (const auto& [standardId, ids] : coverage.byStandard) {
            QString name = standardId;
            for (const auto& standard : framework->lpStandards) {
                if (standard.id == standardId)
                    name = standard.id + QLatin1Char('\n') + standard.name;
            }
            // A gap is shaded like a red rating, so it stands out on a printed page.
            std::vector<std::pair<int, Rating>> shade;
            if (ids.isEmpty())
                shade.push_back({1, Rating::Red});
            table.addRow({name, ids.isEmpty() ? tr("No evidence yet") : itemNumbers(ids, numbers),
                          QString::number(ids.size())},
                         shade);
        }
    }
    b.heading(tr("RACE Charter criteria"), 2);
    {
        ReportBuilder::Table table(b, {tr("Criterion"), tr("Evidence of impact"), tr("Items")},
                                   {52, 36, 12});
        table.setCaptionColumn(0);
        for (const auto& [criterionId, ids] : coverage.byCriterion) {
            QString text = criterionId;
            for (const auto& section : framework->sections) {
                for (const auto& criterion : section.criteria) {
                    if (criterion.id == criterionId)
                        text = criterion.id + QLatin1Char('\n') + criterion.text;
                }
            }
            // A gap is shaded like a red rating, so it stands out on a printed page.
            std::vector<std::pair<int, Rating>> shade;
            if (ids.isEmpty())
                shade.push_back({1, Rating::Red});
            table.addRow({text, ids.isEmpty() ? tr("No evidence yet") : itemNumbers(ids, numbers),
                          QString::number(ids.size())},
                         shade);
        }
    }
    if (!framework->textComplete) {
        b.spacer();
        b.paragraph(tr("Only part of the wording of the RACE Charter Mark criteria and the LP "
                       "standards is public. Where it is not known the framework says so; a "
                       "school holding the official documents can enter it in Equimark."),
                    true);
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
