#pragma once

#include "reports/ReportRequest.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;

namespace equimark {

class SchoolDocument;

// File > Print Preview, Print and Export PDF: choose a report and its options, then preview
// it, print it, or save it as a PDF. Every report is built once and painted by ReportWriter,
// so print and PDF are the same pages.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Output { Preview, Print, Pdf };

    ReportDialog(SchoolDocument& document, Output output, ReportRequest::Kind suggested,
                 QWidget* parent = nullptr);

    ReportRequest request() const;
    // Opens on a given report, e.g. a page's own portfolio (kind, practitioner, portfolio).
    void preselect(const ReportRequest& request);

private:
    void run();
    void fillOptions();
    void fillYears(ReportRequest::Kind kind);
    void fillPortfolios();

    SchoolDocument& m_document;
    Output m_output;
    QComboBox* m_kind;
    QComboBox* m_strand;
    QComboBox* m_status;
    QComboBox* m_group;
    QComboBox* m_year;
    QComboBox* m_visit;
    QComboBox* m_practitioner;
    QComboBox* m_portfolio;
    QLabel* m_strandLabel;
    QLabel* m_statusLabel;
    QLabel* m_groupLabel;
    QLabel* m_yearLabel;
    QLabel* m_visitLabel;
    QLabel* m_practitionerLabel;
    QLabel* m_portfolioLabel;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
};

} // namespace equimark
