#pragma once

#include "pages/Page.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace equimark {

class CoverageMatrixModel;
class ImpactItemEditor;
class ImpactItemModel;
class PortfolioHeader;
class PractitionerListModel;
class ReflectionsEditor;
class StandardAssessmentModel;

// The Lead Practitioner portfolio editor. Left: the practitioners in the school (name, role)
// and the chosen practitioner's portfolios. Right: the chosen portfolio's header (programme,
// gateway countdown, status, readiness) over four tabs: self-assessment against the LP
// standards, answers to the reflective questions, evidence of impact (list and editor) and
// the coverage matrix of LP standards and RACE criteria against the evidence. Every edit is
// an undoable command; "Export PDF..." prints the portfolio through the report dialog.
class PortfolioPage : public Page {
    Q_OBJECT

public:
    enum Tab { SelfAssessmentTab, ReflectionsTab, EvidenceTab, CoverageTab };

    explicit PortfolioPage(QWidget* parent = nullptr);
    ~PortfolioPage() override;

    static QString id() { return QStringLiteral("portfolios"); }
    QString pageId() const override { return id(); }
    static QString staticTitle();
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    // A number selects that practitioner; "portfolio/<id>" that portfolio.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    // The steps behind the buttons (the dialogs only gather what these take). Each returns
    // the new id, or 0 when the file refused (the message has been shown).
    qint64 addPractitioner(const QString& name, const QString& role);
    qint64 addPortfolio(const QString& programme, const QDate& gatewayOn);
    qint64 addImpactItem(const QString& title);
    void removeImpactItem();
    void showTab(Tab tab);

    qint64 currentPractitionerId() const;
    qint64 currentPortfolioId() const { return m_portfolioId; }
    qint64 currentImpactItemId() const;
    void selectPractitioner(qint64 practitionerId);
    void selectPortfolio(qint64 portfolioId);
    void selectImpactItem(qint64 itemId);

    PractitionerListModel* practitionerModel() const { return m_practitioners; }
    StandardAssessmentModel* assessmentModel() const { return m_assessments; }
    ImpactItemModel* impactModel() const { return m_items; }
    CoverageMatrixModel* coverageModel() const { return m_coverage; }
    PortfolioHeader* header() const { return m_header; }
    ReflectionsEditor* reflections() const { return m_reflections; }
    ImpactItemEditor* impactEditor() const { return m_impactEditor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createPractitionersPanel();
    QWidget* createPortfolioPanel();
    QWidget* createAssessmentTab();
    QWidget* createEvidenceTab();
    QWidget* createCoverageTab();
    void practitionerChosen();
    void fillPortfolios(qint64 select);
    void portfolioChosen();
    void showImpactItem();
    void updateCoverageSummary();
    void updateEmptyStates();
    void updateEditable();
    void askAddPortfolio();
    void removePractitioner();
    void removePortfolio();
    void exportPdf();
    void saveLayout();
    bool editable() const;
    void reportError(const QString& message);

    SchoolDocument* m_document = nullptr;
    PractitionerListModel* m_practitioners;
    StandardAssessmentModel* m_assessments;
    ImpactItemModel* m_items;
    CoverageMatrixModel* m_coverage;
    QSortFilterProxyModel* m_practitionerProxy;
    qint64 m_portfolioId = 0;
    bool m_filling = false;

    QLabel* m_intro = nullptr;
    QPushButton* m_export = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_practitionerView = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newRole = nullptr;
    QPushButton* m_addPractitioner = nullptr;
    QPushButton* m_removePractitioner = nullptr;
    QLabel* m_portfoliosCaption = nullptr;
    QComboBox* m_portfolioChooser = nullptr;
    QPushButton* m_addPortfolio = nullptr;
    QPushButton* m_removePortfolio = nullptr;
    QLabel* m_noPortfolio = nullptr;
    QWidget* m_portfolioPanel = nullptr;
    PortfolioHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_standardsView = nullptr;
    ReflectionsEditor* m_reflections = nullptr;
    QSplitter* m_impactSplitter = nullptr;
    QTableView* m_impactView = nullptr;
    QLineEdit* m_newImpactTitle = nullptr;
    QPushButton* m_addImpact = nullptr;
    QPushButton* m_removeImpact = nullptr;
    ImpactItemEditor* m_impactEditor = nullptr;
    QLabel* m_coverageSummary = nullptr;
    QTableView* m_coverageView = nullptr;
};

} // namespace equimark
