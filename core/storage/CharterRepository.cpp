#include "storage/CharterRepository.h"

#include "domain/Framework.h"
#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/LinkRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace equimark {

namespace {

const QString judgementEntity = QStringLiteral("charter-judgement");
const QString statusEntity = QStringLiteral("charter-status");
// The columns that key a criterion's links.
const QStringList criterionKey{QStringLiteral("framework_id"), QStringLiteral("criterion_id")};

// Criterion ids in reading order: "1.2" before "1.10", section by section.
void sortCriteria(QStringList& ids) {
    auto key = [](const QString& id) {
        std::vector<int> parts;
        for (const auto& part : id.split(u'.'))
            parts.push_back(part.toInt());
        return parts;
    };
    std::stable_sort(ids.begin(), ids.end(), [&key](const QString& a, const QString& b) {
        const auto ka = key(a);
        const auto kb = key(b);
        return ka != kb ? ka < kb : a < b;
    });
}

Result<Framework> charterFramework(SchoolFile& file, const QString& frameworkId) {
    auto framework = FrameworkRepository(file).byId(frameworkId);
    if (!framework)
        return framework.error();
    if (framework->kind != Framework::Kind::RaceCharter)
        return Error::make(Error::Code::Invalid,
                           CharterRepository::tr("\"%1\" is not a RACE Charter Mark framework.")
                               .arg(framework->name));
    return framework;
}

Error unknownCriterion(const Framework& framework, const QString& criterionId) {
    return Error::make(Error::Code::Invalid,
                       CharterRepository::tr("There is no criterion %1 in the %2.")
                           .arg(criterionId, framework.name));
}

// Stored judgements (with links) of one framework, by criterion id.
Result<QHash<QString, CriterionJudgement>>
storedJudgements(QSqlDatabase& db, const QString& frameworkId, const QString& criterionId = {}) {
    const QString filter = criterionId.isEmpty()
                               ? QStringLiteral(" WHERE framework_id = ?")
                               : QStringLiteral(" WHERE framework_id = ? AND criterion_id = ?");
    QVariantList values{frameworkId};
    if (!criterionId.isEmpty())
        values << criterionId;

    QHash<QString, CriterionJudgement> result;
    auto entry = [&result](const QString& id) -> CriterionJudgement& {
        auto it = result.find(id);
        if (it == result.end()) {
            it = result.insert(id, CriterionJudgement{});
            it->criterionId = id;
        }
        return *it;
    };

    auto rows = sql::run(db,
                         QStringLiteral("SELECT criterion_id, level, evidence_notes, judged_by, "
                                        "judged_at FROM charter_judgement") +
                             filter,
                         values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        auto& judgement = entry(rows->value(0).toString());
        judgement.levelId = rows->value(1).toString();
        judgement.evidenceNotes = rows->value(2).toString();
        judgement.judgedBy = rows->value(3).toString();
        judgement.judgedAt = QDateTime::fromString(rows->value(4).toString(), Qt::ISODateWithMs);
    }
    if (auto read = links::read(
            db, QStringLiteral("charter_evidence"), QStringLiteral("evidence_id"), filter, values,
            [&](const QString& id, qint64 link) { entry(id).evidenceIds << link; });
        !read)
        return read.error();
    if (auto read = links::read(
            db, QStringLiteral("charter_action"), QStringLiteral("action_id"), filter, values,
            [&](const QString& id, qint64 link) { entry(id).actionIds << link; });
        !read)
        return read.error();
    return result;
}

} // namespace

Result<std::vector<CriterionJudgement>> CharterRepository::judgements(const QString& frameworkId) {
    auto framework = charterFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    auto stored = storedJudgements(m_file.database(), frameworkId);
    if (!stored)
        return stored.error();
    std::vector<CriterionJudgement> result;
    for (const auto* criterion : framework->allCriteria()) {
        CriterionJudgement judgement = stored->value(criterion->id);
        judgement.criterionId = criterion->id;
        result.push_back(std::move(judgement));
    }
    return result;
}

Result<CriterionJudgement> CharterRepository::judgement(const QString& frameworkId,
                                                        const QString& criterionId) {
    auto framework = charterFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    if (!framework->criterion(criterionId))
        return unknownCriterion(*framework, criterionId);
    auto stored = storedJudgements(m_file.database(), frameworkId, criterionId);
    if (!stored)
        return stored.error();
    CriterionJudgement judgement = stored->value(criterionId);
    judgement.criterionId = criterionId;
    return judgement;
}

Status CharterRepository::setJudgement(const QString& frameworkId,
                                       const CriterionJudgement& judgement) {
    auto framework = charterFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    const QString criterionId = judgement.criterionId.trimmed();
    if (!framework->criterion(criterionId))
        return unknownCriterion(*framework, criterionId);
    const QString level = judgement.levelId.trimmed();
    if (!level.isEmpty() && !framework->rubricLevel(level))
        return Error::make(Error::Code::Invalid,
                           tr("\"%1\" is not a level of the self-evaluation rubric of the %2.")
                               .arg(level, framework->name));
    const QList<qint64> evidenceIds = links::uniqueIds(judgement.evidenceIds);
    const QList<qint64> actionIds = links::uniqueIds(judgement.actionIds);

    auto& db = m_file.database();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    if (auto s = links::checkExist(db, evidenceIds, actionIds); !s)
        return s;
    auto stored = storedJudgements(db, frameworkId, criterionId);
    if (!stored)
        return stored.error();
    const CriterionJudgement before = stored->value(criterionId);
    ChangeHistory history(m_file);

    if (before.levelId != level || before.evidenceNotes != judgement.evidenceNotes) {
        auto written = sql::run(
            db,
            QStringLiteral("INSERT INTO charter_judgement (framework_id, criterion_id, level, "
                           "evidence_notes, judged_by, judged_at) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (framework_id, criterion_id) DO UPDATE SET "
                           "level = excluded.level, evidence_notes = excluded.evidence_notes, "
                           "judged_by = excluded.judged_by, judged_at = excluded.judged_at"),
            {frameworkId, criterionId, level, judgement.evidenceNotes, m_file.userName(),
             sql::timestamp()});
        if (!written)
            return written.error();
        if (before.levelId != level) {
            if (auto s = history.record(judgementEntity, criterionId, QStringLiteral("level"),
                                        before.levelId, level);
                !s)
                return s;
        }
        if (before.evidenceNotes != judgement.evidenceNotes) {
            if (auto s =
                    history.record(judgementEntity, criterionId, QStringLiteral("evidence notes"),
                                   before.evidenceNotes, judgement.evidenceNotes);
                !s)
                return s;
        }
    }
    if (links::uniqueIds(before.evidenceIds) != evidenceIds) {
        if (auto s = links::replace(db, QStringLiteral("charter_evidence"), criterionKey,
                                    {frameworkId, criterionId}, QStringLiteral("evidence_id"),
                                    evidenceIds);
            !s)
            return s;
        if (auto s =
                history.record(judgementEntity, criterionId, QStringLiteral("evidence"),
                               links::idsText(before.evidenceIds), links::idsText(evidenceIds));
            !s)
            return s;
    }
    if (links::uniqueIds(before.actionIds) != actionIds) {
        if (auto s =
                links::replace(db, QStringLiteral("charter_action"), criterionKey,
                               {frameworkId, criterionId}, QStringLiteral("action_id"), actionIds);
            !s)
            return s;
        if (auto s = history.record(judgementEntity, criterionId, QStringLiteral("actions"),
                                    links::idsText(before.actionIds), links::idsText(actionIds));
            !s)
            return s;
    }
    return t.commit();
}

Result<CharterStatus> CharterRepository::status(const QString& frameworkId) {
    auto framework = charterFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    auto row = sql::run(m_file.database(),
                        QStringLiteral("SELECT target_level, awarded_level, awarded_on FROM "
                                       "charter_status WHERE framework_id = ?"),
                        {frameworkId});
    if (!row)
        return row.error();
    CharterStatus status;
    if (row->next()) {
        status.targetLevel = row->value(0).toString();
        status.awardedLevel = row->value(1).toString();
        status.awardedOn = sql::toDate(row->value(2));
    }
    return status;
}

Status CharterRepository::setStatus(const QString& frameworkId, const CharterStatus& status) {
    auto framework = charterFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    for (const QString& level : {status.targetLevel, status.awardedLevel}) {
        if (!level.isEmpty() && !framework->awardLevel(level))
            return Error::make(
                Error::Code::Invalid,
                tr("\"%1\" is not an award level of the %2.").arg(level, framework->name));
    }
    if (!status.awardedLevel.isEmpty() && !status.awardedOn.isValid())
        return Error::make(Error::Code::Invalid,
                           tr("Enter the date the %1 award was made.")
                               .arg(framework->awardLevel(status.awardedLevel)->label));
    if (status.awardedLevel.isEmpty() && status.awardedOn.isValid())
        return Error::make(Error::Code::Invalid,
                           tr("Choose the award level the school was given on that date."));

    auto before = this->status(frameworkId);
    if (!before)
        return before.error();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    auto written = sql::run(
        m_file.database(),
        QStringLiteral("INSERT INTO charter_status (framework_id, "
                       "target_level, awarded_level, awarded_on) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (framework_id) DO UPDATE "
                       "SET target_level = excluded.target_level, "
                       "awarded_level = excluded.awarded_level, "
                       "awarded_on = excluded.awarded_on"),
        {frameworkId, status.targetLevel, status.awardedLevel, sql::date(status.awardedOn)});
    if (!written)
        return written.error();
    ChangeHistory history(m_file);
    const struct {
        const char* field;
        QVariant old;
        QVariant now;
    } fields[] = {
        {"target level", before->targetLevel, status.targetLevel},
        {"awarded level", before->awardedLevel, status.awardedLevel},
        {"awarded on", sql::date(before->awardedOn), sql::date(status.awardedOn)},
    };
    for (const auto& field : fields) {
        if (field.old == field.now)
            continue;
        if (auto s = history.record(statusEntity, frameworkId, QLatin1String(field.field),
                                    field.old, field.now);
            !s)
            return s;
    }
    return t.commit();
}

namespace {

// The criteria linked to one action or evidence item through a fixed link table.
Result<QStringList> linkedCriteria(QSqlDatabase& db, const char* table, const char* column,
                                   qint64 id) {
    auto rows = sql::run(db,
                         QStringLiteral("SELECT DISTINCT criterion_id FROM %1 WHERE %2 = ?")
                             .arg(QLatin1String(table), QLatin1String(column)),
                         {id});
    if (!rows)
        return rows.error();
    QStringList ids;
    while (rows->next())
        ids << rows->value(0).toString();
    sortCriteria(ids);
    return ids;
}

} // namespace

Result<QStringList> CharterRepository::criteriaForAction(qint64 actionId) {
    return linkedCriteria(m_file.database(), "charter_action", "action_id", actionId);
}

Result<QStringList> CharterRepository::criteriaForEvidence(qint64 evidenceId) {
    return linkedCriteria(m_file.database(), "charter_evidence", "evidence_id", evidenceId);
}

} // namespace equimark
