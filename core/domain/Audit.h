#pragma once

#include "domain/AcademicYear.h"
#include "domain/Rating.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace equimark {

// One year's whole-school audit against the file's equality mark framework.
struct Audit {
    qint64 id = 0;
    QString frameworkId;
    AcademicYear year{0};
    QDate startedOn;
};

// The group's judgement of one audit statement. Rating::None with a note is evidence
// written down but not yet judged; it does not count as judged.
struct Judgement {
    QString statementId;
    Rating rating = Rating::None;
    QString note;
    QString judgedBy;
    QDateTime judgedAt; // invalid while never judged (e.g. a note carried from last year)

    bool isJudged() const { return rating != Rating::None; }
};

// How far an audit has got: judged statements out of all statements of the framework.
struct AuditProgress {
    int judged = 0;
    int total = 0;
};

// Part of the audit handed to a small group or a person: a whole element (row), a whole
// strand (column), or, with both ids, one cell of the grid.
struct Delegation {
    qint64 id = 0;
    QString elementId; // empty: every element of the strand
    QString strandId;  // empty: every strand of the element
    QString delegate;  // a person or a group, in the school's words

    bool covers(const QString& element, const QString& strand) const {
        return (elementId.isEmpty() || elementId == element) &&
               (strandId.isEmpty() || strandId == strand) &&
               !(elementId.isEmpty() && strandId.isEmpty());
    }
};

} // namespace equimark
