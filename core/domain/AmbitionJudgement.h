#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace equimark {

struct Ambition;
struct AmbitionCriterion;
struct Framework;

// Where the school stands on one success criterion of the race equality leadership
// ambitions in one academic year: a status of the framework's `statuses` ("not-started",
// "developing", "met"), notes on the evidence, and the evidence items and actions (in the
// shared action plan) that go with it. Each year is judged afresh: nothing is carried over.
struct AmbitionJudgement {
    static QString notStarted() { return QStringLiteral("not-started"); }

    QString criterionId;
    QString year; // "2026-27"
    QString statusId = notStarted();
    QString evidenceNotes;
    QString judgedBy;
    QDateTime judgedAt;
    QList<qint64> evidenceIds;
    QList<qint64> actionIds;
};

// How far one ambition has got in one year: its criteria by status.
struct AmbitionSummary {
    QString ambitionId;
    int criteria = 0;
    int met = 0;
    int developing = 0;
    int notStarted = 0;

    // One entry per ambition of the framework, in framework order.
    static std::vector<AmbitionSummary> compute(const Framework& framework,
                                                const std::vector<AmbitionJudgement>& judgements);
};

// Lookups in an ambitions framework; null when the id is not defined.
const AmbitionCriterion* ambitionCriterion(const Framework& framework, const QString& criterionId);
const Ambition* ambitionOfCriterion(const Framework& framework, const QString& criterionId);
// Every criterion id of every ambition, in framework order.
QStringList ambitionCriterionIds(const Framework& framework);
// The label of a status id in the framework ("Developing"); the id itself when unknown.
QString ambitionStatusLabel(const Framework& framework, const QString& statusId);

} // namespace equimark
