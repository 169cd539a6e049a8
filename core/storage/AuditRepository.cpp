#include "storage/AuditRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>

namespace equimark {

namespace {
const QString auditEntity = QStringLiteral("audit");
const QString judgementEntity = QStringLiteral("judgement");
const QString delegationEntity = QStringLiteral("delegation");

const QString auditColumns =
    QStringLiteral("SELECT a.id, a.framework_id, a.year, a.started_on FROM audit a "
                   "JOIN framework f ON f.id = a.framework_id");

Audit auditFrom(const QSqlQuery& query) {
    Audit audit;
    audit.id = query.value(0).toLongLong();
    audit.frameworkId = query.value(1).toString();
    audit.year = AcademicYear::parse(query.value(2).toString()).value_or(AcademicYear(0));
    audit.startedOn = sql::toDate(query.value(3));
    return audit;
}

Judgement judgementFrom(const QSqlQuery& query) {
    Judgement j;
    j.statementId = query.value(0).toString();
    j.rating = ratingFromId(query.value(1).toString()).value_or(Rating::None);
    j.note = query.value(2).toString();
    j.judgedBy = query.value(3).toString();
    const QVariant at = query.value(4);
    if (!at.isNull())
        j.judgedAt = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    return j;
}

const QString judgementColumns =
    QStringLiteral("SELECT statement_id, rating, note, judged_by, judged_at FROM judgement");

// A note of only spaces is no note: it must not keep an otherwise empty judgement alive.
QString cleanNote(const QString& note) {
    return note.trimmed().isEmpty() ? QString() : note;
}
} // namespace

Status AuditRepository::checkStatement(const Framework& framework, const QString& statementId) {
    if (!framework.statement(statementId))
        return Error::make(
            Error::Code::Invalid,
            tr("\"%1\" is not an audit statement of %2.").arg(statementId, framework.name));
    return {};
}

Status AuditRepository::checkElement(const Framework& framework, const QString& elementId) {
    if (!framework.element(elementId))
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not an element of %2.").arg(elementId, framework.name));
    return {};
}

Status AuditRepository::checkStrand(const Framework& framework, const QString& strandId) {
    if (!framework.strand(strandId))
        return Error::make(
            Error::Code::Invalid,
            tr("\"%1\" is not an equality strand of %2.").arg(strandId, framework.name));
    return {};
}

Result<std::vector<Audit>> AuditRepository::audits() {
    auto query =
        sql::run(m_file.database(), auditColumns + QStringLiteral(" WHERE f.kind = 'equality-mark' "
                                                                  "ORDER BY a.year, a.id"));
    if (!query)
        return query.error();
    std::vector<Audit> result;
    while (query->next())
        result.push_back(auditFrom(*query));
    return result;
}

Result<Audit> AuditRepository::audit(AcademicYear year) {
    auto query = sql::run(m_file.database(),
                          auditColumns + QStringLiteral(" WHERE f.kind = 'equality-mark' AND "
                                                        "a.year = ? ORDER BY f.rowid LIMIT 1"),
                          {year.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(
            Error::Code::NotFound,
            tr("No whole-school audit has been started for %1.").arg(year.toString()));
    return auditFrom(*query);
}

Result<Audit> AuditRepository::auditById(qint64 auditId) {
    auto query =
        m_file.statements().run(auditColumns + QStringLiteral(" WHERE a.id = ?"), {auditId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::make(Error::Code::NotFound,
                           tr("The file has no audit number %1.").arg(auditId));
    return auditFrom(query->row());
}

Result<Audit> AuditRepository::create(AcademicYear year, qint64 id) {
    auto mark = FrameworkRepository(m_file).ofKind(Framework::Kind::EqualityMark);
    if (!mark)
        return mark.error();
    Audit audit;
    audit.frameworkId = mark->id;
    audit.year = year;
    audit.startedOn = QDate::currentDate();
    auto inserted =
        sql::run(m_file.database(),
                 QStringLiteral("INSERT INTO audit (id, framework_id, year, started_on) "
                                "VALUES (?, ?, ?, ?)"),
                 {id > 0 ? QVariant(id) : QVariant(), audit.frameworkId, year.toString(),
                  sql::date(audit.startedOn)});
    if (!inserted)
        return inserted.error();
    audit.id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(m_file).record(auditEntity, QString::number(audit.id), {},
                                                   QVariant(), year.toString());
        !logged)
        return logged.error();
    return audit;
}

Result<Audit> AuditRepository::ensureAudit(AcademicYear year) {
    auto existing = audit(year);
    if (existing || existing.error().code != Error::Code::NotFound)
        return existing;
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto created = create(year);
    if (!created)
        return created;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<Audit> AuditRepository::startAudit(AcademicYear year, CarryForward carry, qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto existing = audit(year);
    if (existing)
        return Error::make(
            Error::Code::Invalid,
            tr("The whole-school audit for %1 has already been started.").arg(year.toString()));
    if (existing.error().code != Error::Code::NotFound)
        return existing.error();
    auto created = create(year, id);
    if (!created)
        return created;

    if (carry == CarryForward::Notes) {
        auto previous = previousAudit(created->id);
        if (!previous)
            return previous.error();
        if (*previous) {
            // Notes come across as evidence to review, not as judgements: the new year is
            // judged afresh.
            auto copied = sql::run(m_file.database(),
                                   QStringLiteral("INSERT INTO judgement (audit_id, statement_id, "
                                                  "rating, note, judged_by, judged_at) "
                                                  "SELECT ?, statement_id, 'none', note, '', NULL "
                                                  "FROM judgement WHERE audit_id = ? AND "
                                                  "trim(note) <> ''"),
                                   {created->id, (*previous)->id});
            if (!copied)
                return copied.error();
            if (auto logged = ChangeHistory(m_file).record(
                    auditEntity, QString::number(created->id), QStringLiteral("carried-notes"),
                    QVariant(), (*previous)->year.toString());
                !logged)
                return logged.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Status AuditRepository::removeAudit(qint64 auditId) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = auditById(auditId);
    if (!current)
        return current.error();
    // Judgements, delegations and grid cells go with it (ON DELETE CASCADE).
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM audit WHERE id = ?"), {auditId});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(auditEntity, QString::number(auditId), {},
                                                   current->year.toString(), QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::optional<Audit>> AuditRepository::previousAudit(qint64 auditId) {
    auto current = auditById(auditId);
    if (!current)
        return current.error();
    auto query = sql::run(m_file.database(),
                          auditColumns + QStringLiteral(" WHERE a.framework_id = ? AND a.year < ? "
                                                        "ORDER BY a.year DESC LIMIT 1"),
                          {current->frameworkId, current->year.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Audit>();
    return std::optional<Audit>(auditFrom(*query));
}

Result<std::shared_ptr<const Framework>> AuditRepository::framework(qint64 auditId) {
    auto current = auditById(auditId);
    if (!current)
        return current.error();
    return FrameworkRepository(m_file).shared(current->frameworkId);
}

Result<std::vector<Judgement>> AuditRepository::judgements(qint64 auditId) {
    if (auto current = auditById(auditId); !current)
        return current.error();
    return readJudgements(QStringLiteral(" WHERE audit_id = ? ORDER BY statement_id"), {auditId});
}

Result<std::vector<Judgement>> AuditRepository::readJudgements(const QString& where,
                                                               const QVariantList& values) {
    auto query = m_file.statements().run(judgementColumns + where, values);
    if (!query)
        return query.error();
    std::vector<Judgement> result;
    while (query->next())
        result.push_back(judgementFrom(query->row()));
    return result;
}

Result<QHash<QString, Judgement>> AuditRepository::judgementsByStatement(qint64 auditId) {
    auto list = judgements(auditId);
    if (!list)
        return list.error();
    QHash<QString, Judgement> result;
    result.reserve(static_cast<qsizetype>(list->size()));
    for (auto& j : *list)
        result.insert(j.statementId, std::move(j));
    return result;
}

Result<std::vector<Judgement>> AuditRepository::judgementsOf(qint64 auditId,
                                                             const QStringList& statementIds) {
    if (statementIds.isEmpty())
        return std::vector<Judgement>();
    QVariantList values{auditId};
    QStringList marks;
    for (const auto& id : statementIds) {
        values << id;
        marks << QStringLiteral("?");
    }
    return readJudgements(QStringLiteral(" WHERE audit_id = ? AND statement_id IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          values);
}

Result<std::optional<Judgement>> AuditRepository::storedJudgement(qint64 auditId,
                                                                  const QString& statementId) {
    auto query = m_file.statements().run(
        judgementColumns + QStringLiteral(" WHERE audit_id = ? AND statement_id = ?"),
        {auditId, statementId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Judgement>();
    return std::optional<Judgement>(judgementFrom(query->row()));
}

Result<Judgement> AuditRepository::judgement(qint64 auditId, const QString& statementId) {
    auto mark = framework(auditId);
    if (!mark)
        return mark.error();
    if (auto known = checkStatement(**mark, statementId); !known)
        return known.error();
    auto stored = storedJudgement(auditId, statementId);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    Judgement blank;
    blank.statementId = statementId;
    return blank;
}

Status AuditRepository::setJudgement(qint64 auditId, const QString& statementId, Rating rating,
                                     const QString& note) {
    auto mark = framework(auditId);
    if (!mark)
        return mark.error();
    auto audit = auditById(auditId);
    if (!audit)
        return audit.error();
    // The year is part of the history's entity id: the same statement is judged every year.
    const QString entityId = audit->year.toString() + u'/' + statementId;
    if (auto known = checkStatement(**mark, statementId); !known)
        return known;
    const QString newNote = cleanNote(note);

    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto stored = storedJudgement(auditId, statementId);
    if (!stored)
        return stored.error();
    const Rating oldRating = *stored ? (*stored)->rating : Rating::None;
    const QString oldNote = *stored ? (*stored)->note : QString();
    if (oldRating == rating && oldNote == newNote)
        return {}; // nothing changed: no write, no history

    if (rating == Rating::None && newNote.isEmpty()) {
        auto removed = m_file.statements().run(QStringLiteral("DELETE FROM judgement WHERE "
                                                              "audit_id = ? AND statement_id = ?"),
                                               {auditId, statementId});
        if (!removed)
            return removed.error();
    } else {
        auto written = m_file.statements().run(
            QStringLiteral("INSERT INTO judgement (audit_id, statement_id, rating, note, "
                           "judged_by, judged_at) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (audit_id, statement_id) DO UPDATE SET "
                           "rating = excluded.rating, note = excluded.note, "
                           "judged_by = excluded.judged_by, "
                           "judged_at = excluded.judged_at"),
            {auditId, statementId, ratingId(rating), newNote, m_file.userName(), sql::timestamp()});
        if (!written)
            return written.error();
    }

    ChangeHistory history(m_file);
    if (oldRating != rating) {
        if (auto logged = history.record(judgementEntity, entityId, QStringLiteral("rating"),
                                         ratingId(oldRating), ratingId(rating));
            !logged)
            return logged;
    }
    if (oldNote != newNote) {
        if (auto logged =
                history.record(judgementEntity, entityId, QStringLiteral("note"), oldNote, newNote);
            !logged)
            return logged;
    }
    return transaction.commit();
}

Result<std::optional<Judgement>>
AuditRepository::previousYearJudgement(qint64 auditId, const QString& statementId) {
    auto previous = previousAudit(auditId);
    if (!previous)
        return previous.error();
    if (!*previous)
        return std::optional<Judgement>();
    return storedJudgement((*previous)->id, statementId);
}

Result<AuditProgress> AuditRepository::progress(qint64 auditId) {
    auto mark = framework(auditId);
    if (!mark)
        return mark.error();
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT statement_id FROM judgement WHERE audit_id = ? "
                                         "AND rating <> 'none'"),
                          {auditId});
    if (!query)
        return query.error();
    QSet<QString> known;
    for (const auto& s : (*mark)->statements)
        known.insert(s.id);
    AuditProgress result;
    result.total = static_cast<int>((*mark)->statements.size());
    while (query->next()) {
        if (known.contains(query->value(0).toString()))
            ++result.judged;
    }
    return result;
}

Result<std::vector<Delegation>> AuditRepository::delegations(qint64 auditId) {
    if (auto current = auditById(auditId); !current)
        return current.error();
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT id, element_id, strand_id, delegate FROM "
                                         "delegation WHERE audit_id = ? ORDER BY id"),
                          {auditId});
    if (!query)
        return query.error();
    std::vector<Delegation> result;
    while (query->next()) {
        Delegation d;
        d.id = query->value(0).toLongLong();
        d.elementId = query->value(1).toString();
        d.strandId = query->value(2).toString();
        d.delegate = query->value(3).toString();
        result.push_back(std::move(d));
    }
    return result;
}

Result<qint64> AuditRepository::delegate(qint64 auditId, const QString& elementId,
                                         const QString& strandId, const QString& delegate) {
    const QString who = delegate.trimmed();
    if (who.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Say who the section is delegated to: a person or a group."));
    if (elementId.isEmpty() && strandId.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Choose an element, a strand, or both to delegate."));
    auto mark = framework(auditId);
    if (!mark)
        return mark.error();
    if (!elementId.isEmpty()) {
        if (auto known = checkElement(**mark, elementId); !known)
            return known.error();
    }
    if (!strandId.isEmpty()) {
        if (auto known = checkStrand(**mark, strandId); !known)
            return known.error();
    }

    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto existing =
        sql::run(m_file.database(),
                 QStringLiteral("SELECT id, delegate FROM delegation WHERE audit_id = ? "
                                "AND element_id = ? AND strand_id = ?"),
                 {auditId, elementId, strandId});
    if (!existing)
        return existing.error();
    ChangeHistory history(m_file);
    qint64 id = 0;
    if (existing->next()) {
        id = existing->value(0).toLongLong();
        const QString before = existing->value(1).toString();
        if (before == who)
            return id;
        auto written =
            sql::run(m_file.database(),
                     QStringLiteral("UPDATE delegation SET delegate = ? WHERE id = ?"), {who, id});
        if (!written)
            return written.error();
        if (auto logged = history.record(delegationEntity, QString::number(id),
                                         QStringLiteral("delegate"), before, who);
            !logged)
            return logged.error();
    } else {
        auto inserted = sql::run(m_file.database(),
                                 QStringLiteral("INSERT INTO delegation (audit_id, element_id, "
                                                "strand_id, delegate) VALUES (?, ?, ?, ?)"),
                                 {auditId, elementId, strandId, who});
        if (!inserted)
            return inserted.error();
        id = inserted->lastInsertId().toLongLong();
        if (auto logged =
                history.record(delegationEntity, QString::number(id), {}, QVariant(), who);
            !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status AuditRepository::removeDelegation(qint64 delegationId) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto existing =
        sql::run(m_file.database(), QStringLiteral("SELECT delegate FROM delegation WHERE id = ?"),
                 {delegationId});
    if (!existing)
        return existing.error();
    if (!existing->next())
        return Error::make(Error::Code::NotFound,
                           tr("The audit has no delegation number %1.").arg(delegationId));
    const QString before = existing->value(0).toString();
    auto removed = sql::run(m_file.database(),
                            QStringLiteral("DELETE FROM delegation WHERE id = ?"), {delegationId});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(delegationEntity, QString::number(delegationId),
                                                   {}, before, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::optional<Delegation>> AuditRepository::section(qint64 auditId, const QString& elementId,
                                                           const QString& strandId) {
    auto all = delegations(auditId);
    if (!all)
        return all.error();
    for (const auto& d : *all) {
        if (d.elementId == elementId && d.strandId == strandId)
            return std::optional<Delegation>(d);
    }
    return std::optional<Delegation>();
}

Result<QStringList> AuditRepository::delegatesFor(qint64 auditId, const QString& elementId,
                                                  const QString& strandId) {
    auto all = delegations(auditId);
    if (!all)
        return all.error();
    QStringList result;
    for (const auto& d : *all) {
        if (d.covers(elementId, strandId) && !result.contains(d.delegate))
            result << d.delegate;
    }
    return result;
}

} // namespace equimark
