#pragma once

#include "Result.h"
#include "domain/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <vector>

namespace equimark {

class SchoolFile;

// Advisory and accreditation visits (with the meetings held during them) and the termly
// coordinators' network meetings. Every edit is one transaction with change-history rows.
class VisitRepository {
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(SchoolFile& file)
        : m_file(file) {}

    // Newest first, each with its meetings in the order they were recorded.
    Result<std::vector<Visit>> visits();
    // NotFound for an unknown id.
    Result<Visit> visit(qint64 id);
    // The (first recorded) visit on a day; NotFound when there was none.
    Result<Visit> visitOn(const QDate& date);
    // The first visit dated `today` or later; empty when none is planned.
    Result<std::optional<Visit>> nextVisit(const QDate& today);

    // The visit needs a date (Invalid otherwise); its id is ignored.
    Result<qint64> add(const Visit& visit);
    // Writes the changed fields; the meetings are replaced by those given.
    Status update(const Visit& visit);
    // A summary verified at the visit keeps its verification but loses the link to it.
    Status remove(qint64 id);
    // Puts a removed visit back under its own id with its meetings, and re-links the
    // summaries that were verified at it (undoing remove()).
    Status restore(const Visit& visit, const QList<qint64>& verifiedSummaryIds);
    // The accreditation summaries whose verification names this visit.
    Result<QList<qint64>> summariesVerifiedAt(qint64 visitId);

    // Newest first.
    Result<std::vector<NetworkMeeting>> networkMeetings();
    Result<NetworkMeeting> networkMeeting(qint64 id);
    Result<qint64> addNetworkMeeting(const NetworkMeeting& meeting);
    Status updateNetworkMeeting(const NetworkMeeting& meeting);
    Status removeNetworkMeeting(qint64 id);
    // Puts a removed network meeting back under its own id (undoing removeNetworkMeeting()).
    Status restoreNetworkMeeting(const NetworkMeeting& meeting);

private:
    Status loadMeetings(Visit& visit);
    Status writeMeetings(qint64 visitId, const std::vector<VisitMeeting>& meetings);

    SchoolFile& m_file;
};

} // namespace equimark
