#pragma once

#include "domain/Framework.h"
#include "domain/ImpactItem.h"
#include "domain/PortfolioCoverage.h"

#include <QAbstractTableModel>
#include <vector>

namespace equimark {

class SchoolDocument;

// Which evidence of impact covers which LP standard and RACE criterion. Rows: the LP
// standards, then the criteria, in framework order. Columns: the row's name, how many items
// cover it ("None yet" with a warning sign when none), then one column per impact item,
// marked with a tick where the item is mapped. Follows portfolioChanged with column inserts
// and removals and dataChanged for the rows that moved.
class CoverageMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TotalColumn, FirstItemColumn };
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString standard or criterion id
        IsStandardRole,            // bool: an LP standard row (else a RACE criterion)
        NoEvidenceRole,            // bool: no impact item is mapped to this row yet
        MappedRole,                // bool on item columns
        ItemIdRole,                // qint64 on item columns (also headerData)
    };

    explicit CoverageMatrixModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setPortfolio(qint64 portfolioId); // 0 = none
    qint64 portfolioId() const { return m_portfolioId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString& id, bool standard) const; // -1 when unknown
    int standardRowCount() const { return int(m_framework.lpStandards.size()); }
    const PortfolioCoverage& coverage() const { return m_coverage; }

signals:
    void loadFailed(const QString& message);

private:
    struct Row {
        QString id;
        QString name;
        QString description;
        bool standard = true;
        bool textKnown = true;
    };

    void reload();
    void refresh();
    void buildRows();
    const QList<qint64>& itemsFor(int row) const;

    SchoolDocument* m_document = nullptr;
    qint64 m_portfolioId = 0;
    Framework m_framework;
    std::vector<Row> m_rows;
    std::vector<ImpactItem> m_items;
    PortfolioCoverage m_coverage;
};

} // namespace equimark
