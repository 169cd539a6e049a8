#pragma once

#include "domain/School.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace equimark {

// The school's own details and its support package (Bronze, Silver or Gold, with what each
// includes and costs for the school's phase, as the programme lists them).
class SchoolDetailsDialog : public QDialog {
    Q_OBJECT

public:
    SchoolDetailsDialog(const School& school, bool readOnly, QWidget* parent = nullptr);
    School school() const;

private:
    void describePackage();

    School m_school;
    QLineEdit* m_name;
    QLineEdit* m_urn;
    QComboBox* m_phase;
    QLineEdit* m_authority;
    QComboBox* m_level;
    QComboBox* m_year;
    QLabel* m_includes;
};

} // namespace equimark
