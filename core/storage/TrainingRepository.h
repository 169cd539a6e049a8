#pragma once

#include "Result.h"
#include "domain/Person.h"
#include "domain/TrainingSession.h"

#include <QCoreApplication>
#include <utility>
#include <vector>

namespace equimark {

class SchoolFile;

// Everything removing a person takes with them (their attendance and their programme
// ratings), so that undo puts it all back under the same ids.
struct PersonRecord {
    Person person;
    std::vector<std::pair<qint64, Attendance>> attendance; // session id, row
    std::vector<std::pair<qint64, int>> ratingsBefore;     // programme id, rating (0 = none)
    std::vector<std::pair<qint64, int>> ratingsAfter;
};

// Staff and governors, and the training sessions offered to them with who attended. Every
// write is one transaction with its change history rows; attendance is written with its
// session, as a set.
class TrainingRepository {
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)

public:
    explicit TrainingRepository(SchoolFile& file)
        : m_file(file) {}

    // Staff first, then governors; by name ignoring case, then id.
    Result<std::vector<Person>> people();
    Result<Person> person(qint64 id);
    // Checks the name, and that a person leaves no earlier than they join.
    Result<qint64> addPerson(const Person& person);
    Status updatePerson(const Person& person);
    // Removes them with their attendance and ratings, and returns all of it for undo.
    Result<PersonRecord> removePerson(qint64 id);
    // Puts a removed person back under their id (rows of sessions or programmes removed
    // meanwhile are left out).
    Status restorePerson(const PersonRecord& record);

    // Newest first, then by title; each with its attendance.
    Result<std::vector<TrainingSession>> sessions();
    Result<TrainingSession> session(qint64 id);
    // Checks the title, date, topic, programme and that everyone offered is in the file.
    Result<qint64> addSession(const TrainingSession& session);
    // Writes what differs; attendance replaced as a set (a history row per person changed).
    Status updateSession(const TrainingSession& session);
    Result<TrainingSession> removeSession(qint64 id);
    // Under its old id; attendance of people removed meanwhile (or a programme) left out.
    Status restoreSession(const TrainingSession& session);

private:
    SchoolFile& m_file;
};

} // namespace equimark
