#pragma once

// Header-only so that core_tests and ui_tests can both build a hostile school without a
// change to the support library's source list.

#include "CatchCompat.h"
#include "SchoolFixture.h"
#include "domain/AcademicYear.h"
#include "frameworks/FrameworkEditor.h"
#include "storage/AccreditationRepository.h"
#include "storage/ActionRepository.h"
#include "storage/AmbitionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SummaryGridRepository.h"
#include "storage/VisitRepository.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <algorithm>
#include <functional>
#include <stdexcept>

namespace equimark::test {

// What someone might type or paste into a field to make a label or report load a file, follow
// a link, restyle itself or mislead the reader.
namespace hostile {

inline QString image() {
    return QStringLiteral("<img src=file:///etc/passwd>");
}
inline QString link() {
    return QStringLiteral("<a href=\"file:///etc/shadow\">x</a>");
}
inline QString style() {
    return QStringLiteral("<style>body{background:url(file:///etc/hosts)}</style>");
}
inline QString quotes() {
    return QStringLiteral("it's \"quoted\" C:\\temp\\");
}
// U+202E RIGHT-TO-LEFT OVERRIDE: "exe.txt" would read "txt.exe" if it were obeyed.
inline QString rightToLeft() {
    return QString(QChar(0x202E)) + QStringLiteral("exe.txt");
}
inline QString nul() {
    return QString(QChar(0));
}
// The markup pieces, which must come out as the very characters typed.
inline QStringList markup() {
    return {image(), link(), style(), quotes()};
}

// Every piece in one value, led by `tag` so a test can tell which field a line came from.
// The right-to-left override comes last, so it can only reorder the end of its own field.
inline QString text(const QString& tag) {
    return tag + QStringLiteral(" ") + image() + QStringLiteral(" ") + link() +
           QStringLiteral(" ") + style() + QStringLiteral(" ") + quotes() +
           QStringLiteral(" nul[") + nul() + QStringLiteral("] ") + rightToLeft();
}

// About 1 MiB of ordinary words with the markup among them, led by `tag`.
inline QString megabyte(const QString& tag) {
    QString value = tag + QLatin1Char(' ') + image() + QLatin1Char(' ');
    value.reserve(1 << 20);
    const QString words = QStringLiteral("the group agreed the rating after looking at the "
                                         "evidence together. ");
    while (value.size() < (1 << 20) - 200)
        value += words;
    return value + link() + QLatin1Char(' ') + style();
}

} // namespace hostile

// What in a document (a report, or a label's or text box's) could load, link or restyle: images,
// anchors, textured backgrounds, anywhere in the document (table cells included).
inline QStringList activeContent(const QTextDocument& document) {
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().background().style() == Qt::TexturePattern)
            found << QStringLiteral("textured block: ") + block.text().left(60);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                found << QStringLiteral("image: ") + format.toImageFormat().name();
            if (format.isAnchor() || !format.anchorHref().isEmpty())
                found << QStringLiteral("anchor: ") + format.anchorHref();
            if (format.background().style() == Qt::TexturePattern)
                found << QStringLiteral("textured text: ") + fragment.text().left(60);
        }
    }
    std::vector<QTextFrame*> frames{document.rootFrame()};
    while (!frames.empty()) {
        QTextFrame* frame = frames.back();
        frames.pop_back();
        if (frame->frameFormat().background().style() == Qt::TexturePattern)
            found << QStringLiteral("textured frame");
        for (QTextFrame* child : frame->childFrames())
            frames.push_back(child);
    }
    const QString html = document.toHtml();
    for (const char* tag : {"<img", "<a href", "<a name", "<style>body", "<link"}) {
        if (html.contains(QLatin1String(tag), Qt::CaseInsensitive))
            found << QStringLiteral("markup: ") + QLatin1String(tag);
    }
    return found;
}

// A school file in which every field a user can type into holds `fill(field)`, built through
// the repositories as the app would. `fields` lists every field name handed to `fill`.
struct HostileSchool {
    using Fill = std::function<QString(const QString& field)>;

    explicit HostileSchool(Fill fill = hostile::text)
        : m_fill(std::move(fill)) {
        path = dir.file(QStringLiteral("hostile.equimark"));
        School school;
        school.name = value(QStringLiteral("school-name"));
        school.urn = value(QStringLiteral("school-urn"));
        school.localAuthority = value(QStringLiteral("local-authority"));
        school.meetingFrequency = value(QStringLiteral("meeting-frequency"));
        school.supportLevel = SupportLevel::Gold;
        school.supportYear = year.toString();
        auto created = SchoolFile::create(path, school, shippedFrameworks());
        if (!created)
            throw std::runtime_error(created.errorMessage().toStdString());
        file = std::move(*created);
        file->setUserName(value(QStringLiteral("user-name")));
        build();
    }

    // Closes and reopens the file, as the next session would.
    void reopen() {
        file.reset();
        auto opened = SchoolFile::open(path);
        if (!opened)
            throw std::runtime_error(opened.errorMessage().toStdString());
        file = std::move(*opened);
    }

    TempDir dir;
    QString path;
    std::unique_ptr<SchoolFile> file;
    QStringList fields;
    AcademicYear year = AcademicYear::containing(QDate(2026, 11, 23));
    QDate visitDate = QDate(2026, 10, 14);
    qint64 practitionerId = 0;
    qint64 portfolioId = 0;
    qint64 evidenceId = 0;
    qint64 actionId = 0;
    QString attachmentName; // as stored: the base name of what was given

private:
    QString value(const QString& field) {
        fields << field;
        return m_fill(field);
    }

    template <typename T> static T need(Result<T> result) {
        if (!result)
            throw std::runtime_error(result.errorMessage().toStdString());
        return std::move(*result);
    }
    static void need(const Status& status) {
        if (!status)
            throw std::runtime_error(status.errorMessage().toStdString());
    }

    void build() {
        SchoolFile& f = *file;
        const Framework mark = need(FrameworkRepository(f).ofKind(Framework::Kind::EqualityMark));
        Framework charter = need(FrameworkRepository(f).ofKind(Framework::Kind::RaceCharter));

        // Reference group.
        ReferenceGroupRepository group(f);
        Member member;
        member.name = value(QStringLiteral("member-name"));
        member.role = MemberRole::SeniorLeader;
        member.notes = value(QStringLiteral("member-notes"));
        const qint64 memberId = need(group.addMember(member));
        Meeting meeting;
        meeting.heldOn = QDate(2026, 9, 15);
        meeting.attendeeIds = {memberId};
        meeting.notes = value(QStringLiteral("meeting-notes"));
        meeting.decisions = value(QStringLiteral("meeting-decisions"));
        need(group.addMeeting(meeting));

        // Audit, with a delegated section, and the summary grid.
        AuditRepository audits(f);
        const Audit audit = need(audits.startAudit(year, AuditRepository::CarryForward::Nothing));
        const AuditStatement& statement = mark.statements.front();
        need(audits.setJudgement(audit.id, statement.id, Rating::Amber,
                                 value(QStringLiteral("audit-note"))));
        need(audits.delegate(audit.id, statement.elementId, QString(),
                             value(QStringLiteral("delegate"))));
        need(SummaryGridRepository(f).setCell(audit.id, statement.elementId, statement.strandId,
                                              Rating::Amber,
                                              value(QStringLiteral("grid-rationale"))));

        // Action plan.
        ActionRepository actions(f);
        Action action;
        action.title = value(QStringLiteral("action-title"));
        action.strandIds = {QStringLiteral("race")};
        action.elementId = statement.elementId;
        action.sipPriority = value(QStringLiteral("action-sip"));
        action.owner = value(QStringLiteral("action-owner"));
        action.startOn = QDate(2026, 9, 1);
        action.dueOn = QDate(2027, 3, 31);
        action.successCriteria = value(QStringLiteral("action-criteria"));
        action.cost = value(QStringLiteral("action-cost"));
        action.status = ActionStatus::InProgress;
        action.impact = value(QStringLiteral("action-impact"));
        actionId = need(actions.add(action));
        need(actions.addProgress(actionId, QDate(2026, 10, 1),
                                 value(QStringLiteral("progress-note"))));

        // Evidence, with an attachment whose name is hostile too.
        EvidenceRepository store(f);
        EvidenceItem item;
        item.title = value(QStringLiteral("evidence-title"));
        item.kind = EvidenceKind::PupilVoice;
        item.datedOn = QDate(2026, 10, 2);
        item.description = value(QStringLiteral("evidence-description"));
        item.statementIds = {statement.id};
        item.strandIds = {QStringLiteral("race")};
        item.actionIds = {actionId};
        evidenceId = need(store.add(item));
        const qint64 attachmentId = need(store.addAttachment(
            evidenceId, value(QStringLiteral("attachment-name")),
            QByteArrayLiteral("<html><img src=file:///etc/passwd>"), QStringLiteral("text/plain")));
        attachmentName = need(store.attachment(attachmentId)).fileName;

        // Visits, network meetings and accreditation summaries.
        VisitRepository visits(f);
        Visit visit;
        visit.visitedOn = visitDate;
        visit.kind = VisitKind::Accreditation;
        visit.advisor = value(QStringLiteral("visit-advisor"));
        visit.focus = value(QStringLiteral("visit-focus"));
        visit.walkNotes = value(QStringLiteral("visit-walk"));
        visit.meetings = {{0, MetWith::Pupils, value(QStringLiteral("visit-heard"))}};
        visit.outcomes = value(QStringLiteral("visit-outcomes"));
        visit.nextSteps = value(QStringLiteral("visit-next-steps"));
        const qint64 visitId = need(visits.add(visit));
        NetworkMeeting network;
        network.heldOn = QDate(2026, 10, 20);
        network.representative1 = value(QStringLiteral("network-rep1"));
        network.representative2 = value(QStringLiteral("network-rep2"));
        network.notes = value(QStringLiteral("network-notes"));
        need(visits.addNetworkMeeting(network));

        AccreditationRepository accreditation(f);
        const qint64 race = need(accreditation.create(QStringLiteral("race")));
        AccreditationSummary summary = need(accreditation.summary(race));
        summary.outcomes = value(QStringLiteral("summary-outcomes"));
        summary.measurableResults = value(QStringLiteral("summary-results"));
        summary.groupStatement = value(QStringLiteral("summary-statement"));
        summary.actionIds = {actionId};
        summary.evidenceIds = {evidenceId};
        need(accreditation.updateContent(summary));
        need(accreditation.submit(race, QDate(2026, 9, 30)));
        need(accreditation.verify(race, value(QStringLiteral("verify-advisor")), visitDate,
                                  value(QStringLiteral("verify-comments")), visitId));
        const qint64 gender = need(accreditation.create(QStringLiteral("gender")));
        summary = need(accreditation.summary(gender));
        summary.outcomes = value(QStringLiteral("gender-outcomes"));
        need(accreditation.updateContent(summary));
        need(accreditation.submit(gender, QDate(2026, 9, 30)));
        need(accreditation.returnToSchool(gender, value(QStringLiteral("return-advisor")),
                                          visitDate, value(QStringLiteral("return-comments"))));

        // Wording a school entered from the official booklet ("Complete the Wording").
        // Correcting wording that is known is allowed as well as completing what is not.
        FrameworkEditor editor(charter);
        need(editor.setCriterionText(charter.allCriteria().back()->id,
                                     value(QStringLiteral("criterion-wording"))));
        const LpStandard& standard = charter.lpStandards.back();
        need(editor.setStandard(standard.id, value(QStringLiteral("standard-name")),
                                value(QStringLiteral("standard-description"))));
        charter = need(editor.result());
        need(FrameworkRepository(f).replace(charter));

        // RACE Charter self-evaluation.
        const CharterCriterion* criterion = charter.allCriteria().front();
        CriterionJudgement judgement;
        judgement.criterionId = criterion->id;
        judgement.levelId = charter.rubric.at(1).id;
        judgement.evidenceNotes = value(QStringLiteral("charter-notes"));
        judgement.evidenceIds = {evidenceId};
        judgement.actionIds = {actionId};
        need(CharterRepository(f).setJudgement(charter.id, judgement));

        // The race equality leadership ambitions, this year.
        const Framework ambitions = need(FrameworkRepository(f).ofKind(Framework::Kind::Ambitions));
        AmbitionJudgement ambition;
        ambition.criterionId = ambitions.ambitions.front().criteria.front().id;
        ambition.year = year.toString();
        ambition.statusId = QStringLiteral("developing");
        ambition.evidenceNotes = value(QStringLiteral("ambition-notes"));
        ambition.evidenceIds = {evidenceId};
        ambition.actionIds = {actionId};
        need(AmbitionRepository(f).setJudgement(ambitions.id, ambition));

        // A Lead Practitioner portfolio.
        PortfolioRepository portfolios(f);
        Practitioner practitioner;
        practitioner.name = value(QStringLiteral("practitioner-name"));
        practitioner.role = value(QStringLiteral("practitioner-role"));
        practitionerId = need(portfolios.addPractitioner(practitioner));
        Portfolio portfolio;
        portfolio.practitionerId = practitionerId;
        portfolio.frameworkId = charter.id;
        portfolio.programme = value(QStringLiteral("portfolio-programme"));
        portfolio.gatewayOn = QDate(2027, 6, 1);
        portfolio.assessments = {{charter.lpStandards.front().id, SelfAssessment::Developing,
                                  value(QStringLiteral("assessment-note"))}};
        for (int i = 0; i < charter.reflectivePrompts.size(); ++i)
            portfolio.reflections << value(QStringLiteral("reflection-%1").arg(i + 1));
        portfolioId = need(portfolios.addPortfolio(portfolio));
        ImpactItem impact;
        impact.portfolioId = portfolioId;
        impact.title = value(QStringLiteral("impact-title"));
        impact.withWhom = value(QStringLiteral("impact-with"));
        impact.impact = value(QStringLiteral("impact-impact"));
        impact.howKnown = value(QStringLiteral("impact-known"));
        impact.startedOn = QDate(2026, 9, 10);
        impact.criterionIds = {criterion->id};
        impact.standardIds = {charter.lpStandards.front().id};
        impact.evidenceIds = {evidenceId};
        need(portfolios.addImpactItem(impact));
    }

    Fill m_fill;
};

} // namespace equimark::test
