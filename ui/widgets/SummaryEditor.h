#pragma once

#include "domain/AccreditationSummary.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace equimark {

class RefreshWhenShown;

class SchoolDocument;

// The accreditation summary of one strand: the outcomes achieved, measurable results, the
// reference group's statement, the actions taken and evidence linked (checkable lists), how
// the strand's summary grid moved since the first audit, and the status with the steps the
// advisor and the school may take next. Typing is written through after a pause or when
// the field loses focus; every change is an undoable command. A verified summary is locked.
class SummaryEditor : public QWidget {
    Q_OBJECT

public:
    explicit SummaryEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void setStrand(const QString& strandId);
    QString strandId() const { return m_strandId; }
    void setToday(const QDate& today) { m_today = today; }
    std::optional<AccreditationSummary> summary() const { return m_summary; }

    // Writes what was typed but not yet written; false (and errorOccurred) on failure, the
    // text kept in the editor.
    bool commitPending();
    // The steps, as the buttons' dialogs call them; false (and errorOccurred) on failure.
    bool startSummary();
    bool submit(const QDate& on);
    bool verify(const QString& advisor, const QDate& on, const QString& comments,
                std::optional<qint64> visitId);
    bool returnToSchool(const QString& advisor, const QDate& on, const QString& comments);
    bool withdrawVerification(const QString& reason);

    bool isLockedForEditing() const;

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void reload();
    void reloadLists();
    void reloadMovement();
    void updateState();
    void onSummaryChanged(qint64 summaryId);
    void contentEdited();
    void askSubmit();
    void askVerify();
    void askReturn();
    void askWithdraw();
    bool run(bool ok, const QString& message);

    QPointer<SchoolDocument> m_document;
    RefreshWhenShown* m_listsWhenShown = nullptr; // actions and evidence to choose from
    QString m_strandId;
    QDate m_today;
    std::optional<AccreditationSummary> m_summary;
    bool m_loading = false;
    bool m_dirty = false;
    QTimer* m_saveTimer = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lockNote = nullptr;
    QLabel* m_advisorNote = nullptr;
    QPushButton* m_start = nullptr;
    QWidget* m_form = nullptr;
    QPlainTextEdit* m_outcomes = nullptr;
    QPlainTextEdit* m_results = nullptr;
    QPlainTextEdit* m_statement = nullptr;
    QListWidget* m_actions = nullptr;
    QListWidget* m_evidence = nullptr;
    QTableWidget* m_movement = nullptr;
    QLabel* m_history = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace equimark
