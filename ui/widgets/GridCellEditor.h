#pragma once

#include "domain/Rating.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace equimark {

class RefreshWhenShown;

class SchoolDocument;
class SummaryGridModel;

// The detail panel of one summary grid cell: how its statements are judged, the suggestion
// and why, the agreed rating and rationale (edited through SetGridCellCommand), the cell's
// statements and the actions already linked to it, with the way to the audit and to a new
// action for the cell.
class GridCellEditor : public QWidget {
    Q_OBJECT

public:
    explicit GridCellEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setModel(SummaryGridModel* model);
    // Shows one cell of the model (an invalid index shows "select a cell").
    void setCell(const QModelIndex& index);
    QModelIndex cellIndex() const { return m_index; }
    // Reads the cell again from the model and the file, keeping a rationale being typed.
    void refresh();
    void refreshActions();

    // Commits the typed rationale with the selected rating; false (and errorOccurred) when
    // the file refused it, with the typed text left in place.
    bool commitRationale();
    // Records `agreed` with the rationale in the editor.
    bool agree(Rating agreed);
    bool agreeWithSuggestion();

    QPlainTextEdit* rationaleEditor() const { return m_rationale; }
    QAbstractButton* ratingButton(Rating rating) const;
    QPushButton* agreeButton() const { return m_agree; }
    QPushButton* agreeWithSuggestionButton() const { return m_agreeSuggestion; }
    QPushButton* createActionButton() const { return m_createAction; }
    QPushButton* openInAuditButton() const { return m_openInAudit; }
    // The statements as listed: "Green — The school has ...", in framework order.
    QStringList statementTexts() const;
    QTreeWidget* actionList() const { return m_actions; }

signals:
    void navigateRequested(const QString& pageId, const QVariant& target);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool commit(Rating agreed, const QString& rationale);
    Rating selectedRating() const;
    void selectRating(Rating rating);
    void updateEnabled();
    void refreshStatements();
    void fitStatementHeights();
    void requestCreateAction();
    void requestOpenInAudit();
    QString elementId() const;
    QString strandId() const;

    QPointer<SchoolDocument> m_document;
    RefreshWhenShown* m_actionsWhenShown = nullptr; // the cell's linked actions
    QPointer<SummaryGridModel> m_model;
    QPersistentModelIndex m_index;
    bool m_settingText = false;
    bool m_rationaleDirty = false;

    QLabel* m_placeholder = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_elementName = nullptr;
    QLabel* m_strandName = nullptr;
    QLabel* m_countsBar = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_suggestionChip = nullptr;
    QLabel* m_suggestion = nullptr;
    QLabel* m_reason = nullptr;
    QButtonGroup* m_ratingGroup = nullptr;
    QLabel* m_agreedBy = nullptr;
    QLabel* m_trend = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_agreeSuggestion = nullptr;
    QWidget* m_statements = nullptr;
    QPushButton* m_openInAudit = nullptr;
    QTreeWidget* m_actions = nullptr;
    QLabel* m_noActions = nullptr;
    QPushButton* m_createAction = nullptr;
};

} // namespace equimark
