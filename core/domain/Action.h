#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace equimark {

enum class ActionStatus { NotStarted, InProgress, Complete, Dropped };

// Ids stored in files and typed on the command line: not-started, in-progress, complete,
// dropped.
QString actionStatusId(ActionStatus status);
std::optional<ActionStatus> actionStatusFromId(const QString& id);
// Translated words: "Not started", "In progress", "Complete", "Dropped".
QString actionStatusLabel(ActionStatus status);
QStringList actionStatusIds();

// A dated line of progress on an action, as the coordinator records it at a review.
struct ProgressNote {
    qint64 id = 0;
    QDate notedOn;
    QString note;
    QString author;
};

// One line of the school's equality action plan.
struct Action {
    qint64 id = 0;
    QString title;
    QStringList strandIds; // at least one equality strand, framework ids
    QString elementId;     // framework element id; may be empty
    QString sipPriority;   // the School Improvement Plan priority it serves
    QString owner;
    QDate startOn;
    QDate dueOn;
    QString successCriteria;
    QString cost;
    ActionStatus status = ActionStatus::NotStarted;
    QString impact;
    QString createdBy;
    QDateTime createdAt;
    std::vector<ProgressNote> progress; // oldest first

    // Due before `today` and still open: a complete or dropped action is never overdue,
    // and an action due today is not overdue until tomorrow.
    bool isOverdue(const QDate& today) const;
    bool isOpen() const;
};

} // namespace equimark
