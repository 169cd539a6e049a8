#pragma once

#include "analysis/OutcomeAnalysis.h"
#include "pages/Page.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace equimark {

class OutcomeChartView;
class OutcomeTableModel;

// Outcomes by ethnic group: choose a measure and a year; the table shows each group's counts,
// rate, gap to all other pupils, risk ratio and (for the ambitions' focus groups) the target,
// beside a trend chart and a chart of the year's gaps. "Hide small numbers" (on by default)
// shows what every export shows. Figures come in through Import Figures… (a preview first),
// the template through Save Template…, the shared CSV through Export CSV…; the national
// figure and the threshold are edits like any other, undoable. navigateTo() takes a measure id,
// or "<measure>/<year>".
class OutcomesPage : public Page {
    Q_OBJECT

public:
    explicit OutcomesPage(QWidget* parent = nullptr);
    ~OutcomesPage() override;

    static QString id() { return QStringLiteral("outcomes"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Outcomes"); }
    QString title() const override { return staticTitle(); }
    void setDocument(SchoolDocument* document) override;
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    // Opens the preview of `csvPath` (the file dialog's choice, or a test's).
    void importFile(const QString& csvPath);

    QComboBox* measureSelector() const { return m_measure; }
    QComboBox* yearSelector() const { return m_year; }
    QCheckBox* sharedCheck() const { return m_shared; }
    QTableView* table() const { return m_view; }
    OutcomeTableModel* model() const { return m_model; }
    OutcomeChartView* trendChart() const { return m_trend; }
    OutcomeChartView* gapChart() const { return m_gaps; }
    QLineEdit* nationalField() const { return m_national; }
    QSpinBox* thresholdField() const { return m_threshold; }

private:
    void reload();
    void fillMeasures();
    void fillYears();
    void refresh();
    void chooseImport();
    void saveTemplate();
    void exportCsv();
    void commitNational();
    void commitThreshold();

    QPointer<SchoolDocument> m_document;
    std::unique_ptr<OutcomeAnalysis> m_analysis;
    QComboBox* m_measure;
    QComboBox* m_year;
    QCheckBox* m_shared;
    QSpinBox* m_threshold;
    QLineEdit* m_national;
    QPushButton* m_import;
    QPushButton* m_template;
    QPushButton* m_export;
    QLabel* m_definition;
    QLabel* m_empty;
    QTableView* m_view;
    OutcomeTableModel* m_model;
    QTabWidget* m_charts;
    OutcomeChartView* m_trend;
    OutcomeChartView* m_gaps;
    bool m_filling = false;
};

} // namespace equimark
