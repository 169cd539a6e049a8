#include "reports/TrainingCoverageReport.h"

#include "analysis/ProgrammeEvaluation.h"
#include "analysis/TrainingCoverage.h"
#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "domain/TrainingTopic.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/ActionRepository.h"
#include "storage/CaseStudyRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"

#include <QLocale>
#include <map>

namespace equimark {

namespace {

const QString Dash = QStringLiteral("\u2013");

QString percent(const std::optional<double>& share) {
    return share ? QStringLiteral("%1%").arg(QLocale().toString(*share, 'f', 0)) : Dash;
}

QString number(double value) {
    return QLocale().toString(value, 'f', 1);
}

QString signedNumber(double value) {
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

} // namespace

Result<Report> TrainingCoverageReport::build(SchoolFile& file, QDate from, QDate to) {
    if (!from.isValid() || !to.isValid()) {
        const AcademicYear year = AcademicYear::containing(QDate::currentDate());
        if (!from.isValid())
            from = year.firstDay();
        if (!to.isValid())
            to = year.lastDay();
    }
    if (to < from)
        return Error::make(Error::Code::Invalid,
                           tr("The period ends (%1) before it starts (%2).")
                               .arg(ReportContext::date(to), ReportContext::date(from)));
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    TrainingRepository training(file);
    auto people = training.people();
    if (!people)
        return people.error();
    auto sessions = training.sessions();
    if (!sessions)
        return sessions.error();
    ProgrammeRepository programmeStore(file);
    auto programmes = programmeStore.programmes();
    if (!programmes)
        return programmes.error();
    auto cases = CaseStudyRepository(file).caseStudies();
    if (!cases)
        return cases.error();
    auto threshold = OutcomeRepository(file).suppressionThreshold();
    if (!threshold)
        return threshold.error();
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
    std::map<qint64, QString> programmeTitle;
    for (const auto& programme : *programmes)
        programmeTitle[programme.id] = programme.title;

    const TrainingCoverage coverage = TrainingCoverage::compute(*people, *sessions, from, to);
    const QString title = tr("Training coverage");
    Report report = context->start(title);
    ReportBuilder b;
    b.title(title);
    b.facts({{tr("School"), context->school.name},
             {tr("Period"), tr("%1 to %2").arg(ReportContext::date(from), ReportContext::date(to))},
             {tr("Training that counts"),
              tr("%1 (first courses and refreshers)").arg(TrainingTopic::countingLabels())},
             {tr("Sessions that count"), QString::number(coverage.countingSessions)}});

    b.heading(tr("Coverage by body"));
    b.paragraph(tr("Of the people in post at any time in the period, how many were offered race "
                   "equality training and how many attended. Each person counts once, however "
                   "many sessions they came to; leaders are also counted in their body."),
                true);
    {
        ReportBuilder::Table table(b,
                                   {tr("Group"), tr("In post"), tr("Offered"), tr("Offered %"),
                                    tr("Attended"), tr("Attended %")},
                                   {30, 14, 14, 14, 14, 14});
        const std::pair<QString, const TrainingCoverage::Group*> rows[] = {
            {tr("Staff"), &coverage.staff},
            {tr("Governors"), &coverage.governors},
            {tr("Leaders (staff and governors)"), &coverage.leaders},
            {tr("Everyone"), &coverage.everyone}};
        for (const auto& [name, group] : rows)
            table.addRow({name, QString::number(group->inPost), QString::number(group->offered),
                          percent(group->offeredShare()), QString::number(group->attended),
                          percent(group->attendedShare())});
    }

    b.heading(tr("Not yet reached"));
    if (coverage.everyone.inPost == 0) {
        b.paragraph(tr("Nobody in the file was in post in this period."), true);
    } else if (coverage.notReached.empty()) {
        b.paragraph(tr("Everyone in post in this period attended."), true);
    } else {
        b.paragraph(tr("%n person(s) in post have not attended race equality training in the "
                       "period. Ambition 4 asks that every member of the workforce and the "
                       "governing body is offered it.",
                       nullptr, int(coverage.notReached.size())),
                    true);
        ReportBuilder::Table table(b, {tr("Name"), tr("Body"), tr("Role"), tr("Where they are")},
                                   {30, 14, 28, 28});
        for (const auto& row : coverage.notReached)
            table.addRow({row.person.name, bodyLabel(row.person.body), row.person.role,
                          row.offered ? tr("Offered, not yet attended") : tr("Not yet offered")});
    }

    b.heading(tr("Sessions in the period"));
    int inPeriod = 0;
    for (const auto& session : *sessions)
        inPeriod += session.heldOn >= from && session.heldOn <= to ? 1 : 0;
    if (inPeriod == 0) {
        b.paragraph(tr("No training sessions are recorded in this period."), true);
    } else {
        ReportBuilder::Table table(
            b,
            {tr("Date"), tr("Session"), tr("Topic"), tr("Audience"), tr("Offered"), tr("Attended")},
            {15, 29, 17, 15, 11, 13});
        table.setCaptionColumn(1);
        // Oldest first, as the year went.
        for (auto it = sessions->rbegin(); it != sessions->rend(); ++it) {
            const auto& session = *it;
            if (session.heldOn < from || session.heldOn > to)
                continue;
            QString topic = TrainingTopic::labelOf(session.topic);
            if (session.refresher)
                topic = tr("%1 (refresher)").arg(topic);
            if (!TrainingTopic::counts(session.topic))
                topic = tr("%1 (does not count)").arg(topic);
            // The programme, when there is one, as a caption above the title.
            const QString caption =
                session.programmeId > 0 ? programmeTitle[session.programmeId] : QString();
            table.addRow(
                {ReportContext::date(session.heldOn),
                 caption.isEmpty() ? session.title : caption + QLatin1Char('\n') + session.title,
                 topic, session.audience.isEmpty() ? Dash : session.audience,
                 QString::number(session.attendance.size()),
                 QString::number(session.attendedCount())});
        }
    }

    for (const auto& programme : *programmes) {
        b.heading(tr("Programme: %1").arg(programme.title));
        b.facts({{tr("Provider"), programme.provider.isEmpty() ? Dash : programme.provider},
                 {tr("Aims"), programme.aims.isEmpty() ? Dash : programme.aims}});
        b.heading(tr("Confidence before and after"), 2);
        const auto evaluation = ProgrammeEvaluation::compute(programme.ratings);
        const auto shared = evaluation.shared(*threshold);
        const QString hidden = tr("fewer than %1").arg(*threshold);
        const QString suppressed = tr("suppressed");
        b.paragraph(tr("Participants rated their confidence from 1 (not confident) to 5 (very "
                       "confident). Only totals are shown; a count below %1, or one that would "
                       "let such a count be worked out, is shown as \"%2\".")
                        .arg(*threshold)
                        .arg(suppressed),
                    true);
        b.facts(
            {{tr("Participants who rated"),
              evaluation.rated >= *threshold ? QString::number(evaluation.rated) : hidden},
             {tr("Rated both before and after"),
              shared.pairedShown ? QString::number(evaluation.paired) : hidden},
             {tr("Mean before"), shared.meansShown ? number(evaluation.meanBefore) : suppressed},
             {tr("Mean after"), shared.meansShown ? number(evaluation.meanAfter) : suppressed},
             {tr("Mean change"),
              shared.meansShown ? signedNumber(evaluation.meanChange) : suppressed}});
        if (evaluation.paired > 0) {
            ReportBuilder::Table table(b,
                                       {tr("Rating"), QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("3"), QStringLiteral("4"),
                                        QStringLiteral("5")},
                                       {30, 14, 14, 14, 14, 14});
            QStringList before{tr("Before")};
            QStringList after{tr("After")};
            for (std::size_t i = 0; i < 5; ++i) {
                before << (shared.beforeShown[i] ? QString::number(evaluation.before[i])
                                                 : suppressed);
                after << (shared.afterShown[i] ? QString::number(evaluation.after[i]) : suppressed);
            }
            table.addRow(before);
            table.addRow(after);
        }
        b.heading(tr("How leaders changed their approach"), 2);
        b.paragraph(programme.leadersApproach.isEmpty() ? tr("Not recorded yet.")
                                                        : programme.leadersApproach,
                    programme.leadersApproach.isEmpty());
        b.heading(tr("How the learning is embedded"), 2);
        b.paragraph(programme.embedding.isEmpty() ? tr("Not recorded yet.") : programme.embedding,
                    programme.embedding.isEmpty());
        if (!programme.actionIds.isEmpty()) {
            ReportBuilder::Table table(
                b, {tr("Linked action"), tr("Owner"), tr("Due"), tr("Status")}, {46, 20, 16, 18});
            for (qint64 id : programme.actionIds) {
                const auto found = actionById.find(id);
                if (found == actionById.end())
                    continue;
                const Action& action = *found->second;
                table.addRow({action.title, action.owner.isEmpty() ? Dash : action.owner,
                              ReportContext::date(action.dueOn), actionStatusLabel(action.status)});
            }
        }
    }

    b.heading(tr("Case studies of positive action"));
    if (cases->empty())
        b.paragraph(tr("No case studies are recorded yet."), true);
    for (const auto& caseStudy : *cases) {
        b.heading(caseStudy.title, 2);
        std::vector<std::pair<QString, QString>> facts{
            {tr("Date"), ReportContext::date(caseStudy.datedOn)}};
        if (caseStudy.programmeId > 0)
            facts.push_back({tr("Programme"), programmeTitle[caseStudy.programmeId]});
        QStringList linked;
        for (qint64 id : caseStudy.evidenceIds) {
            const auto found = evidenceById.find(id);
            if (found != evidenceById.end())
                linked << found->second->title;
        }
        facts.push_back(
            {tr("Evidence"), linked.isEmpty() ? Dash : linked.join(QStringLiteral("; "))});
        b.facts(facts);
        if (!caseStudy.story.isEmpty())
            b.paragraph(caseStudy.story);
    }

    report.document = b.take();
    return report;
}

} // namespace equimark
