#include "domain/TrainingTopic.h"

#include <QCoreApplication>
#include <iterator>

namespace equimark {

namespace {

// Race equality training, leadership training in anti-racist practice (the CPD pilot) and
// unconscious bias training all address ambition 4; training on the curriculum or on the
// law in general is recorded but does not count towards race equality coverage.
const TrainingTopic topics[] = {
    {"race-equality", QT_TRANSLATE_NOOP("TrainingTopic", "Race equality"), true},
    {"anti-racist-leadership", QT_TRANSLATE_NOOP("TrainingTopic", "Anti-racist leadership"), true},
    {"unconscious-bias", QT_TRANSLATE_NOOP("TrainingTopic", "Unconscious bias"), true},
    {"inclusive-curriculum", QT_TRANSLATE_NOOP("TrainingTopic", "Inclusive curriculum"), false},
    {"equality-law", QT_TRANSLATE_NOOP("TrainingTopic", "Equality law"), false},
    {"other", QT_TRANSLATE_NOOP("TrainingTopic", "Other"), false},
};

} // namespace

const TrainingTopic* TrainingTopic::find(const QString& id) {
    for (const auto& topic : topics) {
        if (id == QLatin1String(topic.id))
            return &topic;
    }
    return nullptr;
}

QStringList TrainingTopic::ids() {
    QStringList list;
    for (const auto& topic : topics)
        list << QString::fromLatin1(topic.id);
    return list;
}

QStringList TrainingTopic::countingIds() {
    QStringList list;
    for (const auto& topic : topics) {
        if (topic.countsForCoverage)
            list << QString::fromLatin1(topic.id);
    }
    return list;
}

QString TrainingTopic::labelOf(const QString& id) {
    const TrainingTopic* topic = find(id);
    return topic ? QCoreApplication::translate("TrainingTopic", topic->label) : id;
}

bool TrainingTopic::counts(const QString& id) {
    const TrainingTopic* topic = find(id);
    return topic && topic->countsForCoverage;
}

QString TrainingTopic::countingLabels() {
    QStringList labels;
    for (const auto& id : countingIds())
        labels << labelOf(id);
    return labels.join(QStringLiteral(", "));
}

} // namespace equimark
