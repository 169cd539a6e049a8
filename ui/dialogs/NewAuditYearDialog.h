#pragma once

#include "domain/AcademicYear.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace equimark {

// Asks which academic year's audit to start and whether last year's evidence notes should
// be carried forward. Years that already have an audit are not offered.
class NewAuditYearDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the years that already have an audit; `suggested`: the year selected first.
    NewAuditYearDialog(const QList<AcademicYear>& existing, AcademicYear suggested,
                       QWidget* parent = nullptr);

    AcademicYear year() const;
    bool carryNotes() const;

private:
    void updateCarryText();

    QList<AcademicYear> m_existing;
    QComboBox* m_year;
    QCheckBox* m_carry;
    QLabel* m_explanation;
    QDialogButtonBox* m_buttons;
};

} // namespace equimark
