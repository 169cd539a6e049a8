#pragma once

#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "domain/EvidenceItem.h"
#include "domain/Framework.h"
#include "domain/Member.h"
#include "domain/Portfolio.h"
#include "domain/Rating.h"
#include "domain/School.h"
#include "domain/Visit.h"

#include <QByteArray>
#include <QStringList>
#include <optional>
#include <vector>

// The words and numbers of the demo school, apart from the code that stores them. Everyone
// named here is invented; offsets are days relative to the date the demo is built.
namespace equimark::demo {

struct PersonText {
    QString name;
    MemberRole role;
    QString notes;
};

struct MeetingText {
    int dayOffset; // from the first day of last academic year
    QString notes;
    QString decisions;
};

struct ActionPlan {
    QString title;
    QStringList strands;
    QString element;
    QString sipPriority;
    QString owner;
    int startOffset;
    int dueOffset;
    QString successCriteria;
    QString cost;
    ActionStatus status;
    QString impact;
    QStringList progress;
};

struct EvidenceText {
    QString title;
    EvidenceKind kind;
    int dayOffset;
    QString description;
    QStringList statements;
    QStringList strands;
    QList<int> actionIndexes;
    QString attachmentName; // empty: no attachment
    QString attachmentText; // contents of a text/CSV attachment
};

struct SummaryText {
    QString outcomes;
    QString measurableResults;
    QString groupStatement;
};

// The school's RACE Charter Mark self-evaluation of one criterion.
struct CharterJudgementText {
    QString criterion;
    QString level; // rubric level id
    QString notes;
    QList<int> evidenceIndexes; // into evidence()
    QList<int> actionIndexes;   // into actions()
};

struct PractitionerText {
    QString name;
    QString role;
};

struct PortfolioText {
    QString programme;
    int gatewayOffset; // days from the day the demo is built
    std::vector<StandardAssessment> assessments;
    QStringList reflections; // by prompt; empty = not answered yet
};

struct ImpactText {
    QString title;
    QString withWhom;
    QString impact;
    QString howKnown;
    int startOffset;
    std::optional<int> endOffset; // none: still going on
    QStringList criteria;
    QStringList standards;
    QList<int> evidenceIndexes; // into evidence()
};

School school();
std::vector<PersonText> members();
std::vector<MeetingText> meetings();
Rating lastYearRating(const AuditStatement& statement);
Rating thisYearRating(const AuditStatement& statement);
QString evidenceNote(const AuditStatement& statement, Rating rating);
QString gridRationale(Rating rating);
std::vector<ActionPlan> actions();
std::vector<EvidenceText> evidence();
QByteArray attachmentBytes(const EvidenceText& entry);
Visit accreditationVisit();
Visit advisoryVisit();
std::vector<NetworkMeeting> networkMeetings(const AcademicYear& from);
SummaryText raceSummary();
SummaryText genderSummary();
SummaryText disabilitySummary();
std::vector<CharterJudgementText> charterJudgements();
QString charterTarget(); // award level id the school works towards
PractitionerText practitioner();
PortfolioText portfolio();
std::vector<ImpactText> impactItems();

} // namespace equimark::demo
