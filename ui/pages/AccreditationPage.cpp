#include "pages/AccreditationPage.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "models/SummaryListModel.h"
#include "widgets/FindNextRow.h"
#include "widgets/SummaryEditor.h"
#include "widgets/VisitsPanel.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {
const QString SplitterKey = QStringLiteral("accreditation/splitter");
const QString ColumnsKey = QStringLiteral("accreditation/columns");
} // namespace

AccreditationPage::AccreditationPage(QWidget* parent)
    : Page(parent)
    , m_model(new SummaryListModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SummaryListModel::SortRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("strandTable"));
    m_view->setAccessibleName(tr("Strands and their accreditation summaries"));
    m_view->setAccessibleDescription(
        tr("Each strand with where its summary stands; choose one to write its summary below"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setColumnWidth(SummaryListModel::StrandColumn, 220);
    m_view->setColumnWidth(SummaryListModel::BadgeColumn, 300);
    m_view->setColumnWidth(SummaryListModel::StatusColumn, 180);
    m_view->setColumnWidth(SummaryListModel::SubmittedColumn, 120);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 5);
    if (const QByteArray columns = Preferences::state(ColumnsKey); !columns.isEmpty())
        m_view->horizontalHeader()->restoreState(columns);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { Preferences::setState(ColumnsKey, m_view->horizontalHeader()->saveState()); });
    m_splitter->addWidget(m_view);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new SummaryEditor;
    scroll->setWidget(m_editor);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // Room for the six strands and the header, the rest for the editor.
    const int rowHeight = m_view->fontMetrics().height() + 8;
    m_splitter->setSizes({rowHeight * 7 + 6, 600});
    if (const QByteArray state = Preferences::state(SplitterKey); !state.isEmpty())
        m_splitter->restoreState(state);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Preferences::setState(SplitterKey, m_splitter->saveState()); });
    m_tabs->addTab(m_splitter, tr("&Summaries and badges"));

    m_visits = new VisitsPanel;
    m_tabs->addTab(m_visits, tr("V&isits and network meetings"));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccreditationPage::currentChanged);
    connect(m_editor, &SummaryEditor::errorOccurred, this, &Page::errorOccurred);
    connect(m_visits, &VisitsPanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

QIcon AccreditationPage::icon() const {
    return style()->standardIcon(QStyle::SP_DialogApplyButton);
}

void AccreditationPage::setDocument(SchoolDocument* document) {
    m_document = document;
    m_editor->setDocument(document);
    m_model->setDocument(document);
    m_visits->setDocument(document);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_editor->setStrand(QString());
}

void AccreditationPage::currentChanged() {
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_editor->setStrand(m_model->strandId(current.row()));
}

void AccreditationPage::selectStrand(const QString& strandId) {
    const int row = m_model->rowForStrand(strandId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void AccreditationPage::navigateTo(const QVariant& target) {
    const QString id = target.toString();
    if (id == u"visits") {
        m_tabs->setCurrentWidget(m_visits);
        return;
    }
    if (!id.isEmpty())
        selectStrand(id);
}

bool AccreditationPage::find(const QString& text) {
    const bool found = findNextRow(m_view, [&](int row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const auto summary = m_model->summary(source);
        const QString haystack =
            m_model->index(source, SummaryListModel::StrandColumn).data().toString() +
            QLatin1Char('\n') +
            (summary ? summary->outcomes + QLatin1Char('\n') + summary->measurableResults +
                           QLatin1Char('\n') + summary->groupStatement
                     : QString());
        return haystack.contains(text, Qt::CaseInsensitive);
    });
    if (found)
        m_tabs->setCurrentIndex(0);
    return found;
}

} // namespace equimark
