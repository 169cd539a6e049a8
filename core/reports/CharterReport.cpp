#include "reports/CharterReport.h"

#include "domain/Action.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/ActionRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"

#include <map>

namespace equimark {

namespace {

const QString Dash = QStringLiteral("\u2013");

QString labelOf(const std::vector<LevelDefinition>& levels, const QString& id) {
    for (const auto& level : levels) {
        if (level.id == id)
            return level.label;
    }
    return id;
}

} // namespace

Result<Report> CharterReport::build(SchoolFile& file, const QString& frameworkId) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    FrameworkRepository frameworks(file);
    auto framework = frameworkId.isEmpty() ? frameworks.ofKind(Framework::Kind::RaceCharter)
                                           : frameworks.byId(frameworkId);
    if (!framework) {
        if (framework.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound,
                               tr("This school file has no RACE Charter Mark framework."));
        return framework.error();
    }
    if (framework->kind != Framework::Kind::RaceCharter)
        return Error::make(Error::Code::Invalid,
                           tr("%1 is not a RACE Charter Mark framework.").arg(framework->name));
    CharterRepository charter(file);
    auto judgements = charter.judgements(framework->id);
    if (!judgements)
        return judgements.error();
    auto status = charter.status(framework->id);
    if (!status)
        return status.error();
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
    std::map<QString, const CriterionJudgement*> judgementOf;
    for (const auto& judgement : *judgements)
        judgementOf[judgement.criterionId] = &judgement;

    const CharterStanding standing = CharterStanding::compute(*framework, *judgements, *status);
    const QString title = tr("RACE Charter Mark self-evaluation");
    Report report = context->start(title);
    report.frameworkLine = ReportContext::frameworkLine(*framework);
    ReportBuilder b;
    b.title(title);
    b.facts(
        {{tr("School"), context->school.name},
         {tr("Level reached"), standing.reachedLevel.isEmpty()
                                   ? tr("None yet")
                                   : labelOf(framework->awardLevels, standing.reachedLevel)},
         {tr("Working towards"), standing.targetLevel.isEmpty()
                                     ? Dash
                                     : labelOf(framework->awardLevels, standing.targetLevel)},
         {tr("Criteria judged"), tr("%1 of %2").arg(standing.judged).arg(standing.total)},
         {tr("Award held"), status->awardedLevel.isEmpty()
                                ? tr("None yet")
                                : tr("%1, awarded %2")
                                      .arg(labelOf(framework->awardLevels, status->awardedLevel),
                                           ReportContext::date(status->awardedOn))},
         {tr("Reassessment due"), ReportContext::date(standing.reassessmentDue)}});

    if (!standing.targetLevel.isEmpty()) {
        const QString target = labelOf(framework->awardLevels, standing.targetLevel);
        b.heading(tr("What holds the school back from %1").arg(target));
        if (standing.holdingBack.isEmpty()) {
            b.paragraph(tr("No criterion is below what %1 needs.").arg(target));
        } else {
            for (const auto& id : standing.holdingBack) {
                const auto found = judgementOf.find(id);
                const QString level = found == judgementOf.end() || found->second->levelId.isEmpty()
                                          ? tr("not judged yet")
                                          : labelOf(framework->rubric, found->second->levelId);
                b.paragraph(QStringLiteral("\u2022 ") +
                            tr("%1 (%2)").arg(ReportContext::criterionLine(*framework, id), level));
            }
        }
    }
    b.paragraph(tr("Award levels here follow Equimark's own working rule, not an official RACE "
                   "Charter Mark rule: every criterion whose wording is known must be judged at "
                   "least at the rubric level each award level names."),
                true);

    b.heading(tr("The rubric"));
    {
        ReportBuilder::Table table(b, {tr("Level"), tr("What it means")}, {20, 80});
        for (const auto& level : framework->rubric)
            table.addRow({level.label, level.description});
    }

    for (const auto& section : framework->sections) {
        b.heading(tr("Section %1: %2").arg(section.id, section.name));
        ReportBuilder::Table table(
            b, {tr("Criterion"), tr("Judgement"), tr("Evidence notes"), tr("Evidence and actions")},
            {28, 15, 30, 27});
        table.setCaptionColumn(0);
        if (section.criteria.empty())
            table.addSpanningRow(tr("No criteria of this section are known yet."));
        for (const auto& criterion : section.criteria) {
            const auto found = judgementOf.find(criterion.id);
            const CriterionJudgement* judgement =
                found == judgementOf.end() ? nullptr : found->second;
            QString text = criterion.text;
            if (!criterion.textKnown)
                text = tr("%1 (wording not known yet)").arg(text);
            QString level = tr("Not judged yet");
            if (judgement && !judgement->levelId.isEmpty()) {
                level = labelOf(framework->rubric, judgement->levelId);
                if (!judgement->judgedBy.isEmpty())
                    level += QLatin1Char('\n') +
                             tr("by %1, %2")
                                 .arg(judgement->judgedBy,
                                      ReportContext::date(judgement->judgedAt.date()));
            }
            QStringList links;
            if (judgement) {
                for (qint64 id : judgement->evidenceIds) {
                    const auto item = evidenceById.find(id);
                    if (item == evidenceById.end())
                        continue;
                    QStringList files;
                    for (const auto& attachment : item->second->attachments)
                        files << attachment.fileName;
                    links << (files.isEmpty() ? tr("Evidence: %1").arg(item->second->title)
                                              : tr("Evidence: %1 (files: %2)")
                                                    .arg(item->second->title,
                                                         files.join(QStringLiteral(", "))));
                }
                for (qint64 id : judgement->actionIds) {
                    const auto action = actionById.find(id);
                    if (action == actionById.end())
                        continue;
                    links << tr("Action: %1 (%2)")
                                 .arg(action->second->title,
                                      actionStatusLabel(action->second->status));
                }
            }
            table.addRow({criterion.id + QLatin1Char('\n') + text, level,
                          judgement && !judgement->evidenceNotes.trimmed().isEmpty()
                              ? judgement->evidenceNotes
                              : Dash,
                          links.isEmpty() ? Dash : links.join(QLatin1Char('\n'))});
        }
    }
    if (!framework->textComplete) {
        b.spacer();
        b.paragraph(tr("Only part of the RACE Charter Mark criteria is public. Criteria not "
                       "listed here must be entered from the official RACE Charter Mark "
                       "documents (a school holding them can enter them in Equimark)."),
                    true);
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
