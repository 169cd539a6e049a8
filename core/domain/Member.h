#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace equimark {

// Who sits on the Equality Reference Group. The programme asks for a senior leader and
// recommends teachers, support staff, governors, parents and carers, and possibly pupils.
enum class MemberRole { SeniorLeader, Teacher, SupportStaff, Governor, ParentCarer, Pupil, Other };

// Ids stored in files and typed on the command line: senior-leader, teacher,
// support-staff, governor, parent-carer, pupil, other.
QString memberRoleId(MemberRole role);
std::optional<MemberRole> memberRoleFromId(const QString& id);
QString memberRoleLabel(MemberRole role);
QStringList memberRoleIds();

struct Member {
    qint64 id = 0;
    QString name;
    MemberRole role = MemberRole::Other;
    QString notes;
    QDate joinedOn; // invalid when not known
    QDate leftOn;   // invalid while still a member

    // A member counts from the day they joined (or always, when that is not known) until
    // the day they left, which is their first day no longer on the group.
    bool isCurrent(const QDate& today) const;
};

} // namespace equimark
