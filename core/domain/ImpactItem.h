#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace equimark {

// One piece of evidence of impact in a portfolio: what the practitioner did, with whom,
// the difference it made to others' knowledge, understanding or practice and how that is
// known, mapped to RACE Charter criteria and LP standards and linked to items in the
// school's shared evidence store.
struct ImpactItem {
    qint64 id = 0;
    qint64 portfolioId = 0;
    QString title; // what was done
    QString withWhom;
    QString impact;
    QString howKnown;
    QDate startedOn;
    QDate endedOn;
    QStringList criterionIds; // framework order
    QStringList standardIds;  // framework order
    QList<qint64> evidenceIds;
};

} // namespace equimark
