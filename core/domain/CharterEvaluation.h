#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace equimark {

struct Framework;

// The school's own judgement of one RACE Charter Mark criterion: a rubric level (empty
// until judged), the reference group's notes on the evidence, and the evidence items and
// actions (in the shared action plan) that go with it.
struct CriterionJudgement {
    QString criterionId;
    QString levelId; // a rubric level id of the framework; empty = not judged yet
    QString evidenceNotes;
    QString judgedBy;
    QDateTime judgedAt;
    QList<qint64> evidenceIds;
    QList<qint64> actionIds;
};

// What the school is working towards and what it holds: award level ids of the framework
// (empty = none), and the day the award was made.
struct CharterStatus {
    QString targetLevel;
    QString awardedLevel;
    QDate awardedOn;
};

// Where the self-evaluation stands against the framework's award levels. Each level names
// the rubric level every criterion must reach (the framework's `requires`); criteria whose
// wording is not known yet are left out until a school enters it.
struct CharterStanding {
    QString reachedLevel;    // highest award level all judged-and-known criteria meet; '' none
    QString targetLevel;     // the status's target, or the next level above the reached one
    QStringList holdingBack; // criterion ids below what the target level requires
    QDate reassessmentDue;   // awardedOn + the framework's reassessmentYears; invalid if none
    int judged = 0;          // criteria (with known wording) that have a level
    int total = 0;           // criteria with known wording

    static CharterStanding compute(const Framework& framework,
                                   const std::vector<CriterionJudgement>& judgements,
                                   const CharterStatus& status);
};

} // namespace equimark
