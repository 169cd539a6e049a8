#include "reports/ActionPlanReport.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportContext.h"
#include "storage/ActionRepository.h"
#include "storage/SchoolFile.h"

namespace equimark {

namespace {

QString countOfActions(int count) {
    return count == 1 ? ActionPlanReport::tr("1 action")
                      : ActionPlanReport::tr("%1 actions").arg(count);
}

QString dueText(const Action& action, const QDate& today) {
    QString text = ReportContext::date(action.dueOn);
    if (action.isOverdue(today)) {
        const qint64 days = action.dueOn.daysTo(today);
        text +=
            QLatin1Char('\n') + (days == 1 ? ActionPlanReport::tr("Overdue by 1 day")
                                           : ActionPlanReport::tr("Overdue by %1 days").arg(days));
    }
    return text;
}

// The latest progress note and the impact, which together say where the action stands.
QString progressText(const Action& action) {
    QStringList parts;
    if (!action.progress.empty()) {
        const ProgressNote& latest = action.progress.back();
        parts << ActionPlanReport::tr("%1: %2").arg(ReportContext::date(latest.notedOn),
                                                    latest.note);
    }
    if (!action.impact.isEmpty())
        parts << ActionPlanReport::tr("Impact: %1").arg(action.impact);
    return parts.isEmpty() ? QStringLiteral("\u2013") : parts.join(QLatin1Char('\n'));
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("\u2013") : text;
}

} // namespace

Result<Report> ActionPlanReport::build(SchoolFile& file, const Options& options) {
    auto context = ReportContext::load(file);
    if (!context)
        return context.error();
    const Framework& mark = context->mark;
    const Strand* strand = nullptr;
    if (!options.strandId.isEmpty()) {
        strand = mark.strand(options.strandId);
        if (!strand)
            return Error::make(
                Error::Code::Invalid,
                tr("\"%1\" is not a strand of %2.").arg(options.strandId, mark.name));
    }
    const Element* element = nullptr;
    if (!options.elementId.isEmpty()) {
        element = mark.element(options.elementId);
        if (!element)
            return Error::make(
                Error::Code::Invalid,
                tr("\"%1\" is not an element of %2.").arg(options.elementId, mark.name));
    }
    auto all = ActionRepository(file).all();
    if (!all)
        return all.error();

    std::vector<const Action*> chosen;
    for (const auto& action : *all) {
        if (strand && !action.strandIds.contains(strand->id))
            continue;
        if (element && action.elementId != element->id)
            continue;
        if (options.status && action.status != *options.status)
            continue;
        chosen.push_back(&action);
    }

    const QString title =
        strand ? tr("Equality action plan: %1").arg(strand->name) : tr("Equality action plan");
    Report report = context->start(title);
    report.landscape = true; // nine columns need the width
    ReportBuilder b;
    b.title(title);

    QStringList shown;
    if (strand)
        shown << tr("strand %1").arg(strand->name);
    if (element)
        shown << tr("element %1").arg(element->name);
    if (options.status)
        shown << tr("status %1").arg(actionStatusLabel(*options.status));
    int overdue = 0;
    int complete = 0;
    for (const Action* action : chosen) {
        overdue += action->isOverdue(options.today) ? 1 : 0;
        complete += action->status == ActionStatus::Complete ? 1 : 0;
    }
    const bool byStrand = options.groupBy == Options::Strand;
    b.facts({{tr("School"), context->school.name},
             {tr("Actions shown"), shown.isEmpty()
                                       ? tr("All actions")
                                       : tr("Only %1").arg(shown.join(QStringLiteral(", ")))},
             {tr("Grouped by"), byStrand ? tr("Strand") : tr("Element")},
             {tr("Actions listed"), tr("%1, of which %2 complete and %3 overdue")
                                        .arg(countOfActions(int(chosen.size())))
                                        .arg(complete)
                                        .arg(overdue)},
             {tr("Overdue as at"), ReportContext::date(options.today)}});
    if (byStrand && !strand)
        b.paragraph(tr("An action that serves several strands is listed under each of them."),
                    true);

    ReportBuilder::Table table(b,
                               {tr("Action"), byStrand ? tr("Element") : tr("Strands"), tr("Owner"),
                                tr("Start"), tr("Due"), tr("Status"), tr("Success criteria"),
                                tr("Latest progress and impact"), tr("SIP priority")},
                               {16, 11, 9, 7, 8, 7, 15, 17, 10}, 8.5);
    auto addAction = [&](const Action& action) {
        QString second;
        if (byStrand) {
            second = action.elementId.isEmpty() ? QStringLiteral("\u2013")
                                                : context->elementName(action.elementId);
        } else {
            QStringList names;
            for (const auto& id : action.strandIds)
                names << context->strandName(id);
            second = names.join(QStringLiteral(", "));
        }
        table.addRow({action.title, second, orDash(action.owner),
                      ReportContext::date(action.startOn), dueText(action, options.today),
                      actionStatusLabel(action.status), orDash(action.successCriteria),
                      progressText(action), orDash(action.sipPriority)});
    };
    auto addGroup = [&](const QString& name, const std::vector<const Action*>& actions) {
        if (actions.empty())
            return;
        table.addSpanningRow(tr("%1 \u2013 %2").arg(name, countOfActions(int(actions.size()))));
        for (const Action* action : actions)
            addAction(*action);
    };

    if (chosen.empty())
        table.addSpanningRow(tr("No actions match this selection."));
    if (byStrand) {
        for (const auto& each : mark.strands) {
            if (strand && each.id != strand->id)
                continue;
            std::vector<const Action*> group;
            for (const Action* action : chosen) {
                if (action->strandIds.contains(each.id))
                    group.push_back(action);
            }
            addGroup(each.name, group);
        }
    } else {
        for (const auto& each : mark.elements) {
            std::vector<const Action*> group;
            for (const Action* action : chosen) {
                if (action->elementId == each.id)
                    group.push_back(action);
            }
            addGroup(each.name, group);
        }
        // Actions without an element, or with one the framework no longer has.
        std::vector<const Action*> rest;
        for (const Action* action : chosen) {
            if (!mark.element(action->elementId))
                rest.push_back(action);
        }
        addGroup(tr("No element given"), rest);
    }
    report.document = b.take();
    return report;
}

} // namespace equimark
