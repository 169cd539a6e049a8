#include "domain/Member.h"

#include <QCoreApplication>

namespace equimark {

namespace {
constexpr MemberRole allRoles[] = {
    MemberRole::SeniorLeader, MemberRole::Teacher, MemberRole::SupportStaff, MemberRole::Governor,
    MemberRole::ParentCarer,  MemberRole::Pupil,   MemberRole::Other};
} // namespace

QString memberRoleId(MemberRole role) {
    switch (role) {
    case MemberRole::SeniorLeader:
        return QStringLiteral("senior-leader");
    case MemberRole::Teacher:
        return QStringLiteral("teacher");
    case MemberRole::SupportStaff:
        return QStringLiteral("support-staff");
    case MemberRole::Governor:
        return QStringLiteral("governor");
    case MemberRole::ParentCarer:
        return QStringLiteral("parent-carer");
    case MemberRole::Pupil:
        return QStringLiteral("pupil");
    case MemberRole::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<MemberRole> memberRoleFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto role : allRoles) {
        if (memberRoleId(role) == key)
            return role;
    }
    return std::nullopt;
}

QString memberRoleLabel(MemberRole role) {
    switch (role) {
    case MemberRole::SeniorLeader:
        return QCoreApplication::translate("Member", "Senior leader");
    case MemberRole::Teacher:
        return QCoreApplication::translate("Member", "Teacher");
    case MemberRole::SupportStaff:
        return QCoreApplication::translate("Member", "Support staff");
    case MemberRole::Governor:
        return QCoreApplication::translate("Member", "Governor");
    case MemberRole::ParentCarer:
        return QCoreApplication::translate("Member", "Parent or carer");
    case MemberRole::Pupil:
        return QCoreApplication::translate("Member", "Pupil");
    case MemberRole::Other:
        break;
    }
    return QCoreApplication::translate("Member", "Other");
}

QStringList memberRoleIds() {
    QStringList ids;
    for (auto role : allRoles)
        ids << memberRoleId(role);
    return ids;
}

bool Member::isCurrent(const QDate& today) const {
    if (joinedOn.isValid() && today < joinedOn)
        return false;
    return !leftOn.isValid() || today < leftOn;
}

} // namespace equimark
