#include "dialogs/PreferencesDialog.h"

#include "Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace equimark {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(Preferences::userName(), this))
    , m_year(new QComboBox(this))
    , m_language(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("e.g. Sam Taylor"));

    const AcademicYear today = AcademicYear::containing(QDate::currentDate());
    m_year->addItem(tr("The current year (%1)").arg(today.toString()), QString());
    for (int offset = -3; offset <= 1; ++offset) {
        const AcademicYear year(today.startYear() + offset);
        m_year->addItem(year.toString(), year.toString());
    }
    if (Preferences::hasDefaultYear())
        m_year->setCurrentIndex(qMax(0, m_year->findData(Preferences::defaultYear().toString())));
    m_year->setAccessibleName(tr("Academic year"));
    m_year->setToolTip(tr("The academic year Equimark opens on"));

    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy_GB"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("A new language is used from the next time Equimark starts."));

    auto* note = new QLabel(tr("Your name is recorded with each judgement, action and change, so "
                               "the group can see who did what."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Academic &year:"), m_year);
    form->addRow(tr("&Language:"), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    Preferences::setUserName(m_name->text());
    const QString year = m_year->currentData().toString();
    if (year.isEmpty())
        Preferences::clearDefaultYear();
    else if (auto parsed = AcademicYear::parse(year))
        Preferences::setDefaultYear(*parsed);
    Preferences::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace equimark
