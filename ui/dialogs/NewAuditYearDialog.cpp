#include "dialogs/NewAuditYearDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace equimark {

NewAuditYearDialog::NewAuditYearDialog(const QList<AcademicYear>& existing, AcademicYear suggested,
                                       QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_year(new QComboBox(this))
    , m_carry(new QCheckBox(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Start a New Year's Audit"));

    // A few years either side of the suggestion covers starting late or catching up.
    for (int start = suggested.startYear() - 3; start <= suggested.startYear() + 2; ++start) {
        const AcademicYear year(start);
        if (!existing.contains(year))
            m_year->addItem(year.toString(), start);
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(suggested.startYear())));
    m_year->setAccessibleName(tr("Academic year"));
    m_year->setToolTip(tr("The academic year the new audit is for"));

    m_carry->setText(tr("&Carry forward last year's evidence notes"));
    m_carry->setChecked(true);
    m_carry->setAccessibleName(tr("Carry forward last year's evidence notes"));
    m_carry->setToolTip(tr("Start each statement with last year's note, to be checked and updated; "
                           "the ratings start empty"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    auto* yearLabel = new QLabel(tr("Academic &year:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, m_year);
    form->addRow(QString(), m_carry);

    auto* intro = new QLabel(tr("Every statement of the new audit starts as not yet judged. "
                                "The group judges it afresh; last year's ratings are shown "
                                "beside each statement as a hint."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Audit"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_year->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QComboBox::currentIndexChanged, this, &NewAuditYearDialog::updateCarryText);
    connect(m_carry, &QCheckBox::toggled, this, &NewAuditYearDialog::updateCarryText);
    updateCarryText();
    setMinimumWidth(420);
}

AcademicYear NewAuditYearDialog::year() const {
    return AcademicYear(m_year->currentData().toInt());
}

bool NewAuditYearDialog::carryNotes() const {
    return m_carry->isChecked();
}

void NewAuditYearDialog::updateCarryText() {
    std::optional<AcademicYear> previous;
    for (const auto& year : m_existing) {
        if (year < this->year() && (!previous || *previous < year))
            previous = year;
    }
    m_carry->setEnabled(previous.has_value());
    if (!previous)
        m_explanation->setText(tr("There is no earlier audit to carry notes from."));
    else if (m_carry->isChecked())
        m_explanation->setText(tr("The evidence notes written in %1 are copied into the new "
                                  "audit for the group to review and update.")
                                   .arg(previous->toString()));
    else
        m_explanation->setText(tr("The new audit starts with no notes."));
}

} // namespace equimark
