#pragma once

#include <QString>
#include <QStringList>

namespace equimark {

// The topics a training session can have (the ids the school file's CHECK constraint
// allows), and which of them count as race equality training for coverage (docs/training.md).
struct TrainingTopic {
    const char* id;
    const char* label; // QT_TRANSLATE_NOOP("TrainingTopic", ...)
    bool countsForCoverage;

    static const TrainingTopic* find(const QString& id);
    static QStringList ids();                  // in the order the editors list them
    static QStringList countingIds();          // the topics that count for coverage
    static QString labelOf(const QString& id); // translated; the id itself when unknown
    static bool counts(const QString& id);
    // "Race equality, Anti-racist leadership, Unconscious bias": what the UI and reports say
    // counts.
    static QString countingLabels();
};

} // namespace equimark
