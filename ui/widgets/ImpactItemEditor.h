#pragma once

#include "domain/Framework.h"
#include "domain/ImpactItem.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace equimark {

class RefreshWhenShown;

class SchoolDocument;

// The detail editor of one item of evidence of impact: what was done, with whom, the impact
// on others' knowledge, understanding or practice and how that is known, dates, the items of
// the shared evidence store that show it (with their attachments), and its mapping to RACE
// Charter criteria and LP standards, with the published criterion -> LP standard mapping
// shown as guidance for the criteria ticked. Each field is committed on its own as one
// UpdateImpactItemCommand; a refused change keeps what was typed and shows why.
class ImpactItemEditor : public QWidget {
    Q_OBJECT

public:
    explicit ImpactItemEditor(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    void showItem(qint64 itemId); // 0 = nothing chosen
    qint64 itemId() const { return m_item.id; }

    QString guidanceText() const;
    QString errorText() const;

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Field {
        Title,
        WithWhom,
        Impact,
        HowKnown,
        Started,
        Ended,
        Evidence,
        Criteria,
        Standards
    };

    void buildUi();
    void loadFramework();
    void fillEvidence();
    void refresh();
    void fill();
    void updateGuidance();
    void updateAttachments();
    void updateEnabled();
    void commit(Field field);
    void showError(const QString& message);
    QStringList checkedIds(const QListWidget* list) const;
    void setChecked(QListWidget* list, const QStringList& ids);

    SchoolDocument* m_document = nullptr;
    RefreshWhenShown* m_evidenceWhenShown = nullptr; // the evidence store to link from
    ImpactItem m_item;
    Framework m_framework;
    bool m_filling = false;

    QLabel* m_placeholder = nullptr;
    QWidget* m_scroll = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_withWhom = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QPlainTextEdit* m_howKnown = nullptr;
    QCheckBox* m_hasStarted = nullptr;
    QDateEdit* m_started = nullptr;
    QCheckBox* m_hasEnded = nullptr;
    QDateEdit* m_ended = nullptr;
    QListWidget* m_evidence = nullptr;
    QLabel* m_attachments = nullptr;
    QListWidget* m_criteria = nullptr;
    QListWidget* m_standards = nullptr;
    QLabel* m_guidance = nullptr;
};

} // namespace equimark
