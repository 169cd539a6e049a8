#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

// The annual visit from the equality team: advice on progress, or accreditation of the
// school's submitted summaries (usually with a learning environment walk and meetings).
enum class VisitKind { Advisory, Accreditation };

// Ids: advisory, accreditation.
QString visitKindId(VisitKind kind);
std::optional<VisitKind> visitKindFromId(const QString& id);
QString visitKindLabel(VisitKind kind);

// Who the advisor met during a visit.
enum class MetWith { Pupils, Staff, Parents, Governors, Other };

// Ids: pupils, staff, parents, governors, other.
QString metWithId(MetWith with);
std::optional<MetWith> metWithFromId(const QString& id);
QString metWithLabel(MetWith with);
QStringList metWithIds();

struct VisitMeeting {
    qint64 id = 0;
    MetWith with = MetWith::Pupils;
    QString heard; // what the group said, in the advisor's words
};

struct Visit {
    qint64 id = 0;
    QDate visitedOn;
    VisitKind kind = VisitKind::Advisory;
    QString advisor;
    QString focus;     // decided by the school
    QString walkNotes; // the learning environment walk
    std::vector<VisitMeeting> meetings;
    QString outcomes;
    QString nextSteps;
};

// The termly county meeting of equality coordinators; up to two representatives per school.
struct NetworkMeeting {
    qint64 id = 0;
    QDate heldOn;
    QString representative1;
    QString representative2;
    QString notes;
};

} // namespace equimark
