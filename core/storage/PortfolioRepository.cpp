#include "storage/PortfolioRepository.h"

#include "storage/ChangeHistory.h"
#include "storage/PortfolioRows.h"
#include "storage/SchoolFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace equimark {

using namespace portfolio_rows;

// ---- practitioners ----------------------------------------------------------------------

Result<std::vector<Practitioner>> PortfolioRepository::practitioners() {
    return fetchPractitioners(m_file, {}, {});
}

Result<Practitioner> PortfolioRepository::practitioner(qint64 id) {
    auto found = fetchPractitioners(m_file, QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return noSuchPractitioner(id);
    return std::move(found->front());
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
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto current = practitioner(id);
    if (!current)
        return current.error();
    // Portfolios, their assessments, reflections and evidence of impact go with them
    // (ON DELETE CASCADE); the shared evidence store is untouched.
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM practitioner WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(practitionerEntity, QString::number(id), {},
                                                   current->name, QVariant());
        !logged)
        return logged;
    return transaction.commit();
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
    auto taken = exists(m_file, QStringLiteral("practitioner"), practitioner.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return alreadyThere(practitioner.name.trimmed(), practitioner.id);
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
        auto clean = cleanedPortfolio(m_file, owned);
        if (!clean)
            return clean.error();
        qint64 id = 0;
        if (auto written = insertPortfolio(m_file, *clean, &id); !written)
            return written;
    }
    for (const auto& item : record.items) {
        auto clean = cleanedItem(m_file, item, true);
        if (!clean)
            return clean.error();
        qint64 id = 0;
        if (auto written = insertItem(m_file, *clean, &id); !written)
            return written;
    }
    return transaction.commit();
}

// ---- portfolios -------------------------------------------------------------------------

Result<std::vector<Portfolio>> PortfolioRepository::portfolios(qint64 practitionerId) {
    return fetchPortfolios(m_file, QStringLiteral("practitioner_id = ?"), {practitionerId});
}

Result<Portfolio> PortfolioRepository::portfolio(qint64 id) {
    auto found = fetchPortfolios(m_file, QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return noSuchPortfolio(id);
    return std::move(found->front());
}

Result<qint64> PortfolioRepository::addPortfolio(const Portfolio& portfolio) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    Portfolio fresh = portfolio;
    fresh.id = 0;
    fresh.createdAt = {};
    auto clean = cleanedPortfolio(m_file, fresh);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertPortfolio(m_file, *clean, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
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
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto found = sql::run(m_file.database(),
                          QStringLiteral("SELECT programme FROM portfolio WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchPortfolio(id);
    const QString programme = found->value(0).toString();
    // Assessments, reflections and evidence of impact go with it (ON DELETE CASCADE).
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM portfolio WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged = ChangeHistory(m_file).record(portfolioEntity, QString::number(id), {},
                                                   programme, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Status PortfolioRepository::restorePortfolio(const Portfolio& portfolio,
                                             const std::vector<ImpactItem>& items) {
    if (portfolio.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only a portfolio that was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("portfolio"), portfolio.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return alreadyThere(portfolio.programme.trimmed(), portfolio.id);
    auto clean = cleanedPortfolio(m_file, portfolio);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertPortfolio(m_file, *clean, &id); !written)
        return written;
    for (const auto& item : items) {
        ImpactItem owned = item;
        owned.portfolioId = portfolio.id;
        auto cleanItem = cleanedItem(m_file, owned, true);
        if (!cleanItem)
            return cleanItem.error();
        if (auto written = insertItem(m_file, *cleanItem, &id); !written)
            return written;
    }
    return transaction.commit();
}

// ---- evidence of impact -----------------------------------------------------------------

Result<std::vector<ImpactItem>> PortfolioRepository::impactItems(qint64 portfolioId) {
    return fetchItems(m_file, QStringLiteral("i.portfolio_id = ?"), {portfolioId});
}

Result<ImpactItem> PortfolioRepository::impactItem(qint64 id) {
    auto found = fetchItems(m_file, QStringLiteral("i.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return noSuchItem(id);
    return std::move(found->front());
}

Result<qint64> PortfolioRepository::addImpactItem(const ImpactItem& item) {
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    ImpactItem fresh = item;
    fresh.id = 0;
    auto clean = cleanedItem(m_file, fresh, false);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertItem(m_file, *clean, &id); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
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
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto found = sql::run(m_file.database(),
                          QStringLiteral("SELECT title FROM impact_item WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (!found->next())
        return noSuchItem(id);
    const QString title = found->value(0).toString();
    auto removed =
        sql::run(m_file.database(), QStringLiteral("DELETE FROM impact_item WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (auto logged =
            ChangeHistory(m_file).record(impactEntity, QString::number(id), {}, title, QVariant());
        !logged)
        return logged;
    return transaction.commit();
}

Status PortfolioRepository::restoreImpactItem(const ImpactItem& item) {
    if (item.id <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Only evidence of impact that was removed can be put back."));
    Transaction transaction(m_file);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = exists(m_file, QStringLiteral("impact_item"), item.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return alreadyThere(item.title.trimmed(), item.id);
    auto clean = cleanedItem(m_file, item, true);
    if (!clean)
        return clean.error();
    qint64 id = 0;
    if (auto written = insertItem(m_file, *clean, &id); !written)
        return written;
    return transaction.commit();
}

} // namespace equimark
