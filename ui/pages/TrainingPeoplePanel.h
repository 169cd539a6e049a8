#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace equimark {

class PersonTableModel;
class SchoolDocument;

// The training page's "People" tab: staff and governors with role, leader flag and the dates
// they joined and left, edited in the table; add by name, remove the selected person (with
// their attendance and ratings, undoably).
class TrainingPeoplePanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPeoplePanel(QWidget* parent = nullptr);

    void setDocument(SchoolDocument* document);
    PersonTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void selectPerson(qint64 id);
    bool find(const QString& text);

signals:
    void errorOccurred(const QString& message);

private:
    void add();
    void remove();
    void updateButtons();

    SchoolDocument* m_document = nullptr;
    PersonTableModel* m_model;
    QLineEdit* m_name;
    QComboBox* m_body;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTableView* m_view;
};

} // namespace equimark
