#include "analysis/TrainingCoverage.h"

#include "domain/TrainingTopic.h"

#include <map>

namespace equimark {

namespace {

std::optional<double> share(int part, int whole) {
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

} // namespace

std::optional<double> TrainingCoverage::Group::offeredShare() const {
    return share(offered, inPost);
}

std::optional<double> TrainingCoverage::Group::attendedShare() const {
    return share(attended, inPost);
}

bool TrainingCoverage::counts(const TrainingSession& session, const QDate& from, const QDate& to) {
    if (!TrainingTopic::counts(session.topic) || !session.heldOn.isValid())
        return false;
    return (!from.isValid() || session.heldOn >= from) && (!to.isValid() || session.heldOn <= to);
}

TrainingCoverage TrainingCoverage::compute(const std::vector<Person>& people,
                                           const std::vector<TrainingSession>& sessions,
                                           const QDate& from, const QDate& to) {
    TrainingCoverage coverage;
    coverage.from = from;
    coverage.to = to;
    // person id -> 1 offered, 2 attended
    std::map<qint64, int> reached;
    for (const auto& session : sessions) {
        if (!counts(session, from, to))
            continue;
        ++coverage.countingSessions;
        for (const auto& row : session.attendance)
            reached[row.personId] |= row.attended ? 3 : 1;
    }
    for (const auto& person : people) {
        if (!person.inPostDuring(from, to))
            continue;
        const auto found = reached.find(person.id);
        const int state = found == reached.end() ? 0 : found->second;
        const bool offered = state & 1;
        const bool attended = state & 2;
        std::vector<Group*> groups{&coverage.everyone, person.body == Body::Governor
                                                           ? &coverage.governors
                                                           : &coverage.staff};
        if (person.leader)
            groups.push_back(&coverage.leaders);
        for (Group* group : groups) {
            ++group->inPost;
            group->offered += offered ? 1 : 0;
            group->attended += attended ? 1 : 0;
        }
        if (!attended)
            coverage.notReached.push_back({person, offered});
    }
    std::stable_sort(coverage.notReached.begin(), coverage.notReached.end(),
                     [](const NotReached& a, const NotReached& b) {
                         if (a.person.body != b.person.body)
                             return a.person.body == Body::Staff;
                         return a.person.name.compare(b.person.name, Qt::CaseInsensitive) < 0;
                     });
    return coverage;
}

} // namespace equimark
