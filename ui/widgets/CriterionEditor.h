#pragma once

#include "Result.h"
#include "domain/Action.h"
#include "domain/CharterEvaluation.h"
#include "domain/Framework.h"

#include <QPointer>
#include <QVariant>
#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QVBoxLayout;

namespace equimark {

class RefreshWhenShown;

class SchoolDocument;

// The detail pane of the RACE Charter page: one criterion's full text, the rubric (a radio
// button per level, each level's description as help), the evidence notes, the evidence
// items linked from the shared store, the actions of the shared action plan that serve it
// (raise a new one under the race strand, link an existing one, open it on the Action plan
// page) and, read-only, the published Lead Practitioner mapping for the criterion. Every
// change is one SetCriterionJudgementCommand; a refused change shows why and keeps the
// typed notes.
class CriterionEditor : public QWidget {
    Q_OBJECT

public:
    explicit CriterionEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    // The framework the criteria come from (after the file was read or its wording edited).
    void setFramework(const std::optional<Framework>& framework);
    void setCriterion(const QString& criterionId); // empty: nothing chosen
    QString criterionId() const { return m_criterionId; }
    void setReadOnly(bool readOnly);

    // The edits behind the controls (also used by tests); false and errorOccurred on failure.
    bool setLevel(const QString& levelId);
    bool commitNotes();
    bool setEvidenceLinked(qint64 evidenceId, bool linked);
    bool unlinkAction(qint64 actionId);
    bool linkAction(qint64 actionId);
    // Adds `draft` to the shared action plan linked to this criterion (one undo step);
    // returns the new action's id.
    Result<qint64> raiseAction(const Action& draft);
    // A draft action for this criterion: title from the criterion, the race strand.
    Action draftAction() const;

    bool isNotesDirty() const { return m_notesDirty; }
    QPlainTextEdit* notesEditor() const { return m_notes; }
    QRadioButton* levelButton(const QString& levelId) const; // "" = not judged
    QListWidget* evidenceList() const { return m_evidence; }
    QListWidget* actionList() const { return m_actions; }
    QPushButton* raiseButton() const { return m_raise; }
    QLabel* guidanceLabel() const { return m_guidance; }

signals:
    void errorOccurred(const QString& message);
    void navigateRequested(const QString& pageId, const QVariant& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLevels();
    void reload();
    void showJudgement();
    void fillEvidence();
    void filterEvidence();
    void fillActions();
    void showGuidance();
    void updateEnabled();
    void updateLevelHelp();
    bool write(CriterionJudgement judgement);
    void raiseWithDialog();
    void linkWithDialog();
    void openCurrentAction();
    bool editable() const;
    qint64 currentActionId() const;

    QPointer<SchoolDocument> m_document;
    RefreshWhenShown* m_reloadWhenShown = nullptr; // evidence and actions to link
    std::optional<Framework> m_framework;
    QString m_criterionId;
    CriterionJudgement m_judgement;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_notesDirty = false;

    QLabel* m_empty;
    QWidget* m_form;
    QWidget* m_scroll = nullptr;
    QLabel* m_where;
    QLabel* m_text;
    QLabel* m_unknown;
    QGroupBox* m_levelBox;
    QButtonGroup* m_levels;
    QVBoxLayout* m_levelLayout;
    QLabel* m_levelHelp;
    QLabel* m_judgedBy;
    QPlainTextEdit* m_notes;
    QLineEdit* m_evidenceSearch;
    QListWidget* m_evidence;
    QLabel* m_evidenceCount;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_actions;
    QPushButton* m_raise;
    QPushButton* m_link;
    QPushButton* m_open;
    QPushButton* m_unlink;
    QLabel* m_guidance;
};

} // namespace equimark
