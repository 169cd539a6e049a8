#include "demo/DemoAmbitions.h"

#include "domain/AmbitionJudgement.h"
#include "storage/AmbitionRepository.h"
#include "storage/FrameworkRepository.h"

#include <QCoreApplication>

namespace equimark::demo {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
};

struct AmbitionText {
    const char* criterion;
    bool thisYear; // else last year
    const char* status;
    QString notes;
    QList<int> evidence; // positions in demo::evidence()
    QList<int> actions;  // positions in demo::actions()
};

std::vector<AmbitionText> ambitionTexts() {
    return {
        // Last year: a start on leadership and training, little else.
        {"leadership.1",
         false,
         "developing",
         Text::tr("Policy drafted by the senior team; not yet shared with pupils or parents."),
         {},
         {}},
        {"leadership.2",
         false,
         "developing",
         Text::tr("The equality governor agreed to take the role; no staff lead named yet."),
         {},
         {}},
        {"curriculum.1",
         false,
         "developing",
         Text::tr("Attendance looked at by group for the first time in the summer term."),
         {},
         {}},
        {"curriculum.3",
         false,
         "developing",
         Text::tr("Racist incidents now logged in one place."),
         {0},
         {0}},
        {"cultures.1",
         false,
         "developing",
         Text::tr("Trainer booked for the spring twilight."),
         {},
         {2}},
        // This year: the policy and the leads in place, training done.
        {"leadership.1",
         true,
         "met",
         Text::tr("Anti-racist policy written with the school council and the parent focus "
                  "group; approved by governors and explained in every class."),
         {4},
         {}},
        {"leadership.2",
         true,
         "met",
         Text::tr("The equality governor and the deputy head are the named Race and Diversity "
                  "leads; both are on the website."),
         {4},
         {}},
        {"leadership.3",
         true,
         "developing",
         Text::tr("Pupil voice each term; parent and staff voice still informal."),
         {1},
         {}},
        {"parents.1",
         true,
         "developing",
         Text::tr("First parent focus group met in October; invitations in three community "
                  "languages."),
         {8},
         {12}},
        {"parents.2",
         true,
         "developing",
         Text::tr("Coffee mornings with Black Caribbean families led by the family liaison "
                  "worker."),
         {},
         {}},
        {"curriculum.1",
         true,
         "developing",
         Text::tr("Attendance by ethnic group reported to governors each term."),
         {},
         {11}},
        {"curriculum.3",
         true,
         "developing",
         Text::tr("Every racist incident logged within a day; suspensions reviewed by group."),
         {0},
         {0}},
        {"cultures.1",
         true,
         "met",
         Text::tr("Every member of staff and every governor trained; a refresher is part of "
                  "induction."),
         {7},
         {2}},
        {"cultures.3",
         true,
         "developing",
         Text::tr("Year 6 anti-racism ambassadors chosen by their classes."),
         {},
         {}},
        {"recruitment.2",
         true,
         "not-started",
         Text::tr("To start with the staff survey in the spring term."),
         {},
         {}},
    };
}

} // namespace

Status addAmbitionJudgements(SchoolFile& file, const AcademicYear& thisYear,
                             const QList<qint64>& actionIds, const QList<qint64>& evidenceIds) {
    auto framework = FrameworkRepository(file).ofKind(Framework::Kind::Ambitions);
    if (!framework)
        return framework.error();
    AmbitionRepository repository(file);
    for (const auto& text : ambitionTexts()) {
        AmbitionJudgement judgement;
        judgement.criterionId = QLatin1String(text.criterion);
        judgement.year = (text.thisYear ? thisYear : thisYear.previous()).toString();
        judgement.statusId = QLatin1String(text.status);
        judgement.evidenceNotes = text.notes;
        // A demo built on an early date may not have every item yet.
        for (int index : text.evidence) {
            if (const qint64 id = evidenceIds.value(index))
                judgement.evidenceIds << id;
        }
        for (int index : text.actions) {
            if (const qint64 id = actionIds.value(index))
                judgement.actionIds << id;
        }
        if (auto set = repository.setJudgement(framework->id, judgement); !set)
            return set;
    }
    return {};
}

} // namespace equimark::demo
