#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace equimark {

struct Framework;
struct ImpactItem;
struct Portfolio;

// Which LP standards and RACE criteria a portfolio's evidence of impact covers, and whether
// it is ready to go to a gateway: every standard has evidence and a self-assessment, and
// every reflective prompt has an answer.
struct PortfolioCoverage {
    // In framework order, every standard / criterion with the ids of the impact items mapped
    // to it (empty list = no evidence yet).
    std::vector<std::pair<QString, QList<qint64>>> byStandard;
    std::vector<std::pair<QString, QList<qint64>>> byCriterion;
    QStringList standardsWithoutEvidence;
    QStringList criteriaWithoutEvidence;
    QStringList standardsNotAssessed;
    QList<int> unansweredPrompts; // indexes into the framework's reflectivePrompts

    bool ready() const;
    // Why it is not ready, one translated sentence each (empty when ready).
    QStringList reasonsNotReady(const Framework& framework) const;

    static PortfolioCoverage compute(const Framework& framework, const Portfolio& portfolio,
                                     const std::vector<ImpactItem>& items);
};

} // namespace equimark
