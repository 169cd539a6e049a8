// The editing side of the portfolios page: adding and removing practitioners, portfolios and
// evidence of impact through the undo stack, and exporting a portfolio as a PDF.
#include "dialogs/ReportDialog.h"
#include "domain/Framework.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddImpactItemCommand.h"
#include "editing/commands/AddPortfolioCommand.h"
#include "editing/commands/AddPractitionerCommand.h"
#include "editing/commands/RemoveImpactItemCommand.h"
#include "editing/commands/RemovePortfolioCommand.h"
#include "editing/commands/RemovePractitionerCommand.h"
#include "models/PractitionerListModel.h"
#include "pages/PortfolioPage.h"
#include "storage/FrameworkRepository.h"
#include "widgets/ReflectionsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

namespace equimark {

qint64 PortfolioPage::addPractitioner(const QString& name, const QString& role) {
    if (!editable() || name.trimmed().isEmpty())
        return 0;
    Practitioner practitioner;
    practitioner.name = name.trimmed();
    practitioner.role = role.trimmed();
    auto command = std::make_unique<AddPractitionerCommand>(*m_document, practitioner);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        reportError(done.errorMessage()); // the typed name stays for another try
        return 0;
    }
    const qint64 id = added->practitionerId();
    selectPractitioner(id);
    return id;
}

void PortfolioPage::askAddPortfolio() {
    if (!editable() || currentPractitionerId() == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a portfolio"));
    auto* form = new QFormLayout(&dialog);
    auto* programme = new QLineEdit(tr("RACE Lead Practitioner accreditation"), &dialog);
    programme->setObjectName(QStringLiteral("newPortfolioProgramme"));
    programme->setAccessibleName(tr("Programme"));
    programme->setMinimumWidth(320);
    form->addRow(tr("&Programme:"), programme);
    auto* hasGateway = new QCheckBox(tr("&Aiming for a gateway on:"), &dialog);
    hasGateway->setChecked(true);
    auto* gateway = new QDateEdit(QDate::currentDate().addMonths(6), &dialog);
    gateway->setObjectName(QStringLiteral("newPortfolioGateway"));
    gateway->setAccessibleName(tr("Gateway date"));
    gateway->setCalendarPopup(true);
    gateway->setToolTip(tr("Portfolios are moderated at one of two gateways a year. You can "
                           "change the date later."));
    form->addRow(hasGateway, gateway);
    connect(hasGateway, &QCheckBox::toggled, gateway, &QDateEdit::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add portfolio"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addPortfolio(programme->text(), hasGateway->isChecked() ? gateway->date() : QDate());
}

qint64 PortfolioPage::addPortfolio(const QString& programme, const QDate& gatewayOn) {
    const qint64 practitionerId = currentPractitionerId();
    if (!editable() || practitionerId == 0)
        return 0;
    auto framework = FrameworkRepository(m_document->file()).ofKind(Framework::Kind::RaceCharter);
    if (!framework) {
        reportError(framework.errorMessage());
        return 0;
    }
    Portfolio portfolio;
    portfolio.practitionerId = practitionerId;
    portfolio.frameworkId = framework->id;
    portfolio.programme = programme.trimmed().isEmpty() ? tr("RACE Lead Practitioner accreditation")
                                                        : programme.trimmed();
    portfolio.gatewayOn = gatewayOn;
    auto command = std::make_unique<AddPortfolioCommand>(*m_document, portfolio);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        reportError(done.errorMessage());
        return 0;
    }
    const qint64 id = added->portfolioId();
    fillPortfolios(id);
    return id;
}

qint64 PortfolioPage::addImpactItem(const QString& title) {
    if (!editable() || m_portfolioId == 0 || title.trimmed().isEmpty())
        return 0;
    ImpactItem item;
    item.portfolioId = m_portfolioId;
    item.title = title.trimmed();
    auto command = std::make_unique<AddImpactItemCommand>(*m_document, item);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        reportError(done.errorMessage());
        return 0;
    }
    const qint64 id = added->itemId();
    selectImpactItem(id);
    return id;
}

void PortfolioPage::removeImpactItem() {
    const qint64 id = currentImpactItemId();
    if (!editable() || id == 0)
        return;
    if (auto done = m_document->execute(std::make_unique<RemoveImpactItemCommand>(*m_document, id));
        !done)
        reportError(done.errorMessage());
}

void PortfolioPage::removePractitioner() {
    const qint64 id = currentPractitionerId();
    if (!editable() || id == 0)
        return;
    const Practitioner* practitioner = m_practitioners->practitionerAt(m_practitioners->rowOf(id));
    if (!practitioner)
        return;
    const int portfolios = m_portfolioChooser->count();
    const QString question =
        portfolios == 0 ? tr("Remove %1?").arg(practitioner->name)
        : portfolios == 1
            ? tr("Remove %1 and their portfolio, with all its evidence of impact?")
                  .arg(practitioner->name)
            : tr("Remove %1 and their %2 portfolios, with all their evidence of impact?")
                  .arg(practitioner->name)
                  .arg(portfolios);
    if (QMessageBox::question(this, tr("Remove practitioner"),
                              question + QLatin1Char('\n') + tr("Edit > Undo brings them back."),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    if (auto done =
            m_document->execute(std::make_unique<RemovePractitionerCommand>(*m_document, id));
        !done)
        reportError(done.errorMessage());
}

void PortfolioPage::removePortfolio() {
    if (!editable() || m_portfolioId == 0)
        return;
    if (QMessageBox::question(this, tr("Remove portfolio"),
                              tr("Remove the portfolio \"%1\" with its self-assessment, "
                                 "reflections and evidence of impact?\nEdit > Undo brings it "
                                 "back.")
                                  .arg(m_portfolioChooser->currentText()),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    m_reflections->commitPending();
    if (auto done = m_document->execute(
            std::make_unique<RemovePortfolioCommand>(*m_document, m_portfolioId));
        !done)
        reportError(done.errorMessage());
}

void PortfolioPage::exportPdf() {
    if (!m_document || m_portfolioId == 0)
        return;
    m_reflections->commitPending();
    ReportRequest request;
    request.kind = ReportRequest::Kind::Portfolio;
    request.practitionerId = currentPractitionerId();
    request.portfolioId = m_portfolioId;
    ReportDialog dialog(*m_document, ReportDialog::Output::Pdf, ReportRequest::Kind::Portfolio,
                        this);
    dialog.preselect(request);
    dialog.exec();
}

} // namespace equimark
