#include "storage/CaseStudyRepository.h"

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

const QString caseEntity = QStringLiteral("case-study");

Error noSuchCase(qint64 id) {
    return Error::make(Error::Code::NotFound,
                       CaseStudyRepository::tr("There is no case study %1 in this file; it may "
                                               "have been removed.")
                           .arg(id));
}

Result<CaseStudy> cleanedCase(SchoolFile& file, const CaseStudy& caseStudy, bool drop) {
    CaseStudy clean = caseStudy;
    clean.title = caseStudy.title.trimmed();
    clean.story = caseStudy.story.trimmed();
    if (clean.title.isEmpty())
        return Error::make(Error::Code::Invalid,
                           CaseStudyRepository::tr("The case study needs a title."));
    if (clean.programmeId > 0) {
        auto found = exists(file, QStringLiteral("training_programme"), clean.programmeId);
        if (!found)
            return found.error();
        if (!*found) {
            if (!drop)
                return unknownProgramme(clean.programmeId);
            clean.programmeId = 0;
        }
    }
    auto evidence = existing(file, QStringLiteral("evidence"), caseStudy.evidenceIds, drop,
                             CaseStudyRepository::tr("There is no evidence %1 in the evidence "
                                                     "store to link; it may have been removed."));
    if (!evidence)
        return evidence.error();
    clean.evidenceIds = *evidence;
    return clean;
}

Status writeCaseEvidence(SchoolFile& file, qint64 id, const QList<qint64>& before,
                         const QList<qint64>& after) {
    if (before == after)
        return {};
    if (auto removed =
            sql::run(file.database(),
                     QStringLiteral("DELETE FROM case_study_evidence WHERE case_id = ?"), {id});
        !removed)
        return removed.error();
    for (qint64 evidenceId : after) {
        if (auto added = sql::run(file.database(),
                                  QStringLiteral("INSERT INTO case_study_evidence (case_id, "
                                                 "evidence_id) VALUES (?, ?)"),
                                  {id, evidenceId});
            !added)
            return added.error();
    }
    return ChangeHistory(file).record(caseEntity, QString::number(id),
                                      QStringLiteral("case_study_evidence"), idSet(before),
                                      idSet(after));
}

Result<std::vector<CaseStudy>> fetchCases(SchoolFile& file, const QString& where,
                                          const QVariantList& values) {
    auto rows = sql::run(file.database(),
                         QStringLiteral("SELECT id, programme_id, title, story, dated_on FROM "
                                        "case_study%1 ORDER BY dated_on IS NULL, dated_on DESC, "
                                        "title COLLATE NOCASE, id")
                             .arg(where),
                         values);
    if (!rows)
        return rows.error();
    std::vector<CaseStudy> cases;
    std::map<qint64, std::size_t> indexOf;
    while (rows->next()) {
        CaseStudy caseStudy;
        caseStudy.id = rows->value(0).toLongLong();
        caseStudy.programmeId = rows->value(1).toLongLong();
        caseStudy.title = rows->value(2).toString();
        caseStudy.story = rows->value(3).toString();
        caseStudy.datedOn = sql::toDate(rows->value(4));
        indexOf[caseStudy.id] = cases.size();
        cases.push_back(std::move(caseStudy));
    }
    auto evidence = sql::run(file.database(),
                             QStringLiteral("SELECT case_id, evidence_id FROM case_study_evidence "
                                            "ORDER BY 1, 2"));
    if (!evidence)
        return evidence.error();
    while (evidence->next()) {
        const auto found = indexOf.find(evidence->value(0).toLongLong());
        if (found != indexOf.end())
            cases[found->second].evidenceIds << evidence->value(1).toLongLong();
    }
    return cases;
}

Status insertCase(SchoolFile& file, const CaseStudy& caseStudy, qint64* id) {
    auto inserted =
        sql::run(file.database(),
                 QStringLiteral("INSERT INTO case_study (id, programme_id, title, "
                                "story, dated_on, created_at) VALUES (?, ?, ?, ?, ?, "
                                "?)"),
                 {idOrNull(caseStudy.id), idOrNull(caseStudy.programmeId), caseStudy.title,
                  caseStudy.story, sql::date(caseStudy.datedOn), sql::timestamp()});
    if (!inserted)
        return inserted.error();
    *id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(file).record(caseEntity, QString::number(*id), {}, QVariant(),
                                                 caseStudy.title);
        !logged)
        return logged;
    return writeCaseEvidence(file, *id, {}, caseStudy.evidenceIds);
}

} // namespace

Result<std::vector<CaseStudy>> CaseStudyRepository::caseStudies() {
    return fetchCases(m_file, {}, {});
}

Result<CaseStudy> CaseStudyRepository::caseStudy(qint64 id) {
    return single(fetchCases(m_file, QStringLiteral(" WHERE id = ?"), {id}), noSuchCase, id);
}

Result<qint64> CaseStudyRepository::addCaseStudy(const CaseStudy& caseStudy) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto clean = cleanedCase(m_file, caseStudy, false);
    if (!clean)
        return clean.error();
    clean->id = 0;
    qint64 id = 0;
    if (auto written = insertCase(m_file, *clean, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status CaseStudyRepository::updateCaseStudy(const CaseStudy& caseStudy) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->caseStudy(caseStudy.id);
    if (!current)
        return current.error();
    auto clean = cleanedCase(m_file, caseStudy, false);
    if (!clean)
        return clean.error();
    const std::vector<Field> fields = {
        {"programme_id", idOrNull(current->programmeId), idOrNull(clean->programmeId)},
        {"title", current->title, clean->title},
        {"story", current->story, clean->story},
        {"dated_on", sql::date(current->datedOn), sql::date(clean->datedOn)}};
    if (auto written = writeChangedFields(m_file, QStringLiteral("case_study"), caseEntity,
                                          caseStudy.id, fields);
        !written)
        return written;
    if (auto written =
            writeCaseEvidence(m_file, caseStudy.id, current->evidenceIds, clean->evidenceIds);
        !written)
        return written;
    return transaction.commit();
}

Result<CaseStudy> CaseStudyRepository::removeCaseStudy(qint64 id) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto found = caseStudy(id);
    if (!found)
        return found.error();
    if (auto removed =
            deleteRow(m_file, QStringLiteral("case_study"), caseEntity, id, found->title);
        !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return std::move(*found);
}

Status CaseStudyRepository::restoreCaseStudy(const CaseStudy& caseStudy) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("case_study"), caseStudy.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return idTaken(caseStudy.title, caseStudy.id);
    auto clean = cleanedCase(m_file, caseStudy, true);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertCase(m_file, *clean, &id); !written)
        return written;
    return transaction.commit();
}

} // namespace equimark
