#pragma once

#include <QDateTime>
#include <QString>

namespace equimark {

// Someone in the school working towards Lead Practitioner accreditation.
struct Practitioner {
    qint64 id = 0;
    QString name;
    QString role; // free text: "Deputy headteacher and RACE lead"
    QDateTime createdAt;
};

} // namespace equimark
