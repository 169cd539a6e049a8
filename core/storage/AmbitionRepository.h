#pragma once

#include "Result.h"
#include "domain/AmbitionJudgement.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// The school's judgements of the race equality leadership ambitions, year by year: one per
// success criterion and academic year, with its evidence and action links, for an
// ambitions framework stored in the file.
class AmbitionRepository {
    Q_DECLARE_TR_FUNCTIONS(AmbitionRepository)

public:
    explicit AmbitionRepository(SchoolFile& file)
        : m_file(file) {}

    // One entry per criterion of the framework in framework order for `year` ("2026-27");
    // criteria never judged that year come back "not-started" with no links.
    Result<std::vector<AmbitionJudgement>> judgements(const QString& frameworkId,
                                                      const QString& year);
    Result<AmbitionJudgement> judgement(const QString& frameworkId, const QString& criterionId,
                                        const QString& year);
    // Writes status and notes (recording the file's user and the time) and replaces the
    // evidence and action links as sets. Checks the criterion and the status against the
    // stored framework, the year's form, and that the evidence and actions exist. A history
    // row per changed field, in the same transaction.
    Status setJudgement(const QString& frameworkId, const AmbitionJudgement& judgement);

    // The academic years with any judgement (a status other than "not-started", or notes) or
    // link, oldest first.
    Result<QStringList> years(const QString& frameworkId);
    // Criteria met, developing and not started per ambition in `year`, in framework order.
    Result<std::vector<AmbitionSummary>> summary(const QString& frameworkId, const QString& year);

    // "2026-27": four digits, a dash, the next year's last two digits.
    static bool isYear(const QString& year);

private:
    SchoolFile& m_file;
};

} // namespace equimark
