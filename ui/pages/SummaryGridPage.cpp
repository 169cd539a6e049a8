#include "pages/SummaryGridPage.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "models/SummaryGridModel.h"
#include "storage/AuditRepository.h"
#include "widgets/GridCellDelegate.h"
#include "widgets/GridCellEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {
const QString SplitterKey = QStringLiteral("summary-grid/splitter");
} // namespace

SummaryGridPage::SummaryGridPage(QWidget* parent)
    : Page(parent)
    , m_model(new SummaryGridModel(this)) {
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Equality summary grid"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addSpacing(16);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Audit year"));
    m_year->setToolTip(tr("The academic year whose summary grid is shown"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Grid summary"));
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GridCellDelegate(m_view));
    m_view->setAccessibleName(tr("Summary grid: elements by strands"));
    m_view->setAccessibleDescription(tr("The agreed rating of each element and strand; move with "
                                        "the arrow keys, and change the chosen cell on the right"));
    m_view->setWhatsThis(
        tr("<p><b>The summary grid</b> holds the rating the reference group agrees for each "
           "element (rows) and strand (columns) once the audit is done.</p><p>Until a rating is "
           "agreed, a cell shows what the audit suggests: Red when more than a third of its "
           "judged statements are red, Green when they are mostly green and none is red, Amber "
           "otherwise. A suggestion needs at least half of the cell's statements judged.</p>"
           "<p>Choose a cell to agree its rating and give the rationale on the right.</p>"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setMouseTracking(true);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setMinimumSectionSize(80);
    columns->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    columns->setMinimumHeight(columns->fontMetrics().height() * 3 + 10);
    columns->setSectionsClickable(false);
    QHeaderView* rows = m_view->verticalHeader();
    // Rows share the height the page has, never below three lines of text.
    rows->setSectionResizeMode(QHeaderView::Stretch);
    rows->setDefaultSectionSize(qMax(50, rows->fontMetrics().height() * 3 + 4));
    rows->setMinimumSectionSize(rows->defaultSectionSize());
    rows->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    rows->setMaximumWidth(qMax(170, rows->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26));
    rows->setSectionsClickable(false);
    leftLayout->addWidget(m_view, 1);
    auto* legend = new QLabel(
        tr("Large chip: the agreed rating (dashed while not agreed). Small chip: the suggestion "
           "from the statements. \u2260 the two differ. \u25B2 improved, \u25BC declined, = same "
           "as last year. Bar: how the statements are judged."),
        left);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(legend);

    m_scroll = new QScrollArea(m_splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor = new GridCellEditor(m_scroll);
    m_editor->setModel(m_model);
    m_editor->setWhatsThis(
        tr("<p><b>The chosen cell.</b> Agree its rating: take the suggestion "
           "(Ctrl+Shift+Enter), or choose Red, Amber or Green and say why in the rationale, "
           "then press <i>Agree</i> (Ctrl+Enter).</p><p>Below are the statements behind the "
           "cell and the actions linked to it; you can open the cell in the audit or create an "
           "action for it from here.</p>"));
    m_editor->setContentsMargins(8, 0, 4, 0);
    m_scroll->setWidget(m_editor);
    m_scroll->setMinimumWidth(300);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (const QByteArray state = Preferences::state(SplitterKey); !state.isEmpty())
        m_splitter->restoreState(state);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_year, m_view);
    setTabOrder(m_view, m_editor);

    connect(m_splitter, &QSplitter::splitterMoved, this, &SummaryGridPage::saveLayout);
    connect(m_year, &QComboBox::currentIndexChanged, this, &SummaryGridPage::showSelectedYear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTableView::activated, this, [this] {
        if (!m_editor->rationaleEditor()->isReadOnly())
            m_editor->rationaleEditor()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &SummaryGridModel::dataChanged, this, &SummaryGridPage::onDataChanged);
    connect(m_model, &SummaryGridModel::modelReset, this, &SummaryGridPage::onModelReset);
    connect(m_model, &SummaryGridModel::loadFailed, this, &Page::errorOccurred);
    connect(m_editor, &GridCellEditor::navigateRequested, this, &Page::navigateRequested);
    connect(m_editor, &GridCellEditor::errorOccurred, this, &Page::errorOccurred);

    updateSummary();
}

SummaryGridPage::~SummaryGridPage() = default;

void SummaryGridPage::saveLayout() {
    Preferences::setState(SplitterKey, m_splitter->saveState());
}

void SummaryGridPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selectedElement.clear();
    m_selectedStrand.clear();
    m_editor->setDocument(document);
    m_model->setDocument(document);
    if (m_document) {
        connect(m_document, &SchoolDocument::auditsChanged, this, &SummaryGridPage::reloadYears);
        connect(m_document, &SchoolDocument::reloaded, this, &SummaryGridPage::reloadYears);
    }
    reloadYears();
}

void SummaryGridPage::reloadYears() {
    const qint64 shown = m_model->auditId();
    std::vector<Audit> audits;
    if (m_document) {
        auto all = AuditRepository(m_document->file()).audits();
        if (!all)
            emit errorOccurred(all.errorMessage());
        else
            audits = std::move(*all);
    }
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (const Audit& audit : audits)
            m_year->addItem(audit.year.toString(), audit.id);
    }
    m_year->setEnabled(m_year->count() > 0);
    if (audits.empty()) {
        m_year->addItem(tr("No audit yet"));
        m_year->setEnabled(false);
        if (shown != 0)
            m_model->setAudit(0);
        updateSummary();
        return;
    }
    int index = shown > 0 ? m_year->findData(shown) : -1;
    if (index < 0) {
        // The preferred year when it has an audit, else the latest.
        index = m_year->findText(Preferences::defaultYear().toString());
        if (index < 0)
            index = m_year->count() - 1;
    }
    {
        const QSignalBlocker blocker(m_year);
        m_year->setCurrentIndex(index);
    }
    showSelectedYear();
}

void SummaryGridPage::showSelectedYear() {
    const qint64 auditId = m_year->currentData().toLongLong();
    if (auditId != m_model->auditId())
        m_model->setAudit(auditId);
}

void SummaryGridPage::onModelReset() {
    // Keep the same cell selected across years and reloads.
    m_restoring = true;
    QModelIndex index = m_model->indexOf(m_selectedElement, m_selectedStrand);
    // The first cell when nothing was chosen yet, so the panel is never empty for no reason.
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    m_restoring = false;
    m_editor->setCell(index);
    updateSummary();
}

void SummaryGridPage::onCurrentChanged(const QModelIndex& current) {
    if (current.isValid()) {
        m_selectedElement = m_model->elementId(current.row());
        m_selectedStrand = m_model->strandId(current.column());
    }
    if (!m_restoring)
        m_editor->setCell(current);
}

void SummaryGridPage::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    const QModelIndex shown = m_editor->cellIndex();
    if (shown.isValid() && shown.row() >= topLeft.row() && shown.row() <= bottomRight.row() &&
        shown.column() >= topLeft.column() && shown.column() <= bottomRight.column())
        m_editor->refresh();
    updateSummary();
}

void SummaryGridPage::updateSummary() {
    if (!m_document) {
        m_summary->setText(tr("No school file is open."));
        return;
    }
    if (m_model->auditId() <= 0) {
        m_summary->setText(
            tr("No audit has been started yet: start this year's audit on the Audit page."));
        return;
    }
    const SummaryGridModel::Summary s = m_model->summary();
    QStringList parts;
    parts << tr("%1 of %2 cells agreed").arg(s.agreed).arg(s.cells);
    parts << (s.differing == 1 ? tr("1 differs from the suggestion (\u2260)")
                               : tr("%1 differ from the suggestion (\u2260)").arg(s.differing));
    if (auto year = m_model->previousYear())
        parts << tr("since %1: %2 improved (\u25B2), %3 declined (\u25BC)")
                     .arg(year->toString())
                     .arg(s.improved)
                     .arg(s.declined);
    else
        parts << tr("no earlier audit to compare with");
    m_summary->setText(parts.join(QStringLiteral(" \u00B7 ")));
}

bool SummaryGridPage::selectCell(const QString& elementId, const QString& strandId) {
    const QModelIndex index = m_model->indexOf(elementId, strandId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void SummaryGridPage::navigateTo(const QVariant& target) {
    const QVariantMap map = target.toMap();
    if (const QString year = map.value(QStringLiteral("year")).toString(); !year.isEmpty()) {
        if (auto parsed = AcademicYear::parse(year)) {
            if (const int index = m_year->findText(parsed->toString()); index >= 0)
                m_year->setCurrentIndex(index);
        }
    }
    selectCell(map.value(QStringLiteral("element")).toString(),
               map.value(QStringLiteral("strand")).toString());
}

bool SummaryGridPage::find(const QString& text) {
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const int total = rows * columns;
    if (text.isEmpty() || total == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() * columns + current.column() : -1;
    const Framework& mark = m_model->framework();
    for (int step = 1; step <= total; ++step) {
        const int position = (start + step) % total;
        const QModelIndex index = m_model->index(position / columns, position % columns);
        const QString rationale = index.data(SummaryGridModel::RationaleRole).toString();
        const QString element = mark.elements[size_t(index.row())].name;
        const QString strand = mark.strands[size_t(index.column())].name;
        if (rationale.contains(text, Qt::CaseInsensitive) ||
            element.contains(text, Qt::CaseInsensitive) ||
            strand.contains(text, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace equimark
