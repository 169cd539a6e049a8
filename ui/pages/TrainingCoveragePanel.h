#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace equimark {

class CoverageTableModel;
class NotReachedTableModel;
class SchoolDocument;
struct TrainingCoverage;

// The training page's "Coverage" tab: for a period (the current academic year unless
// chosen), how many staff, governors and leaders in post were offered and attended race
// equality training, what counts as such, and who has not been reached yet.
class TrainingCoveragePanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingCoveragePanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setPeriod(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    CoverageTableModel* coverageModel() const { return m_coverage; }
    NotReachedTableModel* notReachedModel() const { return m_notReached; }
    QString summaryText() const;

private:
    void recompute();
    void exportPdf();

    SchoolDocument* m_document = nullptr;
    CoverageTableModel* m_coverage;
    NotReachedTableModel* m_notReached;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_thisYear;
    QPushButton* m_export;
    QLabel* m_counts;
    QLabel* m_summary;
    QTableView* m_coverageView;
    QTableView* m_notReachedView;
};

} // namespace equimark
