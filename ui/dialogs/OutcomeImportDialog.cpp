#include "dialogs/OutcomeImportDialog.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/ImportOutcomesCommand.h"
#include "interchange/CsvReader.h"
#include "interchange/OutcomeCsv.h"
#include "models/OutcomePreviewModel.h"
#include "storage/OutcomeRepository.h"
#include "widgets/PlainLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

OutcomeImportDialog::OutcomeImportDialog(SchoolDocument& document, const QString& csvPath,
                                         QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new OutcomePreviewModel(this))
    , m_summary(plainLabel(this))
    , m_view(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Outcome Figures"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("What the file holds"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Figures to import"));
    m_view->setAccessibleDescription(
        tr("Every figure the file holds, and whether it replaces one already in the school "
           "file. Nothing is written until you choose Import."));
    auto* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setAccessibleDescription(tr("Adds every figure shown, in one step you can undo"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes without importing anything"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    resize(720, 460);
    read(csvPath);
}

void OutcomeImportDialog::read(const QString& csvPath) {
    const QString name = QFileInfo(csvPath).fileName();
    CsvProblem problem;
    auto rows = CsvReader().readFile(csvPath, &problem);
    Result<std::vector<OutcomeCount>> counts =
        rows ? OutcomeCsv::parse(*rows, &problem) : Result<std::vector<OutcomeCount>>(rows.error());
    if (!counts) {
        m_problem = problem.at.line > 0
                        ? tr("%1 cannot be imported. Line %2, column %3: %4 Nothing has been "
                             "imported; correct the file and try again.")
                              .arg(name)
                              .arg(problem.at.line)
                              .arg(problem.at.column)
                              .arg(problem.reason)
                        : counts.errorMessage();
        m_summary->setText(m_problem);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        for (auto* button : m_buttons->buttons()) {
            if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->setEnabled(false);
        }
        return;
    }
    QSet<QString> replacing;
    if (auto existing = OutcomeRepository(m_document.file()).existing(*counts)) {
        for (const auto& row : *existing)
            replacing.insert(row.key());
    }
    QSet<QString> years;
    QSet<QString> measures;
    for (const auto& row : *counts) {
        years.insert(row.year);
        measures.insert(row.measureId);
    }
    const int total = int(counts->size());
    m_model->setRows(std::move(*counts), replacing);
    m_summary->setText(
        total == 0 ? tr("%1 has no filled-in rows: there is nothing to import.").arg(name)
                   : tr("%1 holds %2 figures for %3 measures over %4 years; %5 replace figures "
                        "already in the file. Check them, then choose Import.")
                         .arg(name)
                         .arg(total)
                         .arg(measures.size())
                         .arg(years.size())
                         .arg(replacing.size()));
    for (auto* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(total > 0 && !m_document.isReadOnly());
    }
    m_view->resizeColumnsToContents();
}

bool OutcomeImportDialog::canImport() const {
    return m_problem.isEmpty() && !m_model->rows().empty() && !m_document.isReadOnly();
}

bool OutcomeImportDialog::importNow() {
    if (!canImport())
        return false;
    auto done =
        m_document.execute(std::make_unique<ImportOutcomesCommand>(m_document, m_model->rows()));
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
