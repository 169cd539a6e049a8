#include "domain/Action.h"

#include <QCoreApplication>

namespace equimark {

namespace {
constexpr ActionStatus allStatuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress,
                                        ActionStatus::Complete, ActionStatus::Dropped};
} // namespace

QString actionStatusId(ActionStatus status) {
    switch (status) {
    case ActionStatus::NotStarted:
        return QStringLiteral("not-started");
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Complete:
        return QStringLiteral("complete");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromId(const QString& id) {
    const QString key = id.trimmed().toLower();
    for (auto status : allStatuses) {
        if (actionStatusId(status) == key)
            return status;
    }
    return std::nullopt;
}

QString actionStatusLabel(ActionStatus status) {
    switch (status) {
    case ActionStatus::NotStarted:
        return QCoreApplication::translate("Action", "Not started");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Action", "In progress");
    case ActionStatus::Complete:
        return QCoreApplication::translate("Action", "Complete");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("Action", "Dropped");
    }
    return {};
}

QStringList actionStatusIds() {
    QStringList ids;
    for (auto status : allStatuses)
        ids << actionStatusId(status);
    return ids;
}

bool Action::isOpen() const {
    return status == ActionStatus::NotStarted || status == ActionStatus::InProgress;
}

bool Action::isOverdue(const QDate& today) const {
    return isOpen() && dueOn.isValid() && today.isValid() && dueOn < today;
}

} // namespace equimark
