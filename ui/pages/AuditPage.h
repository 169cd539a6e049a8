#pragma once

#include "domain/Rating.h"
#include "pages/Page.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace equimark {

class AuditGridModel;
class StatementEditor;
class StatementFilterProxy;
class StatementListModel;

// The whole-school audit of one year: the grid of elements x strands (each cell a stacked
// RAG bar, "judged of total" and a marker when delegated), the list of statements of the
// chosen cell, row or column, and the editor beside it. Judging is quick from the keyboard:
// with the statement list focused, R/A/G/0 (or 1/2/3) rate and move to the next statement.
class AuditPage : public Page {
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);
    ~AuditPage() override;

    static QString id() { return QStringLiteral("audit"); }
    QString pageId() const override { return id(); }
    static QString staticTitle() { return tr("Whole-School Audit"); }
    QString title() const override { return staticTitle(); }
    void setDocument(SchoolDocument* document) override;
    // A QVariantMap {"element": id, "strand": id} selects that grid cell (either key alone
    // selects the row or column); a QString selects that statement.
    void navigateTo(const QVariant& target) override;
    bool find(const QString& text) override;

    qint64 currentAuditId() const;
    QTableView* gridView() const { return m_grid; }
    QTableView* statementView() const { return m_statements; }
    StatementEditor* editor() const { return m_editor; }
    AuditGridModel* gridModel() const { return m_gridModel; }
    StatementListModel* statementModel() const { return m_statementModel; }
    StatementFilterProxy* statementFilter() const { return m_filter; }
    QComboBox* yearSelector() const { return m_year; }
    QComboBox* delegateFilter() const { return m_delegateFilter; }
    QCheckBox* unjudgedOnly() const { return m_unjudged; }

    // The actions behind the buttons (also used by tests): a dialog asks the details.
    void startNewYear();
    void delegateSection();
    // Rates the current statement and moves to the next one; false when the edit failed.
    bool judgeCurrent(Rating rating);
    // Saves the editor's note as a SetJudgementCommand; false when the edit failed.
    bool commitNote();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reloadYears(qint64 select = 0);
    void showAudit(qint64 auditId);
    void gridCurrentChanged(const QModelIndex& current);
    void statementCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void statementDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void loadEditor();
    void updateProgress();
    void updateListCaption();
    void reloadDelegateFilter();
    void applyDelegateFilter();
    void clearSectionFilter();
    bool selectStatement(const QString& statementId);
    void showGridMenu(const QPoint& position);
    void openDelegateDialog(int scope, const QString& elementId, const QString& strandId);
    void removeDelegation(const QString& elementId, const QString& strandId);
    void updateEnabled();
    void saveLayout();
    bool readOnly() const;

    QPointer<SchoolDocument> m_document;
    AuditGridModel* m_gridModel;
    StatementListModel* m_statementModel;
    StatementFilterProxy* m_filter;

    QComboBox* m_year;
    QPushButton* m_newYear;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QComboBox* m_delegateFilter;
    QCheckBox* m_unjudged;
    QPushButton* m_delegate;
    QSplitter* m_vertical;
    QSplitter* m_horizontal;
    QTableView* m_grid;
    QLabel* m_listCaption;
    QPushButton* m_showAll;
    QTableView* m_statements;
    StatementEditor* m_editor;
    QLabel* m_empty;

    bool m_judging = false;
    bool m_restoringLayout = false;
    bool m_defaultLayout = false;
};

} // namespace equimark
