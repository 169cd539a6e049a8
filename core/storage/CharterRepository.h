#pragma once

#include "Result.h"
#include "domain/CharterEvaluation.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// The school-level RACE Charter Mark self-evaluation: one judgement per criterion (with its
// evidence and action links) and the award the school works towards or holds, for a
// race-charter framework stored in the file.
class CharterRepository {
    Q_DECLARE_TR_FUNCTIONS(CharterRepository)

public:
    explicit CharterRepository(SchoolFile& file)
        : m_file(file) {}

    // One entry per criterion of the framework, in framework order; criteria never judged
    // come back with an empty level and no links.
    Result<std::vector<CriterionJudgement>> judgements(const QString& frameworkId);
    Result<CriterionJudgement> judgement(const QString& frameworkId, const QString& criterionId);
    // Writes level and notes (recording the file's user and the time when they differ) and
    // replaces the evidence and action links as sets. Checks the criterion and level against
    // the stored framework, and that the evidence and actions exist. A history row per
    // changed field.
    Status setJudgement(const QString& frameworkId, const CriterionJudgement& judgement);

    Result<CharterStatus> status(const QString& frameworkId);
    // Checks the level ids against the framework; an award needs a date.
    Status setStatus(const QString& frameworkId, const CharterStatus& status);

    // The criteria an action or an evidence item is linked to (for the action plan and the
    // evidence store to show "also counts for RACE Charter 1.4").
    Result<QStringList> criteriaForAction(qint64 actionId);
    Result<QStringList> criteriaForEvidence(qint64 evidenceId);

private:
    SchoolFile& m_file;
};

} // namespace equimark
