#pragma once

#include "domain/Action.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace equimark {

// Sorts and filters the action plan (ActionTableModel): by strand, element, status, owner,
// overdue, and text in the title, owner or notes. Group rows show while any action under
// them does, and keep the framework's order whichever way the columns sort.
class ActionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // The element filter's value for actions without an element.
    static QString noElement();

    explicit ActionFilterModel(QObject* parent = nullptr);

    void setStrand(const QString& strandId);   // "" = any
    void setElement(const QString& elementId); // "" = any, noElement() = none
    void setStatus(std::optional<ActionStatus> status);
    void setOwner(const QString& owner); // "" = any
    void setOverdueOnly(bool overdueOnly);
    void setText(const QString& text);
    bool isFiltering() const;
    // Whether the filters let this action through (what filterAcceptsRow asks of each row).
    bool accepts(const Action& action, const QDate& today) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_strand;
    QString m_element;
    std::optional<ActionStatus> m_status;
    QString m_owner;
    bool m_overdueOnly = false;
    QString m_text;
};

} // namespace equimark
