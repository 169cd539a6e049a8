#include "storage/AccreditationRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace equimark {

namespace {

const QString Entity = QStringLiteral("accreditation_summary");

const QString SummaryColumns =
    QStringLiteral("SELECT id, framework_id, strand_id, status, outcomes, measurable_results, "
                   "group_statement, submitted_on, verified_visit_id, verified_by, verified_on, "
                   "advisor_comments FROM accreditation_summary ");

AccreditationSummary summaryFromRow(const QSqlQuery& query) {
    AccreditationSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.frameworkId = query.value(1).toString();
    summary.strandId = query.value(2).toString();
    summary.status = summaryStatusFromId(query.value(3).toString()).value_or(SummaryStatus::Draft);
    summary.outcomes = query.value(4).toString();
    summary.measurableResults = query.value(5).toString();
    summary.groupStatement = query.value(6).toString();
    summary.submittedOn = sql::toDate(query.value(7));
    if (!query.value(8).isNull())
        summary.verifiedVisitId = query.value(8).toLongLong();
    summary.verifiedBy = query.value(9).toString();
    summary.verifiedOn = sql::toDate(query.value(10));
    summary.advisorComments = query.value(11).toString();
    return summary;
}

QList<qint64> normalised(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString idsText(const QList<qint64>& ids) {
    QStringList parts;
    for (const auto id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QVariant visitValue(const std::optional<qint64>& visitId) {
    return visitId ? QVariant(*visitId) : QVariant();
}

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

// Writes one column of a summary and its history row. Column names come from the callers'
// fixed lists, never from input.
Status writeField(SchoolFile& file, qint64 id, const QString& column, const QVariant& before,
                  const QVariant& after) {
    if (before == after)
        return {};
    auto written =
        sql::run(file.database(),
                 QStringLiteral("UPDATE accreditation_summary SET %1 = ? WHERE id = ?").arg(column),
                 {after, id});
    if (!written)
        return written.error();
    return ChangeHistory(file).record(Entity, QString::number(id), column, before, after);
}

Error lockedError() {
    return Error::make(Error::Code::Locked,
                       AccreditationRepository::tr(
                           "This accreditation summary has been verified, so it can no longer "
                           "be changed. The verification has to be withdrawn first."));
}

Status recordLink(SchoolFile& file, const QString& table, const QString& column,
                  const QString& label, qint64 summaryId, const QList<qint64>& before,
                  const QList<qint64>& after) {
    if (before == after)
        return {};
    // Table and column names come from the fixed calls below, never from input.
    auto cleared =
        sql::run(file.database(), QStringLiteral("DELETE FROM %1 WHERE summary_id = ?").arg(table),
                 {summaryId});
    if (!cleared)
        return cleared.error();
    for (const auto id : after) {
        auto written = sql::run(
            file.database(),
            QStringLiteral("INSERT INTO %1 (summary_id, %2) VALUES (?, ?)").arg(table, column),
            {summaryId, id});
        if (!written)
            return written.error();
    }
    return ChangeHistory(file).record(Entity, QString::number(summaryId), label, idsText(before),
                                      idsText(after));
}

Result<bool> exists(SchoolFile& file, const QString& table, qint64 id) {
    // Table names come from the fixed calls below, never from input.
    auto query =
        sql::run(file.database(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return query.error();
    return query->next();
}

} // namespace

Result<Framework> AccreditationRepository::equalityMark() {
    return FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
}

Status AccreditationRepository::loadChildren(AccreditationSummary& summary) {
    auto actions = sql::run(m_file.database(),
                            QStringLiteral("SELECT action_id FROM summary_action WHERE "
                                           "summary_id = ? ORDER BY action_id"),
                            {summary.id});
    if (!actions)
        return actions.error();
    summary.actionIds.clear();
    while (actions->next())
        summary.actionIds << actions->value(0).toLongLong();

    auto evidence = sql::run(m_file.database(),
                             QStringLiteral("SELECT evidence_id FROM summary_evidence WHERE "
                                            "summary_id = ? ORDER BY evidence_id"),
                             {summary.id});
    if (!evidence)
        return evidence.error();
    summary.evidenceIds.clear();
    while (evidence->next())
        summary.evidenceIds << evidence->value(0).toLongLong();

    auto history = events(summary.id);
    if (!history)
        return history.error();
    summary.events = std::move(*history);
    return {};
}

Result<std::vector<AccreditationSummary>> AccreditationRepository::summaries() {
    auto query = sql::run(m_file.database(), SummaryColumns + QStringLiteral("ORDER BY id"));
    if (!query)
        return query.error();
    std::vector<AccreditationSummary> result;
    while (query->next())
        result.push_back(summaryFromRow(*query));
    for (auto& summary : result) {
        if (auto loaded = loadChildren(summary); !loaded)
            return loaded.error();
    }
    return result;
}

Result<AccreditationSummary> AccreditationRepository::summary(qint64 id) {
    auto query = sql::run(m_file.database(), SummaryColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(
            Error::Code::NotFound,
            tr("There is no accreditation summary number %1 in this school file.").arg(id));
    auto summary = summaryFromRow(*query);
    if (auto loaded = loadChildren(summary); !loaded)
        return loaded.error();
    return summary;
}

Result<std::optional<AccreditationSummary>>
AccreditationRepository::latestForStrand(const QString& strandId) {
    auto framework = equalityMark();
    if (!framework)
        return framework.error();
    if (!framework->strand(strandId))
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not a strand of %2.").arg(strandId, framework->name));
    auto query = sql::run(m_file.database(),
                          SummaryColumns + QStringLiteral("WHERE framework_id = ? AND "
                                                          "strand_id = ? ORDER BY id DESC LIMIT 1"),
                          {framework->id, strandId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<AccreditationSummary>();
    auto summary = summaryFromRow(*query);
    if (auto loaded = loadChildren(summary); !loaded)
        return loaded.error();
    return std::optional<AccreditationSummary>(std::move(summary));
}

Result<std::vector<SummaryEvent>> AccreditationRepository::events(qint64 summaryId) {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, event, happened_on, by_whom, comments FROM "
                                         "summary_event WHERE summary_id = ? ORDER BY id"),
                          {summaryId});
    if (!query)
        return query.error();
    std::vector<SummaryEvent> result;
    while (query->next()) {
        SummaryEvent event;
        event.id = query->value(0).toLongLong();
        event.event = query->value(1).toString();
        event.on = sql::toDate(query->value(2));
        event.by = query->value(3).toString();
        event.comments = query->value(4).toString();
        result.push_back(std::move(event));
    }
    return result;
}

Result<qint64> AccreditationRepository::create(const QString& strandId) {
    return insertDraft(strandId, std::nullopt);
}

Status AccreditationRepository::recreate(qint64 id, const QString& strandId) {
    auto created = insertDraft(strandId, id);
    if (!created)
        return created.error();
    return {};
}

Result<qint64> AccreditationRepository::insertDraft(const QString& strandId,
                                                    std::optional<qint64> wantedId) {
    auto framework = equalityMark();
    if (!framework)
        return framework.error();
    const Strand* strand = framework->strand(strandId);
    if (!strand)
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not a strand of %2.").arg(strandId, framework->name));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto open = sql::run(m_file.database(),
                         QStringLiteral("SELECT id FROM accreditation_summary WHERE "
                                        "framework_id = ? AND strand_id = ? AND status <> "
                                        "'verified' LIMIT 1"),
                         {framework->id, strandId});
    if (!open)
        return open.error();
    if (open->next())
        return Error::make(Error::Code::Invalid,
                           tr("The %1 strand already has an accreditation summary in progress "
                              "(number %2); carry on with that one.")
                               .arg(strand->name)
                               .arg(open->value(0).toLongLong()));
    auto inserted =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO accreditation_summary (id, framework_id, "
                                "strand_id, status, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {wantedId ? QVariant(*wantedId) : QVariant(), framework->id, strandId,
                  summaryStatusId(SummaryStatus::Draft), sql::timestamp()});
    if (!inserted)
        return inserted.error();
    const qint64 id = wantedId ? *wantedId : inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(m_file).record(Entity, QString::number(id), QString(),
                                                   QVariant(), strandId);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status AccreditationRepository::removeDraft(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(id);
    if (!current)
        return current.error();
    if (current->status != SummaryStatus::Draft || !current->events.empty())
        return Error::make(Error::Code::Invalid,
                           tr("Only a draft accreditation summary that was never submitted can "
                              "be removed; this one has a history to keep."));
    auto removed = sql::run(m_file.database(),
                            QStringLiteral("DELETE FROM accreditation_summary WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(Entity, QString::number(id), QString(),
                                                   current->strandId, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::vector<Badge>> AccreditationRepository::badgesForSummary(qint64 summaryId) {
    auto all = badges();
    if (!all)
        return all.error();
    std::vector<Badge> result;
    std::copy_if(all->begin(), all->end(), std::back_inserter(result),
                 [summaryId](const Badge& badge) { return badge.summaryId == summaryId; });
    return result;
}

Status AccreditationRepository::restoreStatus(const AccreditationSummary& snapshot,
                                              const std::vector<Badge>& badges) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(snapshot.id);
    if (!current)
        return current.error();

    // One UPDATE, so the table's checks see the restored row whole.
    auto written =
        sql::run(m_file.database(),
                 QStringLiteral("UPDATE accreditation_summary SET status = ?, "
                                "submitted_on = ?, verified_visit_id = ?, "
                                "verified_by = ?, verified_on = ?, advisor_comments = ? "
                                "WHERE id = ?"),
                 {summaryStatusId(snapshot.status), sql::date(snapshot.submittedOn),
                  visitValue(snapshot.verifiedVisitId), snapshot.verifiedBy,
                  sql::date(snapshot.verifiedOn), snapshot.advisorComments, snapshot.id});
    if (!written)
        return written.error();
    ChangeHistory history(m_file);
    const QString entityId = QString::number(snapshot.id);
    const struct {
        const char* column;
        QVariant before;
        QVariant after;
    } fields[] = {
        {"status", summaryStatusId(current->status), summaryStatusId(snapshot.status)},
        {"submitted_on", sql::date(current->submittedOn), sql::date(snapshot.submittedOn)},
        {"verified_visit_id", visitValue(current->verifiedVisitId),
         visitValue(snapshot.verifiedVisitId)},
        {"verified_by", current->verifiedBy, snapshot.verifiedBy},
        {"verified_on", sql::date(current->verifiedOn), sql::date(snapshot.verifiedOn)},
        {"advisor_comments", current->advisorComments, snapshot.advisorComments},
    };
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        if (auto s = history.record(Entity, entityId, QLatin1String(field.column), field.before,
                                    field.after);
            !s)
            return s;
    }

    for (const auto& event : current->events) {
        const bool kept = std::any_of(snapshot.events.begin(), snapshot.events.end(),
                                      [&event](const SummaryEvent& e) { return e.id == event.id; });
        if (kept)
            continue;
        auto removed =
            sql::run(m_file.database(), QStringLiteral("DELETE FROM summary_event WHERE id = ?"),
                     {event.id});
        if (!removed)
            return removed.error();
    }
    for (const auto& event : snapshot.events) {
        const bool present =
            std::any_of(current->events.begin(), current->events.end(),
                        [&event](const SummaryEvent& e) { return e.id == event.id; });
        if (present)
            continue;
        auto inserted = sql::run(
            m_file.database(),
            QStringLiteral("INSERT INTO summary_event (id, summary_id, event, "
                           "happened_on, by_whom, comments) VALUES (?, ?, ?, ?, ?, ?)"),
            {event.id, snapshot.id, event.event, sql::date(event.on), event.by, event.comments});
        if (!inserted)
            return inserted.error();
    }

    auto held = badgesForSummary(snapshot.id);
    if (!held)
        return held.error();
    for (const auto& badge : *held) {
        const bool kept = std::any_of(badges.begin(), badges.end(),
                                      [&badge](const Badge& b) { return b.id == badge.id; });
        if (kept)
            continue;
        auto removed = sql::run(m_file.database(), QStringLiteral("DELETE FROM badge WHERE id = ?"),
                                {badge.id});
        if (!removed)
            return removed.error();
        if (auto s = history.record(
                QStringLiteral("badge"), QString::number(badge.id), QString(),
                QString(badge.strandId + QLatin1Char(' ') + badge.awardedOn.toString(Qt::ISODate)),
                QVariant());
            !s)
            return s;
    }
    for (const auto& badge : badges) {
        const bool present = std::any_of(held->begin(), held->end(),
                                         [&badge](const Badge& b) { return b.id == badge.id; });
        if (present)
            continue;
        auto inserted = sql::run(
            m_file.database(),
            QStringLiteral("INSERT INTO badge (id, framework_id, strand_id, "
                           "awarded_on, summary_id) VALUES (?, ?, ?, ?, ?)"),
            {badge.id, badge.frameworkId, badge.strandId, sql::date(badge.awardedOn), snapshot.id});
        if (!inserted)
            return inserted.error();
        if (auto s = history.record(
                QStringLiteral("badge"), QString::number(badge.id), QString(), QVariant(),
                QString(badge.strandId + QLatin1Char(' ') + badge.awardedOn.toString(Qt::ISODate)));
            !s)
            return s;
    }
    return transaction.commit();
}

Status AccreditationRepository::updateContent(const AccreditationSummary& summary) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->summary(summary.id);
    if (!current)
        return current.error();
    if (current->isLocked())
        return lockedError();

    const QList<qint64> actionIds = normalised(summary.actionIds);
    const QList<qint64> evidenceIds = normalised(summary.evidenceIds);
    for (const auto id : actionIds) {
        auto found = exists(m_file, QStringLiteral("action"), id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(Error::Code::NotFound,
                               tr("There is no action number %1 to link to the summary.").arg(id));
    }
    for (const auto id : evidenceIds) {
        auto found = exists(m_file, QStringLiteral("evidence"), id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(
                Error::Code::NotFound,
                tr("There is no piece of evidence number %1 to link to the summary.").arg(id));
    }

    struct Field {
        const char* column;
        QString before;
        QString after;
    };
    const Field fields[] = {
        {"outcomes", current->outcomes, summary.outcomes},
        {"measurable_results", current->measurableResults, summary.measurableResults},
        {"group_statement", current->groupStatement, summary.groupStatement},
    };
    for (const auto& field : fields) {
        if (auto written = writeField(m_file, summary.id, QLatin1String(field.column), field.before,
                                      field.after);
            !written)
            return written;
    }
    if (auto linked =
            recordLink(m_file, QStringLiteral("summary_action"), QStringLiteral("action_id"),
                       QStringLiteral("actions"), summary.id, current->actionIds, actionIds);
        !linked)
        return linked;
    if (auto linked =
            recordLink(m_file, QStringLiteral("summary_evidence"), QStringLiteral("evidence_id"),
                       QStringLiteral("evidence"), summary.id, current->evidenceIds, evidenceIds);
        !linked)
        return linked;
    return transaction.commit();
}

Status AccreditationRepository::recordEvent(qint64 summaryId, const QString& event, const QDate& on,
                                            const QString& by, const QString& comments) {
    auto written =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO summary_event (summary_id, event, "
                                "happened_on, by_whom, comments) VALUES (?, ?, ?, ?, ?)"),
                 {summaryId, event, sql::date(on), by, comments});
    if (!written)
        return written.error();
    return {};
}

Status AccreditationRepository::setStatus(const AccreditationSummary& current,
                                          SummaryStatus status) {
    return writeField(m_file, current.id, QStringLiteral("status"), summaryStatusId(current.status),
                      summaryStatusId(status));
}

Status AccreditationRepository::submit(qint64 id, const QDate& on) {
    if (!on.isValid())
        return Error::make(Error::Code::Invalid, tr("Give the date the summary was submitted."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(id);
    if (!current)
        return current.error();
    if (current->isLocked())
        return lockedError();
    if (current->status == SummaryStatus::Submitted)
        return Error::make(Error::Code::Invalid,
                           tr("This accreditation summary has already been submitted."));
    if (current->outcomes.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Write the outcomes achieved before submitting the summary."));
    // The date first: the table refuses a submitted summary without one.
    if (auto s = writeField(m_file, id, QStringLiteral("submitted_on"),
                            sql::date(current->submittedOn), sql::date(on));
        !s)
        return s;
    if (auto s = setStatus(*current, SummaryStatus::Submitted); !s)
        return s;
    if (auto s = recordEvent(id, QStringLiteral("submitted"), on, m_file.userName(), QString()); !s)
        return s;
    return transaction.commit();
}

Status AccreditationRepository::verify(qint64 id, const QString& advisor, const QDate& on,
                                       const QString& comments, std::optional<qint64> visitId) {
    if (advisor.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Give the name of the advisor who verified the summary."));
    if (!on.isValid())
        return Error::make(Error::Code::Invalid, tr("Give the date the summary was verified."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(id);
    if (!current)
        return current.error();
    if (current->isLocked())
        return Error::make(Error::Code::Locked,
                           tr("This accreditation summary has already been verified."));
    if (current->status != SummaryStatus::Submitted)
        return Error::make(Error::Code::Invalid,
                           tr("Only a submitted accreditation summary can be verified; this one "
                              "is %1.")
                               .arg(summaryStatusLabel(current->status).toLower()));
    if (current->submittedOn.isValid() && on < current->submittedOn)
        return Error::make(Error::Code::Invalid,
                           tr("The summary cannot be verified on %1, before it was submitted on "
                              "%2.")
                               .arg(dateText(on), dateText(current->submittedOn)));
    if (visitId) {
        auto found = exists(m_file, QStringLiteral("visit"), *visitId);
        if (!found)
            return found.error();
        if (!*found)
            return Error::make(
                Error::Code::NotFound,
                tr("There is no visit number %1 in this school file.").arg(*visitId));
    }
    auto clash = sql::run(m_file.database(),
                          QStringLiteral("SELECT 1 FROM badge WHERE framework_id = ? AND "
                                         "strand_id = ? AND awarded_on = ?"),
                          {current->frameworkId, current->strandId, sql::date(on)});
    if (!clash)
        return clash.error();
    if (clash->next())
        return Error::make(Error::Code::Invalid,
                           tr("This strand's badge was already awarded on %1.").arg(dateText(on)));

    const QString by = advisor.trimmed();
    const struct {
        const char* column;
        QVariant before;
        QVariant after;
    } fields[] = {
        {"verified_by", current->verifiedBy, by},
        {"verified_on", sql::date(current->verifiedOn), sql::date(on)},
        {"verified_visit_id", visitValue(current->verifiedVisitId), visitValue(visitId)},
        {"advisor_comments", current->advisorComments, comments},
    };
    for (const auto& field : fields) {
        if (auto s = writeField(m_file, id, QLatin1String(field.column), field.before, field.after);
            !s)
            return s;
    }
    // After the date: the table refuses a verified summary without one.
    if (auto s = setStatus(*current, SummaryStatus::Verified); !s)
        return s;
    if (auto s = recordEvent(id, QStringLiteral("verified"), on, by, comments); !s)
        return s;
    auto badge = sql::run(m_file.database(),
                          QStringLiteral("INSERT INTO badge (framework_id, strand_id, awarded_on, "
                                         "summary_id) VALUES (?, ?, ?, ?)"),
                          {current->frameworkId, current->strandId, sql::date(on), id});
    if (!badge)
        return badge.error();
    if (auto s = ChangeHistory(m_file).record(
            QStringLiteral("badge"), badge->lastInsertId().toString(), QString(), QVariant(),
            QString(current->strandId + QLatin1Char(' ') + on.toString(Qt::ISODate)));
        !s)
        return s;
    return transaction.commit();
}

Status AccreditationRepository::returnToSchool(qint64 id, const QString& advisor, const QDate& on,
                                               const QString& comments) {
    if (advisor.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Give the name of the advisor returning the summary."));
    if (!on.isValid())
        return Error::make(Error::Code::Invalid, tr("Give the date the summary was returned."));
    if (comments.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Say what the school needs to change before the summary is "
                              "submitted again."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(id);
    if (!current)
        return current.error();
    if (current->isLocked())
        return lockedError();
    if (current->status != SummaryStatus::Submitted)
        return Error::make(Error::Code::Invalid,
                           tr("Only a submitted accreditation summary can be returned to the "
                              "school; this one is %1.")
                               .arg(summaryStatusLabel(current->status).toLower()));
    if (auto s = setStatus(*current, SummaryStatus::Returned); !s)
        return s;
    if (auto s = writeField(m_file, id, QStringLiteral("advisor_comments"),
                            current->advisorComments, comments);
        !s)
        return s;
    if (auto s = recordEvent(id, QStringLiteral("returned"), on, advisor.trimmed(), comments); !s)
        return s;
    return transaction.commit();
}

Status AccreditationRepository::withdrawVerification(qint64 id, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Say why the verification is being withdrawn."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = summary(id);
    if (!current)
        return current.error();
    if (current->status != SummaryStatus::Verified)
        return Error::make(Error::Code::Invalid,
                           tr("Only a verified accreditation summary can have its verification "
                              "withdrawn; this one is %1.")
                               .arg(summaryStatusLabel(current->status).toLower()));

    auto awarded = sql::run(m_file.database(),
                            QStringLiteral("SELECT id, strand_id, awarded_on FROM badge WHERE "
                                           "summary_id = ? ORDER BY id"),
                            {id});
    if (!awarded)
        return awarded.error();
    std::vector<std::pair<qint64, QString>> badgesToRemove;
    while (awarded->next())
        badgesToRemove.emplace_back(awarded->value(0).toLongLong(),
                                    awarded->value(1).toString() + QLatin1Char(' ') +
                                        awarded->value(2).toString());
    ChangeHistory history(m_file);
    for (const auto& [badgeId, description] : badgesToRemove) {
        auto removed = sql::run(m_file.database(), QStringLiteral("DELETE FROM badge WHERE id = ?"),
                                {badgeId});
        if (!removed)
            return removed.error();
        if (auto s = history.record(QStringLiteral("badge"), QString::number(badgeId), QString(),
                                    description, QVariant());
            !s)
            return s;
    }

    if (auto s = setStatus(*current, SummaryStatus::Submitted); !s)
        return s;
    // The verification's own record stays in the events; the summary no longer claims it.
    const struct {
        const char* column;
        QVariant before;
        QVariant after;
    } cleared[] = {
        {"verified_by", current->verifiedBy, QString()},
        {"verified_on", sql::date(current->verifiedOn), QVariant()},
        {"verified_visit_id", visitValue(current->verifiedVisitId), QVariant()},
    };
    for (const auto& field : cleared) {
        if (auto s = writeField(m_file, id, QLatin1String(field.column), field.before, field.after);
            !s)
            return s;
    }
    if (auto s = recordEvent(id, QStringLiteral("withdrawn"), QDate::currentDate(),
                             m_file.userName(), reason.trimmed());
        !s)
        return s;
    return transaction.commit();
}

Result<std::vector<Badge>> AccreditationRepository::badges() {
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, framework_id, strand_id, awarded_on, "
                                         "summary_id FROM badge ORDER BY awarded_on, id"));
    if (!query)
        return query.error();
    std::vector<Badge> result;
    while (query->next()) {
        Badge badge;
        badge.id = query->value(0).toLongLong();
        badge.frameworkId = query->value(1).toString();
        badge.strandId = query->value(2).toString();
        badge.awardedOn = sql::toDate(query->value(3));
        if (!query->value(4).isNull())
            badge.summaryId = query->value(4).toLongLong();
        result.push_back(std::move(badge));
    }
    return result;
}

Result<MarkStatus> AccreditationRepository::markStatus(const QDate& today) {
    auto framework = equalityMark();
    if (!framework)
        return framework.error();
    auto all = badges();
    if (!all)
        return all.error();
    std::vector<Badge> ours;
    std::copy_if(all->begin(), all->end(), std::back_inserter(ours),
                 [&framework](const Badge& badge) { return badge.frameworkId == framework->id; });
    QStringList strandIds;
    for (const auto& strand : framework->strands)
        strandIds << strand.id;
    return MarkStatus::evaluate(framework->awardRules, strandIds, ours, today);
}

} // namespace equimark
