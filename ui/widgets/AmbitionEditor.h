#pragma once

#include "Result.h"
#include "domain/Action.h"
#include "domain/AmbitionJudgement.h"
#include "domain/Framework.h"

#include <QPointer>
#include <QVariant>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStandardItem;
class QStandardItemModel;
class QTabWidget;

namespace equimark {

class OutcomeMeasure;

class RefreshWhenShown;
class SchoolDocument;

// The detail pane of the Ambitions page: one success criterion in one academic year. Its
// ambition and full text, the outcome measure it names (with a button to the figures), the
// status (a radio button per status of the framework, Alt+1 to Alt+3, last year's status
// beside as a hint), the evidence notes, the evidence items linked from the shared store and
// the actions of the shared action plan that serve it (raise one under the race strand, link
// an existing one, open it on the Action plan page). Every change is one
// SetAmbitionJudgementCommand; a refused change shows why and keeps the typed notes. The
// actions part is in AmbitionEditorActions.cpp.
class AmbitionEditor : public QWidget {
    Q_OBJECT

public:
    explicit AmbitionEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setFramework(const std::optional<Framework>& framework);
    void setYear(const QString& year);
    void setCriterion(const QString& criterionId); // empty: nothing chosen
    QString criterionId() const { return m_criterionId; }
    QString year() const { return m_year; }
    void setReadOnly(bool readOnly);

    // The edits behind the controls (also used by tests); false and errorOccurred on failure.
    bool setStatus(const QString& statusId);
    bool commitNotes();
    bool setEvidenceLinked(qint64 evidenceId, bool linked);
    bool linkAction(qint64 actionId);
    bool unlinkAction(qint64 actionId);
    Result<qint64> raiseAction(const Action& draft);
    Action draftAction() const;

    bool isNotesDirty() const { return m_notesDirty; }
    QPlainTextEdit* notesEditor() const { return m_notes; }
    QRadioButton* statusButton(const QString& statusId) const;
    QListView* evidenceView() const { return m_evidenceView; }
    QListView* actionView() const { return m_actionView; }
    QPushButton* raiseButton() const { return m_raise; }
    QPushButton* figuresButton() const { return m_figures; }
    QLabel* measureLabel() const { return m_measure; }
    QLabel* lastYearLabel() const { return m_lastYear; }

signals:
    void errorOccurred(const QString& message);
    void navigateRequested(const QString& pageId, const QVariant& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int IdRole = Qt::UserRole + 1; // evidence and action ids in the lists

    void buildStatuses();
    void reload();
    // Where the focus groups stand against the criterion's outcome target, as a line to add.
    QString targetsText(const OutcomeMeasure& measure) const;
    void showJudgement();
    void fillEvidence();
    void fillActions();
    void filterEvidence();
    void updateEnabled();
    bool write(AmbitionJudgement judgement);
    void raiseWithDialog();
    void linkWithDialog();
    void openCurrentAction();
    bool editable() const;
    qint64 currentActionId() const;

    QPointer<SchoolDocument> m_document;
    RefreshWhenShown* m_reloadWhenShown = nullptr;
    std::optional<Framework> m_framework;
    QString m_year;
    QString m_criterionId;
    AmbitionJudgement m_judgement;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_notesDirty = false;

    QLabel* m_empty;
    QWidget* m_form;
    QWidget* m_scroll = nullptr;
    QLabel* m_where;
    QLabel* m_text;
    QLabel* m_measure;
    QPushButton* m_figures;
    QGroupBox* m_statusBox;
    QButtonGroup* m_statuses;
    QWidget* m_statusRow = nullptr;
    QLabel* m_lastYear;
    QLabel* m_judgedBy;
    QPlainTextEdit* m_notes;
    QTabWidget* m_tabs;
    QLineEdit* m_evidenceSearch;
    QStandardItemModel* m_evidence;
    QListView* m_evidenceView;
    QLabel* m_evidenceCount;
    QStandardItemModel* m_actions;
    QListView* m_actionView;
    QPushButton* m_raise;
    QPushButton* m_link;
    QPushButton* m_open;
    QPushButton* m_unlink;
};

} // namespace equimark
