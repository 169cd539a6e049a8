#pragma once

#include "Result.h"
#include "domain/Framework.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace equimark {

// Reads and validates a framework definition (docs/framework-format.md). Every error names
// the bad entry, e.g. `statements[41] (leadership.race.9): element "leadrship" is not defined`.
class FrameworkLoader {
    Q_DECLARE_TR_FUNCTIONS(FrameworkLoader)

public:
    static Result<Framework> load(const QByteArray& json);
    static Result<Framework> loadFile(const QString& path);

    // The frameworks that ship inside Equimark (:/frameworks/*.json).
    static QStringList shippedIds();
    static Result<Framework> shipped(const QString& id);
};

} // namespace equimark
