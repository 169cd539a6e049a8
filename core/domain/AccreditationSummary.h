#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace equimark {

// Where a strand's accreditation summary stands. Draft and Returned are the school's to
// edit; Submitted waits for the advisor; Verified is locked and carries the strand's badge.
enum class SummaryStatus { Draft, Submitted, Verified, Returned };

// Stable ids stored in files and typed on the command line: draft, submitted, verified,
// returned.
QString summaryStatusId(SummaryStatus status);
std::optional<SummaryStatus> summaryStatusFromId(const QString& id);
// Translated words: "Draft", "Submitted", "Verified", "Returned to the school".
QString summaryStatusLabel(SummaryStatus status);

// One step in a summary's history, as the advisor or coordinator took it.
struct SummaryEvent {
    qint64 id = 0;
    QString event; // submitted, verified, returned, withdrawn
    QDate on;
    QString by;
    QString comments;
};

// Translated description of an event id ("Submitted", "Verification withdrawn", ...); the id
// itself when unknown.
QString summaryEventLabel(const QString& event);

// The school's account of one strand: the actions taken and the outcomes achieved, with
// linked evidence, on its way to the advisor's verification and the strand's badge.
struct AccreditationSummary {
    qint64 id = 0;
    QString frameworkId;
    QString strandId;
    SummaryStatus status = SummaryStatus::Draft;
    QString outcomes;
    QString measurableResults;
    QString groupStatement;
    QDate submittedOn;
    std::optional<qint64> verifiedVisitId;
    QString verifiedBy;
    QDate verifiedOn;
    QString advisorComments;
    QList<qint64> actionIds;
    QList<qint64> evidenceIds;
    std::vector<SummaryEvent> events; // oldest first

    // A verified summary is the record the badge rests on: its content cannot change
    // unless the verification is withdrawn first.
    bool isLocked() const { return status == SummaryStatus::Verified; }
    // The school may change the content (a verified summary is locked).
    bool isEditable() const { return !isLocked(); }
};

} // namespace equimark
