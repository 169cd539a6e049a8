#include "storage/ReferenceGroupRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace equimark {

namespace {
const QString memberEntity = QStringLiteral("member");
const QString meetingEntity = QStringLiteral("meeting");

Member memberFrom(const QSqlQuery& query) {
    Member m;
    m.id = query.value(0).toLongLong();
    m.name = query.value(1).toString();
    m.role = memberRoleFromId(query.value(2).toString()).value_or(MemberRole::Other);
    m.notes = query.value(3).toString();
    m.joinedOn = sql::toDate(query.value(4));
    m.leftOn = sql::toDate(query.value(5));
    return m;
}

// Attendees in a stable order, without repeats.
QList<qint64> normalised(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString idList(const QList<qint64>& ids) {
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

const QString memberColumns =
    QStringLiteral("SELECT id, name, role, notes, joined_on, left_on FROM member");
} // namespace

Status ReferenceGroupRepository::validate(const Member& member) const {
    if (member.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("A member of the reference group needs a name."));
    if (member.joinedOn.isValid() && member.leftOn.isValid() && member.leftOn < member.joinedOn)
        return Error::make(Error::Code::Invalid,
                           tr("%1 cannot leave the group (%2) before joining it (%3).")
                               .arg(member.name.trimmed(), member.leftOn.toString(Qt::ISODate),
                                    member.joinedOn.toString(Qt::ISODate)));
    return {};
}

Result<std::vector<Member>> ReferenceGroupRepository::members() {
    auto query = sql::run(m_file.database(),
                          memberColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!query)
        return query.error();
    std::vector<Member> result;
    while (query->next())
        result.push_back(memberFrom(*query));
    return result;
}

Result<Member> ReferenceGroupRepository::member(qint64 id) {
    auto query = sql::run(m_file.database(), memberColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(Error::Code::NotFound,
                           tr("The reference group has no member number %1.").arg(id));
    return memberFrom(*query);
}

Result<qint64> ReferenceGroupRepository::addMember(const Member& member) {
    if (auto valid = validate(member); !valid)
        return valid.error();
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto inserted = sql::run(m_file.database(),
                             QStringLiteral("INSERT INTO member (name, role, notes, joined_on, "
                                            "left_on) VALUES (?, ?, ?, ?, ?)"),
                             {member.name.trimmed(), memberRoleId(member.role), member.notes,
                              sql::date(member.joinedOn), sql::date(member.leftOn)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(m_file).record(memberEntity, QString::number(id), {},
                                                   QVariant(), member.name.trimmed());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ReferenceGroupRepository::updateMember(const Member& member) {
    if (auto valid = validate(member); !valid)
        return valid;
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->member(member.id);
    if (!current)
        return current.error();

    struct Field {
        const char* column;
        QVariant before;
        QVariant after;
    };
    const Field fields[] = {
        {"name", current->name, member.name.trimmed()},
        {"role", memberRoleId(current->role), memberRoleId(member.role)},
        {"notes", current->notes, member.notes},
        {"joined_on", sql::date(current->joinedOn), sql::date(member.joinedOn)},
        {"left_on", sql::date(current->leftOn), sql::date(member.leftOn)},
    };
    ChangeHistory history(m_file);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written = sql::run(m_file.database(),
                                QStringLiteral("UPDATE member SET %1 = ? WHERE id = ?").arg(column),
                                {field.after, member.id});
        if (!written)
            return written.error();
        if (auto logged = history.record(memberEntity, QString::number(member.id), column,
                                         field.before, field.after);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status ReferenceGroupRepository::removeMember(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = member(id);
    if (!current)
        return current.error();
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM member WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(memberEntity, QString::number(id), {},
                                                   current->name, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Status ReferenceGroupRepository::validate(const Meeting& meeting) {
    if (!meeting.heldOn.isValid())
        return Error::make(Error::Code::Invalid, tr("A meeting needs the date it was held."));
    for (qint64 id : normalised(meeting.attendeeIds)) {
        auto found =
            sql::run(m_file.database(), QStringLiteral("SELECT 1 FROM member WHERE id = ?"), {id});
        if (!found)
            return found.error();
        if (!found->next())
            return Error::make(
                Error::Code::Invalid,
                tr("Attendee number %1 is not a member of the reference group.").arg(id));
    }
    return {};
}

Status ReferenceGroupRepository::writeAttendees(qint64 meetingId, const QList<qint64>& attendees) {
    auto cleared =
        sql::run(m_file.database(),
                 QStringLiteral("DELETE FROM meeting_attendee WHERE meeting_id = ?"), {meetingId});
    if (!cleared)
        return cleared.error();
    for (qint64 memberId : attendees) {
        auto added = sql::run(m_file.database(),
                              QStringLiteral("INSERT INTO meeting_attendee (meeting_id, member_id) "
                                             "VALUES (?, ?)"),
                              {meetingId, memberId});
        if (!added)
            return added.error();
    }
    return {};
}

Result<std::vector<Meeting>> ReferenceGroupRepository::meetings() {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, held_on, notes, decisions FROM meeting "
                                         "ORDER BY held_on DESC, id DESC"));
    if (!query)
        return query.error();
    std::vector<Meeting> result;
    QHash<qint64, std::size_t> index;
    while (query->next()) {
        Meeting m;
        m.id = query->value(0).toLongLong();
        m.heldOn = sql::toDate(query->value(1));
        m.notes = query->value(2).toString();
        m.decisions = query->value(3).toString();
        index.insert(m.id, result.size());
        result.push_back(std::move(m));
    }
    auto attendees = sql::run(m_file.database(),
                              QStringLiteral("SELECT meeting_id, member_id FROM meeting_attendee "
                                             "ORDER BY meeting_id, member_id"));
    if (!attendees)
        return attendees.error();
    while (attendees->next()) {
        const auto it = index.constFind(attendees->value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].attendeeIds << attendees->value(1).toLongLong();
    }
    return result;
}

Result<Meeting> ReferenceGroupRepository::meeting(qint64 id) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT held_on, notes, decisions FROM meeting "
                                         "WHERE id = ?"),
                          {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(Error::Code::NotFound,
                           tr("The reference group has no meeting number %1.").arg(id));
    Meeting m;
    m.id = id;
    m.heldOn = sql::toDate(query->value(0));
    m.notes = query->value(1).toString();
    m.decisions = query->value(2).toString();
    auto attendees = sql::run(m_file.database(),
                              QStringLiteral("SELECT member_id FROM meeting_attendee "
                                             "WHERE meeting_id = ? ORDER BY member_id"),
                              {id});
    if (!attendees)
        return attendees.error();
    while (attendees->next())
        m.attendeeIds << attendees->value(0).toLongLong();
    return m;
}

Result<qint64> ReferenceGroupRepository::addMeeting(const Meeting& meeting) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto valid = validate(meeting); !valid)
        return valid.error();
    auto inserted = sql::run(m_file.database(),
                             QStringLiteral("INSERT INTO meeting (held_on, notes, decisions) "
                                            "VALUES (?, ?, ?)"),
                             {sql::date(meeting.heldOn), meeting.notes, meeting.decisions});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto written = writeAttendees(id, normalised(meeting.attendeeIds)); !written)
        return written.error();
    if (auto logged = ChangeHistory(m_file).record(meetingEntity, QString::number(id), {},
                                                   QVariant(), sql::date(meeting.heldOn));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ReferenceGroupRepository::updateMeeting(const Meeting& meeting) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->meeting(meeting.id);
    if (!current)
        return current.error();
    if (auto valid = validate(meeting); !valid)
        return valid;

    struct Field {
        const char* column;
        QVariant before;
        QVariant after;
    };
    const Field fields[] = {
        {"held_on", sql::date(current->heldOn), sql::date(meeting.heldOn)},
        {"notes", current->notes, meeting.notes},
        {"decisions", current->decisions, meeting.decisions},
    };
    ChangeHistory history(m_file);
    const QString entityId = QString::number(meeting.id);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written = sql::run(
            m_file.database(), QStringLiteral("UPDATE meeting SET %1 = ? WHERE id = ?").arg(column),
            {field.after, meeting.id});
        if (!written)
            return written.error();
        if (auto logged =
                history.record(meetingEntity, entityId, column, field.before, field.after);
            !logged)
            return logged;
    }
    const QList<qint64> before = normalised(current->attendeeIds);
    const QList<qint64> after = normalised(meeting.attendeeIds);
    if (before != after) {
        if (auto written = writeAttendees(meeting.id, after); !written)
            return written;
        if (auto logged = history.record(meetingEntity, entityId, QStringLiteral("attendees"),
                                         idList(before), idList(after));
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status ReferenceGroupRepository::removeMeeting(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = meeting(id);
    if (!current)
        return current.error();
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM meeting WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(meetingEntity, QString::number(id), {},
                                                   sql::date(current->heldOn), QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<qint64>> ReferenceGroupRepository::meetingsAttendedBy(qint64 memberId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT meeting_id FROM meeting_attendee WHERE "
                                         "member_id = ? ORDER BY meeting_id"),
                          {memberId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Status ReferenceGroupRepository::restoreMember(const Member& member,
                                               const QList<qint64>& attendedMeetingIds) {
    if (auto valid = validate(member); !valid)
        return valid;
    if (member.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only a member who was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO member (id, name, role, notes, joined_on, "
                                            "left_on) VALUES (?, ?, ?, ?, ?, ?)"),
                             {member.id, member.name.trimmed(), memberRoleId(member.role),
                              member.notes, sql::date(member.joinedOn), sql::date(member.leftOn)});
    if (!inserted)
        return inserted.error();
    for (qint64 meetingId : normalised(attendedMeetingIds)) {
        // A meeting removed since then stays removed.
        auto attended =
            sql::run(db,
                     QStringLiteral("INSERT INTO meeting_attendee (meeting_id, "
                                    "member_id) SELECT id, ? FROM meeting WHERE id = ?"),
                     {member.id, meetingId});
        if (!attended)
            return attended.error();
    }
    if (auto logged = ChangeHistory(m_file).record(memberEntity, QString::number(member.id), {},
                                                   QVariant(), member.name.trimmed());
        !logged)
        return logged;
    return transaction.commit();
}

Status ReferenceGroupRepository::restoreMeeting(const Meeting& meeting) {
    if (!meeting.heldOn.isValid())
        return Error::make(Error::Code::Invalid, tr("A meeting needs the date it was held."));
    if (meeting.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only a meeting that was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto inserted =
        sql::run(db,
                 QStringLiteral("INSERT INTO meeting (id, held_on, notes, decisions) "
                                "VALUES (?, ?, ?, ?)"),
                 {meeting.id, sql::date(meeting.heldOn), meeting.notes, meeting.decisions});
    if (!inserted)
        return inserted.error();
    for (qint64 memberId : normalised(meeting.attendeeIds)) {
        // A member removed since then stays removed.
        auto attended = sql::run(db,
                                 QStringLiteral("INSERT INTO meeting_attendee (meeting_id, "
                                                "member_id) SELECT ?, id FROM member WHERE id = ?"),
                                 {meeting.id, memberId});
        if (!attended)
            return attended.error();
    }
    if (auto logged = ChangeHistory(m_file).record(meetingEntity, QString::number(meeting.id), {},
                                                   QVariant(), sql::date(meeting.heldOn));
        !logged)
        return logged;
    return transaction.commit();
}

Result<bool> ReferenceGroupRepository::hasSeniorLeader(const QDate& today) {
    auto query = sql::run(m_file.database(), memberColumns + QStringLiteral(" WHERE role = ?"),
                          {memberRoleId(MemberRole::SeniorLeader)});
    if (!query)
        return query.error();
    while (query->next()) {
        if (memberFrom(*query).isCurrent(today))
            return true;
    }
    return false;
}

} // namespace equimark
