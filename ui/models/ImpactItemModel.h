#pragma once

#include "domain/ImpactItem.h"
#include "models/RowDiff.h"

#include <vector>

namespace equimark {

class SchoolDocument;

// A portfolio's evidence of impact, one row per item: what was done, with whom, when, and
// what it is mapped to. Follows portfolioChanged for its portfolio with precise inserts,
// removals and dataChanged; items are edited in the ImpactItemEditor.
class ImpactItemModel : public RowDiffModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, WithWhomColumn, DatesColumn, MappedColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 impact item id
        SortRole,
    };

    explicit ImpactItemModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setPortfolio(qint64 portfolioId); // 0 = none
    qint64 portfolioId() const { return m_portfolioId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<ImpactItem>& items() const { return m_rows; }
    int rowOf(qint64 itemId) const; // -1 when unknown
    const ImpactItem* itemAt(int row) const;

signals:
    void loadFailed(const QString& message);

private:
    void reload();
    void refresh();

    SchoolDocument* m_document = nullptr;
    qint64 m_portfolioId = 0;
    std::vector<ImpactItem> m_rows;
};

} // namespace equimark
