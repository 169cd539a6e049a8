#include "storage/TrainingRepository.h"

#include "domain/TrainingTopic.h"
#include "storage/ChangeHistory.h"
#include "storage/PortfolioRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/TrainingRows.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <map>

namespace equimark {

using namespace training_rows;
using portfolio_rows::exists;
using portfolio_rows::Field;
using portfolio_rows::writeChangedFields;

namespace {

const QString personEntity = QStringLiteral("person");
const QString sessionEntity = QStringLiteral("training-session");
const QString attendanceEntity = QStringLiteral("attendance");

Error noSuchPerson(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       TrainingRepository::tr("There is no person %1 in this file; they may "
                                              "have been removed.")
                           .arg(id));
}

Error noSuchSession(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       TrainingRepository::tr("There is no training session %1 in this file; it "
                                              "may have been removed.")
                           .arg(id));
}

Status validatePerson(const Person& person) {
    if (person.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           TrainingRepository::tr("The person needs a name."));
    if (person.joinedOn.isValid() && person.leftOn.isValid() && person.leftOn < person.joinedOn)
        return Error::make(Error::Code::Invalid,
                           TrainingRepository::tr("%1 cannot leave (%2) before joining (%3).")
                               .arg(person.name.trimmed(), person.leftOn.toString(Qt::ISODate),
                                    person.joinedOn.toString(Qt::ISODate)));
    return {};
}

Result<std::vector<Person>> fetchPeople(SchoolFile& file, const QString& where,
                                        const QVariantList& values) {
    auto rows = sql::run(file.database(),
                         QStringLiteral("SELECT id, name, body, role, leader, joined_on, left_on "
                                        "FROM person%1 ORDER BY body = 'governor', name COLLATE "
                                        "NOCASE, id")
                             .arg(where),
                         values);
    if (!rows)
        return rows.error();
    std::vector<Person> people;
    while (rows->next()) {
        Person person;
        person.id = rows->value(0).toLongLong();
        person.name = rows->value(1).toString();
        person.body = bodyFromId(rows->value(2).toString());
        person.role = rows->value(3).toString();
        person.leader = rows->value(4).toBool();
        person.joinedOn = sql::toDate(rows->value(5));
        person.leftOn = sql::toDate(rows->value(6));
        people.push_back(std::move(person));
    }
    return people;
}

Status insertPerson(SchoolFile& file, const Person& person, qint64* id) {
    auto inserted = sql::run(
        file.database(),
        QStringLiteral("INSERT INTO person (id, name, body, role, leader, joined_on, left_on, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(person.id), person.name.trimmed(), bodyId(person.body), person.role.trimmed(),
         person.leader ? 1 : 0, sql::date(person.joinedOn), sql::date(person.leftOn),
         sql::timestamp()});
    if (!inserted)
        return inserted.error();
    *id = inserted->lastInsertId().toLongLong();
    return ChangeHistory(file).record(personEntity, QString::number(*id), {}, QVariant(),
                                      person.name.trimmed());
}

// What a session's attendance row says, as the history shows it.
QVariant attendanceText(const Attendance* row) {
    if (!row)
        return QVariant();
    return row->attended ? QStringLiteral("attended") : QStringLiteral("offered");
}

Result<TrainingSession> cleanedSession(SchoolFile& file, const TrainingSession& session,
                                       bool dropMissing) {
    TrainingSession clean = session;
    clean.title = session.title.trimmed();
    clean.provider = session.provider.trimmed();
    clean.audience = session.audience.trimmed();
    clean.notes = session.notes.trimmed();
    if (clean.title.isEmpty())
        return Error::make(Error::Code::Invalid,
                           TrainingRepository::tr("The training session needs a title."));
    if (!clean.heldOn.isValid())
        return Error::make(
            Error::Code::Invalid,
            TrainingRepository::tr("\"%1\" needs the date it is held on.").arg(clean.title));
    if (!TrainingTopic::find(clean.topic))
        return Error::make(Error::Code::Invalid,
                           TrainingRepository::tr("\"%1\" is not a training topic Equimark knows.")
                               .arg(clean.topic));
    if (clean.programmeId > 0) {
        auto found = exists(file, QStringLiteral("training_programme"), clean.programmeId);
        if (!found)
            return found.error();
        if (!*found) {
            if (!dropMissing)
                return unknownProgramme(clean.programmeId);
            clean.programmeId = 0;
        }
    }
    clean.attendance.clear();
    std::map<qint64, bool> seen;
    for (const auto& row : session.attendance) {
        if (seen.count(row.personId)) {
            seen[row.personId] = seen[row.personId] || row.attended;
            continue;
        }
        auto found = exists(file, QStringLiteral("person"), row.personId);
        if (!found)
            return found.error();
        if (!*found) {
            if (dropMissing)
                continue;
            return noSuchPerson(row.personId);
        }
        seen[row.personId] = row.attended;
    }
    for (const auto& [personId, attended] : seen)
        clean.attendance.push_back({personId, attended});
    return clean;
}

// Replaces the session's attendance with `after`, with a history row per person changed.
Status writeAttendance(SchoolFile& file, qint64 sessionId, const TrainingSession& before,
                       const TrainingSession& after) {
    ChangeHistory history(file);
    std::map<qint64, int> people;
    for (const auto& row : before.attendance)
        people[row.personId] |= 1;
    for (const auto& row : after.attendance)
        people[row.personId] |= 2;
    for (const auto& [personId, where] : people) {
        const Attendance* old = before.attendanceOf(personId);
        const Attendance* now = after.attendanceOf(personId);
        if (old && now && *old == *now)
            continue;
        Result<QSqlQuery> written =
            now ? sql::run(file.database(),
                           QStringLiteral("INSERT INTO training_attendance (session_id, "
                                          "person_id, attended) VALUES (?, ?, ?) ON CONFLICT "
                                          "(session_id, person_id) DO UPDATE SET attended = "
                                          "excluded.attended"),
                           {sessionId, personId, now->attended ? 1 : 0})
                : sql::run(file.database(),
                           QStringLiteral("DELETE FROM training_attendance WHERE session_id = ? "
                                          "AND person_id = ?"),
                           {sessionId, personId});
        if (!written)
            return written.error();
        if (auto logged = history.record(
                attendanceEntity, QStringLiteral("%1/%2").arg(sessionId).arg(personId),
                QStringLiteral("attended"), attendanceText(old), attendanceText(now));
            !logged)
            return logged;
    }
    return {};
}

Result<std::vector<TrainingSession>> fetchSessions(SchoolFile& file, const QString& where,
                                                   const QVariantList& values) {
    auto rows = sql::run(file.database(),
                         QStringLiteral("SELECT id, programme_id, held_on, title, provider, "
                                        "audience, topic, refresher, notes FROM training_session"
                                        "%1 ORDER BY held_on DESC, title COLLATE NOCASE, id")
                             .arg(where),
                         values);
    if (!rows)
        return rows.error();
    std::vector<TrainingSession> sessions;
    std::map<qint64, std::size_t> indexOf;
    while (rows->next()) {
        TrainingSession session;
        session.id = rows->value(0).toLongLong();
        session.programmeId = rows->value(1).toLongLong();
        session.heldOn = sql::toDate(rows->value(2));
        session.title = rows->value(3).toString();
        session.provider = rows->value(4).toString();
        session.audience = rows->value(5).toString();
        session.topic = rows->value(6).toString();
        session.refresher = rows->value(7).toBool();
        session.notes = rows->value(8).toString();
        indexOf[session.id] = sessions.size();
        sessions.push_back(std::move(session));
    }
    auto attendance =
        sql::run(file.database(), QStringLiteral("SELECT session_id, person_id, attended FROM "
                                                 "training_attendance ORDER BY session_id, "
                                                 "person_id"));
    if (!attendance)
        return attendance.error();
    while (attendance->next()) {
        const auto found = indexOf.find(attendance->value(0).toLongLong());
        if (found != indexOf.end())
            sessions[found->second].attendance.push_back(
                {attendance->value(1).toLongLong(), attendance->value(2).toBool()});
    }
    return sessions;
}

Status insertSession(SchoolFile& file, const TrainingSession& session, qint64* id) {
    auto inserted = sql::run(
        file.database(),
        QStringLiteral("INSERT INTO training_session (id, programme_id, held_on, title, "
                       "provider, audience, topic, refresher, notes, created_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(session.id), idOrNull(session.programmeId), sql::date(session.heldOn),
         session.title, session.provider, session.audience, session.topic,
         session.refresher ? 1 : 0, session.notes, sql::timestamp()});
    if (!inserted)
        return inserted.error();
    *id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(file).record(sessionEntity, QString::number(*id), {},
                                                 QVariant(), session.title);
        !logged)
        return logged;
    return writeAttendance(file, *id, TrainingSession{}, session);
}

} // namespace

// ---- people -----------------------------------------------------------------------------

Result<std::vector<Person>> TrainingRepository::people() {
    return fetchPeople(m_file, {}, {});
}

Result<Person> TrainingRepository::person(qint64 id) {
    return single(fetchPeople(m_file, QStringLiteral(" WHERE id = ?"), {id}), noSuchPerson, id);
}

Result<qint64> TrainingRepository::addPerson(const Person& person) {
    if (auto valid = validatePerson(person); !valid)
        return valid.error();
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    Person fresh = person;
    fresh.id = 0;
    qint64 id = 0;
    if (auto written = insertPerson(m_file, fresh, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status TrainingRepository::updatePerson(const Person& person) {
    if (auto valid = validatePerson(person); !valid)
        return valid;
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->person(person.id);
    if (!current)
        return current.error();
    const std::vector<Field> fields = {
        {"name", current->name, person.name.trimmed()},
        {"body", bodyId(current->body), bodyId(person.body)},
        {"role", current->role, person.role.trimmed()},
        {"leader", int(current->leader), int(person.leader)},
        {"joined_on", sql::date(current->joinedOn), sql::date(person.joinedOn)},
        {"left_on", sql::date(current->leftOn), sql::date(person.leftOn)}};
    if (auto written =
            writeChangedFields(m_file, QStringLiteral("person"), personEntity, person.id, fields);
        !written)
        return written;
    return transaction.commit();
}

Result<PersonRecord> TrainingRepository::removePerson(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    PersonRecord record;
    auto found = person(id);
    if (!found)
        return found.error();
    record.person = *found;
    auto attendance = sql::run(m_file.database(),
                               QStringLiteral("SELECT session_id, attended FROM "
                                              "training_attendance WHERE person_id = ?"),
                               {id});
    if (!attendance)
        return attendance.error();
    while (attendance->next())
        record.attendance.push_back(
            {attendance->value(0).toLongLong(), {id, attendance->value(1).toBool()}});
    auto ratings = sql::run(m_file.database(),
                            QStringLiteral("SELECT programme_id, before, after FROM "
                                           "programme_rating WHERE person_id = ?"),
                            {id});
    if (!ratings)
        return ratings.error();
    while (ratings->next()) {
        record.ratingsBefore.push_back({ratings->value(0).toLongLong(), ratings->value(1).toInt()});
        record.ratingsAfter.push_back({ratings->value(0).toLongLong(), ratings->value(2).toInt()});
    }
    // Attendance and ratings go with them (ON DELETE CASCADE).
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM person WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(personEntity, QString::number(id), {},
                                                   record.person.name, QVariant());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Status TrainingRepository::restorePerson(const PersonRecord& record) {
    if (auto valid = validatePerson(record.person); !valid)
        return valid;
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("person"), record.person.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return idTaken(record.person.name, record.person.id);
    qint64 id = 0;
    if (auto written = insertPerson(m_file, record.person, &id); !written)
        return written;
    for (const auto& [sessionId, row] : record.attendance) {
        // INSERT ... SELECT leaves out sessions removed meanwhile.
        auto written = sql::run(m_file.database(),
                                QStringLiteral("INSERT INTO training_attendance (session_id, "
                                               "person_id, attended) SELECT id, ?, ? FROM "
                                               "training_session WHERE id = ?"),
                                {id, row.attended ? 1 : 0, sessionId});
        if (!written)
            return written.error();
    }
    for (std::size_t i = 0; i < record.ratingsBefore.size(); ++i) {
        const auto [programmeId, before] = record.ratingsBefore[i];
        const int after = record.ratingsAfter[i].second;
        auto written = sql::run(m_file.database(),
                                QStringLiteral("INSERT INTO programme_rating (programme_id, "
                                               "person_id, before, after) SELECT id, ?, ?, ? "
                                               "FROM training_programme WHERE id = ?"),
                                {id, before > 0 ? QVariant(before) : QVariant(),
                                 after > 0 ? QVariant(after) : QVariant(), programmeId});
        if (!written)
            return written.error();
    }
    return transaction.commit();
}

// ---- sessions ---------------------------------------------------------------------------

Result<std::vector<TrainingSession>> TrainingRepository::sessions() {
    return fetchSessions(m_file, {}, {});
}

Result<TrainingSession> TrainingRepository::session(qint64 id) {
    return single(fetchSessions(m_file, QStringLiteral(" WHERE id = ?"), {id}), noSuchSession, id);
}

Result<qint64> TrainingRepository::addSession(const TrainingSession& session) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto clean = cleanedSession(m_file, session, false);
    if (!clean)
        return clean.error();
    clean->id = 0;
    qint64 id = 0;
    if (auto written = insertSession(m_file, *clean, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status TrainingRepository::updateSession(const TrainingSession& session) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->session(session.id);
    if (!current)
        return current.error();
    auto clean = cleanedSession(m_file, session, false);
    if (!clean)
        return clean.error();
    const std::vector<Field> fields = {
        {"programme_id", idOrNull(current->programmeId), idOrNull(clean->programmeId)},
        {"held_on", sql::date(current->heldOn), sql::date(clean->heldOn)},
        {"title", current->title, clean->title},
        {"provider", current->provider, clean->provider},
        {"audience", current->audience, clean->audience},
        {"topic", current->topic, clean->topic},
        {"refresher", int(current->refresher), int(clean->refresher)},
        {"notes", current->notes, clean->notes}};
    if (auto written = writeChangedFields(m_file, QStringLiteral("training_session"), sessionEntity,
                                          session.id, fields);
        !written)
        return written;
    if (auto written = writeAttendance(m_file, session.id, *current, *clean); !written)
        return written;
    return transaction.commit();
}

Result<TrainingSession> TrainingRepository::removeSession(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = session(id);
    if (!found)
        return found.error();
    auto removed = sql::run(m_file.database(),
                            QStringLiteral("DELETE FROM training_session WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(sessionEntity, QString::number(id), {},
                                                   found->title, QVariant());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return std::move(*found);
}

Status TrainingRepository::restoreSession(const TrainingSession& session) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("training_session"), session.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return idTaken(session.title, session.id);
    auto clean = cleanedSession(m_file, session, true);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertSession(m_file, *clean, &id); !written)
        return written;
    return transaction.commit();
}

} // namespace equimark
