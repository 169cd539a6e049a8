#include "pages/OutcomesPage.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"
#include "dialogs/OutcomeImportDialog.h"
#include "domain/AcademicYear.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetOutcomeSettingCommand.h"
#include "interchange/CsvWriter.h"
#include "interchange/OutcomeCsv.h"
#include "models/OutcomeTableModel.h"
#include "reports/OutcomesReport.h"
#include "storage/OutcomeRepository.h"
#include "widgets/FindNextRow.h"
#include "widgets/FlowLayout.h"
#include "widgets/OutcomeChartView.h"
#include "widgets/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

QString lastFolder() {
    return QSettings()
        .value(QStringLiteral("outcomes/folder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString& path) {
    QSettings().setValue(QStringLiteral("outcomes/folder"), QFileInfo(path).absolutePath());
}

} // namespace

OutcomesPage::OutcomesPage(QWidget* parent)
    : Page(parent)
    , m_measure(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_shared(new QCheckBox(tr("&Hide small numbers below"), this))
    , m_threshold(new QSpinBox(this))
    , m_national(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import Figures…"), this))
    , m_template(new QPushButton(tr("Save &Template…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_definition(plainLabel(this))
    , m_empty(plainLabel(this))
    , m_view(new QTableView(this))
    , m_model(new OutcomeTableModel(this))
    , m_charts(new QTabWidget(this))
    , m_trend(new OutcomeChartView(OutcomeChartView::Kind::Trend, this))
    , m_gaps(new OutcomeChartView(OutcomeChartView::Kind::Gaps, this)) {
    auto* measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->setToolTip(tr("The outcome measure the table and charts show"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The academic year of the table and the gap chart"));
    m_shared->setChecked(true);
    m_shared->setAccessibleDescription(
        tr("On: counts below the threshold, and figures worked out from them, read c, as in "
           "every PDF and CSV export. Off: every count, for your own checking."));
    m_threshold->setRange(1, 100);
    m_threshold->setAccessibleName(tr("Threshold for small numbers"));
    m_threshold->setToolTip(tr("Counts below this are hidden in everything shared; stored in "
                               "the school file"));
    auto* nationalLabel = new QLabel(tr("&National:"), this);
    nationalLabel->setBuddy(m_national);
    m_national->setPlaceholderText(tr("none"));
    m_national->setMaximumWidth(90);
    m_national->setValidator(new QDoubleValidator(0, 1000, 2, m_national));
    m_national->setAccessibleName(tr("National figure"));
    m_national->setToolTip(tr("The national figure for this measure and year, to compare with "
                              "(a percentage, or points for Attainment 8); empty for none"));
    m_import->setToolTip(tr("Read an outcomes CSV file and preview it before importing"));
    m_template->setToolTip(tr("Save a CSV file to fill in, with a row for every measure and "
                              "group"));
    m_export->setToolTip(tr("Save the figures as a CSV file for sharing, small numbers "
                            "suppressed"));

    auto* bar = new FlowLayout;
    bar->addGroup({measureLabel, m_measure});
    bar->addGroup({yearLabel, m_year});
    bar->addGroup({m_shared, m_threshold});
    bar->addGroup({nationalLabel, m_national});
    bar->addGroup({m_import, m_template, m_export});

    m_definition->setWordWrap(true);
    m_definition->setAccessibleName(tr("Definition of the measure"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No outcome figures yet. Save the template, fill in the counts for each "
                        "ethnic group (aggregate numbers only, never a pupil's record), then "
                        "import the file with Import Figures…; you see every figure before "
                        "anything is imported."));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Figures by ethnic group"));
    m_view->setAccessibleDescription(
        tr("A row per ethnic group and one for all pupils: counts, rate, gap to all other "
           "pupils, risk ratio with its 95% interval and the target. Arrow keys move; the "
           "chosen group is added to the trend chart."));
    m_trend->setAccessibleName(tr("Trend chart"));
    m_gaps->setAccessibleName(tr("Gap chart"));
    m_charts->addTab(m_trend, tr("Trend"));
    m_charts->addTab(m_gaps, tr("Gaps"));
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->setAccessibleDescription(tr("The trend over the years, and each group's gap"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_charts);
    // The table has seven columns; the chart reads well in the rest.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({760, 420});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_definition);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            fillYears();
            refresh();
        }
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_shared, &QCheckBox::toggled, this, &OutcomesPage::refresh);
    connect(m_threshold, &QSpinBox::editingFinished, this, &OutcomesPage::commitThreshold);
    connect(m_national, &QLineEdit::editingFinished, this, &OutcomesPage::commitNational);
    connect(m_import, &QPushButton::clicked, this, &OutcomesPage::chooseImport);
    connect(m_template, &QPushButton::clicked, this, &OutcomesPage::saveTemplate);
    connect(m_export, &QPushButton::clicked, this, &OutcomesPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_analysis || !m_model->figures().measure)
            return;
        QStringList groups;
        for (const auto& group : EthnicGroup::all()) {
            if (group.focus())
                groups << group.code();
        }
        const QString chosen =
            m_view->currentIndex().data(OutcomeTableModel::GroupCodeRole).toString();
        if (!chosen.isEmpty() && !groups.contains(chosen))
            groups << chosen;
        m_trend->showTrend(
            m_model->figures().measure,
            OutcomeCharts::trendLines(*m_analysis, m_measure->currentData().toString(), groups));
    });
    setDocument(nullptr);
}

OutcomesPage::~OutcomesPage() = default;

void OutcomesPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::outcomesChanged, this, &OutcomesPage::reload);
        connect(m_document, &SchoolDocument::reloaded, this, &OutcomesPage::reload);
    }
    const bool editable = m_document && !m_document->isReadOnly();
    m_import->setEnabled(editable);
    m_threshold->setEnabled(editable);
    m_national->setReadOnly(!editable);
    reload();
}

void OutcomesPage::reload() {
    m_analysis.reset();
    if (m_document) {
        auto analysis = OutcomesReport::analysisOf(m_document->file());
        if (analysis)
            m_analysis = std::make_unique<OutcomeAnalysis>(std::move(*analysis));
        else
            emit errorOccurred(analysis.errorMessage());
    }
    const bool any = m_analysis && !m_analysis->empty();
    m_empty->setVisible(m_document && !any);
    m_export->setEnabled(any);
    m_threshold->blockSignals(true);
    m_threshold->setValue(m_analysis ? m_analysis->threshold() : 5);
    m_threshold->blockSignals(false);
    fillMeasures();
    fillYears();
    refresh();
}

void OutcomesPage::fillMeasures() {
    m_filling = true;
    const QString current = m_measure->currentData().toString();
    m_measure->clear();
    if (m_analysis) {
        for (const auto* measure : m_analysis->measures())
            m_measure->addItem(measure->name(), measure->id());
    }
    m_measure->setCurrentIndex(qMax(0, m_measure->findData(current)));
    m_measure->setEnabled(m_measure->count() > 0);
    m_filling = false;
}

void OutcomesPage::fillYears() {
    m_filling = true;
    const QString current = m_year->currentData().toString();
    m_year->clear();
    if (m_analysis) {
        const QStringList years = m_analysis->years(m_measure->currentData().toString());
        for (auto it = years.crbegin(); it != years.crend(); ++it) // newest first
            m_year->addItem(*it, *it);
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
    m_year->setEnabled(m_year->count() > 0);
    m_filling = false;
}

void OutcomesPage::refresh() {
    const QString measureId = m_measure->currentData().toString();
    const QString year = m_year->currentData().toString();
    const OutcomeMeasure* measure = OutcomeMeasure::find(measureId);
    m_model->show(m_analysis.get(), measureId, year, m_shared->isChecked());
    m_view->resizeColumnsToContents();
    m_definition->setText(measure ? measure->definition() : QString());
    m_definition->setVisible(measure != nullptr);
    m_national->setEnabled(measure != nullptr && !year.isEmpty());
    const auto& figures = m_model->figures();
    m_national->setText(figures.national
                            ? QLocale().toString(measure && !measure->isPercentage()
                                                     ? *figures.national
                                                     : *figures.national * 100,
                                                 'f', measure && !measure->isPercentage() ? 1 : 2)
                            : QString());
    if (!m_analysis || !measure) {
        m_trend->showTrend(nullptr, {});
        m_gaps->showGaps({});
        return;
    }
    QStringList focus;
    for (const auto& group : EthnicGroup::all()) {
        if (group.focus())
            focus << group.code();
    }
    // The charts are for sharing: they always leave out what is suppressed.
    m_trend->showTrend(measure, OutcomeCharts::trendLines(*m_analysis, measureId, focus));
    m_gaps->showGaps(figures);
    m_charts->setTabEnabled(1, measure->comparesGroups());
}

void OutcomesPage::navigateTo(const QVariant& target) {
    // "attendance" (from the Ambitions page) or "attendance/2025-26" (from the history).
    const QString text = target.toString();
    const int index = m_measure->findData(text.section(u'/', 0, 0));
    if (index >= 0)
        m_measure->setCurrentIndex(index);
    const int year = m_year->findData(text.section(u'/', 1));
    if (text.contains(u'/') && year >= 0)
        m_year->setCurrentIndex(year);
}

bool OutcomesPage::find(const QString& text) {
    return findNextRow(m_view, [&](int row) {
        return m_model->index(row, OutcomeTableModel::GroupColumn)
            .data()
            .toString()
            .contains(text, Qt::CaseInsensitive);
    });
}

void OutcomesPage::chooseImport() {
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Outcome Figures"),
                                                      lastFolder(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    importFile(path);
}

void OutcomesPage::importFile(const QString& csvPath) {
    if (!m_document)
        return;
    OutcomeImportDialog dialog(*m_document, csvPath, this);
    dialog.exec();
}

void OutcomesPage::saveTemplate() {
    const QString year = AcademicYear::containing(QDate::currentDate()).previous().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Outcomes Template"),
        QDir(lastFolder()).filePath(tr("outcomes-%1.csv").arg(year)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (auto written = CsvWriter::writeFile(path, OutcomeCsv::blankTemplate(year)); !written)
        emit errorOccurred(written.errorMessage());
}

void OutcomesPage::exportCsv() {
    if (!m_analysis)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Outcome Figures"), QDir(lastFolder()).filePath(tr("outcomes-shared.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (auto written = CsvWriter::writeFile(path, OutcomeCsv::sharedExport(*m_analysis)); !written)
        emit errorOccurred(written.errorMessage());
}

void OutcomesPage::commitNational() {
    const OutcomeMeasure* measure = OutcomeMeasure::find(m_measure->currentData().toString());
    const QString year = m_year->currentData().toString();
    if (!m_document || m_document->isReadOnly() || !measure || year.isEmpty())
        return;
    std::optional<double> value;
    const QString text = m_national->text().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        if (!ok)
            return;
        value = measure->isPercentage() ? number / 100 : number;
    }
    if (value == m_model->figures().national)
        return;
    auto done = m_document->execute(
        std::make_unique<SetOutcomeSettingCommand>(*m_document, year, measure->id(), value));
    if (!done)
        emit errorOccurred(done.errorMessage());
}

void OutcomesPage::commitThreshold() {
    if (!m_document || m_document->isReadOnly() || !m_analysis ||
        m_threshold->value() == m_analysis->threshold())
        return;
    auto done = m_document->execute(
        std::make_unique<SetOutcomeSettingCommand>(*m_document, m_threshold->value()));
    if (!done)
        emit errorOccurred(done.errorMessage());
}

} // namespace equimark
