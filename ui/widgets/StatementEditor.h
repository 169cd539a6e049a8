#pragma once

#include "domain/Audit.h"
#include "domain/Framework.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace equimark {

// The detail pane beside the audit's statement list: the statement (word-wrapped), the
// framework's guidance, last year's rating, the four rating buttons and the evidence note.
// It edits nothing itself: it asks (ratingRequested, noteCommitRequested) and the page runs
// the command, so a failed edit leaves the typed note in place.
class StatementEditor : public QWidget {
    Q_OBJECT

public:
    explicit StatementEditor(QWidget* parent = nullptr);

    // Shows a statement; nullptr shows "choose a statement". Discards an unsaved note, so
    // commit it first.
    void setStatement(const AuditStatement* statement, const QString& where,
                      const Judgement& judgement, const std::optional<Judgement>& lastYear);
    // The shown statement's judgement changed (an edit, undo or redo): show it, keeping a
    // note the user is still typing.
    void updateJudgement(const Judgement& judgement);
    void setReadOnly(bool readOnly);

    QString statementId() const { return m_statementId; }
    QString note() const;
    void setNote(const QString& note);
    bool isNoteDirty() const { return m_dirty; }
    void markNoteCommitted() { m_dirty = false; }
    QPlainTextEdit* noteEditor() const { return m_note; }
    QPushButton* ratingButton(Rating rating) const;

signals:
    void ratingRequested(Rating rating);
    void noteCommitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showRating(Rating rating);
    void updateIcons();
    void updateEnabled();

    QString m_statementId;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    QLabel* m_where;
    QLabel* m_text;
    QLabel* m_guidance;
    QLabel* m_lastYear;
    QLabel* m_judgedBy;
    QButtonGroup* m_ratings;
    QPlainTextEdit* m_note;
};

} // namespace equimark
