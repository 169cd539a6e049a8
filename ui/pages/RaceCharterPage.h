#pragma once

#include "domain/CharterEvaluation.h"
#include "pages/Page.h"

#include <QDate>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace equimark {

class CharterCriteriaModel;
class CriterionEditor;

// The school's RACE Charter Mark self-evaluation. At the top, where the school stands: the
// award level it works towards (its choice), the level its judgements reach, the criteria
// holding it back (links that select them), the award held with its date and when
// reassessment is due. Below, the criteria by section with their rubric level, evidence and
// actions, beside the CriterionEditor. "Complete the Wording…" opens the FrameworkTextDialog
// for the criteria and standards whose official text is not public. A file without a
// race-charter framework gets an explanation and a button to start using it.
// navigateTo() takes a criterion id.
class RaceCharterPage : public Page {
    Q_OBJECT

public:
    explicit RaceCharterPage(QWidget* parent = nullptr);
    ~RaceCharterPage() override;

    static QString id() { return QStringLiteral("race-charter"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("RACE Charter"); }
    QString title() const override { return staticTitle(); }
    QIcon icon() const override;
    void setDocument(SchoolDocument* document) override;
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    // The day reassessment countdowns are measured from; today unless a test fixes it.
    void setToday(const QDate& today);

    CharterCriteriaModel* model() const { return m_model; }
    CriterionEditor* editor() const { return m_editor; }
    QTreeView* criteriaView() const { return m_view; }
    QComboBox* targetSelector() const { return m_target; }
    QComboBox* awardSelector() const { return m_awarded; }
    QDateEdit* awardDate() const { return m_awardedOn; }
    QLabel* heldBackLabel() const { return m_heldBack; }
    QLabel* reachedLabel() const { return m_reached; }
    QLabel* reassessmentLabel() const { return m_reassessment; }
    QPushButton* wordingButton() const { return m_wording; }
    QPushButton* startButton() const { return m_start; }
    const CharterStanding& standing() const { return m_standing; }

    bool selectCriterion(const QString& criterionId);
    // The actions behind the controls (also used by tests); false and errorOccurred on failure.
    bool setTarget(const QString& awardLevelId);
    bool setAward(const QString& awardLevelId, const QDate& awardedOn);
    bool startUsingCharter();
    void openWordingDialog();

private:
    void reload();
    void updateStanding();
    void updateEnabled();
    void currentChanged();
    void fillLevelCombos();
    void saveLayout();
    bool writeStatus(const CharterStatus& status);
    QString durationText(const QDate& from, const QDate& to) const;
    bool readOnly() const;

    QPointer<SchoolDocument> m_document;
    CharterCriteriaModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CharterStatus m_status;
    CharterStanding m_standing;
    QDate m_today;
    bool m_loading = false;

    QStackedWidget* m_stack;
    QLabel* m_emptyText;
    QPushButton* m_start;
    QGroupBox* m_standingBox;
    QComboBox* m_target;
    QLabel* m_reached;
    QLabel* m_progress;
    QLabel* m_heldBack;
    QComboBox* m_awarded;
    QDateEdit* m_awardedOn;
    QLabel* m_reassessment;
    QLabel* m_ruleNote;
    QLineEdit* m_filter;
    QPushButton* m_wording;
    QSplitter* m_splitter;
    QTreeView* m_view;
    CriterionEditor* m_editor;
};

} // namespace equimark
