#include "storage/AmbitionRepository.h"

#include "domain/AcademicYear.h"
#include "domain/Framework.h"
#include "storage/ChangeHistory.h"
#include "storage/FrameworkRepository.h"
#include "storage/LinkRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace equimark {

namespace {

const QString judgementEntity = QStringLiteral("ambition-judgement");
// The columns that key a criterion's links for one year.
const QStringList criterionYearKey{QStringLiteral("framework_id"), QStringLiteral("criterion_id"),
                                   QStringLiteral("year")};

Result<Framework> ambitionsFramework(SchoolFile& file, const QString& frameworkId) {
    auto framework = FrameworkRepository(file).byId(frameworkId);
    if (!framework)
        return framework.error();
    if (framework->kind != Framework::Kind::Ambitions)
        return Error::make(
            Error::Code::Invalid,
            AmbitionRepository::tr("\"%1\" is not a framework of ambitions.").arg(framework->name));
    return framework;
}

Status checkYear(const QString& year) {
    if (AmbitionRepository::isYear(year))
        return {};
    return Error::make(Error::Code::Invalid,
                       AmbitionRepository::tr("\"%1\" is not an academic year; write it like "
                                              "2026-27.")
                           .arg(year));
}

Error unknownCriterion(const Framework& framework, const QString& criterionId) {
    return Error::make(Error::Code::Invalid,
                       AmbitionRepository::tr("There is no success criterion \"%1\" in the %2.")
                           .arg(criterionId, framework.name));
}

// Stored judgements (with links) of one framework and year, by criterion id.
Result<QHash<QString, AmbitionJudgement>> storedJudgements(QSqlDatabase& db,
                                                           const QString& frameworkId,
                                                           const QString& year,
                                                           const QString& criterionId = {}) {
    QString filter = QStringLiteral(" WHERE framework_id = ? AND year = ?");
    QVariantList values{frameworkId, year};
    if (!criterionId.isEmpty()) {
        filter += QStringLiteral(" AND criterion_id = ?");
        values << criterionId;
    }
    QHash<QString, AmbitionJudgement> result;
    auto entry = [&](const QString& id) -> AmbitionJudgement& {
        auto it = result.find(id);
        if (it == result.end()) {
            it = result.insert(id, AmbitionJudgement{});
            it->criterionId = id;
            it->year = year;
        }
        return *it;
    };
    auto rows = sql::run(db,
                         QStringLiteral("SELECT criterion_id, status, evidence_notes, judged_by, "
                                        "judged_at FROM ambition_judgement") +
                             filter,
                         values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        auto& judgement = entry(rows->value(0).toString());
        judgement.statusId = rows->value(1).toString();
        judgement.evidenceNotes = rows->value(2).toString();
        judgement.judgedBy = rows->value(3).toString();
        judgement.judgedAt = QDateTime::fromString(rows->value(4).toString(), Qt::ISODateWithMs);
    }
    if (auto read = links::read(
            db, QStringLiteral("ambition_evidence"), QStringLiteral("evidence_id"), filter, values,
            [&](const QString& id, qint64 link) { entry(id).evidenceIds << link; });
        !read)
        return read.error();
    if (auto read = links::read(
            db, QStringLiteral("ambition_action"), QStringLiteral("action_id"), filter, values,
            [&](const QString& id, qint64 link) { entry(id).actionIds << link; });
        !read)
        return read.error();
    return result;
}

} // namespace

bool AmbitionRepository::isYear(const QString& year) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    if (!pattern.match(year).hasMatch())
        return false;
    const auto parsed = AcademicYear::parse(year);
    return parsed && parsed->toString() == year;
}

Result<std::vector<AmbitionJudgement>> AmbitionRepository::judgements(const QString& frameworkId,
                                                                      const QString& year) {
    auto framework = ambitionsFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    if (auto s = checkYear(year); !s)
        return s.error();
    auto stored = storedJudgements(m_file.database(), frameworkId, year);
    if (!stored)
        return stored.error();
    std::vector<AmbitionJudgement> result;
    for (const QString& id : ambitionCriterionIds(*framework)) {
        AmbitionJudgement judgement = stored->value(id);
        judgement.criterionId = id;
        judgement.year = year;
        result.push_back(std::move(judgement));
    }
    return result;
}

Result<AmbitionJudgement> AmbitionRepository::judgement(const QString& frameworkId,
                                                        const QString& criterionId,
                                                        const QString& year) {
    auto framework = ambitionsFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    if (!ambitionCriterion(*framework, criterionId))
        return unknownCriterion(*framework, criterionId);
    if (auto s = checkYear(year); !s)
        return s.error();
    auto stored = storedJudgements(m_file.database(), frameworkId, year, criterionId);
    if (!stored)
        return stored.error();
    AmbitionJudgement judgement = stored->value(criterionId);
    judgement.criterionId = criterionId;
    judgement.year = year;
    return judgement;
}

Status AmbitionRepository::setJudgement(const QString& frameworkId,
                                        const AmbitionJudgement& judgement) {
    auto framework = ambitionsFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    AmbitionJudgement next = judgement;
    next.criterionId = judgement.criterionId.trimmed();
    next.year = judgement.year.trimmed();
    next.statusId = judgement.statusId.trimmed();
    if (next.statusId.isEmpty())
        next.statusId = AmbitionJudgement::notStarted();
    if (!ambitionCriterion(*framework, next.criterionId))
        return unknownCriterion(*framework, next.criterionId);
    if (auto s = checkYear(next.year); !s)
        return s;
    const bool knownStatus =
        std::any_of(framework->statuses.begin(), framework->statuses.end(),
                    [&](const LevelDefinition& status) { return status.id == next.statusId; });
    if (!knownStatus)
        return Error::make(
            Error::Code::Invalid,
            tr("\"%1\" is not a status of the %2.").arg(next.statusId, framework->name));
    const QList<qint64> evidenceIds = links::uniqueIds(next.evidenceIds);
    const QList<qint64> actionIds = links::uniqueIds(next.actionIds);

    auto& db = m_file.database();
    Transaction t(m_file);
    if (auto s = t.begin(); !s)
        return s;
    if (auto s = links::checkExist(db, evidenceIds, actionIds); !s)
        return s;
    auto stored = storedJudgements(db, frameworkId, next.year, next.criterionId);
    if (!stored)
        return stored.error();
    AmbitionJudgement before = stored->value(next.criterionId);
    if (before.statusId.isEmpty())
        before.statusId = AmbitionJudgement::notStarted();
    ChangeHistory history(m_file);
    // "2026-27/leadership.1": the year first, as audit judgements name their audit first.
    const QString entityId = next.year + QLatin1Char('/') + next.criterionId;

    if (before.statusId != next.statusId || before.evidenceNotes != next.evidenceNotes) {
        auto written = sql::run(
            db,
            QStringLiteral("INSERT INTO ambition_judgement (framework_id, criterion_id, year, "
                           "status, evidence_notes, judged_by, judged_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?) ON CONFLICT (framework_id, criterion_id, year) DO UPDATE SET "
                           "status = excluded.status, evidence_notes = excluded.evidence_notes, "
                           "judged_by = excluded.judged_by, judged_at = excluded.judged_at"),
            {frameworkId, next.criterionId, next.year, next.statusId, next.evidenceNotes,
             m_file.userName(), sql::timestamp()});
        if (!written)
            return written.error();
        if (before.statusId != next.statusId) {
            if (auto s = history.record(judgementEntity, entityId, QStringLiteral("status"),
                                        before.statusId, next.statusId);
                !s)
                return s;
        }
        if (before.evidenceNotes != next.evidenceNotes) {
            if (auto s = history.record(judgementEntity, entityId, QStringLiteral("evidence notes"),
                                        before.evidenceNotes, next.evidenceNotes);
                !s)
                return s;
        }
    }
    if (links::uniqueIds(before.evidenceIds) != evidenceIds) {
        if (auto s = links::replace(db, QStringLiteral("ambition_evidence"), criterionYearKey,
                                    {frameworkId, next.criterionId, next.year},
                                    QStringLiteral("evidence_id"), evidenceIds);
            !s)
            return s;
        if (auto s =
                history.record(judgementEntity, entityId, QStringLiteral("evidence"),
                               links::idsText(before.evidenceIds), links::idsText(evidenceIds));
            !s)
            return s;
    }
    if (links::uniqueIds(before.actionIds) != actionIds) {
        if (auto s = links::replace(db, QStringLiteral("ambition_action"), criterionYearKey,
                                    {frameworkId, next.criterionId, next.year},
                                    QStringLiteral("action_id"), actionIds);
            !s)
            return s;
        if (auto s = history.record(judgementEntity, entityId, QStringLiteral("actions"),
                                    links::idsText(before.actionIds), links::idsText(actionIds));
            !s)
            return s;
    }
    return t.commit();
}

Result<QStringList> AmbitionRepository::years(const QString& frameworkId) {
    auto rows = sql::run(m_file.database(),
                         // A row put back to "not started" with no notes (an undo) holds
                         // nothing the school entered, so its year does not count.
                         QStringLiteral("SELECT year FROM ambition_judgement WHERE framework_id "
                                        "= ? AND (status <> 'not-started' OR evidence_notes <> "
                                        "'') UNION SELECT year FROM ambition_evidence WHERE "
                                        "framework_id = ? UNION SELECT year FROM ambition_action "
                                        "WHERE framework_id = ? ORDER BY 1"),
                         {frameworkId, frameworkId, frameworkId});
    if (!rows)
        return rows.error();
    QStringList years;
    while (rows->next())
        years << rows->value(0).toString();
    return years;
}

Result<std::vector<AmbitionSummary>> AmbitionRepository::summary(const QString& frameworkId,
                                                                 const QString& year) {
    auto framework = ambitionsFramework(m_file, frameworkId);
    if (!framework)
        return framework.error();
    auto all = judgements(frameworkId, year);
    if (!all)
        return all.error();
    return AmbitionSummary::compute(*framework, *all);
}

} // namespace equimark
