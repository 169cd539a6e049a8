#pragma once

#include "pages/Page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QTableView;

namespace equimark {

class GridCellEditor;
class SummaryGridModel;

// Step 3 of the process: the equality summary grid of one audit year. Each cell shows the
// rating the group agreed, the suggestion from the statements, whether the two differ and
// the change since last year; the panel beside it agrees a cell with a rationale, lists its
// statements and actions, and starts a new action for it.
class SummaryGridPage : public Page {
    Q_OBJECT

public:
    explicit SummaryGridPage(QWidget* parent = nullptr);
    ~SummaryGridPage() override;

    static QString id() { return QStringLiteral("summary-grid"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Summary grid"); }
    QString title() const override { return staticTitle(); }
    void setDocument(SchoolDocument* document) override;
    // {element, strand} selects a cell; an optional "year" ("2026-27") picks the year first.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    SummaryGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    GridCellEditor* editor() const { return m_editor; }
    QComboBox* yearSelector() const { return m_year; }
    QLabel* summaryLabel() const { return m_summary; }
    // Selects a cell; false when the model has no such cell.
    bool selectCell(const QString& elementId, const QString& strandId);

private:
    void reloadYears();
    void showSelectedYear();
    void updateSummary();
    void onCurrentChanged(const QModelIndex& current);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onModelReset();
    void saveLayout();

    QPointer<SchoolDocument> m_document;
    SummaryGridModel* m_model = nullptr;
    QComboBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    QScrollArea* m_scroll = nullptr;
    GridCellEditor* m_editor = nullptr;
    QString m_selectedElement;
    QString m_selectedStrand;
    bool m_restoring = false;
};

} // namespace equimark
