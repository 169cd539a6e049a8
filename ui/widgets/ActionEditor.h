#pragma once

#include "domain/Action.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace equimark {

class ProgressNoteModel;
class SchoolDocument;

// The detail editor of one action. Each field is committed on its own when it is finished
// (Return, focus leaving, a choice made) as one UpdateActionCommand, so every change is one
// undo step; a refused change leaves the typed value in place and shows why. A new action
// is a draft until "Add action" is pressed.
class ActionEditor : public QWidget {
    Q_OBJECT

public:
    explicit ActionEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void showAction(qint64 actionId); // 0 = nothing chosen
    // A draft new action, prefilled with an element and strand (either may be empty).
    void startNew(const QString& elementId = {}, const QString& strandId = {});
    void setOwnerSuggestions(const QStringList& owners);

    qint64 actionId() const { return m_actionId; }
    bool isDraft() const { return m_draft; }
    QString errorText() const;

signals:
    void errorOccurred(const QString& message);
    void navigateRequested(const QString& pageId, const QVariant& target);
    void actionCreated(qint64 actionId);
    void draftCancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Field {
        Title,
        Strands,
        Element,
        Sip,
        Owner,
        Start,
        Due,
        Criteria,
        Cost,
        Status,
        Impact
    };

    void buildUi();
    void fill(const Action& action);
    void refresh();
    void refreshEvidence();
    void updateEnabled();
    void commit(Field field);
    Action fromWidgets(Action action) const;
    void createDraft();
    void addNote();
    void removeNote();
    void showError(const QString& message);
    void clearError();

    SchoolDocument* m_document = nullptr;
    qint64 m_actionId = 0;
    bool m_draft = false;
    bool m_filling = false;
    QStringList m_ownerSuggestions;

    QLabel* m_heading = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_title = nullptr;
    QListWidget* m_strands = nullptr;
    QComboBox* m_element = nullptr;
    QLineEdit* m_sip = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_hasStart = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QPlainTextEdit* m_criteria = nullptr;
    QLineEdit* m_cost = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QTableView* m_notes = nullptr;
    ProgressNoteModel* m_noteModel = nullptr;
    QDateEdit* m_noteDate = nullptr;
    QLineEdit* m_noteText = nullptr;
    QPushButton* m_addNote = nullptr;
    QPushButton* m_removeNote = nullptr;
    QLabel* m_evidence = nullptr;
    QWidget* m_draftButtons = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_progressSection = nullptr;
};

} // namespace equimark
