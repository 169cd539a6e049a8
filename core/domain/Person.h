#pragma once

#include <QDate>
#include <QString>

namespace equimark {

// Which body a person belongs to: coverage is reported for each (ambition 4 asks that every
// member of the workforce and of the governing body is offered race equality training).
enum class Body { Staff, Governor };

QString bodyId(Body body); // "staff", "governor" as stored
Body bodyFromId(const QString& id, bool* ok = nullptr);
QString bodyLabel(Body body); // translated: "Staff", "Governor"

// Someone training is offered to: a member of staff or a governor. Names are the school's
// own record of who was offered what; reports show them only in the "not yet reached" list.
struct Person {
    qint64 id = 0;
    QString name;
    Body body = Body::Staff;
    QString role;        // "Class teacher", "Chair of governors" (free text)
    bool leader = false; // a senior or middle leader (or the chair): reported separately
    QDate joinedOn;      // invalid = not known (counted as in post from the start)
    QDate leftOn;        // invalid = still in post

    // In post on at least one day from `from` to `to` (both included).
    bool inPostDuring(const QDate& from, const QDate& to) const;
};

} // namespace equimark
