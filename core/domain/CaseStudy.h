#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace equimark {

// A case study of positive action: the story, when, and evidence from the evidence store.
struct CaseStudy {
    qint64 id = 0;
    qint64 programmeId = 0; // 0 = not tied to a programme
    QString title;
    QString story;
    QDate datedOn;
    QList<qint64> evidenceIds; // sorted
};

} // namespace equimark
