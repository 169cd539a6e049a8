#pragma once

#include <QList>
#include <QString>
#include <vector>

namespace equimark {

// A participant's confidence before and after a programme, 1 (not confident) to 5 (very
// confident); 0 = not given. Entered per person, only ever shown as aggregates.
struct ProgrammeRating {
    qint64 personId = 0;
    int before = 0;
    int after = 0;

    bool operator==(const ProgrammeRating&) const = default;
};

// A programme of sessions evaluated as a whole, as the CPD pilot is: its aims, how the
// leaders changed their approach, how the learning is embedded (with the action plan's
// actions that carry it), and confidence ratings.
struct TrainingProgramme {
    qint64 id = 0;
    QString title;
    QString provider;
    QString aims;
    QString leadersApproach;
    QString embedding;
    std::vector<ProgrammeRating> ratings; // by person id
    QList<qint64> actionIds;              // sorted
};

} // namespace equimark
