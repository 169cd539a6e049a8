#include "storage/ProgrammeRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/PortfolioRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/TrainingRows.h"
#include "storage/Transaction.h"

#include <map>

namespace equimark {

using namespace training_rows;
using portfolio_rows::exists;
using portfolio_rows::Field;
using portfolio_rows::idSet;
using portfolio_rows::writeChangedFields;

namespace {

const QString programmeEntity = QStringLiteral("programme");
const QString ratingEntity = QStringLiteral("rating");

QVariant ratingOrNull(int rating) {
    return rating > 0 ? QVariant(rating) : QVariant();
}

Result<TrainingProgramme> cleanedProgramme(SchoolFile& file, const TrainingProgramme& programme,
                                           bool drop) {
    TrainingProgramme clean = programme;
    clean.title = programme.title.trimmed();
    clean.provider = programme.provider.trimmed();
    clean.aims = programme.aims.trimmed();
    clean.leadersApproach = programme.leadersApproach.trimmed();
    clean.embedding = programme.embedding.trimmed();
    if (clean.title.isEmpty())
        return Error::make(Error::Code::Invalid,
                           ProgrammeRepository::tr("The training programme needs a title."));
    auto actions = existing(file, QStringLiteral("action"), programme.actionIds, drop,
                            ProgrammeRepository::tr("There is no action %1 in the action plan to "
                                                    "link; it may have been removed."));
    if (!actions)
        return actions.error();
    clean.actionIds = *actions;
    std::map<qint64, ProgrammeRating> ratings;
    for (const auto& rating : programme.ratings) {
        for (int value : {rating.before, rating.after}) {
            if (value < 0 || value > 5)
                return Error::make(Error::Code::Invalid,
                                   ProgrammeRepository::tr("A confidence rating is from 1 to 5; "
                                                           "%1 is not one.")
                                       .arg(value));
        }
        if (rating.before == 0 && rating.after == 0)
            continue;
        auto found = exists(file, QStringLiteral("person"), rating.personId);
        if (!found)
            return found.error();
        if (!*found) {
            if (drop)
                continue;
            return Error::make(Error::Code::Invalid,
                               ProgrammeRepository::tr("There is no person %1 in this file to "
                                                       "rate the programme.")
                                   .arg(rating.personId));
        }
        ratings[rating.personId] = rating;
    }
    clean.ratings.clear();
    for (const auto& [personId, rating] : ratings)
        clean.ratings.push_back(rating);
    return clean;
}

const ProgrammeRating* ratingOf(const TrainingProgramme& programme, qint64 personId) {
    for (const auto& rating : programme.ratings) {
        if (rating.personId == personId)
            return &rating;
    }
    return nullptr;
}

// Replaces ratings and linked actions with those of `after`, with history rows.
Status writeProgrammeLinks(SchoolFile& file, qint64 id, const TrainingProgramme& before,
                           const TrainingProgramme& after) {
    ChangeHistory history(file);
    std::map<qint64, bool> people;
    for (const auto& rating : before.ratings)
        people[rating.personId] = true;
    for (const auto& rating : after.ratings)
        people[rating.personId] = true;
    for (const auto& [personId, unused] : people) {
        const ProgrammeRating none{personId, 0, 0};
        const ProgrammeRating* old = ratingOf(before, personId);
        const ProgrammeRating* now = ratingOf(after, personId);
        const ProgrammeRating& o = old ? *old : none;
        const ProgrammeRating& n = now ? *now : none;
        if (o == n)
            continue;
        auto written =
            now ? sql::run(file.database(),
                           QStringLiteral("INSERT INTO programme_rating (programme_id, "
                                          "person_id, before, after) VALUES (?, ?, ?, ?) ON "
                                          "CONFLICT (programme_id, person_id) DO UPDATE SET "
                                          "before = excluded.before, after = excluded.after"),
                           {id, personId, ratingOrNull(n.before), ratingOrNull(n.after)})
                : sql::run(file.database(),
                           QStringLiteral("DELETE FROM programme_rating WHERE programme_id = ? "
                                          "AND person_id = ?"),
                           {id, personId});
        if (!written)
            return written.error();
        const QString entityId = QStringLiteral("%1/%2").arg(id).arg(personId);
        if (o.before != n.before) {
            if (auto logged = history.record(ratingEntity, entityId, QStringLiteral("before"),
                                             ratingOrNull(o.before), ratingOrNull(n.before));
                !logged)
                return logged;
        }
        if (o.after != n.after) {
            if (auto logged = history.record(ratingEntity, entityId, QStringLiteral("after"),
                                             ratingOrNull(o.after), ratingOrNull(n.after));
                !logged)
                return logged;
        }
    }
    if (before.actionIds != after.actionIds) {
        if (auto removed = sql::run(file.database(),
                                    QStringLiteral("DELETE FROM programme_action WHERE "
                                                   "programme_id = ?"),
                                    {id});
            !removed)
            return removed.error();
        for (qint64 actionId : after.actionIds) {
            if (auto added = sql::run(file.database(),
                                      QStringLiteral("INSERT INTO programme_action (programme_id, "
                                                     "action_id) VALUES (?, ?)"),
                                      {id, actionId});
                !added)
                return added.error();
        }
        if (auto logged = history.record(programmeEntity, QString::number(id),
                                         QStringLiteral("programme_action"),
                                         idSet(before.actionIds), idSet(after.actionIds));
            !logged)
            return logged;
    }
    return {};
}

Result<std::vector<TrainingProgramme>> fetchProgrammes(SchoolFile& file, const QString& where,
                                                       const QVariantList& values) {
    auto rows = sql::run(file.database(),
                         QStringLiteral("SELECT id, title, provider, aims, leaders_approach, "
                                        "embedding FROM training_programme%1 ORDER BY title "
                                        "COLLATE NOCASE, id")
                             .arg(where),
                         values);
    if (!rows)
        return rows.error();
    std::vector<TrainingProgramme> programmes;
    std::map<qint64, std::size_t> indexOf;
    while (rows->next()) {
        TrainingProgramme programme;
        programme.id = rows->value(0).toLongLong();
        programme.title = rows->value(1).toString();
        programme.provider = rows->value(2).toString();
        programme.aims = rows->value(3).toString();
        programme.leadersApproach = rows->value(4).toString();
        programme.embedding = rows->value(5).toString();
        indexOf[programme.id] = programmes.size();
        programmes.push_back(std::move(programme));
    }
    auto ratings = sql::run(file.database(),
                            QStringLiteral("SELECT programme_id, person_id, before, after FROM "
                                           "programme_rating ORDER BY 1, 2"));
    if (!ratings)
        return ratings.error();
    while (ratings->next()) {
        const auto found = indexOf.find(ratings->value(0).toLongLong());
        if (found != indexOf.end())
            programmes[found->second].ratings.push_back({ratings->value(1).toLongLong(),
                                                         ratings->value(2).toInt(),
                                                         ratings->value(3).toInt()});
    }
    auto actions = sql::run(file.database(),
                            QStringLiteral("SELECT programme_id, action_id FROM programme_action "
                                           "ORDER BY 1, 2"));
    if (!actions)
        return actions.error();
    while (actions->next()) {
        const auto found = indexOf.find(actions->value(0).toLongLong());
        if (found != indexOf.end())
            programmes[found->second].actionIds << actions->value(1).toLongLong();
    }
    return programmes;
}

Status insertProgramme(SchoolFile& file, const TrainingProgramme& programme, qint64* id) {
    auto inserted = sql::run(
        file.database(),
        QStringLiteral("INSERT INTO training_programme (id, title, provider, aims, "
                       "leaders_approach, embedding, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(programme.id), programme.title, programme.provider, programme.aims,
         programme.leadersApproach, programme.embedding, sql::timestamp()});
    if (!inserted)
        return inserted.error();
    *id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(file).record(programmeEntity, QString::number(*id), {},
                                                 QVariant(), programme.title);
        !logged)
        return logged;
    return writeProgrammeLinks(file, *id, TrainingProgramme{}, programme);
}

Result<QList<qint64>> idsWhere(SchoolFile& file, const QString& statement, qint64 id) {
    auto rows = sql::run(file.database(), statement, {id});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

} // namespace

// ---- programmes -------------------------------------------------------------------------

Result<std::vector<TrainingProgramme>> ProgrammeRepository::programmes() {
    return fetchProgrammes(m_file, {}, {});
}

Result<TrainingProgramme> ProgrammeRepository::programme(qint64 id) {
    return single(fetchProgrammes(m_file, QStringLiteral(" WHERE id = ?"), {id}), noSuchProgramme,
                  id);
}

Result<qint64> ProgrammeRepository::addProgramme(const TrainingProgramme& programme) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto clean = cleanedProgramme(m_file, programme, false);
    if (!clean)
        return clean.error();
    clean->id = 0;
    qint64 id = 0;
    if (auto written = insertProgramme(m_file, *clean, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status ProgrammeRepository::updateProgramme(const TrainingProgramme& programme) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->programme(programme.id);
    if (!current)
        return current.error();
    auto clean = cleanedProgramme(m_file, programme, false);
    if (!clean)
        return clean.error();
    const std::vector<Field> fields = {
        {"title", current->title, clean->title},
        {"provider", current->provider, clean->provider},
        {"aims", current->aims, clean->aims},
        {"leaders_approach", current->leadersApproach, clean->leadersApproach},
        {"embedding", current->embedding, clean->embedding}};
    if (auto written = writeChangedFields(m_file, QStringLiteral("training_programme"),
                                          programmeEntity, programme.id, fields);
        !written)
        return written;
    if (auto written = writeProgrammeLinks(m_file, programme.id, *current, *clean); !written)
        return written;
    return transaction.commit();
}

Result<ProgrammeRecord> ProgrammeRepository::removeProgramme(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    ProgrammeRecord record;
    auto found = programme(id);
    if (!found)
        return found.error();
    record.programme = *found;
    auto sessions = idsWhere(
        m_file, QStringLiteral("SELECT id FROM training_session WHERE programme_id = ?"), id);
    if (!sessions)
        return sessions.error();
    record.sessionIds = *sessions;
    auto cases =
        idsWhere(m_file, QStringLiteral("SELECT id FROM case_study WHERE programme_id = ?"), id);
    if (!cases)
        return cases.error();
    record.caseIds = *cases;
    // Sessions and case studies stay (ON DELETE SET NULL); ratings and links go.
    if (auto removed = deleteRow(m_file, QStringLiteral("training_programme"), programmeEntity, id,
                                 found->title);
        !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Status ProgrammeRepository::restoreProgramme(const ProgrammeRecord& record) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("training_programme"), record.programme.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return idTaken(record.programme.title, record.programme.id);
    auto clean = cleanedProgramme(m_file, record.programme, true);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertProgramme(m_file, *clean, &id); !written)
        return written;
    for (qint64 sessionId : record.sessionIds) {
        if (auto linked = sql::run(m_file.database(),
                                   QStringLiteral("UPDATE training_session SET programme_id = ? "
                                                  "WHERE id = ? AND programme_id IS NULL"),
                                   {id, sessionId});
            !linked)
            return linked.error();
    }
    for (qint64 caseId : record.caseIds) {
        if (auto linked = sql::run(m_file.database(),
                                   QStringLiteral("UPDATE case_study SET programme_id = ? WHERE "
                                                  "id = ? AND programme_id IS NULL"),
                                   {id, caseId});
            !linked)
            return linked.error();
    }
    return transaction.commit();
}

} // namespace equimark
