#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace equimark {

class IdListModel;
class RatingTableModel;
class SchoolDocument;

// The training page's "Programmes" tab: programmes evaluated as the CPD pilot is, beside an
// editor for the selected one: its aims, how leaders changed their approach, how the
// learning is embedded with the action plan's actions that carry it, and confidence ratings
// entered per participant but summarised only as aggregates (small counts suppressed).
class TrainingProgrammesPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingProgrammesPanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    qint64 currentProgrammeId() const;
    QString evaluationText() const;
    void selectProgramme(qint64 id);
    bool find(const QString& text);

signals:
    void errorOccurred(const QString& message);

private:
    void reload();
    void showProgramme();
    void commit();
    void toggleAction(qint64 actionId, bool linked);
    void add();
    void remove();

    SchoolDocument* m_document = nullptr;
    IdListModel* m_programmes;
    IdListModel* m_actions;
    RatingTableModel* m_ratings;
    QListView* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTabWidget* m_editor;
    QLineEdit* m_title;
    QLineEdit* m_provider;
    QPlainTextEdit* m_aims;
    QPlainTextEdit* m_approach;
    QPlainTextEdit* m_embedding;
    QListView* m_actionList;
    QTableView* m_ratingView;
    QLabel* m_evaluation;
    bool m_filling = false;
};

} // namespace equimark
