#pragma once

#include <QAbstractListModel>
#include <vector>

namespace equimark {

// A list of records named by id (programmes, case studies, actions or evidence to link):
// the training page's lists and its "linked actions" and "linked evidence" check lists.
// setItems() keeps rows that stay, so a selection survives a refresh. With `checkable`,
// ticking a row emits toggled() and leaves the change to the owner (an undoable edit).
class IdListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    struct Item {
        qint64 id = 0;
        QString text;
        QString toolTip; // plain text; escaped when shown
        bool checked = false;

        bool operator==(const Item&) const = default;
    };

    explicit IdListModel(bool checkable, QObject* parent = nullptr);

    void setItems(std::vector<Item> items);
    const std::vector<Item>& items() const { return m_items; }
    int rowOf(qint64 id) const; // -1 when not listed
    QList<qint64> checkedIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void toggled(qint64 id, bool checked);

private:
    bool m_checkable;
    std::vector<Item> m_items;
};

} // namespace equimark
