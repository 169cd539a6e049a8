#pragma once

#include "Result.h"
#include "domain/CaseStudy.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// Case studies of positive action (the CPD pilot's fourth line of evaluation): the story,
// its date and programme, and evidence linked from the evidence store. Every write is one
// transaction with its change history rows; the evidence links are written as a set.
class CaseStudyRepository {
    Q_DECLARE_TR_FUNCTIONS(CaseStudyRepository)

public:
    explicit CaseStudyRepository(SchoolFile& file)
        : m_file(file) {}

    // Newest first (undated last), then by title.
    Result<std::vector<CaseStudy>> caseStudies();
    Result<CaseStudy> caseStudy(qint64 id);
    // Checks the title, the programme and that the evidence is in the evidence store.
    Result<qint64> addCaseStudy(const CaseStudy& caseStudy);
    Status updateCaseStudy(const CaseStudy& caseStudy);
    Result<CaseStudy> removeCaseStudy(qint64 id);
    // Under its old id; evidence or a programme removed meanwhile is left out.
    Status restoreCaseStudy(const CaseStudy& caseStudy);

private:
    SchoolFile& m_file;
};

} // namespace equimark
