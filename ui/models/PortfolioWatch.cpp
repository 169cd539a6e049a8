#include "models/PortfolioWatch.h"

#include "editing/SchoolDocument.h"

namespace equimark {

void watchPortfolio(SchoolDocument* document, QObject* model, const qint64& portfolioId,
                    const std::function<void()>& changed, const std::function<void()>& removed) {
    QObject::connect(document, &SchoolDocument::portfolioChanged, model,
                     [&portfolioId, changed](qint64 id) {
                         if (id == portfolioId)
                             changed();
                     });
    QObject::connect(document, &SchoolDocument::portfolioRemoved, model,
                     [&portfolioId, removed](qint64 id) {
                         if (id == portfolioId)
                             removed();
                     });
}

} // namespace equimark
