#pragma once

#include "Result.h"
#include "domain/Framework.h"
#include "domain/ImpactItem.h"
#include "domain/Portfolio.h"
#include "domain/Practitioner.h"

#include <QSqlDatabase>
#include <QVariant>
#include <vector>

namespace equimark {
class SchoolFile;
}

// Row-level reading, checking and writing for PortfolioRepository (core/storage only). None of
// these opens a transaction: the repository's public methods do, around them. `where`
// arguments are fixed SQL fragments from the repository, never user input.
namespace equimark::portfolio_rows {

// Entity names in the change history.
inline const QString practitionerEntity = QStringLiteral("practitioner");
inline const QString portfolioEntity = QStringLiteral("portfolio");
inline const QString impactEntity = QStringLiteral("impact");

Error noSuchPractitioner(qint64 id);
Error noSuchPortfolio(qint64 id);
Error noSuchItem(qint64 id);
Error alreadyThere(const QString& what, qint64 id);

// The race-charter framework stored in the file under `id` (empty: the file's own); Invalid
// when there is none or it is another kind of framework.
Result<Framework> raceFramework(SchoolFile& file, const QString& id);

QString idSet(const QStringList& ids);
QString idSet(QList<qint64> ids);
QList<qint64> uniqueIds(const QList<qint64>& ids); // positive, sorted, no duplicates
QString assessmentText(const StandardAssessment* assessment);
Result<bool> exists(SchoolFile& file, const QString& table, qint64 id);

Status validatePractitioner(const Practitioner& practitioner);
Result<std::vector<Practitioner>> fetchPractitioners(SchoolFile& file, const QString& where,
                                                     const QVariantList& values);

// Portfolios matching `where` (on table portfolio), newest first, with assessments (framework
// order) and reflections: three queries however many there are.
Result<std::vector<Portfolio>> fetchPortfolios(SchoolFile& file, const QString& where,
                                               const QVariantList& values);
// The portfolio as it will be stored: checked against the file, trimmed, in framework order.
Result<Portfolio> cleanedPortfolio(SchoolFile& file, const Portfolio& portfolio);
Status writeAssessments(QSqlDatabase& db, const Portfolio& portfolio);
Status writeReflections(QSqlDatabase& db, const Portfolio& portfolio);
// Inserts a cleaned portfolio (under portfolio.id when set) with its history row.
Status insertPortfolio(SchoolFile& file, const Portfolio& portfolio, qint64* id);

// Items matching `where` (on impact_item aliased i), by start date (undated last), with
// criteria and standards in framework order: four queries however many there are.
Result<std::vector<ImpactItem>> fetchItems(SchoolFile& file, const QString& where,
                                           const QVariantList& values);
// With `dropMissingEvidence` (putting back a removed item), evidence removed from the store
// meanwhile is left out instead of refused.
Result<ImpactItem> cleanedItem(SchoolFile& file, const ImpactItem& item, bool dropMissingEvidence);
Status writeItemLinks(QSqlDatabase& db, const ImpactItem& item);
Status insertItem(SchoolFile& file, const ImpactItem& item, qint64* id);

struct Field {
    const char* column;
    QVariant before;
    QVariant after;
};

// Writes the fields that differ in one UPDATE (so rules spanning two columns, such as an
// accredited status needing its date, see the whole change) and records each in the history.
Status writeChangedFields(SchoolFile& file, const QString& table, const QString& entity, qint64 id,
                          const std::vector<Field>& fields);

} // namespace equimark::portfolio_rows
