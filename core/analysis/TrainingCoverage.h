#pragma once

#include "domain/Person.h"
#include "domain/TrainingSession.h"

#include <QDate>
#include <optional>
#include <vector>

namespace equimark {

// Who was offered and who attended race equality training within a period (ambition 4:
// "every member of the workforce and governing body is offered race equality training or a
// refresher"). docs/training.md explains the rules:
// - people in post: joined on or before the last day (or not known) and left on or after the
//   first day (or still in post);
// - sessions that count: held within the period, on a topic that TrainingTopic::counts()
//   (race equality, anti-racist leadership, unconscious bias), first course or refresher;
// - offered: a row in such a session's attendance; attended: that row says they came.
//   Each person counts once however many sessions they were offered or attended.
struct TrainingCoverage {
    struct Group {
        int inPost = 0;
        int offered = 0;
        int attended = 0;

        // Per cent of those in post; empty when nobody is in post.
        std::optional<double> offeredShare() const;
        std::optional<double> attendedShare() const;
    };

    // Someone in post who has not attended (perhaps not even been offered).
    struct NotReached {
        Person person;
        bool offered = false;
    };

    QDate from;
    QDate to;
    Group staff;
    Group governors;
    Group leaders; // leaders of either body (also counted in their body)
    Group everyone;
    std::vector<NotReached> notReached; // staff first, then governors, by name
    int countingSessions = 0;           // sessions in the period on a topic that counts

    static TrainingCoverage compute(const std::vector<Person>& people,
                                    const std::vector<TrainingSession>& sessions, const QDate& from,
                                    const QDate& to);
    // Whether `session` counts for a period.
    static bool counts(const TrainingSession& session, const QDate& from, const QDate& to);
};

} // namespace equimark
