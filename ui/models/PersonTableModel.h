#pragma once

#include "domain/Person.h"
#include "models/RowDiff.h"

#include <vector>

namespace equimark {

class SchoolDocument;

// Staff and governors training is offered to, one row each, edited in place: every change
// becomes an undoable PersonCommand; rows follow SchoolDocument::trainingChanged().
class PersonTableModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BodyColumn,
        RoleColumn,
        LeaderColumn,
        JoinedColumn,
        LeftColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit PersonTableModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    const std::vector<Person>& people() const { return m_people; }
    const Person* personAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString& message);

private:
    void reload();

    SchoolDocument* m_document = nullptr;
    std::vector<Person> m_people;
};

} // namespace equimark
