#pragma once

#include "domain/Audit.h"
#include "domain/Framework.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace equimark {

class SchoolDocument;

// The whole-school audit grid of one year: the framework's elements as rows, its strands as
// columns. Each cell holds the RAG counts of its statements (RagDelegate::CountsRole, drawn
// as a stacked bar), "judged of total" as text, and who the cell is delegated to.
class AuditGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ElementIdRole = Qt::UserRole + 1,
        StrandIdRole,
        JudgedRole, // int
        TotalRole,  // int
    };

    explicit AuditGridModel(QObject* parent = nullptr);

    // Shows `auditId` of `document`; 0 or a null document empties the grid.
    void setAudit(SchoolDocument* document, qint64 auditId);
    qint64 auditId() const { return m_auditId; }
    // Cells delegated to someone else than `name` are dimmed; empty shows all plainly.
    void setHighlightDelegate(const QString& name);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString& elementId, const QString& strandId) const;
    QString elementId(int row) const;
    QString strandId(int column) const;
    // Who has the cell (delegates of its element, its strand and the cell itself).
    QStringList delegatesFor(const QModelIndex& index) const;
    // The exact delegations covering a cell (for "remove delegation" menus).
    std::vector<Delegation> delegationsCovering(const QModelIndex& index) const;
    // Every delegate named in this audit, sorted.
    QStringList delegateNames() const;

private:
    struct Cell {
        int red = 0;
        int amber = 0;
        int green = 0;
        int total = 0;
        int judged() const { return red + amber + green; }
    };

    void reload();
    void recountCell(const QString& statementId);
    void reloadDelegations();
    bool dimmed(const QModelIndex& index) const;
    Cell& cell(int row, int column) { return m_cells[size_t(row) * m_strands.size() + column]; }
    const Cell& cell(int row, int column) const {
        return m_cells[size_t(row) * m_strands.size() + column];
    }

    QPointer<SchoolDocument> m_document;
    qint64 m_auditId = 0;
    std::vector<Element> m_elements;
    std::vector<Strand> m_strands;
    std::vector<Cell> m_cells;
    std::vector<Delegation> m_delegations;
    QString m_highlight;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace equimark
