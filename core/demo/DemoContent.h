#pragma once

#include "domain/AcademicYear.h"
#include "domain/Action.h"
#include "domain/EvidenceItem.h"
#include "domain/Framework.h"
#include "domain/Member.h"
#include "domain/Rating.h"
#include "domain/School.h"
#include "domain/Visit.h"

#include <QByteArray>
#include <QStringList>
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

} // namespace equimark::demo
