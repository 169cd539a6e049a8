#pragma once

#include "domain/Audit.h"
#include "domain/Framework.h"
#include "domain/GridRule.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>
#include <vector>

namespace equimark {

class SchoolDocument;

// The equality summary grid of one audit year: a row per element, a column per strand. Each
// cell carries how its statements are judged, the suggestion GridRule derives from them, the
// rating the group agreed with its rationale, and the change since the previous year. The
// model only observes the document: edits go through SetGridCellCommand and come back as
// gridCellChanged / judgementChanged, which update just the cell concerned.
class SummaryGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ElementIdRole = Qt::UserRole + 1,
        StrandIdRole,
        AgreedRole,    // int(Rating) the group agreed; None while not agreed
        SuggestedRole, // int(Rating) GridRule suggests from the statements
        DiffersRole,   // bool: agreed and suggested are both set and not the same
        TrendRole,     // int(Trend) of the agreed rating against the previous year
        PreviousRole,  // int(Rating) agreed in the previous year
        RationaleRole, // QString
        ReasonRole,    // QString: suggestionReason()
        CountsRole,    // QVariantList {red, amber, green, unjudged}
        AgreedByRole,  // QString
        AgreedAtRole,  // QDateTime
        TrendTextRole, // QString: "Improved since 2025-26", empty when unknown
    };

    // Figures for the page's summary line.
    struct Summary {
        int cells = 0;
        int agreed = 0;
        int differing = 0;
        int improved = 0;
        int declined = 0;
    };

    explicit SummaryGridModel(QObject* parent = nullptr);

    // Observes `document` (nullptr when the file is closed); shows no year until setAudit().
    void setDocument(SchoolDocument* document);
    // Shows the grid of one audit (0: none). Reloads everything.
    void setAudit(qint64 auditId);
    qint64 auditId() const { return m_auditId; }
    // The year the trends compare with, when there is a previous audit.
    std::optional<AcademicYear> previousYear() const { return m_previousYear; }
    const Framework& framework() const { return m_framework; }

    QString elementId(int row) const;
    QString strandId(int column) const;
    QModelIndex indexOf(const QString& elementId, const QString& strandId) const;
    GridCell cell(const QModelIndex& index) const;
    CellCounts counts(const QModelIndex& index) const;
    Rating suggested(const QModelIndex& index) const;
    Summary summary() const;
    // Why the last load failed, empty when it worked.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A read of the file failed; the page shows the message.
    void loadFailed(const QString& message);

private:
    struct CellData {
        CellCounts counts;
        Rating suggested = Rating::None;
        GridCell cell;
        Rating previous = Rating::None;
    };

    void reload();
    bool load();
    void onGridCellChanged(qint64 auditId, const QString& elementId, const QString& strandId);
    void onJudgementChanged(qint64 auditId, const QString& statementId);
    void fail(const QString& message);
    const CellData* at(const QModelIndex& index) const;
    CellData* at(const QModelIndex& index);
    Trend trend(const CellData& data) const;
    QString trendText(Trend trend) const;
    QString accessibleText(const QModelIndex& index, const CellData& data) const;

    QPointer<SchoolDocument> m_document;
    qint64 m_auditId = 0;
    qint64 m_previousAuditId = 0;
    std::optional<AcademicYear> m_previousYear;
    Framework m_framework;
    std::vector<CellData> m_cells; // row-major: row * columns + column
    QString m_lastError;
};

} // namespace equimark
