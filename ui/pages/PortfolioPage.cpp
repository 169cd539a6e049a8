#include "pages/PortfolioPage.h"

#include "Preferences.h"
#include "domain/Framework.h"
#include "domain/PortfolioCoverage.h"
#include "editing/SchoolDocument.h"
#include "models/CoverageMatrixModel.h"
#include "models/ImpactItemModel.h"
#include "models/PractitionerListModel.h"
#include "models/StandardAssessmentModel.h"
#include "storage/PortfolioRepository.h"
#include "widgets/FlowLayout.h"
#include "widgets/ImpactItemEditor.h"
#include "widgets/PortfolioHeader.h"
#include "widgets/ReflectionsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

namespace {

const QString splitterKey = QStringLiteral("portfolios/splitter");
const QString impactSplitterKey = QStringLiteral("portfolios/impactSplitter");
const QString practitionerHeaderKey = QStringLiteral("portfolios/practitionerHeader");
const QString standardsHeaderKey = QStringLiteral("portfolios/standardsHeader");
const QString impactHeaderKey = QStringLiteral("portfolios/impactHeader");

// The self-assessment level as a combo box of Equimark's scale.
class LevelDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        if (index.column() != StandardAssessmentModel::LevelColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(PortfolioPage::tr("Self-assessment"));
        combo->setToolTip(PortfolioPage::tr("Equimark's own scale, not an official SSAT scale."));
        for (auto level :
             {SelfAssessment::NotAssessed, SelfAssessment::NotYet, SelfAssessment::Developing,
              SelfAssessment::Secure, SelfAssessment::Strength})
            combo->addItem(level == SelfAssessment::NotAssessed ? PortfolioPage::tr("Not assessed")
                                                                : selfAssessmentLabel(level),
                           selfAssessmentId(level));
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

void restoreHeader(QHeaderView* header, const QString& key) {
    if (const QByteArray state = Preferences::state(key); !state.isEmpty())
        header->restoreState(state);
}

QLabel* emptyState(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(8);
    return label;
}

} // namespace

PortfolioPage::PortfolioPage(QWidget* parent)
    : Page(parent)
    , m_practitioners(new PractitionerListModel(this))
    , m_assessments(new StandardAssessmentModel(this))
    , m_items(new ImpactItemModel(this))
    , m_coverage(new CoverageMatrixModel(this))
    , m_practitionerProxy(new QSortFilterProxyModel(this)) {
    m_practitionerProxy->setSourceModel(m_practitioners);
    m_practitionerProxy->setSortRole(PractitionerListModel::SortRole);
    m_practitionerProxy->setDynamicSortFilter(true);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Lead Practitioner portfolios"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    top->addWidget(heading, 1);
    m_export = new QPushButton(tr("E&xport PDF\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportPortfolio"));
    m_export->setToolTip(tr("Save the chosen portfolio as a PDF, or print it"));
    top->addWidget(m_export);
    layout->addLayout(top);

    m_intro = new QLabel(tr("Colleagues working towards RACE Lead Practitioner accreditation "
                            "assess themselves against the LP standards, reflect, and build "
                            "evidence of their impact on others, mapped to the RACE Charter "
                            "criteria, for moderation at a gateway."),
                         this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("portfolioSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createPractitionersPanel());
    m_splitter->addWidget(createPortfolioPanel());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({330, 1000});
    layout->addWidget(m_splitter, 1);

    if (const QByteArray state = Preferences::state(splitterKey); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = Preferences::state(impactSplitterKey); !state.isEmpty())
        m_impactSplitter->restoreState(state);
    restoreHeader(m_practitionerView->horizontalHeader(), practitionerHeaderKey);
    restoreHeader(m_standardsView->header(), standardsHeaderKey);
    restoreHeader(m_impactView->horizontalHeader(), impactHeaderKey);
    connect(m_splitter, &QSplitter::splitterMoved, this, &PortfolioPage::saveLayout);
    connect(m_impactSplitter, &QSplitter::splitterMoved, this, &PortfolioPage::saveLayout);
    for (QHeaderView* header : {m_practitionerView->horizontalHeader(), m_standardsView->header(),
                                m_impactView->horizontalHeader()})
        connect(header, &QHeaderView::sectionResized, this, &PortfolioPage::saveLayout);

    auto* newShortcut =
        new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (m_tabs->currentIndex() == EvidenceTab && m_newImpactTitle->isEnabled())
            m_newImpactTitle->setFocus(Qt::ShortcutFocusReason);
        else
            m_newName->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_export, &QPushButton::clicked, this, &PortfolioPage::exportPdf);

    connect(m_practitioners, &PractitionerListModel::editFailed, this, &PortfolioPage::reportError);
    connect(m_assessments, &StandardAssessmentModel::editFailed, this, &PortfolioPage::reportError);
    connect(m_items, &ImpactItemModel::loadFailed, this, &PortfolioPage::reportError);
    connect(m_coverage, &CoverageMatrixModel::loadFailed, this, &PortfolioPage::reportError);
    connect(m_header, &PortfolioHeader::errorOccurred, this, &PortfolioPage::reportError);
    connect(m_reflections, &ReflectionsEditor::errorOccurred, this, &PortfolioPage::reportError);
    connect(m_impactEditor, &ImpactItemEditor::errorOccurred, this, &PortfolioPage::reportError);
    updateEmptyStates();
    updateEditable();
}

PortfolioPage::~PortfolioPage() = default;

QWidget* PortfolioPage::createPractitionersPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* people = new QGroupBox(tr("Practitioners"), panel);
    auto* peopleLayout = new QVBoxLayout(people);
    m_practitionerView = new QTableView(people);
    m_practitionerView->setObjectName(QStringLiteral("practitionerView"));
    m_practitionerView->setAccessibleName(tr("Practitioners"));
    m_practitionerView->setModel(m_practitionerProxy);
    m_practitionerView->setSortingEnabled(true);
    m_practitionerView->sortByColumn(PractitionerListModel::NameColumn, Qt::AscendingOrder);
    m_practitionerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_practitionerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_practitionerView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                        QAbstractItemView::EditKeyPressed);
    m_practitionerView->verticalHeader()->hide();
    m_practitionerView->horizontalHeader()->setStretchLastSection(true);
    m_practitionerView->setColumnWidth(PractitionerListModel::NameColumn, 140);
    m_practitionerView->setWordWrap(false);
    m_practitionerView->setToolTip(tr("Double-click a name or role to change it."));
    m_practitionerView->setAccessibleDescription(m_practitionerView->toolTip());
    m_practitionerView->installEventFilter(this);
    peopleLayout->addWidget(m_practitionerView, 1);

    auto* addForm = new QFormLayout;
    m_newName = new QLineEdit(people);
    m_newName->setObjectName(QStringLiteral("newPractitionerName"));
    m_newName->setAccessibleName(tr("Name of the new practitioner"));
    m_newName->setPlaceholderText(tr("e.g. Ms Adeyemi"));
    m_newName->setMaxLength(200);
    m_newRole = new QLineEdit(people);
    m_newRole->setObjectName(QStringLiteral("newPractitionerRole"));
    m_newRole->setAccessibleName(tr("Role of the new practitioner"));
    m_newRole->setPlaceholderText(tr("e.g. Deputy headteacher and RACE lead"));
    m_newRole->setMaxLength(200);
    addForm->addRow(tr("&Name:"), m_newName);
    addForm->addRow(tr("&Role:"), m_newRole);
    peopleLayout->addLayout(addForm);
    auto* buttons = new FlowLayout; // one above the other in a narrow panel
    m_addPractitioner = new QPushButton(tr("&Add practitioner"), people);
    m_addPractitioner->setObjectName(QStringLiteral("addPractitioner"));
    m_removePractitioner = new QPushButton(tr("Remove\u2026"), people);
    m_removePractitioner->setObjectName(QStringLiteral("removePractitioner"));
    m_removePractitioner->setToolTip(tr("Remove the chosen practitioner and their portfolios"));
    buttons->addWidget(m_addPractitioner);
    buttons->addWidget(m_removePractitioner);
    peopleLayout->addLayout(buttons);
    layout->addWidget(people, 3);

    auto* portfolios = new QGroupBox(tr("Portfolios"), panel);
    auto* portfolioLayout = new QVBoxLayout(portfolios);
    m_portfoliosCaption = new QLabel(portfolios);
    m_portfoliosCaption->setTextFormat(Qt::PlainText);
    m_portfoliosCaption->setWordWrap(true);
    portfolioLayout->addWidget(m_portfoliosCaption);
    m_portfolioChooser = new QComboBox(portfolios);
    m_portfolioChooser->setObjectName(QStringLiteral("portfolioChooser"));
    m_portfolioChooser->setAccessibleName(tr("Portfolio"));
    m_portfolioChooser->setToolTip(
        tr("The portfolio of the chosen practitioner to show and change"));
    m_portfolioChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_portfolioChooser->setMinimumContentsLength(16);
    m_portfoliosCaption->setBuddy(m_portfolioChooser);
    portfolioLayout->addWidget(m_portfolioChooser);
    auto* portfolioButtons = new FlowLayout;
    m_addPortfolio = new QPushButton(tr("Add &portfolio\u2026"), portfolios);
    m_addPortfolio->setObjectName(QStringLiteral("addPortfolio"));
    m_addPortfolio->setToolTip(tr("Start a new portfolio for the chosen practitioner"));
    m_removePortfolio = new QPushButton(tr("Remove\u2026"), portfolios);
    m_removePortfolio->setObjectName(QStringLiteral("removePortfolio"));
    m_removePortfolio->setToolTip(tr("Remove the chosen portfolio and its evidence of impact"));
    portfolioButtons->addWidget(m_addPortfolio);
    portfolioButtons->addWidget(m_removePortfolio);
    portfolioLayout->addLayout(portfolioButtons);
    layout->addWidget(portfolios);

    connect(m_newName, &QLineEdit::textChanged, this, &PortfolioPage::updateEditable);
    connect(m_newName, &QLineEdit::returnPressed, m_addPractitioner, &QPushButton::click);
    connect(m_newRole, &QLineEdit::returnPressed, m_addPractitioner, &QPushButton::click);
    connect(m_addPractitioner, &QPushButton::clicked, this, [this] {
        if (addPractitioner(m_newName->text(), m_newRole->text()) != 0) {
            m_newName->clear();
            m_newRole->clear();
        }
    });
    connect(m_removePractitioner, &QPushButton::clicked, this, &PortfolioPage::removePractitioner);
    connect(m_practitionerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortfolioPage::practitionerChosen);
    connect(m_portfolioChooser, &QComboBox::currentIndexChanged, this,
            &PortfolioPage::portfolioChosen);
    connect(m_addPortfolio, &QPushButton::clicked, this, &PortfolioPage::askAddPortfolio);
    connect(m_removePortfolio, &QPushButton::clicked, this, &PortfolioPage::removePortfolio);

    setTabOrder(m_practitionerView, m_newName);
    setTabOrder(m_newName, m_newRole);
    setTabOrder(m_newRole, m_addPractitioner);
    setTabOrder(m_addPractitioner, m_removePractitioner);
    setTabOrder(m_removePractitioner, m_portfolioChooser);
    setTabOrder(m_portfolioChooser, m_addPortfolio);
    setTabOrder(m_addPortfolio, m_removePortfolio);
    return panel;
}

QWidget* PortfolioPage::createPortfolioPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_noPortfolio = emptyState(panel, QStringLiteral("portfolioEmptyState"));
    layout->addWidget(m_noPortfolio);

    m_portfolioPanel = new QWidget(panel);
    auto* portfolioLayout = new QVBoxLayout(m_portfolioPanel);
    portfolioLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new PortfolioHeader(m_portfolioPanel);
    m_header->setObjectName(QStringLiteral("portfolioHeader"));
    portfolioLayout->addWidget(m_header);
    m_tabs = new QTabWidget(m_portfolioPanel);
    m_tabs->setObjectName(QStringLiteral("portfolioTabs"));
    m_tabs->addTab(createAssessmentTab(), tr("&Self-assessment"));
    m_reflections = new ReflectionsEditor(m_tabs);
    m_reflections->setObjectName(QStringLiteral("reflectionsEditor"));
    m_tabs->addTab(m_reflections, tr("R&eflections"));
    m_tabs->addTab(createEvidenceTab(), tr("E&vidence of impact"));
    m_tabs->addTab(createCoverageTab(), tr("C&overage"));
    portfolioLayout->addWidget(m_tabs, 1);
    layout->addWidget(m_portfolioPanel, 1);
    return panel;
}

QWidget* PortfolioPage::createAssessmentTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* note = new QLabel(tr("Rate yourself against each LP standard and say why. The scale "
                               "(not yet, developing, secure, strength) is Equimark's own, not "
                               "an official SSAT scale. Standards in italics have no public "
                               "wording yet: enter it from the official LP booklet."),
                            tab);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_standardsView = new QTreeView(tab);
    m_standardsView->setObjectName(QStringLiteral("standardsView"));
    m_standardsView->setAccessibleName(tr("Self-assessment against the LP standards"));
    m_standardsView->setAccessibleDescription(
        tr("Each Lead Practitioner standard with its self-assessment; press F2 to change the "
           "chosen one"));
    m_standardsView->setModel(m_assessments);
    m_standardsView->setItemDelegate(new LevelDelegate(m_standardsView));
    m_standardsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
    m_standardsView->setAlternatingRowColors(true);
    m_standardsView->setUniformRowHeights(true);
    m_standardsView->header()->setStretchLastSection(true);
    m_standardsView->setColumnWidth(StandardAssessmentModel::StandardColumn, 460);
    m_standardsView->setColumnWidth(StandardAssessmentModel::LevelColumn, 150);
    layout->addWidget(m_standardsView, 1);
    connect(m_assessments, &QAbstractItemModel::modelReset, m_standardsView, &QTreeView::expandAll);
    return tab;
}

QWidget* PortfolioPage::createEvidenceTab() {
    m_impactSplitter = new QSplitter(Qt::Horizontal, this);
    m_impactSplitter->setObjectName(QStringLiteral("impactSplitter"));
    m_impactSplitter->setChildrenCollapsible(false);

    auto* listPanel = new QWidget(m_impactSplitter);
    auto* listLayout = new QVBoxLayout(listPanel);
    m_impactView = new QTableView(listPanel);
    m_impactView->setObjectName(QStringLiteral("impactView"));
    m_impactView->setAccessibleName(tr("Evidence of impact"));
    auto* proxy = new QSortFilterProxyModel(m_impactView);
    proxy->setSourceModel(m_items);
    proxy->setSortRole(ImpactItemModel::SortRole);
    proxy->setDynamicSortFilter(true);
    m_impactView->setModel(proxy);
    m_impactView->setSortingEnabled(true);
    m_impactView->sortByColumn(ImpactItemModel::DatesColumn, Qt::AscendingOrder);
    m_impactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_impactView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_impactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impactView->verticalHeader()->hide();
    m_impactView->setWordWrap(false);
    m_impactView->horizontalHeader()->setStretchLastSection(true);
    m_impactView->setColumnWidth(ImpactItemModel::TitleColumn, 240);
    m_impactView->setColumnWidth(ImpactItemModel::WithWhomColumn, 120);
    m_impactView->setColumnWidth(ImpactItemModel::DatesColumn, 90);
    m_impactView->installEventFilter(this);
    listLayout->addWidget(m_impactView, 1);
    auto* addRow = new QHBoxLayout;
    m_newImpactTitle = new QLineEdit(listPanel);
    m_newImpactTitle->setObjectName(QStringLiteral("newImpactTitle"));
    m_newImpactTitle->setAccessibleName(tr("What was done (new evidence of impact)"));
    m_newImpactTitle->setPlaceholderText(tr("What you did (Ctrl+N), then Add"));
    m_addImpact = new QPushButton(tr("A&dd"), listPanel);
    m_addImpact->setObjectName(QStringLiteral("addImpactItem"));
    m_removeImpact = new QPushButton(tr("Remove"), listPanel);
    m_removeImpact->setObjectName(QStringLiteral("removeImpactItem"));
    m_removeImpact->setToolTip(tr("Remove the chosen item of evidence of impact (Delete)"));
    listLayout->addWidget(m_newImpactTitle);
    addRow->addWidget(m_addImpact);
    addRow->addStretch(1);
    addRow->addWidget(m_removeImpact);
    listLayout->addLayout(addRow);

    m_impactEditor = new ImpactItemEditor(m_impactSplitter);
    m_impactEditor->setObjectName(QStringLiteral("impactEditor"));
    m_impactSplitter->addWidget(listPanel);
    m_impactSplitter->addWidget(m_impactEditor);
    m_impactSplitter->setStretchFactor(0, 2);
    m_impactSplitter->setStretchFactor(1, 3);
    m_impactSplitter->setSizes({330, 540});

    connect(m_newImpactTitle, &QLineEdit::textChanged, this, &PortfolioPage::updateEditable);
    connect(m_newImpactTitle, &QLineEdit::returnPressed, m_addImpact, &QPushButton::click);
    connect(m_addImpact, &QPushButton::clicked, this, [this] {
        if (addImpactItem(m_newImpactTitle->text()) != 0)
            m_newImpactTitle->clear();
    });
    connect(m_removeImpact, &QPushButton::clicked, this, &PortfolioPage::removeImpactItem);
    connect(m_impactView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortfolioPage::showImpactItem);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &PortfolioPage::showImpactItem);
    connect(proxy, &QAbstractItemModel::modelReset, this, &PortfolioPage::showImpactItem);
    return m_impactSplitter;
}

QWidget* PortfolioPage::createCoverageTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_coverageSummary = new QLabel(tab);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setTextFormat(Qt::PlainText);
    m_coverageSummary->setWordWrap(true);
    layout->addWidget(m_coverageSummary);
    m_coverageView = new QTableView(tab);
    m_coverageView->setObjectName(QStringLiteral("coverageView"));
    m_coverageView->setAccessibleName(tr("Coverage of the LP standards and RACE criteria"));
    m_coverageView->setModel(m_coverage);
    m_coverageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->setWordWrap(false);
    m_coverageView->horizontalHeader()->setDefaultSectionSize(130);
    m_coverageView->horizontalHeader()->setMinimumSectionSize(40);
    layout->addWidget(m_coverageView, 1);
    auto sizeColumns = [this] {
        m_coverageView->setColumnWidth(CoverageMatrixModel::NameColumn, 340);
        m_coverageView->setColumnWidth(CoverageMatrixModel::TotalColumn, 100);
        updateCoverageSummary();
    };
    connect(m_coverage, &QAbstractItemModel::modelReset, this, sizeColumns);
    connect(m_coverage, &QAbstractItemModel::dataChanged, this,
            &PortfolioPage::updateCoverageSummary);
    connect(m_coverage, &QAbstractItemModel::columnsInserted, this,
            &PortfolioPage::updateCoverageSummary);
    connect(m_coverage, &QAbstractItemModel::columnsRemoved, this,
            &PortfolioPage::updateCoverageSummary);
    // Double-clicking a tick opens that item of evidence.
    connect(m_coverageView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() < CoverageMatrixModel::FirstItemColumn)
            return;
        const qint64 itemId = index.data(CoverageMatrixModel::ItemIdRole).toLongLong();
        showTab(EvidenceTab);
        selectImpactItem(itemId);
    });
    return tab;
}

QString PortfolioPage::staticTitle() {
    return tr("LP portfolios");
}

QIcon PortfolioPage::icon() const {
    return QIcon::fromTheme(QStringLiteral("folder-documents"));
}

void PortfolioPage::setDocument(SchoolDocument* document) {
    if (m_document) {
        m_reflections->commitPending();
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_portfolioId = 0;
    // The models first, so that the page's own handlers below see them already updated.
    m_practitioners->setDocument(document);
    m_assessments->setDocument(document);
    m_items->setDocument(document);
    m_coverage->setDocument(document);
    m_header->setDocument(document);
    m_reflections->setDocument(document);
    m_impactEditor->setDocument(document);
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_portfolioId = 0;
        });
        connect(m_document, &SchoolDocument::practitionersChanged, this, [this] {
            // A practitioner put back by undo, or removed: keep the chooser in step.
            if (currentPractitionerId() == 0 && m_practitionerProxy->rowCount() > 0)
                m_practitionerView->setCurrentIndex(m_practitionerProxy->index(0, 0));
            else
                fillPortfolios(m_portfolioId);
            updateEmptyStates();
        });
        connect(m_document, &SchoolDocument::portfolioChanged, this,
                [this] { fillPortfolios(m_portfolioId); });
        connect(m_document, &SchoolDocument::portfolioRemoved, this,
                [this] { fillPortfolios(m_portfolioId); });
        connect(m_document, &SchoolDocument::reloaded, this,
                [this] { fillPortfolios(m_portfolioId); });
    }
    if (m_practitionerProxy->rowCount() > 0)
        m_practitionerView->setCurrentIndex(m_practitionerProxy->index(0, 0));
    practitionerChosen();
    updateEditable();
}

bool PortfolioPage::editable() const {
    return m_document && !m_document->isReadOnly();
}

void PortfolioPage::reportError(const QString& message) {
    emit errorOccurred(message);
}

qint64 PortfolioPage::currentPractitionerId() const {
    const QModelIndex current = m_practitionerView->currentIndex();
    return current.isValid() ? current.data(PractitionerListModel::IdRole).toLongLong() : 0;
}

qint64 PortfolioPage::currentImpactItemId() const {
    const QModelIndex current = m_impactView->currentIndex();
    return current.isValid() ? current.data(ImpactItemModel::IdRole).toLongLong() : 0;
}

void PortfolioPage::selectPractitioner(qint64 practitionerId) {
    const int row = m_practitioners->rowOf(practitionerId);
    if (row < 0)
        return;
    const QModelIndex index = m_practitionerProxy->mapFromSource(m_practitioners->index(row, 0));
    m_practitionerView->setCurrentIndex(index);
    m_practitionerView->scrollTo(index);
}

void PortfolioPage::selectPortfolio(qint64 portfolioId) {
    const int at = m_portfolioChooser->findData(portfolioId);
    if (at >= 0)
        m_portfolioChooser->setCurrentIndex(at);
}

void PortfolioPage::selectImpactItem(qint64 itemId) {
    const int row = m_items->rowOf(itemId);
    if (row < 0)
        return;
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_impactView->model());
    const QModelIndex index = proxy->mapFromSource(m_items->index(row, 0));
    m_impactView->setCurrentIndex(index);
    m_impactView->scrollTo(index);
}

void PortfolioPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void PortfolioPage::practitionerChosen() {
    fillPortfolios(0);
    updateEmptyStates();
    updateEditable();
}

// The chosen practitioner's portfolios, newest first; keeps `select` chosen when it is
// still there, else the newest.
void PortfolioPage::fillPortfolios(qint64 select) {
    const qint64 practitionerId = currentPractitionerId();
    std::vector<Portfolio> portfolios;
    if (m_document && practitionerId != 0) {
        if (auto loaded = PortfolioRepository(m_document->file()).portfolios(practitionerId))
            portfolios = std::move(*loaded);
        else
            reportError(loaded.errorMessage());
    }
    m_filling = true;
    m_portfolioChooser->clear();
    for (const Portfolio& portfolio : portfolios) {
        const QString gateway =
            portfolio.gatewayOn.isValid()
                ? tr("gateway %1")
                      .arg(QLocale().toString(portfolio.gatewayOn, QLocale::ShortFormat))
                : tr("no gateway yet");
        m_portfolioChooser->addItem(tr("%1 (%2, %3)")
                                        .arg(portfolio.programme, gateway,
                                             portfolioStatusLabel(portfolio.status).toLower()),
                                    portfolio.id);
    }
    int at = m_portfolioChooser->findData(select);
    if (at < 0 && !portfolios.empty())
        at = 0;
    m_portfolioChooser->setCurrentIndex(at);
    m_filling = false;
    const auto* practitioner =
        m_practitioners->practitionerAt(m_practitioners->rowOf(practitionerId));
    if (!practitioner)
        m_portfoliosCaption->setText(tr("Choose a practitioner to see their portfolios."));
    else if (portfolios.empty())
        m_portfoliosCaption->setText(tr("%1 has no portfolio yet.").arg(practitioner->name));
    else
        m_portfoliosCaption->setText(tr("Portfolios of %1:").arg(practitioner->name));
    portfolioChosen();
}

void PortfolioPage::portfolioChosen() {
    if (m_filling)
        return;
    const qint64 id = m_portfolioChooser->currentData().toLongLong();
    if (id != m_portfolioId) {
        m_reflections->commitPending();
        m_portfolioId = id;
        m_header->showPortfolio(id);
        m_assessments->setPortfolio(id);
        m_items->setPortfolio(id);
        m_coverage->setPortfolio(id);
        m_reflections->showPortfolio(id);
        m_standardsView->expandAll();
        auto* proxy = m_impactView->model();
        if (proxy->rowCount() > 0)
            m_impactView->setCurrentIndex(proxy->index(0, 0));
        showImpactItem();
    }
    updateEmptyStates();
    updateEditable();
}

void PortfolioPage::showImpactItem() {
    const qint64 id = currentImpactItemId();
    if (id != m_impactEditor->itemId())
        m_impactEditor->showItem(id);
    updateEditable();
}

void PortfolioPage::updateCoverageSummary() {
    if (m_portfolioId == 0) {
        m_coverageSummary->clear();
        return;
    }
    const PortfolioCoverage& coverage = m_coverage->coverage();
    const int standards = int(coverage.byStandard.size());
    const int criteria = int(coverage.byCriterion.size());
    QString text = tr("%1 of %2 LP standards and %3 of %4 RACE criteria have evidence of impact.")
                       .arg(standards - int(coverage.standardsWithoutEvidence.size()))
                       .arg(standards)
                       .arg(criteria - int(coverage.criteriaWithoutEvidence.size()))
                       .arg(criteria);
    if (!coverage.standardsWithoutEvidence.isEmpty())
        text += QLatin1Char(' ') +
                tr("No evidence yet for %1 (marked \"None yet\" below).")
                    .arg(coverage.standardsWithoutEvidence.join(QStringLiteral(", ")));
    if (m_items->rowCount() == 0)
        text += QLatin1Char(' ') +
                tr("Add evidence of impact on the Evidence of impact tab and map it to "
                   "standards and criteria; each item becomes a column here.");
    m_coverageSummary->setText(text);
}

void PortfolioPage::updateEmptyStates() {
    const bool hasPortfolio = m_portfolioId != 0;
    m_portfolioPanel->setVisible(hasPortfolio);
    m_noPortfolio->setVisible(!hasPortfolio);
    m_intro->setVisible(!hasPortfolio);
    if (!m_document) {
        m_noPortfolio->setText(tr("Open a school file to see its Lead Practitioner portfolios."));
    } else if (m_practitioners->rowCount() == 0) {
        m_noPortfolio->setText(tr("No practitioners yet. Add the colleagues working towards Lead "
                                  "Practitioner accreditation: type a name and role on the left "
                                  "and press \"Add practitioner\"."));
    } else if (currentPractitionerId() == 0) {
        m_noPortfolio->setText(tr("Choose a practitioner on the left to see their portfolio."));
    } else if (!hasPortfolio) {
        m_noPortfolio->setText(tr("No portfolio yet. Press \"Add portfolio\u2026\" to start one: "
                                  "choose the programme and the gateway you are aiming for, then "
                                  "assess yourself against the LP standards and add evidence of "
                                  "your impact on others."));
    }
    updateCoverageSummary();
}

void PortfolioPage::updateEditable() {
    const bool canEdit = editable();
    m_newName->setEnabled(canEdit);
    m_newRole->setEnabled(canEdit);
    m_addPractitioner->setEnabled(canEdit && !m_newName->text().trimmed().isEmpty());
    m_removePractitioner->setEnabled(canEdit && currentPractitionerId() != 0);
    m_portfolioChooser->setEnabled(m_portfolioChooser->count() > 0);
    m_addPortfolio->setEnabled(canEdit && currentPractitionerId() != 0);
    m_removePortfolio->setEnabled(canEdit && m_portfolioId != 0);
    m_newImpactTitle->setEnabled(canEdit && m_portfolioId != 0);
    m_addImpact->setEnabled(canEdit && m_portfolioId != 0 &&
                            !m_newImpactTitle->text().trimmed().isEmpty());
    m_removeImpact->setEnabled(canEdit && currentImpactItemId() != 0);
    m_export->setEnabled(m_document && m_portfolioId != 0);
}

void PortfolioPage::saveLayout() {
    Preferences::setState(splitterKey, m_splitter->saveState());
    Preferences::setState(impactSplitterKey, m_impactSplitter->saveState());
    Preferences::setState(practitionerHeaderKey,
                          m_practitionerView->horizontalHeader()->saveState());
    Preferences::setState(standardsHeaderKey, m_standardsView->header()->saveState());
    Preferences::setState(impactHeaderKey, m_impactView->horizontalHeader()->saveState());
}

bool PortfolioPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            if (watched == m_impactView) {
                removeImpactItem();
                return true;
            }
            if (watched == m_practitionerView) {
                removePractitioner();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void PortfolioPage::navigateTo(const QVariant& target) {
    const QString text = target.toString();
    if (text.startsWith(QStringLiteral("portfolio/"))) {
        const qint64 id = text.mid(10).toLongLong();
        if (!m_document)
            return;
        if (auto portfolio = PortfolioRepository(m_document->file()).portfolio(id)) {
            selectPractitioner(portfolio->practitionerId);
            selectPortfolio(id);
        }
        return;
    }
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (ok) {
        selectPractitioner(id);
        m_practitionerView->setFocus();
    }
}

bool PortfolioPage::find(const QString& text) {
    const QString needle = text.trimmed();
    const int rows = m_practitionerProxy->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const int start = m_practitionerView->currentIndex().isValid()
                          ? m_practitionerView->currentIndex().row() + 1
                          : 0;
    for (int step = 0; step < rows; ++step) {
        const QModelIndex index = m_practitionerProxy->index((start + step) % rows, 0);
        const QString name = index.data().toString();
        const QString role =
            index.siblingAtColumn(PractitionerListModel::RoleColumn).data().toString();
        if (name.contains(needle, Qt::CaseInsensitive) ||
            role.contains(needle, Qt::CaseInsensitive)) {
            m_practitionerView->setCurrentIndex(index);
            m_practitionerView->setFocus();
            return true;
        }
    }
    // Then the chosen portfolio's evidence of impact.
    for (const ImpactItem& item : m_items->items()) {
        if (item.title.contains(needle, Qt::CaseInsensitive) ||
            item.withWhom.contains(needle, Qt::CaseInsensitive) ||
            item.impact.contains(needle, Qt::CaseInsensitive)) {
            showTab(EvidenceTab);
            selectImpactItem(item.id);
            return true;
        }
    }
    return false;
}

} // namespace equimark
