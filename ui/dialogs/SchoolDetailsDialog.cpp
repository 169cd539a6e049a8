#include "dialogs/SchoolDetailsDialog.h"

#include "domain/AcademicYear.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace equimark {

SchoolDetailsDialog::SchoolDetailsDialog(const School& school, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_school(school)
    , m_name(new QLineEdit(school.name, this))
    , m_urn(new QLineEdit(school.urn, this))
    , m_phase(new QComboBox(this))
    , m_authority(new QLineEdit(school.localAuthority, this))
    , m_level(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_includes(new QLabel(this)) {
    setWindowTitle(tr("School details"));
    m_name->setAccessibleName(tr("School name"));
    m_name->setToolTip(tr("The school's name as it appears on reports"));
    m_urn->setAccessibleName(tr("Unique Reference Number"));
    m_urn->setToolTip(
        tr("The six-digit number the Department for Education gives the school (optional)"));
    m_urn->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_urn));
    m_authority->setAccessibleName(tr("Local authority"));
    m_authority->setToolTip(tr("The local authority the school belongs to"));
    for (const auto& id : phaseIds())
        m_phase->addItem(phaseLabel(*phaseFromId(id)), id);
    m_phase->setCurrentIndex(m_phase->findData(phaseId(school.phase)));
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->setToolTip(
        tr("The school's phase: nursery, primary, special, short stay, secondary or all-through"));

    m_level->addItem(tr("No support package"), QString());
    for (auto level : {SupportLevel::Bronze, SupportLevel::Silver, SupportLevel::Gold})
        m_level->addItem(supportLevelLabel(level), supportLevelId(level));
    m_level->setCurrentIndex(
        school.supportLevel ? m_level->findData(supportLevelId(*school.supportLevel)) : 0);
    m_level->setAccessibleName(tr("Support package"));
    m_level->setToolTip(
        tr("The support package the school has bought for the year: what the advisor provides"));

    const AcademicYear now = AcademicYear::containing(QDate::currentDate());
    for (int offset = -2; offset <= 1; ++offset)
        m_year->addItem(AcademicYear(now.startYear() + offset).toString());
    if (!school.supportYear.isEmpty() && m_year->findText(school.supportYear) < 0)
        m_year->addItem(school.supportYear);
    m_year->setCurrentText(school.supportYear.isEmpty() ? now.toString() : school.supportYear);
    m_year->setAccessibleName(tr("Year of the support package"));
    m_year->setToolTip(tr("The academic year the support package is for"));

    m_includes->setTextFormat(Qt::PlainText);
    m_includes->setWordWrap(true);
    m_includes->setAccessibleName(tr("What the package includes"));

    auto* form = new QFormLayout;
    form->addRow(tr("School &name:"), m_name);
    form->addRow(tr("&URN:"), m_urn);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Local authority:"), m_authority);
    form->addRow(tr("Support &package:"), m_level);
    form->addRow(tr("Package &year:"), m_year);
    form->addRow(QString(), m_includes);

    auto* buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_name, m_urn, m_phase, m_authority, m_level, m_year})
        field->setEnabled(!readOnly);

    connect(m_level, &QComboBox::currentIndexChanged, this, &SchoolDetailsDialog::describePackage);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &SchoolDetailsDialog::describePackage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    describePackage();
    resize(560, sizeHint().height());
}

void SchoolDetailsDialog::describePackage() {
    const auto level = supportLevelFromId(m_level->currentData().toString());
    m_year->setEnabled(level.has_value() && m_name->isEnabled());
    if (!level) {
        m_includes->setText(tr("The school has not taken a support package."));
        return;
    }
    const Phase phase = phaseFromId(m_phase->currentData().toString()).value_or(Phase::Primary);
    QStringList lines;
    lines << tr("%1 package for a %2 school: £%3 a year.")
                 .arg(supportLevelLabel(*level), phaseLabel(phase).toLower())
                 .arg(supportLevelPricePounds(*level, phase));
    for (const auto& item : supportLevelIncludes(*level))
        lines << QStringLiteral("\u2022 ") + item;
    m_includes->setText(lines.join(QLatin1Char('\n')));
}

School SchoolDetailsDialog::school() const {
    School school = m_school;
    school.name = m_name->text().trimmed();
    school.urn = m_urn->text().trimmed();
    school.phase = phaseFromId(m_phase->currentData().toString()).value_or(school.phase);
    school.localAuthority = m_authority->text().trimmed();
    school.supportLevel = supportLevelFromId(m_level->currentData().toString());
    school.supportYear = school.supportLevel ? m_year->currentText() : QString();
    return school;
}

} // namespace equimark
