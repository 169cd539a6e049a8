#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace equimark {

// One meeting of the Equality Reference Group: who came and what was decided.
struct Meeting {
    qint64 id = 0;
    QDate heldOn;
    QList<qint64> attendeeIds; // ids of members; a member may since have left
    QString notes;
    QString decisions;
};

} // namespace equimark
