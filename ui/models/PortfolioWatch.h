#pragma once

#include <QtGlobal>
#include <functional>

class QObject;

namespace equimark {

class SchoolDocument;

// For models that show one portfolio of a document (its evidence of impact, its coverage):
// calls `changed` when that portfolio is edited and `removed` when it goes. `portfolioId` is
// the model's own member, read at each signal; the connections live as long as `model`.
void watchPortfolio(SchoolDocument* document, QObject* model, const qint64& portfolioId,
                    const std::function<void()>& changed, const std::function<void()>& removed);

} // namespace equimark
