#include "storage/VisitRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QSqlQuery>

namespace equimark {

namespace {

const QString VisitColumns = QStringLiteral(
    "SELECT id, visited_on, kind, advisor, focus, walk_notes, outcomes, next_steps FROM visit ");

Visit visitFromRow(const QSqlQuery& query) {
    Visit visit;
    visit.id = query.value(0).toLongLong();
    visit.visitedOn = sql::toDate(query.value(1));
    visit.kind = visitKindFromId(query.value(2).toString()).value_or(VisitKind::Advisory);
    visit.advisor = query.value(3).toString();
    visit.focus = query.value(4).toString();
    visit.walkNotes = query.value(5).toString();
    visit.outcomes = query.value(6).toString();
    visit.nextSteps = query.value(7).toString();
    return visit;
}

// How the meetings read in the change history: one line per meeting.
QString meetingsText(const std::vector<VisitMeeting>& meetings) {
    QStringList lines;
    for (const auto& meeting : meetings)
        lines << metWithId(meeting.with) + QStringLiteral(": ") + meeting.heard;
    return lines.join(QLatin1Char('\n'));
}

const QString NetworkColumns = QStringLiteral(
    "SELECT id, held_on, representative1, representative2, notes FROM network_meeting ");

NetworkMeeting networkMeetingFromRow(const QSqlQuery& query) {
    NetworkMeeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.heldOn = sql::toDate(query.value(1));
    meeting.representative1 = query.value(2).toString();
    meeting.representative2 = query.value(3).toString();
    meeting.notes = query.value(4).toString();
    return meeting;
}

struct Field {
    const char* column;
    QVariant before;
    QVariant after;
};

} // namespace

Status VisitRepository::loadMeetings(Visit& visit) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, met_with, heard FROM visit_meeting "
                                         "WHERE visit_id = ? ORDER BY id"),
                          {visit.id});
    if (!query)
        return query.error();
    visit.meetings.clear();
    while (query->next()) {
        VisitMeeting meeting;
        meeting.id = query->value(0).toLongLong();
        meeting.with = metWithFromId(query->value(1).toString()).value_or(MetWith::Other);
        meeting.heard = query->value(2).toString();
        visit.meetings.push_back(std::move(meeting));
    }
    return {};
}

Result<std::vector<Visit>> VisitRepository::visits() {
    auto query = sql::run(m_file.database(),
                          VisitColumns + QStringLiteral("ORDER BY visited_on DESC, id DESC"));
    if (!query)
        return query.error();
    std::vector<Visit> result;
    while (query->next())
        result.push_back(visitFromRow(*query));
    for (auto& visit : result) {
        if (auto loaded = loadMeetings(visit); !loaded)
            return loaded.error();
    }
    return result;
}

Result<Visit> VisitRepository::visit(qint64 id) {
    auto query = sql::run(m_file.database(), VisitColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(Error::Code::NotFound,
                           tr("There is no visit number %1 in this school file.").arg(id));
    Visit visit = visitFromRow(*query);
    if (auto loaded = loadMeetings(visit); !loaded)
        return loaded.error();
    return visit;
}

Result<Visit> VisitRepository::visitOn(const QDate& date) {
    if (!date.isValid())
        return Error::make(Error::Code::Invalid, tr("Give the date of the visit."));
    auto query = sql::run(m_file.database(),
                          VisitColumns + QStringLiteral("WHERE visited_on = ? ORDER BY id LIMIT 1"),
                          {sql::date(date)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(
            Error::Code::NotFound,
            tr("No visit is recorded on %1.").arg(QLocale().toString(date, QLocale::LongFormat)));
    Visit visit = visitFromRow(*query);
    if (auto loaded = loadMeetings(visit); !loaded)
        return loaded.error();
    return visit;
}

Result<std::optional<Visit>> VisitRepository::nextVisit(const QDate& today) {
    if (!today.isValid())
        return Error::make(Error::Code::Invalid, tr("Give the date to look ahead from."));
    auto query = sql::run(
        m_file.database(),
        VisitColumns + QStringLiteral("WHERE visited_on >= ? ORDER BY visited_on, id LIMIT 1"),
        {sql::date(today)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Visit>();
    Visit visit = visitFromRow(*query);
    if (auto loaded = loadMeetings(visit); !loaded)
        return loaded.error();
    return std::optional<Visit>(std::move(visit));
}

Status VisitRepository::writeMeetings(qint64 visitId, const std::vector<VisitMeeting>& meetings) {
    auto cleared =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM visit_meeting WHERE visit_id = ?"),
                 {visitId});
    if (!cleared)
        return cleared.error();
    for (const auto& meeting : meetings) {
        auto written = sql::run(m_file.database(),
                                QStringLiteral("INSERT INTO visit_meeting (visit_id, met_with, "
                                               "heard) VALUES (?, ?, ?)"),
                                {visitId, metWithId(meeting.with), meeting.heard.trimmed()});
        if (!written)
            return written.error();
    }
    return {};
}

Result<qint64> VisitRepository::add(const Visit& visit) {
    if (!visit.visitedOn.isValid())
        return Error::make(Error::Code::Invalid, tr("A visit needs the date it took place on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto inserted =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO visit (visited_on, kind, advisor, focus, walk_notes, "
                                "outcomes, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {sql::date(visit.visitedOn), visitKindId(visit.kind), visit.advisor.trimmed(),
                  visit.focus, visit.walkNotes, visit.outcomes, visit.nextSteps});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto written = writeMeetings(id, visit.meetings); !written)
        return written.error();
    if (auto logged =
            ChangeHistory(m_file).record(QStringLiteral("visit"), QString::number(id), QString(),
                                         QVariant(), sql::date(visit.visitedOn));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status VisitRepository::update(const Visit& visit) {
    if (!visit.visitedOn.isValid())
        return Error::make(Error::Code::Invalid, tr("A visit needs the date it took place on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->visit(visit.id);
    if (!current)
        return current.error();

    const Field fields[] = {
        {"visited_on", sql::date(current->visitedOn), sql::date(visit.visitedOn)},
        {"kind", visitKindId(current->kind), visitKindId(visit.kind)},
        {"advisor", current->advisor, visit.advisor.trimmed()},
        {"focus", current->focus, visit.focus},
        {"walk_notes", current->walkNotes, visit.walkNotes},
        {"outcomes", current->outcomes, visit.outcomes},
        {"next_steps", current->nextSteps, visit.nextSteps},
    };
    ChangeHistory history(m_file);
    const QString entityId = QString::number(visit.id);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written = sql::run(m_file.database(),
                                QStringLiteral("UPDATE visit SET %1 = ? WHERE id = ?").arg(column),
                                {field.after, visit.id});
        if (!written)
            return written.error();
        if (auto logged = history.record(QStringLiteral("visit"), entityId, column, field.before,
                                         field.after);
            !logged)
            return logged;
    }
    std::vector<VisitMeeting> trimmed = visit.meetings;
    for (auto& meeting : trimmed)
        meeting.heard = meeting.heard.trimmed();
    const QString meetingsBefore = meetingsText(current->meetings);
    const QString meetingsAfter = meetingsText(trimmed);
    if (meetingsBefore != meetingsAfter) {
        if (auto written = writeMeetings(visit.id, trimmed); !written)
            return written;
        if (auto logged = history.record(QStringLiteral("visit"), entityId,
                                         QStringLiteral("meetings"), meetingsBefore, meetingsAfter);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status VisitRepository::remove(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = visit(id);
    if (!current)
        return current.error();
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM visit WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged =
            ChangeHistory(m_file).record(QStringLiteral("visit"), QString::number(id), QString(),
                                         sql::date(current->visitedOn), QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::vector<NetworkMeeting>> VisitRepository::networkMeetings() {
    auto query = sql::run(m_file.database(),
                          NetworkColumns + QStringLiteral("ORDER BY held_on DESC, id DESC"));
    if (!query)
        return query.error();
    std::vector<NetworkMeeting> result;
    while (query->next())
        result.push_back(networkMeetingFromRow(*query));
    return result;
}

Result<NetworkMeeting> VisitRepository::networkMeeting(qint64 id) {
    auto query = sql::run(m_file.database(), NetworkColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(
            Error::Code::NotFound,
            tr("There is no network meeting number %1 in this school file.").arg(id));
    return networkMeetingFromRow(*query);
}

Result<qint64> VisitRepository::addNetworkMeeting(const NetworkMeeting& meeting) {
    if (!meeting.heldOn.isValid())
        return Error::make(Error::Code::Invalid,
                           tr("A network meeting needs the date it was held on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto inserted = sql::run(m_file.database(),
                             QStringLiteral("INSERT INTO network_meeting (held_on, "
                                            "representative1, representative2, notes) "
                                            "VALUES (?, ?, ?, ?)"),
                             {sql::date(meeting.heldOn), meeting.representative1.trimmed(),
                              meeting.representative2.trimmed(), meeting.notes});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto logged =
            ChangeHistory(m_file).record(QStringLiteral("network_meeting"), QString::number(id),
                                         QString(), QVariant(), sql::date(meeting.heldOn));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status VisitRepository::updateNetworkMeeting(const NetworkMeeting& meeting) {
    if (!meeting.heldOn.isValid())
        return Error::make(Error::Code::Invalid,
                           tr("A network meeting needs the date it was held on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = networkMeeting(meeting.id);
    if (!current)
        return current.error();
    const Field fields[] = {
        {"held_on", sql::date(current->heldOn), sql::date(meeting.heldOn)},
        {"representative1", current->representative1, meeting.representative1.trimmed()},
        {"representative2", current->representative2, meeting.representative2.trimmed()},
        {"notes", current->notes, meeting.notes},
    };
    ChangeHistory history(m_file);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written =
            sql::run(m_file.database(),
                     QStringLiteral("UPDATE network_meeting SET %1 = ? WHERE id = ?").arg(column),
                     {field.after, meeting.id});
        if (!written)
            return written.error();
        if (auto logged =
                history.record(QStringLiteral("network_meeting"), QString::number(meeting.id),
                               column, field.before, field.after);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status VisitRepository::removeNetworkMeeting(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = networkMeeting(id);
    if (!current)
        return current.error();
    auto removed = sql::run(m_file.database(),
                            QStringLiteral("DELETE FROM network_meeting WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged =
            ChangeHistory(m_file).record(QStringLiteral("network_meeting"), QString::number(id),
                                         QString(), sql::date(current->heldOn), QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Status VisitRepository::restore(const Visit& visit, const QList<qint64>& verifiedSummaryIds) {
    if (!visit.visitedOn.isValid() || visit.id <= 0)
        return Error::make(Error::Code::Invalid, tr("A visit needs the date it took place on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto inserted = sql::run(
        m_file.database(),
        QStringLiteral("INSERT INTO visit (id, visited_on, kind, advisor, focus, "
                       "walk_notes, outcomes, next_steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {visit.id, sql::date(visit.visitedOn), visitKindId(visit.kind), visit.advisor.trimmed(),
         visit.focus, visit.walkNotes, visit.outcomes, visit.nextSteps});
    if (!inserted)
        return inserted.error();
    if (auto written = writeMeetings(visit.id, visit.meetings); !written)
        return written;
    ChangeHistory history(m_file);
    if (auto logged = history.record(QStringLiteral("visit"), QString::number(visit.id), QString(),
                                     QVariant(), sql::date(visit.visitedOn));
        !logged)
        return logged;
    for (const auto summaryId : verifiedSummaryIds) {
        auto linked = sql::run(m_file.database(),
                               QStringLiteral("UPDATE accreditation_summary SET "
                                              "verified_visit_id = ? WHERE id = ?"),
                               {visit.id, summaryId});
        if (!linked)
            return linked.error();
        if (auto logged =
                history.record(QStringLiteral("accreditation_summary"), QString::number(summaryId),
                               QStringLiteral("verified_visit_id"), QVariant(), visit.id);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Result<QList<qint64>> VisitRepository::summariesVerifiedAt(qint64 visitId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id FROM accreditation_summary WHERE "
                                         "verified_visit_id = ? ORDER BY id"),
                          {visitId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Status VisitRepository::restoreNetworkMeeting(const NetworkMeeting& meeting) {
    if (!meeting.heldOn.isValid() || meeting.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("A network meeting needs the date it was held on."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto inserted =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO network_meeting (id, held_on, "
                                "representative1, representative2, notes) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {meeting.id, sql::date(meeting.heldOn), meeting.representative1.trimmed(),
                  meeting.representative2.trimmed(), meeting.notes});
    if (!inserted)
        return inserted.error();
    if (auto logged = ChangeHistory(m_file).record(QStringLiteral("network_meeting"),
                                                   QString::number(meeting.id), QString(),
                                                   QVariant(), sql::date(meeting.heldOn));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace equimark
