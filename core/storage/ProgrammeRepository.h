#pragma once

#include "Result.h"
#include "domain/TrainingProgramme.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// What removing a programme changes besides its own rows: its sessions and case studies
// stay but lose the link, which undo puts back.
struct ProgrammeRecord {
    TrainingProgramme programme;
    QList<qint64> sessionIds;
    QList<qint64> caseIds;
};

// Training programmes with their evaluation (confidence ratings, linked actions). Every write
// is one transaction with its change history rows; ratings and links are written with their
// programme, as sets.
class ProgrammeRepository {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    explicit ProgrammeRepository(SchoolFile& file)
        : m_file(file) {}

    // By title ignoring case, then id; each with ratings and linked actions.
    Result<std::vector<TrainingProgramme>> programmes();
    Result<TrainingProgramme> programme(qint64 id);
    // Checks the title, that ratings are 1 to 5 (0 = not given) from people in the file and
    // that linked actions are in the action plan.
    Result<qint64> addProgramme(const TrainingProgramme& programme);
    Status updateProgramme(const TrainingProgramme& programme);
    Result<ProgrammeRecord> removeProgramme(qint64 id);
    Status restoreProgramme(const ProgrammeRecord& record);

private:
    SchoolFile& m_file;
};

} // namespace equimark
