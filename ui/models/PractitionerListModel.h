#pragma once

#include "domain/Practitioner.h"
#include "models/RowDiff.h"

#include <vector>

namespace equimark {

class SchoolDocument;

// The practitioners working towards Lead Practitioner accreditation, one row each (name,
// role, how many portfolios). Renaming or changing a role in the table becomes an
// UpdatePractitionerCommand; rows follow practitionersChanged with precise inserts, removals
// and dataChanged, in the repository's order (by name).
class PractitionerListModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 practitioner id
        SortRole,
    };

    explicit PractitionerListModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const std::vector<Practitioner>& practitioners() const { return m_rows; }
    int rowOf(qint64 practitionerId) const; // -1 when unknown
    const Practitioner* practitionerAt(int row) const;

signals:
    void editFailed(const QString& message);

private:
    void reload();
    void refresh();

    SchoolDocument* m_document = nullptr;
    std::vector<Practitioner> m_rows;
};

} // namespace equimark
