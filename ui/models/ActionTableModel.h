#pragma once

#include "domain/Action.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <vector>

namespace equimark {

class SchoolDocument;

// The action plan as a table: one row per action, or, when grouped, one group row per
// strand (or element) with its actions beneath. An action serving two strands appears under
// both. Observes the document: an added, changed or removed action inserts, updates or
// removes just its rows; only `reloaded` resets.
class ActionTableModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Title, Strands, Element, Owner, Due, Status, SipPriority, ColumnCount };
    enum Role {
        ActionIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        IsGroupRole,                     // bool
        StrandIdsRole,                   // QStringList
        ElementIdRole,                   // QString, empty for none
        StatusRole,                      // int (ActionStatus)
        OwnerRole,                       // QString
        OverdueRole,                     // bool
        SearchTextRole,                  // title, owner and progress notes, for Find
        SortRole,                        // what the column sorts by
        GroupOrderRole                   // group rows: position in the framework
    };
    enum class Grouping { None, Strand, Element };

    explicit ActionTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // The day overdue is judged against (today unless a test says otherwise).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    // The actions as the table shows them (ActionRepository::forTable): ActionRepository::byId
    // reads one whole.
    const Action* action(const QModelIndex& index) const;
    const Action* actionById(qint64 id) const;
    // Every row showing the action: one when flat, one per group when grouped.
    QModelIndexList indexesOf(qint64 actionId, int column = 0) const;
    QStringList owners() const; // distinct owners named in the plan
    int actionCount() const { return static_cast<int>(m_order.size()); }
    const QHash<qint64, Action>& actions() const { return m_actions; } // by id, every action

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // An action was added, removed or given another owner: owners() may differ.
    void ownersMayHaveChanged();

private:
    struct Group {
        QString key; // strand or element id ("" = no element)
        QString label;
        std::vector<qint64> ids;
    };

    void reload();
    void rebuildGroups();
    QStringList groupKeys(const Action& action) const;
    int groupIndex(const QString& key) const;
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void insertIntoGroup(int group, qint64 id);
    void removeFromGroup(int group, qint64 id);
    void emitRowChanged(qint64 id);
    QVariant actionData(const Action& action, int column, int role) const;
    QVariant groupData(int group, int column, int role) const;
    QString strandNames(const Action& action) const;
    QString elementName(const QString& id) const;
    int elementRank(const QString& id) const;

    SchoolDocument* m_document = nullptr;
    Grouping m_grouping = Grouping::None;
    QDate m_today;
    QHash<qint64, Action> m_actions;
    std::vector<qint64> m_order; // flat rows, in the file's order
    std::vector<Group> m_groups;
};

} // namespace equimark
