#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace equimark {

class IdListModel;
class SchoolDocument;

// The training page's "Case studies" tab: case studies of positive action (title, date,
// programme, the story) with evidence linked from the evidence store.
class TrainingCasesPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingCasesPanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    qint64 currentCaseId() const;
    void selectCase(qint64 id);
    bool find(const QString& text);

signals:
    void errorOccurred(const QString& message);

private:
    void reload();
    void showCase();
    void commit();
    void toggleEvidence(qint64 evidenceId, bool linked);
    void add();
    void remove();

    SchoolDocument* m_document = nullptr;
    IdListModel* m_cases;
    IdListModel* m_evidence;
    QListView* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTabWidget* m_editor;
    QLineEdit* m_title;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QComboBox* m_programme;
    QPlainTextEdit* m_story;
    QListView* m_evidenceList;
    bool m_filling = false;
};

} // namespace equimark
