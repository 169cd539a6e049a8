#include "demo/DemoSchool.h"

#include "demo/DemoAmbitions.h"
#include "demo/DemoContent.h"
#include "demo/DemoTraining.h"
#include "domain/AcademicYear.h"
#include "frameworks/FrameworkLoader.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FileOps.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolFile.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QFile>
#include <QFileInfo>

namespace equimark {

namespace {

// Stops at the first failure; the caller discards the half-built temporary file.
#define DEMO_TRY(expr)                                                                             \
    do {                                                                                           \
        if (auto status_ = (expr); !status_)                                                       \
            return status_.error();                                                                \
    } while (false)

class Builder {
public:
    Builder(SchoolFile& file, const QDate& today)
        : m_file(file)
        , m_today(today)
        , m_thisYear(AcademicYear::containing(today)) {}

    Status run() {
        auto mark = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
        if (!mark)
            return mark.error();
        m_mark = *mark;
        DEMO_TRY(referenceGroup());
        DEMO_TRY(audits());
        DEMO_TRY(actions());
        DEMO_TRY(evidence());
        DEMO_TRY(visitsAndSummaries());
        DEMO_TRY(raceCharter());
        DEMO_TRY(leadPractitioner());
        DEMO_TRY(demo::addAmbitionJudgements(m_file, m_thisYear, m_actionIds, m_evidenceIds));
        m_file.setUserName(QStringLiteral("Joseph Mensah"));
        DEMO_TRY(DemoTraining::build(m_file, m_today, m_actionIds, m_evidenceIds));
        return {};
    }

private:
    Status referenceGroup() {
        ReferenceGroupRepository group(m_file);
        const QDate joined = m_thisYear.previous().firstDay().addDays(14);
        for (const auto& person : demo::members()) {
            Member member;
            member.name = person.name;
            member.role = person.role;
            member.notes = person.notes;
            member.joinedOn = joined;
            auto id = group.addMember(member);
            if (!id)
                return id.error();
            m_memberIds << *id;
        }
        const auto meetings = demo::meetings();
        for (int i = 0; i < int(meetings.size()); ++i) {
            Meeting meeting;
            meeting.heldOn = m_thisYear.previous().firstDay().addDays(meetings[i].dayOffset);
            if (meeting.heldOn > m_today)
                continue;
            meeting.notes = meetings[i].notes;
            meeting.decisions = meetings[i].decisions;
            for (int m = 0; m < m_memberIds.size(); ++m) {
                if ((m + i) % 4 != 3) // most members, not all, attend each meeting
                    meeting.attendeeIds << m_memberIds[m];
            }
            if (auto added = group.addMeeting(meeting); !added)
                return added.error();
        }
        return {};
    }

    Status audits() {
        AuditRepository audits(m_file);
        m_file.setUserName(QStringLiteral("Amira Haddad"));
        auto last =
            audits.startAudit(m_thisYear.previous(), AuditRepository::CarryForward::Nothing);
        if (!last)
            return last.error();
        m_lastAuditId = last->id;
        for (const auto& statement : m_mark.statements) {
            const Rating rating = demo::lastYearRating(statement);
            DEMO_TRY(audits.setJudgement(last->id, statement.id, rating,
                                         demo::evidenceNote(statement, rating)));
        }
        DEMO_TRY(agreeGrid(last->id));

        // This year's audit is under way: the first elements are judged, the rest wait.
        auto current = audits.startAudit(m_thisYear, AuditRepository::CarryForward::Notes);
        if (!current)
            return current.error();
        m_file.setUserName(QStringLiteral("Tom Ellison"));
        const int judgedElements = int(m_mark.elements.size()) * 2 / 5;
        for (const auto& statement : m_mark.statements) {
            const auto element =
                std::find_if(m_mark.elements.begin(), m_mark.elements.end(),
                             [&](const Element& e) { return e.id == statement.elementId; });
            if (element - m_mark.elements.begin() >= judgedElements)
                continue;
            const Rating rating = demo::thisYearRating(statement);
            DEMO_TRY(audits.setJudgement(current->id, statement.id, rating,
                                         demo::evidenceNote(statement, rating)));
        }
        auto curriculum = audits.delegate(current->id, QStringLiteral("curriculum"), QString(),
                                          QStringLiteral("Curriculum team"));
        if (!curriculum)
            return curriculum.error();
        auto governors = audits.delegate(current->id, QString(), QStringLiteral("disability"),
                                         QStringLiteral("Grace Okafor"));
        if (!governors)
            return governors.error();
        return {};
    }

    Status agreeGrid(qint64 auditId) {
        SummaryGridRepository grid(m_file);
        auto counts = grid.counts(auditId);
        if (!counts)
            return counts.error();
        m_file.setUserName(QStringLiteral("Amira Haddad"));
        for (const auto& element : m_mark.elements) {
            for (const auto& strand : m_mark.strands) {
                const CellCounts cell = counts->value(GridKey{element.id, strand.id});
                Rating agreed = suggestedRating(cell);
                QString rationale = demo::gridRationale(agreed);
                // The group overrules the suggestion in one cell, as groups do.
                if (element.id == u"behaviour" && strand.id == u"race" && agreed == Rating::Green) {
                    agreed = Rating::Amber;
                    rationale = DemoSchool::tr(
                        "Agreed amber although most statements are green: two racist incidents "
                        "this year were recorded late, and the group wants the new procedure "
                        "embedded before calling this green.");
                }
                DEMO_TRY(grid.setCell(auditId, element.id, strand.id, agreed, rationale));
            }
        }
        return {};
    }

    Status actions() {
        ActionRepository actions(m_file);
        m_file.setUserName(QStringLiteral("Amira Haddad"));
        for (const auto& plan : demo::actions()) {
            Action action;
            action.title = plan.title;
            action.strandIds = plan.strands;
            action.elementId = plan.element;
            action.sipPriority = plan.sipPriority;
            action.owner = plan.owner;
            action.startOn = m_today.addDays(plan.startOffset);
            action.dueOn = m_today.addDays(plan.dueOffset);
            action.successCriteria = plan.successCriteria;
            action.cost = plan.cost;
            action.status = plan.status;
            action.impact = plan.impact;
            auto id = actions.add(action);
            if (!id)
                return id.error();
            m_actionIds << *id;
            for (int n = 0; n < plan.progress.size(); ++n) {
                const QDate noted = action.startOn.addDays(21 * (n + 1));
                if (auto added =
                        actions.addProgress(*id, std::min(noted, m_today), plan.progress[n]);
                    !added)
                    return added.error();
            }
        }
        return {};
    }

    Status evidence() {
        EvidenceRepository store(m_file);
        m_file.setUserName(QStringLiteral("Daniel Wright"));
        const auto items = demo::evidence();
        for (const auto& entry : items) {
            EvidenceItem item;
            item.title = entry.title;
            item.kind = entry.kind;
            item.datedOn = m_today.addDays(entry.dayOffset);
            item.description = entry.description;
            item.statementIds = entry.statements;
            item.strandIds = entry.strands;
            for (int index : entry.actionIndexes)
                item.actionIds << m_actionIds.value(index);
            auto id = store.add(item);
            if (!id)
                return id.error();
            m_evidenceIds << *id;
            if (!entry.attachmentName.isEmpty()) {
                auto attached = store.addAttachment(*id, entry.attachmentName,
                                                    demo::attachmentBytes(entry), QString());
                if (!attached)
                    return attached.error();
            }
        }
        return {};
    }

    Status visitsAndSummaries() {
        VisitRepository visits(m_file);
        AccreditationRepository accreditation(m_file);
        m_file.setUserName(QStringLiteral("Amira Haddad"));

        const QDate accreditationDay = m_thisYear.previous().lastDay().addDays(-50);
        Visit past = demo::accreditationVisit();
        past.visitedOn = accreditationDay;
        auto pastId = visits.add(past);
        if (!pastId)
            return pastId.error();
        Visit next = demo::advisoryVisit();
        next.visitedOn = m_today.addDays(38);
        if (auto added = visits.add(next); !added)
            return added.error();
        for (const auto& network : demo::networkMeetings(m_thisYear.previous())) {
            if (network.heldOn > m_today)
                continue;
            if (auto added = visits.addNetworkMeeting(network); !added)
                return added.error();
        }

        // Race: verified at last summer's visit, badge awarded.
        auto race = accreditation.create(QStringLiteral("race"));
        if (!race)
            return race.error();
        DEMO_TRY(fillSummary(accreditation, *race, demo::raceSummary(), {0, 1, 2}, {0, 1, 2}));
        DEMO_TRY(accreditation.submit(*race, accreditationDay.addDays(-21)));
        DEMO_TRY(accreditation.verify(*race, QStringLiteral("Jo Marsden (equality advisor)"),
                                      accreditationDay,
                                      DemoSchool::tr("Strong, well-evidenced summary. Pupil voice "
                                                     "confirmed the impact of the new incident "
                                                     "procedure."),
                                      *pastId));
        // Gender: submitted, awaiting the next visit. Disability: a draft in progress.
        auto gender = accreditation.create(QStringLiteral("gender"));
        if (!gender)
            return gender.error();
        DEMO_TRY(fillSummary(accreditation, *gender, demo::genderSummary(), {3, 4}, {3}));
        DEMO_TRY(accreditation.submit(*gender, m_today.addDays(-9)));
        auto disability = accreditation.create(QStringLiteral("disability"));
        if (!disability)
            return disability.error();
        DEMO_TRY(fillSummary(accreditation, *disability, demo::disabilitySummary(), {5}, {}));
        return {};
    }

    // The RACE Charter self-evaluation, linked to the same evidence and actions as the
    // Equality Mark's race strand: one piece of work counts for both.
    Status raceCharter() {
        auto charter = FrameworkRepository(m_file).ofKind(Framework::Kind::RaceCharter);
        if (!charter)
            return charter.error();
        m_charterId = charter->id;
        CharterRepository repository(m_file);
        m_file.setUserName(QStringLiteral("Amira Haddad"));
        for (const auto& text : demo::charterJudgements()) {
            CriterionJudgement judgement;
            judgement.criterionId = text.criterion;
            judgement.levelId = text.level;
            judgement.evidenceNotes = text.notes;
            for (int index : text.evidenceIndexes)
                judgement.evidenceIds << m_evidenceIds.value(index);
            for (int index : text.actionIndexes)
                judgement.actionIds << m_actionIds.value(index);
            DEMO_TRY(repository.setJudgement(m_charterId, judgement));
        }
        CharterStatus status;
        status.targetLevel = demo::charterTarget();
        return repository.setStatus(m_charterId, status);
    }

    // A Lead Practitioner portfolio in progress, with gaps for the coverage matrix to show.
    Status leadPractitioner() {
        PortfolioRepository repository(m_file);
        const auto person = demo::practitioner();
        m_file.setUserName(person.name);
        Practitioner practitioner;
        practitioner.name = person.name;
        practitioner.role = person.role;
        auto practitionerId = repository.addPractitioner(practitioner);
        if (!practitionerId)
            return practitionerId.error();
        const auto text = demo::portfolio();
        Portfolio portfolio;
        portfolio.practitionerId = *practitionerId;
        portfolio.frameworkId = m_charterId;
        portfolio.programme = text.programme;
        portfolio.gatewayOn = m_today.addDays(text.gatewayOffset);
        portfolio.assessments = text.assessments;
        portfolio.reflections = text.reflections;
        auto portfolioId = repository.addPortfolio(portfolio);
        if (!portfolioId)
            return portfolioId.error();
        for (const auto& entry : demo::impactItems()) {
            ImpactItem item;
            item.portfolioId = *portfolioId;
            item.title = entry.title;
            item.withWhom = entry.withWhom;
            item.impact = entry.impact;
            item.howKnown = entry.howKnown;
            item.startedOn = m_today.addDays(entry.startOffset);
            if (entry.endOffset)
                item.endedOn = m_today.addDays(*entry.endOffset);
            item.criterionIds = entry.criteria;
            item.standardIds = entry.standards;
            for (int index : entry.evidenceIndexes)
                item.evidenceIds << m_evidenceIds.value(index);
            if (auto added = repository.addImpactItem(item); !added)
                return added.error();
        }
        return {};
    }

    Status fillSummary(AccreditationRepository& repository, qint64 id,
                       const demo::SummaryText& text, const QList<int>& actions,
                       const QList<int>& evidence) {
        auto summary = repository.summary(id);
        if (!summary)
            return summary.error();
        summary->outcomes = text.outcomes;
        summary->measurableResults = text.measurableResults;
        summary->groupStatement = text.groupStatement;
        for (int index : actions)
            summary->actionIds << m_actionIds.value(index);
        for (int index : evidence)
            summary->evidenceIds << m_evidenceIds.value(index);
        return repository.updateContent(*summary);
    }

    SchoolFile& m_file;
    QDate m_today;
    AcademicYear m_thisYear;
    Framework m_mark;
    QList<qint64> m_memberIds;
    QList<qint64> m_actionIds;
    QList<qint64> m_evidenceIds;
    qint64 m_lastAuditId = 0;
    QString m_charterId;
};

} // namespace

Status DemoSchool::build(const QString& path, const QDate& today) {
    if (QFileInfo::exists(path))
        return Error::make(
            Error::Code::Invalid,
            tr("%1 already exists; choose another name for the demo school.").arg(path));
    std::vector<Framework> frameworks;
    for (const auto& id : FrameworkLoader::shippedIds()) {
        auto framework = FrameworkLoader::shipped(id);
        if (!framework)
            return framework.error();
        frameworks.push_back(std::move(*framework));
    }
    const QString temporary = fileops::temporarySibling(path, QStringLiteral("demo"));
    {
        School school = demo::school();
        school.supportYear = AcademicYear::containing(today).toString();
        auto created = SchoolFile::create(temporary, school, frameworks);
        if (!created)
            return created.error();
        auto& file = **created;
        file.setUnpublished(true);
        if (auto built = Builder(file, today).run(); !built) {
            created = Error{};
            QFile::remove(temporary);
            return Error::make(
                built.error().code,
                tr("The demo school could not be built: %1").arg(built.errorMessage()));
        }
        file.setUserName(QString());
    }
    if (auto synced = fileops::syncFile(temporary); !synced) {
        QFile::remove(temporary);
        return synced;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::make(Error::Code::Io,
                           tr("The demo school could not be saved as %1.").arg(path));
    }
    return {};
}

} // namespace equimark
