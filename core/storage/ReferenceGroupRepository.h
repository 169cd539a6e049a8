#pragma once

#include "Result.h"
#include "domain/Meeting.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace equimark {

class SchoolFile;

// The Equality Reference Group: its members (with roles and when they joined or left)
// and its meetings (who came, what was decided). Every edit is one transaction with a
// history row for each changed field.
class ReferenceGroupRepository {
    Q_DECLARE_TR_FUNCTIONS(ReferenceGroupRepository)

public:
    explicit ReferenceGroupRepository(SchoolFile& file)
        : m_file(file) {}

    // Members past and present, by name.
    Result<std::vector<Member>> members();
    Result<Member> member(qint64 id); // NotFound for an unknown id
    Result<qint64> addMember(const Member& member);
    Status updateMember(const Member& member);
    // Removes the member and their attendance at past meetings. To keep the record of a
    // member who stepped down, set leftOn instead.
    Status removeMember(qint64 id);
    // Ids of the meetings the member attended, oldest id first.
    Result<QList<qint64>> meetingsAttendedBy(qint64 memberId);
    // Puts a removed member back under their original id (member.id), with their attendance
    // at those of `attendedMeetingIds` that still exist: what undoing a removal needs.
    Status restoreMember(const Member& member, const QList<qint64>& attendedMeetingIds);

    // Newest first, each with its attendees.
    Result<std::vector<Meeting>> meetings();
    Result<Meeting> meeting(qint64 id); // NotFound for an unknown id
    Result<qint64> addMeeting(const Meeting& meeting);
    Status updateMeeting(const Meeting& meeting);
    Status removeMeeting(qint64 id);
    // Puts a removed meeting back under its original id (meeting.id), with those of its
    // attendees who are still members.
    Status restoreMeeting(const Meeting& meeting);

    // The programme calls a senior leader on the group essential: true when a current
    // member has the senior-leader role.
    Result<bool> hasSeniorLeader(const QDate& today);

private:
    Status validate(const Member& member) const;
    Status validate(const Meeting& meeting);
    Status writeAttendees(qint64 meetingId, const QList<qint64>& attendees);

    SchoolFile& m_file;
};

} // namespace equimark
