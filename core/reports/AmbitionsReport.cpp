#include "reports/AmbitionsReport.h"

#include "analysis/OutcomeMeasure.h"
#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "domain/AmbitionJudgement.h"
#include "domain/EvidenceItem.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/ActionRepository.h"
#include "storage/AmbitionRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"

#include <map>

namespace equimark {

namespace {

const QString Dash = QStringLiteral("\u2013");

Result<Framework> ambitionsOf(SchoolFile& file) {
    auto framework = FrameworkRepository(file).ofKind(Framework::Kind::Ambitions);
    if (!framework && framework.error().code == Error::Code::NotFound)
        return Error::make(Error::Code::NotFound,
                           AmbitionsReport::tr("This school file does not use the race equality "
                                               "leadership ambitions."));
    return framework;
}

} // namespace

Result<QString> AmbitionsReport::defaultYear(SchoolFile& file) {
    auto framework = ambitionsOf(file);
    if (!framework)
        return framework.error();
    auto years = AmbitionRepository(file).years(framework->id);
    if (!years)
        return years.error();
    if (!years->isEmpty())
        return years->last();
    return AcademicYear::containing(QDate::currentDate()).toString();
}

Result<Report> AmbitionsReport::build(SchoolFile& file, const QString& requestedYear) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    auto framework = ambitionsOf(file);
    if (!framework)
        return framework.error();
    QString year = requestedYear.trimmed();
    if (year.isEmpty()) {
        auto chosen = defaultYear(file);
        if (!chosen)
            return chosen.error();
        year = *chosen;
    }
    if (!AmbitionRepository::isYear(year))
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not an academic year; write it like 2026-27.").arg(year));
    const QString lastYear = AcademicYear::parse(year)->previous().toString();

    AmbitionRepository repository(file);
    auto now = repository.judgements(framework->id, year);
    if (!now)
        return now.error();
    auto before = repository.judgements(framework->id, lastYear);
    if (!before)
        return before.error();
    auto actions = ActionRepository(file).all();
    if (!actions)
        return actions.error();
    auto evidence = EvidenceRepository(file).all();
    if (!evidence)
        return evidence.error();
    std::map<qint64, const Action*> actionById;
    for (const auto& action : *actions)
        actionById[action.id] = &action;
    std::map<qint64, const EvidenceItem*> evidenceById;
    for (const auto& item : *evidence)
        evidenceById[item.id] = &item;
    std::map<QString, const AmbitionJudgement*> thisYearOf;
    for (const auto& judgement : *now)
        thisYearOf[judgement.criterionId] = &judgement;
    std::map<QString, QString> lastYearOf;
    for (const auto& judgement : *before)
        lastYearOf[judgement.criterionId] = judgement.statusId;
    const auto summaries = AmbitionSummary::compute(*framework, *now);

    const QString title = tr("Race equality leadership ambitions %1").arg(year);
    Report report = context->start(title);
    report.frameworkLine = ReportContext::frameworkLine(*framework);
    ReportBuilder b;
    b.title(title);
    int met = 0;
    int developing = 0;
    int total = 0;
    for (const auto& summary : summaries) {
        met += summary.met;
        developing += summary.developing;
        total += summary.criteria;
    }
    b.facts({{tr("School"), context->school.name},
             {tr("Academic year"), year},
             {tr("Compared with"), lastYear},
             {tr("Success criteria met"), tr("%1 of %2").arg(met).arg(total)},
             {tr("Developing"), QString::number(developing)}});

    b.heading(tr("Where the school stands"));
    {
        ReportBuilder::Table table(
            b, {tr("Ambition"), tr("Met"), tr("Developing"), tr("Not started")}, {55, 15, 15, 15});
        table.setCaptionColumn(0);
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            const auto& ambition = framework->ambitions[i];
            const auto& summary = summaries[i];
            table.addRow({tr("%1. %2").arg(ambition.number).arg(ambition.title),
                          tr("%1 of %2").arg(summary.met).arg(summary.criteria),
                          QString::number(summary.developing),
                          QString::number(summary.notStarted)});
        }
    }

    for (const auto& ambition : framework->ambitions) {
        b.heading(tr("Ambition %1: %2").arg(ambition.number).arg(ambition.title));
        if (!ambition.summary.isEmpty())
            b.paragraph(ambition.summary, true);
        ReportBuilder::Table table(b,
                                   {tr("Success criterion"), tr("Status %1").arg(year),
                                    tr("Evidence notes"), tr("Evidence and actions")},
                                   {34, 17, 25, 24});
        table.setCaptionColumn(0);
        for (const auto& criterion : ambition.criteria) {
            const auto found = thisYearOf.find(criterion.id);
            const AmbitionJudgement* judgement =
                found == thisYearOf.end() ? nullptr : found->second;
            const QString statusId =
                judgement ? judgement->statusId : QStringLiteral("not-started");
            // Last year's status beside this year's, as a reminder: nothing is carried over.
            const QString status =
                ambitionStatusLabel(*framework, statusId) + QLatin1Char('\n') +
                tr("(%1: %2)")
                    .arg(lastYear, ambitionStatusLabel(*framework, lastYearOf[criterion.id]));
            const QString notes = judgement && !judgement->evidenceNotes.trimmed().isEmpty()
                                      ? judgement->evidenceNotes
                                      : Dash;
            QStringList links;
            if (judgement) {
                for (qint64 id : judgement->evidenceIds) {
                    if (const auto item = evidenceById.find(id); item != evidenceById.end())
                        links << tr("Evidence: %1").arg(item->second->title);
                }
                for (qint64 id : judgement->actionIds) {
                    if (const auto action = actionById.find(id); action != actionById.end())
                        links << tr("Action: %1 (%2)")
                                     .arg(action->second->title,
                                          actionStatusLabel(action->second->status));
                }
            }
            // The id is the cell's small caption line.
            QString text = criterion.id + QLatin1Char('\n') + criterion.text;
            if (const auto* measure = OutcomeMeasure::find(criterion.measure))
                text += QLatin1Char('\n') + tr("Outcome measure: %1").arg(measure->name());
            table.addRow(
                {text, status, notes, links.isEmpty() ? Dash : links.join(QLatin1Char('\n'))});
        }
    }
    b.spacer();
    b.paragraph(tr("Each year is judged afresh: a criterion not judged in a year counts as not "
                   "started. Every status is the school's own judgement."),
                true);
    report.document = b.take();
    return report;
}

} // namespace equimark
