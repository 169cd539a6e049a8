#include "pages/AmbitionsPage.h"

#include "Preferences.h"
#include "domain/AcademicYear.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddFrameworkCommand.h"
#include "models/AmbitionCriteriaModel.h"
#include "storage/AmbitionRepository.h"
#include "storage/AuditRepository.h"
#include "widgets/AmbitionEditor.h"
#include "widgets/PlainLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

namespace {
const QString SplitterKey = QStringLiteral("ambitions/splitter");
const QString ColumnsKey = QStringLiteral("ambitions/columns");
} // namespace

AmbitionsPage::AmbitionsPage(QWidget* parent)
    : Page(parent)
    , m_model(new AmbitionCriteriaModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_today(QDate::currentDate())
    , m_stack(new QStackedWidget(this))
    , m_emptyText(plainLabel(this))
    , m_start(new QPushButton(tr("&Start Using the Ambitions"), this))
    , m_year(new QComboBox(this))
    , m_summary(plainLabel(this))
    , m_filter(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView(this))
    , m_editor(new AmbitionEditor(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AmbitionCriteriaModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_year->setAccessibleName(tr("Academic year"));
    m_year->setAccessibleDescription(
        tr("The year whose judgements are shown and edited; last year's status is shown "
           "beside each criterion"));
    m_year->setToolTip(m_year->accessibleDescription());
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true); // a long Welsh summary must not widen the window
    m_summary->setAccessibleName(tr("Success criteria met this year"));
    m_filter->setPlaceholderText(tr("Filter criteria"));
    m_filter->setAccessibleName(tr("Filter the success criteria"));
    m_filter->setAccessibleDescription(
        tr("Shows only the criteria whose text or notes contain this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_filter);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("ambitionCriteria"));
    m_view->setAccessibleName(tr("Ambitions and their success criteria"));
    m_view->setAccessibleDescription(
        tr("Each ambition with the criteria met, and each criterion's status this year and "
           "last; choose one to judge it on the right"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    m_view->header()->setSectionResizeMode(AmbitionCriteriaModel::CriterionColumn,
                                           QHeaderView::Stretch);
    // Columns just wide enough for their words (the status beside its chip), so the criteria
    // keep the rest.
    const QFontMetrics metrics = fontMetrics();
    const int statusText = std::max({metrics.horizontalAdvance(tr("Not started")),
                                     metrics.horizontalAdvance(tr("Developing")),
                                     metrics.horizontalAdvance(tr("%1 of %2 met").arg(6).arg(6)),
                                     metrics.horizontalAdvance(QStringLiteral("2026-27"))});
    const int statusWidth = statusText + metrics.height() + 14;
    const int lastYearWidth = statusText + 14;
    const int evidenceWidth = metrics.horizontalAdvance(tr("Evidence")) + 14;
    const int actionsWidth = metrics.horizontalAdvance(tr("Actions")) + 14;
    m_view->setColumnWidth(AmbitionCriteriaModel::StatusColumn, statusWidth);
    m_view->setColumnWidth(AmbitionCriteriaModel::LastYearColumn, lastYearWidth);
    m_view->setColumnWidth(AmbitionCriteriaModel::EvidenceColumn, evidenceWidth);
    m_view->setColumnWidth(AmbitionCriteriaModel::ActionsColumn, actionsWidth);
    if (const QByteArray columns = Preferences::state(ColumnsKey); !columns.isEmpty())
        m_view->header()->restoreState(columns);

    auto* listPane = new QWidget(this);
    // The criteria's wording must stay readable beside the status columns in a narrow window.
    listPane->setMinimumWidth(statusWidth + lastYearWidth + evidenceWidth + actionsWidth +
                              metrics.averageCharWidth() * 14 + 2 * m_view->indentation());
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The criteria's wording is long: the list gets the larger share until the user moves it.
    if (const QByteArray state = Preferences::state(SplitterKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({600, 420});

    auto* work = new QWidget(this);
    auto* workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addLayout(bar);
    workLayout->addWidget(m_splitter, 1);

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    m_start->setAccessibleName(tr("Start using the race equality leadership ambitions in this "
                                  "school file"));
    m_start->setAccessibleDescription(tr("Adds the five ambitions and their success criteria to "
                                         "the file; Edit > Undo takes them out again"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_start, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(work);
    m_stack->addWidget(empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    setTabOrder(m_year, m_filter);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_editor);

    connect(m_splitter, &QSplitter::splitterMoved, this, &AmbitionsPage::saveLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this, &AmbitionsPage::saveLayout);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AmbitionsPage::currentChanged);
    connect(m_model, &AmbitionCriteriaModel::reloaded, this, &AmbitionsPage::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AmbitionsPage::updateSummary);
    connect(m_year, &QComboBox::activated, this,
            [this] { setYear(m_year->currentData().toString()); });
    connect(m_start, &QPushButton::clicked, this, &AmbitionsPage::startUsingAmbitions);
    connect(m_editor, &AmbitionEditor::errorOccurred, this, &Page::errorOccurred);
    connect(m_editor, &AmbitionEditor::navigateRequested, this, &Page::navigateRequested);

    m_model->setYear(AcademicYear::containing(m_today).toString());
    m_editor->setYear(m_model->year());
    setDocument(nullptr);
}

AmbitionsPage::~AmbitionsPage() = default;

QIcon AmbitionsPage::icon() const {
    return style()->standardIcon(QStyle::SP_ArrowUp);
}

bool AmbitionsPage::readOnly() const {
    return !m_document || m_document->isReadOnly();
}

void AmbitionsPage::setToday(const QDate& today) {
    m_today = today;
    fillYears();
}

QString AmbitionsPage::year() const {
    return m_model->year();
}

void AmbitionsPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // A year judged from elsewhere (the CLI, another window) joins the year list.
        connect(m_document, &SchoolDocument::ambitionChanged, this,
                [this](const QString&, const QString&, const QString& year) {
                    if (m_year->findData(year) < 0)
                        fillYears();
                });
        connect(m_document, &SchoolDocument::auditsChanged, this, &AmbitionsPage::fillYears);
    }
    m_editor->setDocument(document);
    m_model->setDocument(document); // emits reloaded
}

void AmbitionsPage::fillYears() {
    QStringList years{AcademicYear::containing(m_today).toString(), m_model->year()};
    if (m_document) {
        if (auto audits = AuditRepository(m_document->file()).audits()) {
            for (const auto& audit : *audits)
                years << audit.year.toString();
        }
        if (m_model->framework()) {
            if (auto judged = AmbitionRepository(m_document->file()).years(m_model->frameworkId()))
                years << *judged;
        }
    }
    years.removeDuplicates();
    std::sort(years.begin(), years.end(), std::greater<>());
    const QSignalBlocker block(m_year);
    m_year->clear();
    const QString current = AcademicYear::containing(m_today).toString();
    for (const QString& year : years)
        m_year->addItem(year == current ? tr("%1 (this year)").arg(year) : year, year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_model->year())));
}

bool AmbitionsPage::setYear(const QString& year) {
    if (!AmbitionRepository::isYear(year))
        return false;
    if (m_editor->isNotesDirty())
        m_editor->commitNotes();
    if (year == m_model->year())
        return true;
    const QString keep = m_editor->criterionId();
    m_editor->setYear(year);
    m_model->setYear(year); // reloads, keeping the criterion chosen
    if (m_year->findData(year) < 0)
        fillYears();
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    selectCriterion(keep);
    return true;
}

void AmbitionsPage::reload() {
    const QString keep = m_editor->criterionId();
    m_editor->setFramework(m_model->framework());
    m_view->expandAll();
    const bool has = m_document && m_model->framework().has_value();
    m_stack->setCurrentIndex(has ? 0 : 1);
    if (!m_document) {
        m_emptyText->setText(tr("Open a school file to see where it stands on the race equality "
                                "leadership ambitions."));
        m_start->hide();
    } else if (!m_model->loadError().isEmpty()) {
        m_emptyText->setText(m_model->loadError());
        m_start->hide();
        m_stack->setCurrentIndex(1);
    } else if (!has) {
        m_emptyText->setText(
            tr("This school file does not use the race equality leadership ambitions yet.\n\n"
               "The five ambitions set out what leaders commit to on race equality, each with "
               "success criteria. Each year the school judges every criterion as not started, "
               "developing or met, links its evidence and raises actions into the same action "
               "plan as the Equality Mark.\n\nStart using them to add the ambitions to this "
               "file."));
        m_start->setVisible(true);
    }
    fillYears();
    if (has && !selectCriterion(keep)) {
        const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
        if (first.isValid())
            m_view->setCurrentIndex(first);
        else
            m_editor->setCriterion({});
    }
    updateSummary();
    updateEnabled();
}

void AmbitionsPage::updateSummary() {
    int met = 0;
    int developing = 0;
    int total = 0;
    for (const auto& summary : m_model->summaries()) {
        met += summary.met;
        developing += summary.developing;
        total += summary.criteria;
    }
    m_summary->setText(
        tr("%1 of %2 success criteria met, %3 developing").arg(met).arg(total).arg(developing));
}

void AmbitionsPage::updateEnabled() {
    const bool has = m_document && m_model->framework().has_value();
    m_year->setEnabled(has);
    m_start->setEnabled(m_document && !readOnly());
    m_editor->setReadOnly(!has || readOnly());
}

void AmbitionsPage::currentChanged() {
    // Notes typed for the criterion being left are saved before the editor moves on.
    if (m_editor->isNotesDirty())
        m_editor->commitNotes();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString id = m_model->criterionId(current);
    if (!id.isEmpty() || !current.isValid())
        m_editor->setCriterion(id);
}

bool AmbitionsPage::selectCriterion(const QString& criterionId) {
    if (criterionId.isEmpty())
        return false;
    QModelIndex at = m_proxy->mapFromSource(m_model->indexOfCriterion(criterionId));
    if (!at.isValid() && m_model->indexOfCriterion(criterionId).isValid()) {
        m_filter->clear(); // hidden by the filter: show everything rather than refuse
        at = m_proxy->mapFromSource(m_model->indexOfCriterion(criterionId));
    }
    if (!at.isValid())
        return false;
    m_view->expand(at.parent());
    m_view->setCurrentIndex(at);
    m_view->scrollTo(at);
    return true;
}

void AmbitionsPage::navigateTo(const QVariant& target) {
    QString id = target.toString();
    if (id.contains(QLatin1Char('/'))) {
        setYear(id.section(QLatin1Char('/'), 0, 0));
        id = id.section(QLatin1Char('/'), 1);
    }
    if (selectCriterion(id))
        m_view->setFocus();
}

bool AmbitionsPage::find(const QString& text) {
    const auto& framework = m_model->framework();
    if (text.isEmpty() || !framework)
        return false;
    const QStringList ids = ambitionCriterionIds(*framework);
    const int count = int(ids.size());
    const int start = int(ids.indexOf(m_editor->criterionId())) + 1;
    for (int i = 0; i < count; ++i) {
        const QString& id = ids[(start + i) % count];
        const QString haystack =
            m_model->indexOfCriterion(id).data(AmbitionCriteriaModel::SearchTextRole).toString();
        if (haystack.contains(text, Qt::CaseInsensitive))
            return selectCriterion(id);
    }
    return false;
}

bool AmbitionsPage::startUsingAmbitions() {
    if (!m_document || readOnly())
        return false;
    const Status done = m_document->execute(
        std::make_unique<AddFrameworkCommand>(*m_document, Framework::Kind::Ambitions));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

void AmbitionsPage::saveLayout() {
    Preferences::setState(SplitterKey, m_splitter->saveState());
    Preferences::setState(ColumnsKey, m_view->header()->saveState());
}

} // namespace equimark
