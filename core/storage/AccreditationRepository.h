#pragma once

#include "Result.h"
#include "domain/AccreditationSummary.h"
#include "domain/Badge.h"
#include "domain/Framework.h"
#include "domain/MarkStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <vector>

namespace equimark {

class SchoolFile;

// Accreditation summaries (one per strand at a time), their way through submission and
// verification, and the badges verification awards. Every edit is one transaction with
// change-history rows.
//
// The status machine:
//   draft     --submit-->              submitted
//   returned  --submit-->              submitted
//   submitted --verify-->              verified   (the strand's badge is awarded)
//   submitted --returnToSchool-->      returned
//   verified  --withdrawVerification--> submitted (the badge is taken away again)
// A refused step is Error::Code::Locked when the summary is verified and Invalid otherwise;
// an unknown summary is NotFound.
class AccreditationRepository {
    Q_DECLARE_TR_FUNCTIONS(AccreditationRepository)

public:
    explicit AccreditationRepository(SchoolFile& file)
        : m_file(file) {}

    // In the order they were started, each with its actions, evidence and events.
    Result<std::vector<AccreditationSummary>> summaries();
    Result<AccreditationSummary> summary(qint64 id);
    // The strand's most recently started summary; empty when it has none. An unknown strand
    // is Invalid.
    Result<std::optional<AccreditationSummary>> latestForStrand(const QString& strandId);
    // Oldest first.
    Result<std::vector<SummaryEvent>> events(qint64 summaryId);

    // Starts a draft for a strand of the file's equality mark. Refused (Invalid) for an
    // unknown strand, or while the strand already has a summary that is not verified.
    Result<qint64> create(const QString& strandId);
    // Starts the draft again under the id it had (redoing a creation that was undone, so
    // later edits on the undo stack still find it). Same rules as create().
    Status recreate(qint64 id, const QString& strandId);
    // Removes a draft that has never been submitted (undoing its creation); Invalid for any
    // other summary, whose history must stay.
    Status removeDraft(qint64 id);
    // Writes outcomes, measurable results, the group's statement and the linked actions and
    // evidence (which must exist). Locked once verified. Ids are kept in ascending order.
    Status updateContent(const AccreditationSummary& summary);
    // Draft or returned -> submitted, dated `on`; the outcomes must have been written.
    Status submit(qint64 id, const QDate& on);
    // Submitted -> verified by `advisor` on `on` (not before it was submitted), optionally
    // at a recorded visit; the strand's badge is awarded, dated `on`, in the same transaction.
    Status verify(qint64 id, const QString& advisor, const QDate& on, const QString& comments,
                  std::optional<qint64> visitId = std::nullopt);
    // Submitted -> returned, with the advisor's comments saying what is needed. The school
    // edits it and submits it again.
    Status returnToSchool(qint64 id, const QString& advisor, const QDate& on,
                          const QString& comments);
    // Verified -> submitted: records a 'withdrawn' event (the file's user, today, the
    // reason) and removes the badge that verification awarded.
    Status withdrawVerification(qint64 id, const QString& reason);

    // Puts a summary's status back as `snapshot` records it (undoing a submission,
    // verification, return or withdrawal): the status, dates, advisor and comments, the
    // events (those recorded since are removed) and the badges resting on it, which become
    // exactly `badges`. The content (outcomes, links) is left alone.
    Status restoreStatus(const AccreditationSummary& snapshot, const std::vector<Badge>& badges);
    // The badges awarded on the strength of one summary.
    Result<std::vector<Badge>> badgesForSummary(qint64 summaryId);

    // Every badge in the file, oldest first.
    Result<std::vector<Badge>> badges();
    // The file's equality-mark award rules applied to its badges on `today`.
    Result<MarkStatus> markStatus(const QDate& today);

private:
    Result<Framework> equalityMark();
    Status recordEvent(qint64 summaryId, const QString& event, const QDate& on, const QString& by,
                       const QString& comments);
    Status setStatus(const AccreditationSummary& current, SummaryStatus status);
    Status loadChildren(AccreditationSummary& summary);
    Result<qint64> insertDraft(const QString& strandId, std::optional<qint64> id);

    SchoolFile& m_file;
};

} // namespace equimark
