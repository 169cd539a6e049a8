#pragma once

#include "Result.h"
#include "domain/ImpactItem.h"
#include "domain/Portfolio.h"
#include "domain/Practitioner.h"

#include <QCoreApplication>
#include <vector>

namespace equimark {

class SchoolFile;

// Everything removing a practitioner takes away, so that undo puts it back under the same
// ids.
struct PractitionerRecord {
    Practitioner practitioner;
    std::vector<Portfolio> portfolios;
    std::vector<ImpactItem> items;
};

// Lead Practitioner portfolios: practitioners, their portfolios (status, gateway,
// self-assessment against the LP standards, reflections) and evidence of impact mapped to
// RACE Charter criteria and LP standards. Every write is one transaction with history rows.
class PortfolioRepository {
    Q_DECLARE_TR_FUNCTIONS(PortfolioRepository)

public:
    explicit PortfolioRepository(SchoolFile& file)
        : m_file(file) {}

    // By name (case-insensitive, then id).
    Result<std::vector<Practitioner>> practitioners();
    Result<Practitioner> practitioner(qint64 id);
    // Exact name match ignoring case and surrounding spaces; NotFound when nobody has it,
    // Invalid when two practitioners share it.
    Result<Practitioner> practitionerNamed(const QString& name);
    Result<qint64> addPractitioner(const Practitioner& practitioner);
    Status updatePractitioner(const Practitioner& practitioner);
    Status removePractitioner(qint64 id); // with portfolios and their items
    Result<PractitionerRecord> practitionerRecord(qint64 id);
    Status restorePractitioner(const PractitionerRecord& record);

    // A practitioner's portfolios, newest first, with assessments and reflections.
    Result<std::vector<Portfolio>> portfolios(qint64 practitionerId);
    Result<Portfolio> portfolio(qint64 id);
    // Checks the framework is a race-charter framework in the file, standards exist,
    // dates are consistent (accredited needs a date). Returns the new id.
    Result<qint64> addPortfolio(const Portfolio& portfolio);
    // Writes what differs; assessments and reflections replaced as sets.
    Status updatePortfolio(const Portfolio& portfolio);
    Status removePortfolio(qint64 id); // with its items
    // Puts a removed portfolio back under its id with its items (links to evidence removed
    // meanwhile dropped). Its practitioner must still be in the file.
    Status restorePortfolio(const Portfolio& portfolio, const std::vector<ImpactItem>& items);

    // A portfolio's evidence of impact, by start date (undated last), then id.
    Result<std::vector<ImpactItem>> impactItems(qint64 portfolioId);
    Result<ImpactItem> impactItem(qint64 id);
    // Checks the title, that criteria and standards exist in the portfolio's framework and
    // the evidence items in the store.
    Result<qint64> addImpactItem(const ImpactItem& item);
    Status updateImpactItem(const ImpactItem& item);
    Status removeImpactItem(qint64 id);
    // Puts a removed item back under its id (links to evidence removed meanwhile dropped).
    Status restoreImpactItem(const ImpactItem& item);

private:
    SchoolFile& m_file;
};

} // namespace equimark
