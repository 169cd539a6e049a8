#include "storage/ActionRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace equimark {

namespace {

const QString entity = QStringLiteral("action");

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

// Strands in the order the framework lists them (race, gender, ...), unknown ids last.
void sortStrands(QStringList& ids, const Framework* framework) {
    if (!framework) {
        ids.sort();
        return;
    }
    auto rank = [framework](const QString& id) {
        const auto& strands = framework->strands;
        auto found = std::find_if(strands.begin(), strands.end(),
                                  [&id](const Strand& strand) { return strand.id == id; });
        return std::distance(strands.begin(), found);
    };
    std::stable_sort(ids.begin(), ids.end(), [&rank](const QString& a, const QString& b) {
        const auto ra = rank(a);
        const auto rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
}

QStringList cleanStrands(const QStringList& ids) {
    QStringList cleaned;
    for (const auto& id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned << trimmed;
    }
    return cleaned;
}

QString setText(QStringList ids) {
    ids.sort();
    return ids.join(QStringLiteral(", "));
}

Error noSuchAction(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       ActionRepository::tr("There is no action %1 in this file; it may have "
                                            "been removed.")
                           .arg(id));
}

} // namespace

Result<std::vector<Action>> ActionRepository::all() {
    return fetch({}, {});
}

Result<std::vector<Action>> ActionRepository::forTable() {
    return fetch({}, {}, Detail::Table);
}

Result<Action> ActionRepository::byId(qint64 id) {
    auto found = fetch(QStringLiteral("SELECT ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return noSuchAction(id);
    return std::move(found->front());
}

Result<std::vector<Action>> ActionRepository::forCell(const QString& elementId,
                                                      const QString& strandId) {
    return fetch(QStringLiteral("SELECT a.id FROM action a JOIN action_strand s ON s.action_id = "
                                "a.id WHERE a.element_id = ? AND s.strand_id = ?"),
                 {elementId, strandId});
}

Result<std::vector<Action>> ActionRepository::forSummary(qint64 summaryId) {
    return fetch(QStringLiteral("SELECT action_id FROM summary_action WHERE summary_id = ?"),
                 {summaryId});
}

Result<std::vector<ActionName>> ActionRepository::names() {
    auto query = m_file.statements().run(
        QStringLiteral("SELECT id, title, owner FROM action ORDER BY due_on IS NULL, due_on, id"));
    if (!query)
        return query.error();
    std::vector<ActionName> names;
    while (query->next())
        names.push_back(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return names;
}

Result<std::vector<Action>> ActionRepository::fetch(const QString& idQuery,
                                                    const QVariantList& values, Detail detail) {
    auto& statements = m_file.statements();
    const QString actionFilter =
        idQuery.isEmpty() ? QString() : QStringLiteral(" WHERE id IN (%1)").arg(idQuery);
    const QString linkFilter =
        idQuery.isEmpty() ? QString() : QStringLiteral(" WHERE action_id IN (%1)").arg(idQuery);

    // The table's read selects NULL in place of what it leaves out, so that one decoding
    // serves both: a NULL costs the driver nothing, where each text is converted and copied.
    const bool whole = detail == Detail::Whole;
    auto query = statements.run(
        (whole ? QStringLiteral("SELECT id, title, element_id, sip_priority, owner, start_on, "
                                "due_on, success_criteria, cost, status, impact, created_by, "
                                "created_at FROM action")
               : QStringLiteral("SELECT id, title, element_id, sip_priority, owner, NULL, due_on, "
                                "NULL, NULL, status, NULL, NULL, NULL FROM action")) +
            actionFilter + QStringLiteral(" ORDER BY due_on IS NULL, due_on, id"),
        values);
    if (!query)
        return query.error();
    std::vector<Action> actions;
    QHash<qint64, std::size_t> index;
    while (query->next()) {
        Action action;
        action.id = query->value(0).toLongLong();
        action.title = query->value(1).toString();
        action.elementId = query->value(2).toString();
        action.sipPriority = query->value(3).toString();
        action.owner = query->value(4).toString();
        action.startOn = sql::toDate(query->value(5));
        action.dueOn = sql::toDate(query->value(6));
        action.successCriteria = query->value(7).toString();
        action.cost = query->value(8).toString();
        action.status =
            actionStatusFromId(query->value(9).toString()).value_or(ActionStatus::NotStarted);
        action.impact = query->value(10).toString();
        action.createdBy = query->value(11).toString();
        if (whole)
            action.createdAt =
                QDateTime::fromString(query->value(12).toString(), Qt::ISODateWithMs);
        index.insert(action.id, actions.size());
        actions.push_back(std::move(action));
    }
    if (actions.empty())
        return actions;

    auto strands = statements.run(
        QStringLiteral("SELECT action_id, strand_id FROM action_strand") + linkFilter, values);
    if (!strands)
        return strands.error();
    while (strands->next()) {
        auto at = index.constFind(strands->value(0).toLongLong());
        if (at != index.constEnd())
            actions[*at].strandIds << strands->value(1).toString();
    }

    auto progress = statements.run(
        (whole ? QStringLiteral("SELECT id, action_id, noted_on, note, author FROM action_progress")
               : QStringLiteral("SELECT NULL, action_id, NULL, note, NULL FROM action_progress")) +
            linkFilter +
            (whole ? QStringLiteral(" ORDER BY noted_on, id") : QStringLiteral(" ORDER BY id")),
        values);
    if (!progress)
        return progress.error();
    while (progress->next()) {
        auto at = index.constFind(progress->value(1).toLongLong());
        if (at == index.constEnd())
            continue;
        ProgressNote note;
        note.id = progress->value(0).toLongLong();
        note.notedOn = sql::toDate(progress->value(2));
        note.note = progress->value(3).toString();
        note.author = progress->value(4).toString();
        actions[*at].progress.push_back(std::move(note));
    }

    // Reading never fails for want of the framework: strands then come back alphabetical.
    auto framework = FrameworkRepository(m_file).shared(Framework::Kind::EqualityMark);
    for (auto& action : actions)
        sortStrands(action.strandIds, framework ? framework->get() : nullptr);
    return actions;
}

Status ActionRepository::validate(const Action& action) {
    if (action.title.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The action needs a title."));
    const QStringList strands = cleanStrands(action.strandIds);
    if (strands.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Choose at least one equality strand for the action \"%1\".")
                               .arg(action.title.trimmed()));
    auto framework = FrameworkRepository(m_file).shared(Framework::Kind::EqualityMark);
    if (!framework)
        return framework.error();
    for (const auto& id : strands) {
        if (!(*framework)->strand(id))
            return Error::make(
                Error::Code::Invalid,
                tr("\"%1\" is not an equality strand of the %2.").arg(id, (*framework)->name));
    }
    const QString element = action.elementId.trimmed();
    if (!element.isEmpty() && !(*framework)->element(element))
        return Error::make(
            Error::Code::Invalid,
            tr("\"%1\" is not an element of the %2.").arg(element, (*framework)->name));
    if (action.startOn.isValid() && action.dueOn.isValid() && action.startOn > action.dueOn)
        return Error::make(
            Error::Code::Invalid,
            tr("The action \"%1\" is due on %2, before it starts on %3.")
                .arg(action.title.trimmed(), dateText(action.dueOn), dateText(action.startOn)));
    return {};
}

Result<qint64> ActionRepository::add(const Action& action) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto id = insert(action);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<std::vector<qint64>> ActionRepository::addAll(const std::vector<Action>& actions) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    std::vector<qint64> ids;
    ids.reserve(actions.size());
    for (const auto& action : actions) {
        auto id = insert(action);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Result<qint64> ActionRepository::insert(const Action& action) {
    if (auto valid = validate(action); !valid)
        return valid.error();

    auto& db = m_file.database();
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO action (title, element_id, sip_priority, owner, "
                       "start_on, due_on, success_criteria, cost, status, impact, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {action.title.trimmed(), action.elementId.trimmed(), action.sipPriority.trimmed(),
         action.owner.trimmed(), sql::date(action.startOn), sql::date(action.dueOn),
         action.successCriteria, action.cost.trimmed(), actionStatusId(action.status),
         action.impact, m_file.userName(), sql::timestamp()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();

    for (const auto& strand : cleanStrands(action.strandIds)) {
        auto linked = sql::run(
            db, QStringLiteral("INSERT INTO action_strand (action_id, strand_id) VALUES (?, ?)"),
            {id, strand});
        if (!linked)
            return linked.error();
    }
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(id), QString(),
                                                   QVariant(), action.title.trimmed());
        !logged)
        return logged.error();
    return id;
}

Status ActionRepository::update(const Action& action) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = byId(action.id);
    if (!current)
        return current.error();
    if (auto valid = validate(action); !valid)
        return valid;

    struct Field {
        const char* column;
        QVariant before;
        QVariant after;
    };
    const Field fields[] = {
        {"title", current->title, action.title.trimmed()},
        {"element_id", current->elementId, action.elementId.trimmed()},
        {"sip_priority", current->sipPriority, action.sipPriority.trimmed()},
        {"owner", current->owner, action.owner.trimmed()},
        {"start_on", sql::date(current->startOn), sql::date(action.startOn)},
        {"due_on", sql::date(current->dueOn), sql::date(action.dueOn)},
        {"success_criteria", current->successCriteria, action.successCriteria},
        {"cost", current->cost, action.cost.trimmed()},
        {"status", actionStatusId(current->status), actionStatusId(action.status)},
        {"impact", current->impact, action.impact},
    };
    auto& db = m_file.database();
    ChangeHistory history(m_file);
    const QString id = QString::number(action.id);
    for (const auto& field : fields) {
        if (field.before == field.after)
            continue;
        const QString column = QLatin1String(field.column);
        // Column names come from the fixed table above, never from input.
        auto written = m_file.statements().run(
            QStringLiteral("UPDATE action SET %1 = ? WHERE id = ?").arg(column),
            {field.after, action.id});
        if (!written)
            return written.error();
        if (auto logged = history.record(entity, id, column, field.before, field.after); !logged)
            return logged;
    }

    const QStringList before = current->strandIds;
    const QStringList after = cleanStrands(action.strandIds);
    if (QSet<QString>(before.begin(), before.end()) != QSet<QString>(after.begin(), after.end())) {
        auto cleared = sql::run(db, QStringLiteral("DELETE FROM action_strand WHERE action_id = ?"),
                                {action.id});
        if (!cleared)
            return cleared.error();
        for (const auto& strand : after) {
            auto linked = sql::run(
                db,
                QStringLiteral("INSERT INTO action_strand (action_id, strand_id) VALUES (?, ?)"),
                {action.id, strand});
            if (!linked)
                return linked.error();
        }
        if (auto logged = history.record(entity, id, QStringLiteral("strands"), setText(before),
                                         setText(after));
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status ActionRepository::remove(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT title FROM action WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchAction(id);
    const QString title = found->value(0).toString();
    // Progress notes, strand links and evidence links go with it (ON DELETE CASCADE).
    auto removed = sql::run(db, QStringLiteral("DELETE FROM action WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged =
            ChangeHistory(m_file).record(entity, QString::number(id), QString(), title, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<qint64> ActionRepository::addProgress(qint64 actionId, const QDate& notedOn,
                                             const QString& note) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (note.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The progress note is empty."));
    if (!notedOn.isValid())
        return Error::make(Error::Code::Invalid, tr("The progress note needs a date."));
    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT 1 FROM action WHERE id = ?"), {actionId});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchAction(actionId);
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO action_progress (action_id, noted_on, "
                                            "note, author) VALUES (?, ?, ?, ?)"),
                             {actionId, sql::date(notedOn), note.trimmed(), m_file.userName()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto logged =
            ChangeHistory(m_file).record(entity, QString::number(actionId),
                                         QStringLiteral("progress"), QVariant(), note.trimmed());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ActionRepository::removeProgress(qint64 noteId) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto& db = m_file.database();
    auto found = sql::run(
        db, QStringLiteral("SELECT action_id, note FROM action_progress WHERE id = ?"), {noteId});
    if (!found)
        return found.error();
    if (!found->next())
        return Error::make(Error::Code::NotFound,
                           tr("There is no progress note %1 in this file; it may have been "
                              "removed.")
                               .arg(noteId));
    const QString actionId = found->value(0).toString();
    const QString note = found->value(1).toString();
    auto removed =
        sql::run(db, QStringLiteral("DELETE FROM action_progress WHERE id = ?"), {noteId});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(entity, actionId, QStringLiteral("progress"),
                                                   note, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Result<ActionLinks> ActionRepository::links(qint64 id) {
    auto& db = m_file.database();
    ActionLinks links;
    auto evidence = sql::run(
        db,
        QStringLiteral("SELECT evidence_id FROM evidence_action WHERE action_id = ? ORDER BY 1"),
        {id});
    if (!evidence)
        return evidence.error();
    while (evidence->next())
        links.evidenceIds << evidence->value(0).toLongLong();
    auto summaries = sql::run(
        db, QStringLiteral("SELECT summary_id FROM summary_action WHERE action_id = ? ORDER BY 1"),
        {id});
    if (!summaries)
        return summaries.error();
    while (summaries->next())
        links.summaryIds << summaries->value(0).toLongLong();
    auto criteria = sql::run(db,
                             QStringLiteral("SELECT framework_id, criterion_id FROM "
                                            "charter_action WHERE action_id = ? ORDER BY 1, 2"),
                             {id});
    if (!criteria)
        return criteria.error();
    while (criteria->next())
        links.charterCriteria.emplace_back(criteria->value(0).toString(),
                                           criteria->value(1).toString());
    return links;
}

Status ActionRepository::restore(const Action& action, const ActionLinks& links) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (action.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("The action \"%1\" cannot be put back without its number.")
                               .arg(action.title.trimmed()));
    if (auto valid = validate(action); !valid)
        return valid;
    auto& db = m_file.database();
    auto taken = sql::run(db, QStringLiteral("SELECT 1 FROM action WHERE id = ?"), {action.id});
    if (!taken)
        return taken.error();
    if (taken->next())
        return Error::make(Error::Code::Invalid,
                           tr("The action \"%1\" cannot be put back: action %2 is already in "
                              "this file.")
                               .arg(action.title.trimmed())
                               .arg(action.id));
    const QDateTime createdAt =
        action.createdAt.isValid() ? action.createdAt : QDateTime::currentDateTimeUtc();
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO action (id, title, element_id, sip_priority, owner, "
                       "start_on, due_on, success_criteria, cost, status, impact, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {action.id, action.title.trimmed(), action.elementId.trimmed(),
         action.sipPriority.trimmed(), action.owner.trimmed(), sql::date(action.startOn),
         sql::date(action.dueOn), action.successCriteria, action.cost.trimmed(),
         actionStatusId(action.status), action.impact, action.createdBy,
         createdAt.toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    for (const auto& strand : cleanStrands(action.strandIds)) {
        auto linked = sql::run(
            db, QStringLiteral("INSERT INTO action_strand (action_id, strand_id) VALUES (?, ?)"),
            {action.id, strand});
        if (!linked)
            return linked.error();
    }
    for (const auto& note : action.progress) {
        auto written = sql::run(db,
                                QStringLiteral("INSERT INTO action_progress (id, action_id, "
                                               "noted_on, note, author) VALUES (?, ?, ?, ?, ?)"),
                                {note.id > 0 ? QVariant(note.id) : QVariant(), action.id,
                                 sql::date(note.notedOn), note.note, note.author});
        if (!written)
            return written.error();
    }
    // Evidence or summaries removed since are left out: the action comes back without them.
    for (qint64 evidenceId : links.evidenceIds) {
        auto linked = sql::run(db,
                               QStringLiteral("INSERT OR IGNORE INTO evidence_action (evidence_id, "
                                              "action_id) SELECT id, ? FROM evidence WHERE id = ?"),
                               {action.id, evidenceId});
        if (!linked)
            return linked.error();
    }
    for (qint64 summaryId : links.summaryIds) {
        auto linked =
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO summary_action (summary_id, action_id) "
                                    "SELECT id, ? FROM accreditation_summary WHERE id = ?"),
                     {action.id, summaryId});
        if (!linked)
            return linked.error();
    }
    for (const auto& [frameworkId, criterionId] : links.charterCriteria) {
        auto linked = sql::run(db,
                               QStringLiteral("INSERT OR IGNORE INTO charter_action (framework_id, "
                                              "criterion_id, action_id) VALUES (?, ?, ?)"),
                               {frameworkId, criterionId, action.id});
        if (!linked)
            return linked.error();
    }
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(action.id), QString(),
                                                   QVariant(), action.title.trimmed());
        !logged)
        return logged;
    return transaction.commit();
}

Status ActionRepository::restoreProgress(qint64 actionId, const ProgressNote& note) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (note.note.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The progress note is empty."));
    if (!note.notedOn.isValid())
        return Error::make(Error::Code::Invalid, tr("The progress note needs a date."));
    auto& db = m_file.database();
    auto found = sql::run(db, QStringLiteral("SELECT 1 FROM action WHERE id = ?"), {actionId});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchAction(actionId);
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO action_progress (id, action_id, noted_on, "
                                            "note, author) VALUES (?, ?, ?, ?, ?)"),
                             {note.id > 0 ? QVariant(note.id) : QVariant(), actionId,
                              sql::date(note.notedOn), note.note.trimmed(), note.author});
    if (!inserted)
        return inserted.error();
    if (auto logged = ChangeHistory(m_file).record(entity, QString::number(actionId),
                                                   QStringLiteral("progress"), QVariant(),
                                                   note.note.trimmed());
        !logged)
        return logged;
    return transaction.commit();
}

Result<std::map<ActionStatus, int>> ActionRepository::statusCounts() {
    std::map<ActionStatus, int> counts{{ActionStatus::NotStarted, 0},
                                       {ActionStatus::InProgress, 0},
                                       {ActionStatus::Complete, 0},
                                       {ActionStatus::Dropped, 0}};
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT status, COUNT(*) FROM action GROUP BY status"));
    if (!query)
        return query.error();
    while (query->next()) {
        if (auto status = actionStatusFromId(query->value(0).toString()))
            counts[*status] += query->value(1).toInt();
    }
    return counts;
}

Result<int> ActionRepository::overdueCount(const QDate& today) {
    if (!today.isValid())
        return 0;
    auto query = sql::run(m_file.database(),
                          QStringLiteral("SELECT COUNT(*) FROM action WHERE due_on IS NOT NULL "
                                         "AND due_on < ? AND status IN (?, ?)"),
                          {sql::date(today), actionStatusId(ActionStatus::NotStarted),
                           actionStatusId(ActionStatus::InProgress)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace equimark
