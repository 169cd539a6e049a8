#include "pages/RaceCharterPage.h"

#include "Preferences.h"
#include "dialogs/FrameworkTextDialog.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddFrameworkCommand.h"
#include "editing/commands/SetCharterStatusCommand.h"
#include "models/CharterCriteriaModel.h"
#include "storage/CharterRepository.h"
#include "widgets/CriterionEditor.h"
#include "widgets/PlainLabel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace equimark {

namespace {
const QString SplitterKey = QStringLiteral("raceCharter/splitter");
const QString ColumnsKey = QStringLiteral("raceCharter/columns");

QString longDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

RaceCharterPage::RaceCharterPage(QWidget* parent)
    : Page(parent)
    , m_model(new CharterCriteriaModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_today(QDate::currentDate())
    , m_stack(new QStackedWidget(this))
    , m_emptyText(plainLabel(this))
    , m_start(new QPushButton(tr("&Start Using the RACE Charter Mark"), this))
    , m_standingBox(new QGroupBox(tr("Where the school stands"), this))
    , m_target(new QComboBox(this))
    , m_reached(new QLabel(this))
    , m_progress(plainLabel(this))
    , m_heldBack(new QLabel(this))
    , m_awarded(new QComboBox(this))
    , m_awardedOn(new QDateEdit(this))
    , m_reassessment(plainLabel(this))
    , m_ruleNote(plainLabel(this))
    , m_filter(new QLineEdit(this))
    , m_wording(new QPushButton(tr("Complete the &Wording\u2026"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTreeView(this))
    , m_editor(new CriterionEditor(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CharterCriteriaModel::SortRole);
    m_proxy->setFilterRole(CharterCriteriaModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    // Standing panel.
    m_target->setAccessibleName(tr("Award level the school is working towards"));
    m_target->setToolTip(tr("The RACE Charter Mark level the school is aiming for"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* targetLabel = new QLabel(tr("Working &towards:"), this);
    targetLabel->setBuddy(m_target);
    m_reached->setTextFormat(Qt::PlainText);
    m_reached->setAccessibleName(tr("Award level the judgements reach"));
    QFont bold = m_reached->font();
    bold.setBold(true);
    m_reached->setFont(bold);
    m_progress->setAccessibleName(tr("Criteria judged"));
    m_heldBack->setTextFormat(Qt::RichText); // links built from escaped criterion ids
    m_heldBack->setWordWrap(true);
    m_heldBack->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_heldBack->setAccessibleName(tr("Criteria holding the school back"));
    m_awarded->setAccessibleName(tr("Award the school holds"));
    m_awarded->setToolTip(tr("The level the school was awarded, if it holds one"));
    m_awarded->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* awardedLabel = new QLabel(tr("Award &held:"), this);
    awardedLabel->setBuddy(m_awarded);
    m_awardedOn->setCalendarPopup(true);
    m_awardedOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_awardedOn->setAccessibleName(tr("Date of the award"));
    auto* onLabel = new QLabel(tr("awarded &on"), this);
    onLabel->setBuddy(m_awardedOn);
    m_reassessment->setAccessibleName(tr("Reassessment due"));
    m_ruleNote->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_ruleNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_ruleNote->setFont(small);

    auto* grid = new QGridLayout(m_standingBox);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(5, 1);
    grid->addWidget(targetLabel, 0, 0);
    grid->addWidget(m_target, 0, 1);
    grid->addWidget(new QLabel(tr("Reached:"), this), 0, 2);
    grid->addWidget(m_reached, 0, 3);
    grid->addWidget(m_progress, 0, 4, 1, 2);
    m_progress->setContentsMargins(16, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Held back by:"), this), 1, 0, Qt::AlignTop);
    grid->addWidget(m_heldBack, 1, 1, 1, 5);
    grid->addWidget(awardedLabel, 2, 0);
    auto* awardRow = new QHBoxLayout;
    awardRow->addWidget(m_awarded);
    awardRow->addSpacing(6);
    awardRow->addWidget(onLabel);
    awardRow->addWidget(m_awardedOn);
    awardRow->addSpacing(16);
    awardRow->addWidget(m_reassessment, 1);
    grid->addLayout(awardRow, 2, 1, 1, 5);
    grid->addWidget(m_ruleNote, 3, 0, 1, 6);

    // Bar over the criteria.
    m_filter->setPlaceholderText(tr("Filter criteria"));
    m_filter->setAccessibleName(tr("Filter the criteria"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    m_wording->setAccessibleName(tr("Complete or correct the wording of the framework"));
    m_wording->setToolTip(tr("Enter the official wording of criteria and Lead Practitioner "
                             "standards from the scheme's documents, or import a framework file"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addStretch();
    bar->addWidget(m_wording);

    // Criteria beside the editor.
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("charterCriteria"));
    m_view->setAccessibleName(tr("RACE Charter Mark criteria by section"));
    m_view->setAccessibleDescription(
        tr("Every criterion with the level reached; choose one to judge it on the right"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    // One line per criterion (the full text is in the tooltip and the editor beside).
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CharterCriteriaModel::CriterionColumn,
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(CharterCriteriaModel::LevelColumn,
                           fontMetrics().horizontalAdvance(tr("Not judged yet")) + 50);
    m_view->setColumnWidth(CharterCriteriaModel::EvidenceColumn,
                           fontMetrics().horizontalAdvance(tr("Evidence")) + 24);
    m_view->setColumnWidth(CharterCriteriaModel::ActionsColumn,
                           fontMetrics().horizontalAdvance(tr("Actions")) + 24);
    if (const QByteArray columns = Preferences::state(ColumnsKey); !columns.isEmpty())
        m_view->header()->restoreState(columns);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (const QByteArray state = Preferences::state(SplitterKey); !state.isEmpty())
        m_splitter->restoreState(state);

    auto* work = new QWidget(this);
    auto* workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_standingBox);
    workLayout->addWidget(m_splitter, 1);

    // Shown when the file does not use the RACE Charter Mark (yet) or no file is open.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    m_start->setAccessibleName(tr("Start using the RACE Charter Mark in this school file"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_start, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(work);
    m_stack->addWidget(empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    setTabOrder(m_target, m_awarded);
    setTabOrder(m_awarded, m_awardedOn);
    setTabOrder(m_awardedOn, m_filter);
    setTabOrder(m_filter, m_wording);
    setTabOrder(m_wording, m_view);
    setTabOrder(m_view, m_editor);

    connect(m_splitter, &QSplitter::splitterMoved, this, &RaceCharterPage::saveLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this, &RaceCharterPage::saveLayout);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RaceCharterPage::currentChanged);
    connect(m_model, &CharterCriteriaModel::reloaded, this, &RaceCharterPage::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RaceCharterPage::updateStanding);
    connect(m_heldBack, &QLabel::linkActivated, this, [this](const QString& id) {
        selectCriterion(id);
        m_view->setFocus();
    });
    connect(m_target, &QComboBox::activated, this, [this] {
        if (!setTarget(m_target->currentData().toString()))
            updateStanding();
    });
    connect(m_awarded, &QComboBox::activated, this, [this] {
        const QString level = m_awarded->currentData().toString();
        QDate on = m_status.awardedOn.isValid() ? m_status.awardedOn : m_today;
        if (!setAward(level, level.isEmpty() ? QDate() : on))
            updateStanding();
    });
    auto commitDate = [this] {
        if (m_loading || m_status.awardedLevel.isEmpty() ||
            m_awardedOn->date() == m_status.awardedOn)
            return;
        if (!setAward(m_status.awardedLevel, m_awardedOn->date()))
            updateStanding();
    };
    connect(m_awardedOn, &QDateEdit::editingFinished, this, commitDate);
    connect(m_awardedOn->calendarWidget(), &QCalendarWidget::clicked, this, commitDate);
    connect(m_wording, &QPushButton::clicked, this, &RaceCharterPage::openWordingDialog);
    connect(m_start, &QPushButton::clicked, this, &RaceCharterPage::startUsingCharter);
    connect(m_editor, &CriterionEditor::errorOccurred, this, &Page::errorOccurred);
    connect(m_editor, &CriterionEditor::navigateRequested, this, &Page::navigateRequested);

    setDocument(nullptr);
}

RaceCharterPage::~RaceCharterPage() = default;

QIcon RaceCharterPage::icon() const {
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

bool RaceCharterPage::readOnly() const {
    return !m_document || m_document->isReadOnly();
}

void RaceCharterPage::setToday(const QDate& today) {
    m_today = today;
    updateStanding();
}

void RaceCharterPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::charterChanged, this,
                [this](const QString& frameworkId, const QString& criterionId) {
                    if (frameworkId == m_model->frameworkId() && criterionId.isEmpty())
                        updateStanding(); // the award status
                });
    }
    m_editor->setDocument(document);
    m_model->setDocument(document); // emits reloaded
}

void RaceCharterPage::reload() {
    const QString keep = m_editor->criterionId();
    m_editor->setFramework(m_model->framework());
    fillLevelCombos();
    m_view->expandAll();
    const bool has = m_document && m_model->framework().has_value();
    m_stack->setCurrentIndex(has ? 0 : 1);
    if (!m_document) {
        m_emptyText->setText(
            tr("Open a school file to see its RACE Charter Mark self-evaluation."));
        m_start->hide();
    } else if (!m_model->loadError().isEmpty()) {
        m_emptyText->setText(m_model->loadError());
        m_start->hide();
        m_stack->setCurrentIndex(1);
    } else if (!has) {
        m_emptyText->setText(
            tr("This school file does not use the RACE Charter Mark yet.\n\nThe RACE Charter "
               "Mark self-evaluation judges the school against the charter's criteria, links "
               "the evidence, raises actions into the same action plan as the Equality Mark and "
               "shows the award level the school is working towards. Lead Practitioner "
               "portfolios map their evidence of impact to the same criteria.\n\nStart using it "
               "to add the criteria that are public to this file; the school can enter the rest "
               "from the official documents."));
        m_start->setVisible(true);
    }
    if (has && !selectCriterion(keep)) {
        const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
        if (first.isValid())
            m_view->setCurrentIndex(first);
        else
            m_editor->setCriterion({});
    }
    updateStanding();
    updateEnabled();
}

void RaceCharterPage::fillLevelCombos() {
    const QSignalBlocker blockTarget(m_target);
    const QSignalBlocker blockAward(m_awarded);
    m_target->clear();
    m_awarded->clear();
    m_target->addItem(tr("The next level up"), QString());
    m_awarded->addItem(tr("No award yet"), QString());
    if (const auto& framework = m_model->framework()) {
        for (const auto& level : framework->awardLevels) {
            m_target->addItem(level.label, level.id);
            m_awarded->addItem(level.label, level.id);
        }
        QStringList rules;
        for (const auto& level : framework->awardLevels) {
            if (const auto* required = framework->rubricLevel(level.requiredLevel))
                rules << tr("%1 needs every criterion at %2 or above")
                             .arg(level.label, required->label);
        }
        m_ruleNote->setText(
            rules.isEmpty()
                ? tr("The rubric is Equimark's own self-evaluation aid, not the official RACE "
                     "Charter Mark assessment; the framework sets no award rule.")
                : tr("The rubric and the award rule (%1) are Equimark's own working aids, not the "
                     "official RACE Charter Mark assessment. Criteria whose wording is not "
                     "entered yet are left out.")
                      .arg(QLocale().createSeparatedList(rules)));
    }
}

void RaceCharterPage::updateStanding() {
    const auto& framework = m_model->framework();
    if (!m_document || !framework)
        return;
    m_loading = true;
    auto status = CharterRepository(m_document->file()).status(framework->id);
    m_status = status ? *status : CharterStatus();
    m_standing = CharterStanding::compute(*framework, m_model->judgements(), m_status);

    auto label = [&](const QString& id) {
        const auto* level = framework->awardLevel(id);
        return level ? level->label : id;
    };
    m_target->setCurrentIndex(std::max(0, m_target->findData(m_status.targetLevel)));
    if (m_status.targetLevel.isEmpty() && !m_standing.targetLevel.isEmpty())
        m_target->setItemText(0, tr("The next level up (%1)").arg(label(m_standing.targetLevel)));
    else
        m_target->setItemText(0, tr("The next level up"));
    m_reached->setText(m_standing.reachedLevel.isEmpty() ? tr("No award level yet")
                                                         : label(m_standing.reachedLevel));
    m_progress->setText(
        tr("%1 of %2 criteria judged").arg(m_standing.judged).arg(m_standing.total));

    const QString target = label(m_standing.targetLevel);
    if (m_standing.targetLevel.isEmpty()) {
        m_heldBack->setText(tr("The framework defines no award levels.").toHtmlEscaped());
    } else if (m_standing.holdingBack.isEmpty()) {
        m_heldBack->setText(
            (m_standing.total == 0
                 ? tr("No criterion has its wording entered yet, so none can be judged.")
                 : tr("Nothing: every criterion meets what %1 needs.").arg(target))
                .toHtmlEscaped());
    } else {
        QStringList links;
        for (const auto& id : m_standing.holdingBack) {
            const auto* criterion = framework->criterion(id);
            links << QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                         .arg(id.toHtmlEscaped(),
                              (criterion ? criterion->text : QString()).toHtmlEscaped(),
                              id.toHtmlEscaped());
        }
        m_heldBack->setText(tr("%1 (below what %2 needs; choose one to judge it)")
                                .arg(links.join(QStringLiteral(", ")), target.toHtmlEscaped()));
    }
    m_heldBack->setAccessibleDescription(
        m_standing.holdingBack.isEmpty()
            ? tr("No criterion holds the school back")
            : tr("Criteria holding the school back from %1: %2")
                  .arg(target, m_standing.holdingBack.join(QStringLiteral(", "))));

    m_awarded->setCurrentIndex(std::max(0, m_awarded->findData(m_status.awardedLevel)));
    m_awardedOn->setDate(m_status.awardedOn.isValid() ? m_status.awardedOn : m_today);
    if (!m_standing.reassessmentDue.isValid()) {
        m_reassessment->setText(tr("Reassessment is due %n year(s) after an award.", nullptr,
                                   framework->reassessmentYears));
    } else if (m_standing.reassessmentDue >= m_today) {
        m_reassessment->setText(tr("Reassessment due %1 (in %2)")
                                    .arg(longDate(m_standing.reassessmentDue),
                                         durationText(m_today, m_standing.reassessmentDue)));
    } else {
        m_reassessment->setText(tr("Reassessment was due %1 (%2 ago)")
                                    .arg(longDate(m_standing.reassessmentDue),
                                         durationText(m_standing.reassessmentDue, m_today)));
    }
    m_loading = false;
    updateEnabled();
}

QString RaceCharterPage::durationText(const QDate& from, const QDate& to) const {
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (from.addMonths(months) > to)
        --months;
    if (months < 1)
        return tr("%n day(s)", nullptr, int(from.daysTo(to)));
    const int years = months / 12;
    const int rest = months % 12;
    if (years == 0)
        return tr("%n month(s)", nullptr, rest);
    if (rest == 0)
        return tr("%n year(s)", nullptr, years);
    return tr("%1 and %2").arg(tr("%n year(s)", nullptr, years), tr("%n month(s)", nullptr, rest));
}

void RaceCharterPage::updateEnabled() {
    const bool has = m_document && m_model->framework().has_value();
    const bool editable = has && !readOnly();
    m_target->setEnabled(editable);
    m_awarded->setEnabled(editable);
    m_awardedOn->setEnabled(editable && !m_status.awardedLevel.isEmpty());
    m_wording->setEnabled(editable);
    m_start->setEnabled(m_document && !readOnly());
    m_editor->setReadOnly(!editable);
}

void RaceCharterPage::currentChanged() {
    // Notes typed for the criterion being left are saved before the editor moves on.
    if (m_editor->isNotesDirty())
        m_editor->commitNotes();
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_editor->setCriterion(m_model->criterionId(current));
}

bool RaceCharterPage::selectCriterion(const QString& criterionId) {
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

void RaceCharterPage::navigateTo(const QVariant& target) {
    if (selectCriterion(target.toString()))
        m_view->setFocus();
}

bool RaceCharterPage::find(const QString& text) {
    const auto& framework = m_model->framework();
    if (text.isEmpty() || !framework)
        return false;
    std::vector<QString> ids;
    for (const auto* criterion : framework->allCriteria())
        ids.push_back(criterion->id);
    const int count = int(ids.size());
    int start = 0;
    for (int i = 0; i < count; ++i) {
        if (ids[std::size_t(i)] == m_editor->criterionId())
            start = i + 1;
    }
    for (int i = 0; i < count; ++i) {
        const QString& id = ids[std::size_t((start + i) % count)];
        const QString haystack =
            m_model->indexOfCriterion(id).data(CharterCriteriaModel::SearchTextRole).toString();
        if (haystack.contains(text, Qt::CaseInsensitive))
            return selectCriterion(id);
    }
    return false;
}

bool RaceCharterPage::writeStatus(const CharterStatus& status) {
    if (!m_document || readOnly() || !m_model->framework())
        return false;
    const Status done = m_document->execute(
        std::make_unique<SetCharterStatusCommand>(*m_document, m_model->frameworkId(), status));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    updateStanding();
    return true;
}

bool RaceCharterPage::setTarget(const QString& awardLevelId) {
    CharterStatus status = m_status;
    status.targetLevel = awardLevelId;
    return writeStatus(status);
}

bool RaceCharterPage::setAward(const QString& awardLevelId, const QDate& awardedOn) {
    CharterStatus status = m_status;
    status.awardedLevel = awardLevelId;
    status.awardedOn = awardLevelId.isEmpty() ? QDate() : awardedOn;
    return writeStatus(status);
}

bool RaceCharterPage::startUsingCharter() {
    if (!m_document || readOnly())
        return false;
    const Status done = m_document->execute(
        std::make_unique<AddFrameworkCommand>(*m_document, Framework::Kind::RaceCharter));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

void RaceCharterPage::openWordingDialog() {
    if (!m_document || readOnly() || !m_model->framework())
        return;
    if (m_editor->isNotesDirty())
        m_editor->commitNotes();
    FrameworkTextDialog dialog(*m_document, *m_model->framework(), this);
    dialog.selectCriterion(m_editor->criterionId());
    dialog.exec();
}

void RaceCharterPage::saveLayout() {
    Preferences::setState(SplitterKey, m_splitter->saveState());
    Preferences::setState(ColumnsKey, m_view->header()->saveState());
}

} // namespace equimark
