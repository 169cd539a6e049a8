#include "dialogs/NewSchoolWizard.h"

#include "Preferences.h"
#include "frameworks/FrameworkLoader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QWizardPage>

namespace equimark {

namespace {
QString safeFileName(const QString& schoolName) {
    QString name = schoolName.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral(" "));
    return name.isEmpty() ? QStringLiteral("School") : name.simplified();
}
} // namespace

NewSchoolWizard::NewSchoolWizard(QWidget* parent)
    : QWizard(parent)
    , m_name(new QLineEdit)
    , m_urn(new QLineEdit)
    , m_phase(new QComboBox)
    , m_authority(new QLineEdit)
    , m_frameworks(new QListWidget)
    , m_path(new QLineEdit) {
    setWindowTitle(tr("New school"));
    setWizardStyle(QWizard::ClassicStyle);

    auto* details = new QWizardPage;
    details->setTitle(tr("The school"));
    details->setSubTitle(tr("These appear on every printed summary and report."));
    m_name->setAccessibleName(tr("School name"));
    m_name->setToolTip(tr("The school's name as it appears on reports"));
    m_urn->setAccessibleName(tr("Unique Reference Number"));
    m_urn->setToolTip(
        tr("The six-digit number the Department for Education gives the school (optional)"));
    m_urn->setPlaceholderText(tr("six digits, optional"));
    m_urn->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_urn));
    for (const auto& id : phaseIds())
        m_phase->addItem(phaseLabel(*phaseFromId(id)), id);
    m_phase->setCurrentIndex(m_phase->findData(QStringLiteral("primary")));
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->setToolTip(
        tr("The school's phase: nursery, primary, special, short stay, secondary or all-through"));
    m_authority->setAccessibleName(tr("Local authority"));
    m_authority->setToolTip(tr("The local authority the school belongs to"));
    auto* form = new QFormLayout(details);
    form->addRow(tr("School &name:"), m_name);
    form->addRow(tr("&URN:"), m_urn);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Local authority:"), m_authority);
    addPage(details);

    auto* frameworks = new QWizardPage;
    frameworks->setTitle(tr("Frameworks"));
    frameworks->setSubTitle(tr("A copy of each chosen framework is kept in the school file, so it "
                               "opens the same way in years to come."));
    m_frameworks->setAccessibleName(tr("Frameworks to use"));
    for (const auto& id : FrameworkLoader::shippedIds()) {
        auto framework = FrameworkLoader::shipped(id);
        if (!framework)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 (edition %2)").arg(framework->name, framework->version), m_frameworks);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
        if (framework->kind == Framework::Kind::EqualityMark) {
            // The audit, grid and action plan all stand on it.
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setToolTip(tr("Always used: the audit, grid and action plan follow it."));
        }
    }
    auto* frameworkLayout = new QVBoxLayout(frameworks);
    frameworkLayout->addWidget(m_frameworks);
    addPage(frameworks);

    auto* location = new QWizardPage;
    location->setTitle(tr("Where to keep the file"));
    location->setSubTitle(tr("One school is one file. Keep it where it is backed up; you can "
                             "copy it to a USB stick for a visit."));
    m_path->setAccessibleName(tr("File name"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("New school file"), m_path->text(), tr("Equimark school files (*.equimark)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* locationForm = new QFormLayout(location);
    locationForm->addRow(tr("&File:"), row);
    addPage(location);

    connect(this, &QWizard::currentIdChanged, this, [this, location](int) {
        if (currentPage() == location && m_path->text().isEmpty()) {
            const QString folder =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_path->setText(QDir::toNativeSeparators(
                QDir(folder).filePath(safeFileName(m_name->text()) + QStringLiteral(".equimark"))));
        }
    });
}

School NewSchoolWizard::school() const {
    School school;
    school.name = m_name->text().trimmed();
    school.urn = m_urn->text().trimmed();
    school.phase = phaseFromId(m_phase->currentData().toString()).value_or(Phase::Primary);
    school.localAuthority = m_authority->text().trimmed();
    return school;
}

QStringList NewSchoolWizard::frameworkIds() const {
    QStringList ids;
    for (int i = 0; i < m_frameworks->count(); ++i) {
        const auto* item = m_frameworks->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

QString NewSchoolWizard::filePath() const {
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".equimark")))
        path += QStringLiteral(".equimark");
    return path;
}

bool NewSchoolWizard::validateCurrentPage() {
    if (currentId() == 0 && m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("New school"), tr("The school needs a name."));
        m_name->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
}

void NewSchoolWizard::accept() {
    const QString path = filePath();
    if (path.isEmpty() || QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New school"),
                             path.isEmpty()
                                 ? tr("Choose where to keep the school file.")
                                 : tr("%1 already exists. Choose another name; an existing "
                                      "school file is never overwritten.")
                                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QWizard::accept();
}

} // namespace equimark
