#pragma once

#include <QDate>
#include <QString>
#include <vector>

namespace equimark {

// One person offered a session; `attended` once they came.
struct Attendance {
    qint64 personId = 0;
    bool attended = false;

    bool operator==(const Attendance&) const = default;
};

// A training session: one date, one topic, offered to some people.
struct TrainingSession {
    qint64 id = 0;
    qint64 programmeId = 0; // 0 = not part of a programme
    QDate heldOn;
    QString title;
    QString provider;
    QString audience;                                // "Senior leaders", "Whole staff" (free text)
    QString topic = QStringLiteral("race-equality"); // a TrainingTopic id
    bool refresher = false;
    QString notes;
    std::vector<Attendance> attendance; // by person id

    const Attendance* attendanceOf(qint64 personId) const {
        for (const auto& row : attendance) {
            if (row.personId == personId)
                return &row;
        }
        return nullptr;
    }
    int attendedCount() const {
        int count = 0;
        for (const auto& row : attendance)
            count += row.attended ? 1 : 0;
        return count;
    }
};

} // namespace equimark
