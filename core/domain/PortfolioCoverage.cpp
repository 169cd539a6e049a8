#include "domain/PortfolioCoverage.h"

#include "domain/Framework.h"
#include "domain/ImpactItem.h"
#include "domain/Portfolio.h"

#include <QCoreApplication>

namespace equimark {

namespace {

// "S2 (Negotiating and influencing)"; a standard whose wording is not known yet is named by
// its id alone, because its placeholder name only says the wording is missing.
QString standardName(const Framework& framework, const QString& id) {
    for (const auto& standard : framework.lpStandards) {
        if (standard.id == id && standard.textKnown && !standard.name.trimmed().isEmpty())
            return QCoreApplication::translate("PortfolioCoverage", "%1 (%2)")
                .arg(id, standard.name.trimmed());
    }
    return id;
}

} // namespace

bool PortfolioCoverage::ready() const {
    return standardsWithoutEvidence.isEmpty() && standardsNotAssessed.isEmpty() &&
           unansweredPrompts.isEmpty();
}

QStringList PortfolioCoverage::reasonsNotReady(const Framework& framework) const {
    QStringList reasons;
    if (!standardsWithoutEvidence.isEmpty()) {
        QStringList names;
        for (const auto& id : standardsWithoutEvidence)
            names << standardName(framework, id);
        reasons << QCoreApplication::translate("PortfolioCoverage",
                                               "No evidence of impact yet for %1.")
                       .arg(names.join(QStringLiteral(", ")));
    }
    if (!standardsNotAssessed.isEmpty())
        reasons << QCoreApplication::translate("PortfolioCoverage", "Not self-assessed yet: %1.")
                       .arg(standardsNotAssessed.join(QStringLiteral(", ")));
    for (int prompt : unansweredPrompts)
        reasons << QCoreApplication::translate("PortfolioCoverage",
                                               "Reflective question %1 not answered: %2")
                       .arg(prompt + 1)
                       .arg(framework.reflectivePrompts.value(prompt));
    return reasons;
}

PortfolioCoverage PortfolioCoverage::compute(const Framework& framework, const Portfolio& portfolio,
                                             const std::vector<ImpactItem>& items) {
    PortfolioCoverage coverage;
    for (const auto& standard : framework.lpStandards) {
        QList<qint64> ids;
        for (const auto& item : items) {
            if (item.standardIds.contains(standard.id))
                ids << item.id;
        }
        if (ids.isEmpty())
            coverage.standardsWithoutEvidence << standard.id;
        const auto* assessment = portfolio.assessment(standard.id);
        if (!assessment || assessment->level == SelfAssessment::NotAssessed)
            coverage.standardsNotAssessed << standard.id;
        coverage.byStandard.emplace_back(standard.id, std::move(ids));
    }
    for (const auto& section : framework.sections) {
        for (const auto& criterion : section.criteria) {
            QList<qint64> ids;
            for (const auto& item : items) {
                if (item.criterionIds.contains(criterion.id))
                    ids << item.id;
            }
            if (ids.isEmpty())
                coverage.criteriaWithoutEvidence << criterion.id;
            coverage.byCriterion.emplace_back(criterion.id, std::move(ids));
        }
    }
    for (int prompt = 0; prompt < framework.reflectivePrompts.size(); ++prompt) {
        if (portfolio.reflections.value(prompt).trimmed().isEmpty())
            coverage.unansweredPrompts << prompt;
    }
    return coverage;
}

} // namespace equimark
