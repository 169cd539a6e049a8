#include "dialogs/ReportDialog.h"

#include "Preferences.h"
#include "domain/AcademicYear.h"
#include "editing/SchoolDocument.h"
#include "reports/AmbitionsReport.h"
#include "reports/ReportWriter.h"
#include "storage/AmbitionRepository.h"
#include "storage/AuditRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"
#include "storage/VisitRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

ReportDialog::ReportDialog(SchoolDocument& document, Output output, ReportRequest::Kind suggested,
                           QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_output(output)
    , m_kind(new QComboBox(this))
    , m_strand(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_visit(new QComboBox(this))
    , m_practitioner(new QComboBox(this))
    , m_portfolio(new QComboBox(this))
    , m_strandLabel(new QLabel(tr("&Strand:"), this))
    , m_statusLabel(new QLabel(tr("S&tatus:"), this))
    , m_groupLabel(new QLabel(tr("&Group by:"), this))
    , m_yearLabel(new QLabel(tr("&Year:"), this))
    , m_visitLabel(new QLabel(tr("&Visit:"), this))
    , m_practitionerLabel(new QLabel(tr("P&ractitioner:"), this))
    , m_portfolioLabel(new QLabel(tr("P&ortfolio:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_fromLabel(new QLabel(tr("&From:"), this))
    , m_toLabel(new QLabel(tr("U&ntil:"), this)) {
    setWindowTitle(output == Output::Pdf     ? tr("Export a report as PDF")
                   : output == Output::Print ? tr("Print a report")
                                             : tr("Print preview"));
    using Kind = ReportRequest::Kind;
    for (auto kind : {Kind::Summary, Kind::ActionPlan, Kind::Grid, Kind::AuditRecord, Kind::Visit,
                      Kind::CharterSelfEvaluation, Kind::Portfolio, Kind::Ambitions, Kind::Outcomes,
                      Kind::TrainingCoverage})
        m_kind->addItem(ReportRequest::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(suggested)));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->setToolTip(tr("Which report to make"));
    m_strand->setAccessibleName(tr("Strand"));
    m_strand->setToolTip(tr("The strand the report covers"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Only the actions with this status"));
    m_group->setAccessibleName(tr("Group by"));
    m_group->setToolTip(tr("How the actions are grouped in the report"));
    m_year->setAccessibleName(tr("Academic year"));
    m_year->setToolTip(tr("The academic year of the audit or summary grid"));
    m_visit->setAccessibleName(tr("Visit"));
    m_visit->setToolTip(tr("The visit the report is about"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->setToolTip(tr("The Lead Practitioner whose portfolio is printed"));
    m_portfolio->setAccessibleName(tr("Portfolio"));
    m_portfolio->setToolTip(tr("Which of the practitioner's portfolios is printed"));
    // The training coverage period: the current academic year unless a page says otherwise.
    const AcademicYear thisYear = AcademicYear::containing(QDate::currentDate());
    for (auto [edit, date, name, tip] :
         {std::tuple<QDateEdit*, QDate, QString, QString>{
              m_from, thisYear.firstDay(), tr("Period from"),
              tr("The first day of the period the training coverage covers")},
          {m_to, thisYear.lastDay(), tr("Period until"),
           tr("The last day of the period the training coverage covers")}}) {
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setAccessibleName(name);
        edit->setToolTip(tip);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_strandLabel->setBuddy(m_strand);
    m_statusLabel->setBuddy(m_status);
    m_groupLabel->setBuddy(m_group);
    m_yearLabel->setBuddy(m_year);
    m_visitLabel->setBuddy(m_visit);
    m_practitionerLabel->setBuddy(m_practitioner);
    m_portfolioLabel->setBuddy(m_portfolio);

    m_status->addItem(tr("Any status"), QString());
    for (const auto& id : actionStatusIds())
        m_status->addItem(actionStatusLabel(*actionStatusFromId(id)), id);
    m_group->addItem(tr("Strand"), false);
    m_group->addItem(tr("Element"), true);

    if (const auto visits = VisitRepository(document.file()).visits()) {
        for (const auto& visit : *visits)
            m_visit->addItem(
                tr("%1 — %2").arg(QLocale().toString(visit.visitedOn, QLocale::ShortFormat),
                                  visit.focus.isEmpty() ? visitKindLabel(visit.kind) : visit.focus),
                visit.visitedOn);
    }

    if (const auto practitioners = PortfolioRepository(document.file()).practitioners()) {
        for (const auto& practitioner : *practitioners)
            m_practitioner->addItem(practitioner.role.isEmpty()
                                        ? practitioner.name
                                        : tr("%1 (%2)").arg(practitioner.name, practitioner.role),
                                    practitioner.id);
    }
    fillPortfolios();
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &ReportDialog::fillPortfolios);

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(m_strandLabel, m_strand);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_yearLabel, m_year);
    form->addRow(m_visitLabel, m_visit);
    form->addRow(m_practitionerLabel, m_practitioner);
    form->addRow(m_portfolioLabel, m_portfolio);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* go = buttons->addButton(output == Output::Pdf     ? tr("&Export PDF…")
                                         : output == Output::Print ? tr("&Print…")
                                                                   : tr("&Preview…"),
                                         QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    go->setToolTip(output == Output::Pdf     ? tr("Choose where to save the report as a PDF")
                   : output == Output::Print ? tr("Choose a printer and print the report")
                                             : tr("Show the report's pages before printing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::fillOptions);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fillOptions();
}

void ReportDialog::fillOptions() {
    using Kind = ReportRequest::Kind;
    const auto kind = Kind(m_kind->currentData().toInt());
    const QString current = m_strand->currentData().toString();
    m_strand->clear();
    if (kind == Kind::ActionPlan)
        m_strand->addItem(tr("All strands"), QString());
    for (const auto& strand : m_document.equalityMark().strands)
        m_strand->addItem(strand.name, strand.id);
    m_strand->setCurrentIndex(qMax(0, m_strand->findData(current)));

    const bool strand = kind == Kind::Summary || kind == Kind::ActionPlan;
    const bool plan = kind == Kind::ActionPlan;
    const bool year = kind == Kind::Grid || kind == Kind::AuditRecord || kind == Kind::Ambitions;
    if (year)
        fillYears(kind);
    const bool visit = kind == Kind::Visit;
    const bool portfolio = kind == Kind::Portfolio;
    const bool training = kind == Kind::TrainingCoverage;
    for (auto [label, field, shown] :
         {std::tuple<QLabel*, QWidget*, bool>{m_strandLabel, m_strand, strand},
          {m_statusLabel, m_status, plan},
          {m_groupLabel, m_group, plan},
          {m_yearLabel, m_year, year},
          {m_visitLabel, m_visit, visit},
          {m_practitionerLabel, m_practitioner, portfolio},
          {m_portfolioLabel, m_portfolio, portfolio},
          {m_fromLabel, m_from, training},
          {m_toLabel, m_to, training}}) {
        label->setVisible(shown);
        field->setVisible(shown);
    }
}

// The audit years for the grid and the audit record; for the ambitions also the years
// judged and the current one, the latest judged chosen (as the command line does).
void ReportDialog::fillYears(ReportRequest::Kind kind) {
    const QString current = m_year->currentData().toString();
    QStringList years;
    if (const auto audits = AuditRepository(m_document.file()).audits()) {
        for (const auto& audit : *audits)
            years << audit.year.toString();
    }
    QString preferred = Preferences::defaultYear().toString();
    if (kind == ReportRequest::Kind::Ambitions) {
        years << AcademicYear::containing(QDate::currentDate()).toString();
        if (auto framework =
                FrameworkRepository(m_document.file()).ofKind(Framework::Kind::Ambitions)) {
            if (auto judged = AmbitionRepository(m_document.file()).years(framework->id))
                years << *judged;
        }
        if (auto latest = AmbitionsReport::defaultYear(m_document.file()))
            preferred = *latest;
    }
    years.removeDuplicates();
    std::sort(years.begin(), years.end(), std::greater<>());
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (const QString& year : years)
        m_year->addItem(year, year);
    int chosen = m_year->findData(current);
    if (chosen < 0)
        chosen = m_year->findData(preferred);
    m_year->setCurrentIndex(std::max(0, chosen));
}

ReportRequest ReportDialog::request() const {
    ReportRequest request;
    request.kind = ReportRequest::Kind(m_kind->currentData().toInt());
    request.strandId = m_strand->currentData().toString();
    request.status = actionStatusFromId(m_status->currentData().toString());
    request.groupByElement = m_group->currentData().toBool();
    request.year = AcademicYear::parse(m_year->currentData().toString());
    request.visitDate = m_visit->currentData().toDate();
    request.practitionerId = m_practitioner->currentData().toLongLong();
    request.portfolioId = m_portfolio->currentData().toLongLong();
    request.trainingFrom = m_from->date();
    request.trainingTo = m_to->date();
    return request;
}

void ReportDialog::fillPortfolios() {
    m_portfolio->clear();
    const qint64 practitionerId = m_practitioner->currentData().toLongLong();
    if (practitionerId <= 0)
        return;
    const auto portfolios = PortfolioRepository(m_document.file()).portfolios(practitionerId);
    if (!portfolios)
        return;
    // Newest first, as the repository lists them: the first is what a practitioner works on.
    for (const auto& portfolio : *portfolios) {
        const QString gateway =
            portfolio.gatewayOn.isValid()
                ? tr("gateway %1")
                      .arg(QLocale().toString(portfolio.gatewayOn, QLocale::ShortFormat))
                : tr("no gateway chosen");
        m_portfolio->addItem(
            tr("%1 — %2, %3")
                .arg(portfolio.programme, portfolioStatusLabel(portfolio.status), gateway),
            portfolio.id);
    }
}

void ReportDialog::preselect(const ReportRequest& request) {
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(request.kind))));
    if (!request.strandId.isEmpty())
        m_strand->setCurrentIndex(qMax(0, m_strand->findData(request.strandId)));
    if (request.year) {
        const int year = m_year->findData(request.year->toString());
        if (year >= 0)
            m_year->setCurrentIndex(year);
    }
    if (request.visitDate.isValid()) {
        const int visit = m_visit->findData(request.visitDate);
        if (visit >= 0)
            m_visit->setCurrentIndex(visit);
    }
    if (request.practitionerId > 0) {
        const int practitioner = m_practitioner->findData(request.practitionerId);
        if (practitioner >= 0)
            m_practitioner->setCurrentIndex(practitioner); // refills the portfolios
    }
    if (request.portfolioId > 0) {
        const int portfolio = m_portfolio->findData(request.portfolioId);
        if (portfolio >= 0)
            m_portfolio->setCurrentIndex(portfolio);
    }
    if (request.trainingFrom.isValid())
        m_from->setDate(request.trainingFrom);
    if (request.trainingTo.isValid())
        m_to->setDate(request.trainingTo);
    fillOptions();
}

void ReportDialog::run() {
    auto built = request().build(m_document.file());
    if (!built) {
        QMessageBox::warning(this, windowTitle(), built.errorMessage());
        return;
    }
    Report& report = *built;
    if (m_output == Output::Pdf) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = report.title;
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        auto written = ReportWriter::writePdf(report, path);
        if (!written) {
            QMessageBox::warning(this, windowTitle(), written.errorMessage());
            return;
        }
        accept();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportWriter::pageSizeFor()));
    printer.setPageOrientation(report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(15, 14, 15, 14), QPageLayout::Millimeter);
    printer.setDocName(report.schoolName + QStringLiteral(" — ") + report.title);
    QString failure;
    auto paint = [&report, &failure](QPrinter* device) {
        if (auto painted = ReportWriter::paint(report, device); !painted)
            failure = painted.errorMessage();
    };
    if (m_output == Output::Preview) {
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Print preview — %1").arg(report.title));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, paint);
        preview.resize(900, 1000);
        preview.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        paint(&printer);
    }
    if (!failure.isEmpty())
        QMessageBox::warning(this, windowTitle(), failure);
    accept();
}

} // namespace equimark
