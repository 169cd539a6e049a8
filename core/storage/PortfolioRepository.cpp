#include "storage/PortfolioRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/PortfolioRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace equimark {

using namespace portfolio_rows;

namespace {

// The one record `found` holds, or `missing(id)` when there is none.
template <typename T>
Result<T> single(Result<std::vector<T>> found, Error (*missing)(qint64), qint64 id) {
    if (!found)
        return found.error();
    if (found->empty())
        return missing(id);
    return std::move(found->front());
}

// Runs `insert` (returning the new row's id) in one transaction.
template <typename Insert> Result<qint64> insertInTransaction(SchoolFile& file, Insert insert) {
    Transaction transaction(file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto id = insert();
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

// Removes one row of a fixed table in one transaction, with a history row naming it by
// `nameColumn`; what depends on it goes with it (ON DELETE CASCADE).
Status removeRow(SchoolFile& file, const char* table, const char* nameColumn, const QString& entity,
                 qint64 id, Error (*missing)(qint64)) {
    Transaction transaction(file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto found = sql::run(file.database(),
                          QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                              .arg(QLatin1String(nameColumn), QLatin1String(table)),
                          {id});
    if (!found)
        return found.error();
    if (!found->next())
        return missing(id);
    const QString name = found->value(0).toString();
    auto removed =
        sql::run(file.database(),
                 QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(file).record(entity, QString::number(id), {}, name, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

// Putting a removed record back under its old id needs the id to be free.
Status idFree(SchoolFile& file, const QString& table, qint64 id, const QString& name) {
    auto taken = exists(file, table, id);
    if (!taken)
        return taken.error();
    if (*taken)
        return alreadyThere(name, id);
    return {};
}

Result<qint64> insertCleanedPortfolio(SchoolFile& file, const Portfolio& portfolio) {
    auto clean = cleanedPortfolio(file, portfolio);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertPortfolio(file, *clean, &id); !written)
        return written.error();
    return id;
}

Result<qint64> insertCleanedItem(SchoolFile& file, const ImpactItem& item,
                                 bool dropMissingEvidence) {
    auto clean = cleanedItem(file, item, dropMissingEvidence);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertItem(file, *clean, &id); !written)
        return written.error();
    return id;
}

// Puts back evidence of impact removed with its portfolio or practitioner; evidence removed
// from the store meanwhile is left out.
Status reinsertItems(SchoolFile& file, const std::vector<ImpactItem>& items) {
    for (const auto& item : items) {
        if (auto inserted = insertCleanedItem(file, item, true); !inserted)
            return inserted.error();
    }
    return {};
}

} // namespace

// ---- practitioners ----------------------------------------------------------------------

Result<std::vector<Practitioner>> PortfolioRepository::practitioners() {
    return fetchPractitioners(m_file, {}, {});
}

Result<Practitioner> PortfolioRepository::practitioner(qint64 id) {
    return single(fetchPractitioners(m_file, QStringLiteral(" WHERE id = ?"), {id}),
                  noSuchPractitioner, id);
}

Result<Practitioner> PortfolioRepository::practitionerNamed(const QString& name) {
    auto all = practitioners();
    if (!all)
        return all.error();
    const QString wanted = name.trimmed();
    std::vector<Practitioner> matches;
    for (auto& practitioner : *all) {
        if (practitioner.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            matches.push_back(practitioner);
    }
    if (matches.empty())
        return Error::make(Error::Code::NotFound,
                           tr("There is no practitioner called \"%1\" in this file.").arg(wanted));
    if (matches.size() > 1)
        return Error::make(Error::Code::Invalid,
                           tr("%n practitioner(s) in this file are called \"%1\"; rename one of "
                              "them so they can be told apart.",
                              nullptr, int(matches.size()))
                               .arg(wanted));
    return std::move(matches.front());
}

Result<qint64> PortfolioRepository::addPractitioner(const Practitioner& practitioner) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto valid = validatePractitioner(practitioner); !valid)
        return valid.error();
    auto inserted = sql::run(
        m_file.database(),
        QStringLiteral("INSERT INTO practitioner (name, role, created_at) VALUES (?, ?, ?)"),
        {practitioner.name.trimmed(), practitioner.role.trimmed(), sql::timestamp()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto logged = ChangeHistory(m_file).record(practitionerEntity, QString::number(id), {},
                                                   QVariant(), practitioner.name.trimmed());
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status PortfolioRepository::updatePractitioner(const Practitioner& practitioner) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->practitioner(practitioner.id);
    if (!current)
        return current.error();
    if (auto valid = validatePractitioner(practitioner); !valid)
        return valid;
    const std::vector<Field> fields = {{"name", current->name, practitioner.name.trimmed()},
                                       {"role", current->role, practitioner.role.trimmed()}};
    if (auto written = writeChangedFields(m_file, QStringLiteral("practitioner"),
                                          practitionerEntity, practitioner.id, fields);
        !written)
        return written;
    return transaction.commit();
}

Status PortfolioRepository::removePractitioner(qint64 id) {
    // Portfolios, their assessments, reflections and evidence of impact go with them; the
    // shared evidence store is untouched.
    return removeRow(m_file, "practitioner", "name", practitionerEntity, id, noSuchPractitioner);
}

Result<PractitionerRecord> PortfolioRepository::practitionerRecord(qint64 id) {
    PractitionerRecord record;
    auto found = practitioner(id);
    if (!found)
        return found.error();
    record.practitioner = *found;
    auto portfolios = this->portfolios(id);
    if (!portfolios)
        return portfolios.error();
    record.portfolios = std::move(*portfolios);
    auto items = fetchItems(
        m_file,
        QStringLiteral("i.portfolio_id IN (SELECT id FROM portfolio WHERE practitioner_id = ?)"),
        {id});
    if (!items)
        return items.error();
    record.items = std::move(*items);
    return record;
}

Status PortfolioRepository::restorePractitioner(const PractitionerRecord& record) {
    const Practitioner& practitioner = record.practitioner;
    if (practitioner.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only a practitioner who was removed can be put back."));
    if (auto valid = validatePractitioner(practitioner); !valid)
        return valid;
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto free = idFree(m_file, QStringLiteral("practitioner"), practitioner.id,
                           practitioner.name.trimmed());
        !free)
        return free;
    const QDateTime createdAt =
        practitioner.createdAt.isValid() ? practitioner.createdAt : QDateTime::currentDateTimeUtc();
    auto inserted = sql::run(
        m_file.database(),
        QStringLiteral("INSERT INTO practitioner (id, name, role, created_at) VALUES (?, ?, ?, ?)"),
        {practitioner.id, practitioner.name.trimmed(), practitioner.role.trimmed(),
         createdAt.toUTC().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return inserted.error();
    if (auto logged =
            ChangeHistory(m_file).record(practitionerEntity, QString::number(practitioner.id), {},
                                         QVariant(), practitioner.name.trimmed());
        !logged)
        return logged;
    for (const auto& portfolio : record.portfolios) {
        Portfolio owned = portfolio;
        owned.practitionerId = practitioner.id;
        if (auto inserted = insertCleanedPortfolio(m_file, owned); !inserted)
            return inserted.error();
    }
    if (auto inserted = reinsertItems(m_file, record.items); !inserted)
        return inserted;
    return transaction.commit();
}

// ---- portfolios -------------------------------------------------------------------------

Result<std::vector<Portfolio>> PortfolioRepository::portfolios(qint64 practitionerId) {
    return fetchPortfolios(m_file, QStringLiteral("practitioner_id = ?"), {practitionerId});
}

Result<Portfolio> PortfolioRepository::portfolio(qint64 id) {
    return single(fetchPortfolios(m_file, QStringLiteral("id = ?"), {id}), noSuchPortfolio, id);
}

Result<qint64> PortfolioRepository::addPortfolio(const Portfolio& portfolio) {
    Portfolio fresh = portfolio;
    fresh.id = 0;
    fresh.createdAt = {};
    return insertInTransaction(m_file, [&] { return insertCleanedPortfolio(m_file, fresh); });
}

Status PortfolioRepository::updatePortfolio(const Portfolio& portfolio) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = this->portfolio(portfolio.id);
    if (!current)
        return current.error();
    Portfolio wanted = portfolio;
    wanted.practitionerId = current->practitionerId;
    if (wanted.frameworkId.trimmed().isEmpty())
        wanted.frameworkId = current->frameworkId;
    if (wanted.frameworkId.trimmed() != current->frameworkId)
        return Error::make(Error::Code::Invalid,
                           tr("A portfolio stays with the framework it was started on; start a "
                              "new portfolio for \"%1\".")
                               .arg(wanted.frameworkId.trimmed()));
    auto clean = cleanedPortfolio(m_file, wanted);
    if (!clean)
        return clean.error();

    auto& db = m_file.database();
    ChangeHistory history(m_file);
    const QString id = QString::number(portfolio.id);
    const std::vector<Field> fields = {
        {"programme", current->programme, clean->programme},
        {"gateway_on", sql::date(current->gatewayOn), sql::date(clean->gatewayOn)},
        {"status", portfolioStatusId(current->status), portfolioStatusId(clean->status)},
        {"submitted_on", sql::date(current->submittedOn), sql::date(clean->submittedOn)},
        {"accredited_on", sql::date(current->accreditedOn), sql::date(clean->accreditedOn)},
    };
    if (auto written = writeChangedFields(m_file, QStringLiteral("portfolio"), portfolioEntity,
                                          portfolio.id, fields);
        !written)
        return written;

    auto frameworkStandards = raceFramework(m_file, clean->frameworkId);
    if (!frameworkStandards)
        return frameworkStandards.error();
    bool assessmentsChanged = false;
    for (const auto& standard : frameworkStandards->lpStandards) {
        const QString before = assessmentText(current->assessment(standard.id));
        const QString after = assessmentText(clean->assessment(standard.id));
        if (before == after)
            continue;
        assessmentsChanged = true;
        if (auto logged = history.record(
                portfolioEntity, id, QStringLiteral("standard %1").arg(standard.id), before, after);
            !logged)
            return logged;
    }
    if (assessmentsChanged) {
        auto cleared =
            sql::run(db, QStringLiteral("DELETE FROM portfolio_standard WHERE portfolio_id = ?"),
                     {portfolio.id});
        if (!cleared)
            return cleared.error();
        if (auto written = writeAssessments(db, *clean); !written)
            return written;
    }

    const qsizetype answers = std::max(current->reflections.size(), clean->reflections.size());
    bool reflectionsChanged = false;
    for (qsizetype i = 0; i < answers; ++i) {
        const QString before = current->reflections.value(i);
        const QString after = clean->reflections.value(i);
        if (before == after)
            continue;
        reflectionsChanged = true;
        if (auto logged = history.record(portfolioEntity, id,
                                         QStringLiteral("reflection %1").arg(i + 1), before, after);
            !logged)
            return logged;
    }
    if (reflectionsChanged) {
        auto cleared =
            sql::run(db, QStringLiteral("DELETE FROM portfolio_reflection WHERE portfolio_id = ?"),
                     {portfolio.id});
        if (!cleared)
            return cleared.error();
        if (auto written = writeReflections(db, *clean); !written)
            return written;
    }
    return transaction.commit();
}

Status PortfolioRepository::removePortfolio(qint64 id) {
    // Assessments, reflections and evidence of impact go with it.
    return removeRow(m_file, "portfolio", "programme", portfolioEntity, id, noSuchPortfolio);
}

Status PortfolioRepository::restorePortfolio(const Portfolio& portfolio,
                                             const std::vector<ImpactItem>& items) {
    if (portfolio.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only a portfolio that was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto free = idFree(m_file, QStringLiteral("portfolio"), portfolio.id,
                           portfolio.programme.trimmed());
        !free)
        return free;
    if (auto inserted = insertCleanedPortfolio(m_file, portfolio); !inserted)
        return inserted.error();
    std::vector<ImpactItem> owned = items;
    for (auto& item : owned)
        item.portfolioId = portfolio.id;
    if (auto inserted = reinsertItems(m_file, owned); !inserted)
        return inserted;
    return transaction.commit();
}

// ---- evidence of impact -----------------------------------------------------------------

Result<std::vector<ImpactItem>> PortfolioRepository::impactItems(qint64 portfolioId) {
    return fetchItems(m_file, QStringLiteral("i.portfolio_id = ?"), {portfolioId});
}

Result<ImpactItem> PortfolioRepository::impactItem(qint64 id) {
    return single(fetchItems(m_file, QStringLiteral("i.id = ?"), {id}), noSuchItem, id);
}

Result<qint64> PortfolioRepository::addImpactItem(const ImpactItem& item) {
    ImpactItem fresh = item;
    fresh.id = 0;
    return insertInTransaction(m_file, [&] { return insertCleanedItem(m_file, fresh, false); });
}

Status PortfolioRepository::updateImpactItem(const ImpactItem& item) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = impactItem(item.id);
    if (!current)
        return current.error();
    ImpactItem wanted = item;
    wanted.portfolioId = current->portfolioId;
    auto clean = cleanedItem(m_file, wanted, false);
    if (!clean)
        return clean.error();

    auto& db = m_file.database();
    ChangeHistory history(m_file);
    const QString id = QString::number(item.id);
    const std::vector<Field> fields = {
        {"title", current->title, clean->title},
        {"with_whom", current->withWhom, clean->withWhom},
        {"impact", current->impact, clean->impact},
        {"how_known", current->howKnown, clean->howKnown},
        {"started_on", sql::date(current->startedOn), sql::date(clean->startedOn)},
        {"ended_on", sql::date(current->endedOn), sql::date(clean->endedOn)},
    };
    if (auto written = writeChangedFields(m_file, QStringLiteral("impact_item"), impactEntity,
                                          item.id, fields);
        !written)
        return written;

    const bool criteriaChanged = current->criterionIds != clean->criterionIds;
    const bool standardsChanged = current->standardIds != clean->standardIds;
    const bool evidenceChanged = uniqueIds(current->evidenceIds) != clean->evidenceIds;
    if (criteriaChanged) {
        if (auto logged = history.record(impactEntity, id, QStringLiteral("criteria"),
                                         idSet(current->criterionIds), idSet(clean->criterionIds));
            !logged)
            return logged;
    }
    if (standardsChanged) {
        if (auto logged = history.record(impactEntity, id, QStringLiteral("standards"),
                                         idSet(current->standardIds), idSet(clean->standardIds));
            !logged)
            return logged;
    }
    if (evidenceChanged) {
        if (auto logged = history.record(impactEntity, id, QStringLiteral("evidence"),
                                         idSet(current->evidenceIds), idSet(clean->evidenceIds));
            !logged)
            return logged;
    }
    if (criteriaChanged || standardsChanged || evidenceChanged) {
        for (const char* table : {"impact_criterion", "impact_standard", "impact_evidence"}) {
            auto cleared = sql::run(
                db, QStringLiteral("DELETE FROM %1 WHERE impact_id = ?").arg(QLatin1String(table)),
                {item.id});
            if (!cleared)
                return cleared.error();
        }
        if (auto linked = writeItemLinks(db, *clean); !linked)
            return linked;
    }
    return transaction.commit();
}

Status PortfolioRepository::removeImpactItem(qint64 id) {
    return removeRow(m_file, "impact_item", "title", impactEntity, id, noSuchItem);
}

Status PortfolioRepository::restoreImpactItem(const ImpactItem& item) {
    if (item.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only evidence of impact that was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto free = idFree(m_file, QStringLiteral("impact_item"), item.id, item.title.trimmed());
        !free)
        return free;
    if (auto inserted = reinsertItems(m_file, {item}); !inserted)
        return inserted;
    return transaction.commit();
}

} // namespace equimark
