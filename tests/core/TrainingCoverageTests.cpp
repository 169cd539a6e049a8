#include "CatchCompat.h"
#include "analysis/ProgrammeEvaluation.h"
#include "analysis/TrainingCoverage.h"
#include "domain/TrainingTopic.h"

using namespace equimark;

namespace {

Person person(qint64 id, const QString& name, Body body, bool leader = false, QDate joined = {},
              QDate left = {}) {
    Person p;
    p.id = id;
    p.name = name;
    p.body = body;
    p.leader = leader;
    p.joinedOn = joined;
    p.leftOn = left;
    return p;
}

TrainingSession session(qint64 id, QDate on, const QString& topic,
                        std::vector<Attendance> attendance, bool refresher = false) {
    TrainingSession s;
    s.id = id;
    s.heldOn = on;
    s.title = QStringLiteral("Session %1").arg(id);
    s.topic = topic;
    s.refresher = refresher;
    s.attendance = std::move(attendance);
    return s;
}

const QDate from(2026, 9, 1);
const QDate to(2027, 8, 31);

// The worked example of docs/training.md.
std::vector<Person> people() {
    return {person(1, QStringLiteral("Ada"), Body::Staff, true, QDate(2020, 1, 1)),
            person(2, QStringLiteral("Ben"), Body::Staff),
            person(3, QStringLiteral("Cara"), Body::Staff, false, QDate(2027, 9, 1)),
            person(4, QStringLiteral("Dev"), Body::Staff, false, {}, QDate(2026, 8, 31)),
            person(5, QStringLiteral("Eve"), Body::Staff, false, {}, QDate(2026, 9, 1)),
            person(6, QStringLiteral("Gil"), Body::Governor, true),
            person(7, QStringLiteral("Hal"), Body::Governor),
            person(8, QStringLiteral("Ivy"), Body::Governor, false, QDate(2027, 8, 31))};
}

std::vector<TrainingSession> sessions() {
    return {
        session(1, QDate(2026, 10, 5), QStringLiteral("race-equality"),
                {{1, true}, {2, false}, {3, false}, {4, true}}),
        session(2, QDate(2027, 2, 1), QStringLiteral("unconscious-bias"), {{6, true}, {8, true}}),
        session(3, QDate(2027, 3, 1), QStringLiteral("race-equality"), {{1, true}}, true),
        session(4, QDate(2027, 4, 1), QStringLiteral("equality-law"), {{7, true}}),
        session(5, QDate(2026, 7, 1), QStringLiteral("race-equality"), {{7, true}})};
}

} // namespace

TEST_CASE("race equality, anti-racist leadership and unconscious bias count for coverage",
          "[training]") {
    CHECK(TrainingTopic::countingIds() ==
          QStringList({QStringLiteral("race-equality"), QStringLiteral("anti-racist-leadership"),
                       QStringLiteral("unconscious-bias")}));
    CHECK_FALSE(TrainingTopic::counts(QStringLiteral("equality-law")));
    CHECK_FALSE(TrainingTopic::counts(QStringLiteral("no-such-topic")));
    CHECK(TrainingTopic::countingLabels() ==
          u"Race equality, Anti-racist leadership, Unconscious bias");
}

TEST_CASE("coverage counts the people in post in the period, each once", "[training]") {
    const auto coverage = TrainingCoverage::compute(people(), sessions(), from, to);
    // Cara joins after the period and Dev left before it; Eve left on its first day.
    CHECK(coverage.staff.inPost == 3);
    CHECK(coverage.staff.offered == 2);  // Ada, Ben
    CHECK(coverage.staff.attended == 1); // Ada, who came twice
    // Hal's only sessions were on equality law, and before the period.
    CHECK(coverage.governors.inPost == 3);
    CHECK(coverage.governors.offered == 2);
    CHECK(coverage.governors.attended == 2);
    CHECK(coverage.leaders.inPost == 2);
    CHECK(coverage.leaders.attended == 2);
    CHECK(coverage.everyone.inPost == 6);
    CHECK(coverage.everyone.offered == 4);
    CHECK(coverage.everyone.attended == 3);
    CHECK(coverage.everyone.offeredShare().value() == Approx(66.6667).epsilon(1e-4));
    CHECK(coverage.everyone.attendedShare().value() == Approx(50.0));
    CHECK(coverage.countingSessions == 3);

    REQUIRE(coverage.notReached.size() == 3);
    CHECK(coverage.notReached[0].person.name == u"Ben");
    CHECK(coverage.notReached[0].offered);
    CHECK(coverage.notReached[1].person.name == u"Eve");
    CHECK_FALSE(coverage.notReached[1].offered);
    CHECK(coverage.notReached[2].person.name == u"Hal");
    CHECK_FALSE(coverage.notReached[2].offered);
}

TEST_CASE("coverage with nobody in post has no shares, not a division by zero", "[training]") {
    const auto empty = TrainingCoverage::compute({}, sessions(), from, to);
    CHECK(empty.everyone.inPost == 0);
    CHECK_FALSE(empty.everyone.offeredShare().has_value());
    CHECK_FALSE(empty.everyone.attendedShare().has_value());
    CHECK(empty.notReached.empty());

    // A period before anyone joined: Ivy only.
    const auto early = TrainingCoverage::compute(
        {person(8, QStringLiteral("Ivy"), Body::Governor, false, QDate(2027, 8, 31))}, sessions(),
        QDate(2026, 9, 1), QDate(2027, 8, 30));
    CHECK(early.everyone.inPost == 0);
    CHECK(early.governors.offeredShare() == std::nullopt);
}

TEST_CASE("a period's first and last days are both in it", "[training]") {
    const auto coverage =
        TrainingCoverage::compute(people(), sessions(), QDate(2026, 10, 5), QDate(2026, 10, 5));
    CHECK(coverage.countingSessions == 1);
    CHECK(coverage.staff.attended == 1);
    CHECK(coverage.governors.offered == 0);
}

TEST_CASE("programme evaluation gives means and distributions of paired ratings", "[training]") {
    const std::vector<ProgrammeRating> ratings = {{1, 2, 4}, {2, 3, 4}, {3, 1, 3}, {4, 2, 5},
                                                  {5, 4, 4}, {6, 3, 0}, {7, 0, 5}, {8, 0, 0}};
    const auto evaluation = ProgrammeEvaluation::compute(ratings);
    CHECK(evaluation.rated == 7);
    CHECK(evaluation.paired == 5);
    CHECK(evaluation.meanBefore == Approx(2.4));
    CHECK(evaluation.meanAfter == Approx(4.0));
    CHECK(evaluation.meanChange == Approx(1.6));
    CHECK(evaluation.before == std::array<long long, 5>{1, 2, 1, 1, 0});
    CHECK(evaluation.after == std::array<long long, 5>{0, 0, 1, 3, 1});

    const auto atFive = evaluation.shared(5);
    CHECK(atFive.meansShown);
    CHECK(atFive.pairedShown);
    for (int i = 0; i < 5; ++i) {
        CHECK_FALSE(atFive.beforeShown[std::size_t(i)]);
        CHECK_FALSE(atFive.afterShown[std::size_t(i)]);
    }
    const auto atSix = evaluation.shared(6);
    CHECK_FALSE(atSix.meansShown);
    CHECK_FALSE(atSix.pairedShown);

    const auto none = ProgrammeEvaluation::compute({});
    CHECK(none.paired == 0);
    CHECK(none.meanChange == 0);
    CHECK_FALSE(none.shared(5).meansShown);
}

TEST_CASE("no shared rating count is below the threshold, and none can be worked out",
          "[training]") {
    // Twelve leaders all moving from 3 to 4: showing "12 gave 3" would give everyone away
    // even though 12 is not small, since the four zeros beside it are hidden.
    std::vector<ProgrammeRating> same;
    for (qint64 id = 1; id <= 12; ++id)
        same.push_back({id, 3, 4});
    const auto evaluation = ProgrammeEvaluation::compute(same);
    const auto shared = evaluation.shared(5);
    CHECK(shared.meansShown);
    CHECK_FALSE(shared.beforeShown[2]);
    CHECK_FALSE(shared.afterShown[3]);

    for (int threshold : {1, 2, 3, 5, 10}) {
        std::vector<ProgrammeRating> mixed;
        for (qint64 id = 1; id <= 20; ++id)
            mixed.push_back({id, int(id % 5) + 1, int((id * 3) % 5) + 1});
        const auto mixedEvaluation = ProgrammeEvaluation::compute(mixed);
        const auto mixedShared = mixedEvaluation.shared(threshold);
        for (std::size_t i = 0; i < 5; ++i) {
            if (mixedShared.beforeShown[i])
                CHECK(mixedEvaluation.before[i] >= threshold);
            if (mixedShared.afterShown[i])
                CHECK(mixedEvaluation.after[i] >= threshold);
        }
    }
}
