#include "models/ActionFilterModel.h"

#include "models/ActionTableModel.h"

namespace equimark {

QString ActionFilterModel::noElement() {
    return QStringLiteral("\x01none");
}

ActionFilterModel::ActionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(ActionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ActionFilterModel::setStrand(const QString& strandId) {
    if (strandId == m_strand)
        return;
    m_strand = strandId;
    refilter();
}

void ActionFilterModel::setElement(const QString& elementId) {
    if (elementId == m_element)
        return;
    m_element = elementId;
    refilter();
}

void ActionFilterModel::setStatus(std::optional<ActionStatus> status) {
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ActionFilterModel::setOwner(const QString& owner) {
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void ActionFilterModel::setOverdueOnly(bool overdueOnly) {
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refilter();
}

void ActionFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

bool ActionFilterModel::isFiltering() const {
    return !m_strand.isEmpty() || !m_element.isEmpty() || m_status || !m_owner.isEmpty() ||
           m_overdueOnly || !m_text.isEmpty();
}

void ActionFilterModel::refilter() {
    invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    // Read the action itself rather than through data() and its roles: typing in the search
    // box filters every action on each keystroke, and 2,000 of them must keep up.
    const auto* model = qobject_cast<const ActionTableModel*>(sourceModel());
    const Action* action =
        model ? model->action(model->index(sourceRow, 0, sourceParent)) : nullptr;
    // Group rows are shown through their actions (recursive filtering), so empty groups hide.
    return action && accepts(*action, model->today());
}

bool ActionFilterModel::accepts(const Action& action, const QDate& today) const {
    if (!m_strand.isEmpty() && !action.strandIds.contains(m_strand))
        return false;
    if (!m_element.isEmpty() &&
        (m_element == noElement() ? !action.elementId.isEmpty() : action.elementId != m_element))
        return false;
    if (m_status && action.status != *m_status)
        return false;
    if (!m_owner.isEmpty() && action.owner.compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    if (m_overdueOnly && !action.isOverdue(today))
        return false;
    if (!m_text.isEmpty()) {
        // The words a coordinator would search for: title, owner, progress notes, SIP priority.
        auto has = [this](const QString& text) {
            return text.contains(m_text, Qt::CaseInsensitive);
        };
        bool found = has(action.title) || has(action.owner) || has(action.sipPriority);
        for (size_t i = 0; !found && i < action.progress.size(); ++i)
            found = has(action.progress[i].note);
        if (!found)
            return false;
    }
    return true;
}

bool ActionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.data(ActionTableModel::IsGroupRole).toBool() &&
        right.data(ActionTableModel::IsGroupRole).toBool()) {
        // The view reverses lessThan for a descending sort; groups stay in framework order.
        const int a = left.data(ActionTableModel::GroupOrderRole).toInt();
        const int b = right.data(ActionTableModel::GroupOrderRole).toInt();
        return sortOrder() == Qt::DescendingOrder ? a > b : a < b;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const int order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                             : 0;
    if (order != 0)
        return order < 0;
    // Ties fall back to the action's id, so the order is stable between sessions.
    return left.data(ActionTableModel::ActionIdRole).toLongLong() <
           right.data(ActionTableModel::ActionIdRole).toLongLong();
}

} // namespace equimark
