#include "pages/ActionPlanPage.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/RemoveActionCommand.h"
#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "storage/ReferenceGroupRepository.h"
#include "widgets/ActionEditor.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace equimark {

namespace {

const QString headerKey = QStringLiteral("action-plan/header");
const QString splitterKey = QStringLiteral("action-plan/splitter");

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ActionPlanPage::ActionPlanPage(QWidget* parent)
    : Page(parent) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Remove action"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    buildUi();
    setDocument(nullptr);
}

ActionPlanPage::~ActionPlanPage() {
    saveLayout();
}

QIcon ActionPlanPage::icon() const {
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void ActionPlanPage::buildUi() {
    auto* layout = new QVBoxLayout(this);

    auto* tools = new FlowLayout;
    m_new = new QPushButton(tr("&New action"), this);
    m_new->setObjectName(QStringLiteral("newAction"));
    m_new->setToolTip(tr("Add an action to the plan (Ctrl+N)"));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_remove = new QPushButton(tr("&Remove action"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(tr("Remove the chosen action (Delete)"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->setToolTip(tr("Group the actions by strand or element"));
    m_groupBy->addItem(tr("None"));
    m_groupBy->addItem(tr("Strand"));
    m_groupBy->addItem(tr("Element"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    tools->addGroup({m_new, m_remove});
    tools->addGroup({buddyLabel(tr("&Group by:"), m_groupBy, this), m_groupBy});
    tools->addWidget(m_summary);
    layout->addLayout(tools);

    auto* filters = new FlowLayout;
    m_strand = new QComboBox(this);
    m_strand->setObjectName(QStringLiteral("filterStrand"));
    m_strand->setAccessibleName(tr("Show actions for strand"));
    m_strand->setToolTip(tr("Show only the actions that serve one equality strand"));
    m_element = new QComboBox(this);
    m_element->setObjectName(QStringLiteral("filterElement"));
    m_element->setAccessibleName(tr("Show actions for element"));
    m_element->setToolTip(tr("Show only the actions of one element"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->setAccessibleName(tr("Show actions with status"));
    m_status->setToolTip(tr("Show only the actions with one status"));
    m_status->addItem(tr("Any status"), -1);
    for (auto status : {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete,
                        ActionStatus::Dropped})
        m_status->addItem(actionStatusLabel(status), static_cast<int>(status));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    m_owner->setAccessibleName(tr("Show actions owned by"));
    m_owner->setToolTip(tr("Show only the actions one person leads"));
    m_overdue = new QCheckBox(tr("O&verdue only"), this);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_overdue->setToolTip(tr("Show only the unfinished actions whose due date has passed"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterText"));
    m_search->setAccessibleName(tr("Search actions"));
    m_search->setPlaceholderText(tr("Search title, owner, notes"));
    m_search->setClearButtonEnabled(true);
    // Element names are long: the combos stay compact and their lists show names in full.
    for (QComboBox* combo : {m_strand, m_element, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_element ? 18 : 12);
    }
    m_search->setMinimumWidth(160);
    filters->addGroup({buddyLabel(tr("S&trand:"), m_strand, this), m_strand});
    filters->addGroup({buddyLabel(tr("&Element:"), m_element, this), m_element});
    filters->addGroup({buddyLabel(tr("&Status:"), m_status, this), m_status});
    filters->addGroup({buddyLabel(tr("&Owner:"), m_owner, this), m_owner});
    filters->addWidget(m_overdue);
    filters->addWidget(m_search);
    layout->addLayout(filters);

    m_model = new ActionTableModel(this);
    m_filter = new ActionFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTreeView(m_splitter);
    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setAccessibleDescription(tr("The actions of the plan in their groups; choose one to "
                                        "change it on the right, or press Delete to remove it"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionTableModel::Due, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The title takes whatever room is left, so the plan reads without scrolling sideways.
    m_view->header()->setSectionResizeMode(ActionTableModel::Title, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(em * 4);
    m_view->setColumnWidth(ActionTableModel::Strands, em * 8);
    m_view->setColumnWidth(ActionTableModel::Element, em * 9);
    m_view->setColumnWidth(ActionTableModel::Owner, em * 7);
    m_view->setColumnWidth(ActionTableModel::Due, em * 9);
    m_view->setColumnWidth(ActionTableModel::Status, em * 6);
    m_view->setColumnWidth(ActionTableModel::SipPriority, em * 8);

    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new ActionEditor(scroll);
    m_editor->setObjectName(QStringLiteral("actionEditor"));
    scroll->setWidget(m_editor);
    scroll->setMinimumWidth(440);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    layout->addWidget(m_splitter, 1);

    if (const QByteArray header = Preferences::state(headerKey); !header.isEmpty())
        m_view->header()->restoreState(header);
    if (const QByteArray splitter = Preferences::state(splitterKey); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ActionPlanPage::saveLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this, &ActionPlanPage::saveLayout);

    auto* newShortcut =
        new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { newAction(); });
    m_view->installEventFilter(this);

    connect(m_new, &QPushButton::clicked, this, [this] { newAction(); });
    connect(m_remove, &QPushButton::clicked, this, &ActionPlanPage::removeCurrentAction);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ActionPlanPage::setGrouping);
    for (QComboBox* combo : {m_strand, m_element, m_status, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionPlanPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionPlanPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ActionPlanPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionPlanPage::currentChanged);

    auto layoutChanged = [this] {
        // Refiltering removes and inserts rows range by range; applyFilters() catches up once.
        if (m_applyingFilters)
            return;
        spanGroupRows();
        updateSummary();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, layoutChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, layoutChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, layoutChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, layoutChanged);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ActionPlanPage::updateSummary);

    connect(m_editor, &ActionEditor::errorOccurred, this, &Page::errorOccurred);
    connect(m_editor, &ActionEditor::navigateRequested, this, &Page::navigateRequested);
    connect(m_editor, &ActionEditor::actionCreated, this, [this](qint64 id) {
        if (!selectAction(id)) {
            // The filters hide the new action: show everything so it can be seen.
            m_search->clear();
            m_overdue->setChecked(false);
            for (QComboBox* combo : {m_strand, m_element, m_status, m_owner})
                combo->setCurrentIndex(0);
            selectAction(id);
        }
        m_editor->showAction(id);
    });
    connect(m_editor, &ActionEditor::draftCancelled, this, [this] {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->setFocus();
        updateActions();
    });

    setTabOrder(m_new, m_remove);
    setTabOrder(m_remove, m_groupBy);
    setTabOrder(m_groupBy, m_strand);
    setTabOrder(m_strand, m_element);
    setTabOrder(m_element, m_status);
    setTabOrder(m_status, m_owner);
    setTabOrder(m_owner, m_overdue);
    setTabOrder(m_overdue, m_search);
    setTabOrder(m_search, m_view);
}

void ActionPlanPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    m_editor->setDocument(document);
    fillFilters();
    // Of the filters, only the owners depend on the actions, and only on who owns them.
    disconnect(m_model, &ActionTableModel::ownersMayHaveChanged, this, nullptr);
    connect(m_model, &ActionTableModel::ownersMayHaveChanged, this, &ActionPlanPage::refreshOwners);
    if (m_document) {
        connect(m_document, &SchoolDocument::membersChanged, this, &ActionPlanPage::fillFilters);
        connect(m_document, &SchoolDocument::reloaded, this, &ActionPlanPage::fillFilters);
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
    }
    spanGroupRows();
    updateSummary();
    updateActions();
    // Open on the first action, so the editor shows something useful straight away.
    if (m_document && !m_view->currentIndex().isValid()) {
        QModelIndex first = m_view->model()->index(0, 0);
        if (first.isValid() && m_view->model()->hasChildren(first))
            first = m_view->model()->index(0, 0, first);
        if (first.isValid())
            m_view->setCurrentIndex(first);
    }
}

void ActionPlanPage::fillFilters() {
    const QString strand = m_strand->currentData().toString();
    const QString element = m_element->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    const QSignalBlocker blockStrand(m_strand);
    const QSignalBlocker blockElement(m_element);
    const QSignalBlocker blockOwner(m_owner);
    m_strand->clear();
    m_element->clear();
    m_owner->clear();
    m_strand->addItem(tr("All strands"), QString());
    m_element->addItem(tr("All elements"), QString());
    m_owner->addItem(tr("Anyone"), QString());
    m_owners.clear();
    m_members.clear();
    if (m_document) {
        const Framework& framework = m_document->equalityMark();
        for (const auto& s : framework.strands)
            m_strand->addItem(s.name, s.id);
        for (const auto& e : framework.elements)
            m_element->addItem(e.name, e.id);
        m_element->addItem(tr("No element"), ActionFilterModel::noElement());
        m_owners = m_model->owners();
        for (const auto& name : m_owners)
            m_owner->addItem(name, name);
        m_members.clear();
        if (auto members = ReferenceGroupRepository(m_document->file()).members()) {
            for (const auto& member : *members) {
                if (member.isCurrent(QDate::currentDate()) && !m_members.contains(member.name))
                    m_members << member.name;
            }
        }
    }
    m_strand->setCurrentIndex(std::max(0, m_strand->findData(strand)));
    m_element->setCurrentIndex(std::max(0, m_element->findData(element)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    updateOwnerSuggestions();
    applyFilters();
}

void ActionPlanPage::refreshOwners() {
    const QStringList owners = m_model->owners();
    if (owners == m_owners)
        return;
    m_owners = owners;
    const QString owner = m_owner->currentData().toString();
    {
        const QSignalBlocker blockOwner(m_owner);
        while (m_owner->count() > 1)
            m_owner->removeItem(1);
        for (const auto& name : m_owners)
            m_owner->addItem(name, name);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    }
    updateOwnerSuggestions();
    // Only when the chosen owner has gone does the table's filter change.
    if (m_owner->currentData().toString() != owner)
        applyFilters();
}

void ActionPlanPage::updateOwnerSuggestions() {
    QStringList suggestions = m_members;
    QSet<QString> known;
    for (const auto& name : m_members)
        known.insert(name.toCaseFolded());
    for (const auto& name : m_owners) {
        if (!known.contains(name.toCaseFolded()))
            suggestions << name;
    }
    suggestions.sort(Qt::CaseInsensitive);
    m_editor->setOwnerSuggestions(suggestions);
}

void ActionPlanPage::applyFilters() {
    {
        const QScopedValueRollback applying(m_applyingFilters, true);
        setFilters();
    }
    if (m_model->grouping() != ActionTableModel::Grouping::None)
        m_view->expandAll();
    spanGroupRows();
    updateSummary();
}

void ActionPlanPage::setFilters() {
    m_filter->setStrand(m_strand->currentData().toString());
    m_filter->setElement(m_element->currentData().toString());
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(
        status < 0 ? std::nullopt : std::optional<ActionStatus>(static_cast<ActionStatus>(status)));
    m_filter->setOwner(m_owner->currentData().toString());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setText(m_search->text());
}

void ActionPlanPage::setGrouping(int index) {
    const qint64 current = currentActionId();
    const auto grouping = index == 1   ? ActionTableModel::Grouping::Strand
                          : index == 2 ? ActionTableModel::Grouping::Element
                                       : ActionTableModel::Grouping::None;
    if (m_groupBy->currentIndex() != index) {
        const QSignalBlocker blocker(m_groupBy);
        m_groupBy->setCurrentIndex(index);
    }
    m_model->setGrouping(grouping);
    m_view->setRootIsDecorated(grouping != ActionTableModel::Grouping::None);
    m_view->expandAll();
    spanGroupRows();
    if (current != 0 && !m_editor->isDraft())
        selectAction(current);
}

void ActionPlanPage::spanGroupRows() {
    if (m_model->grouping() == ActionTableModel::Grouping::None)
        return;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expand(m_filter->index(row, 0));
    }
}

void ActionPlanPage::currentChanged() {
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.data(ActionTableModel::ActionIdRole).toLongLong();
    if (id != 0 && (id != m_editor->actionId() || m_editor->isDraft()))
        m_editor->showAction(id);
    else if (id == 0 && !m_editor->isDraft() && !current.isValid())
        m_editor->showAction(0);
    updateActions();
}

void ActionPlanPage::updateActions() {
    const bool editable = m_document && !m_document->isReadOnly();
    m_new->setEnabled(editable);
    m_remove->setEnabled(editable && currentActionId() != 0);
    for (QWidget* control : std::initializer_list<QWidget*>{
             m_groupBy, m_strand, m_element, m_status, m_owner, m_overdue, m_search, m_view})
        control->setEnabled(m_document != nullptr);
}

void ActionPlanPage::updateSummary() {
    if (!m_document) {
        m_summary->clear();
        return;
    }
    const int total = m_model->actionCount();
    int overdue = 0;
    int shown = 0;
    // Counted from the actions, not the rows: grouped by strand, an action shows under each
    // of its strands, and walking the view's rows costs far more than asking the filter.
    const QDate today = m_model->today();
    for (const Action& action : m_model->actions()) {
        if (!m_filter->accepts(action, today))
            continue;
        ++shown;
        if (action.isOverdue(today))
            ++overdue;
    }
    const QString actions = total == 1 ? tr("1 action") : tr("%1 actions").arg(total);
    QString text =
        m_filter->isFiltering() ? tr("Showing %1 of %2").arg(shown).arg(actions) : actions;
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%1 overdue").arg(overdue);
    m_summary->setText(text);
}

QModelIndexList ActionPlanPage::rowsInViewOrder(const QModelIndex& parent) const {
    QModelIndexList rows;
    const int count = m_filter->rowCount(parent);
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_filter->index(row, 0, parent);
        if (index.data(ActionTableModel::IsGroupRole).toBool())
            rows += rowsInViewOrder(index);
        else
            rows << index;
    }
    return rows;
}

qint64 ActionPlanPage::currentActionId() const {
    if (m_editor->isDraft())
        return 0;
    return m_view->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong();
}

bool ActionPlanPage::selectAction(qint64 actionId) {
    for (const QModelIndex& source : m_model->indexesOf(actionId)) {
        const QModelIndex index = m_filter->mapFromSource(source);
        if (!index.isValid())
            continue;
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        if (m_editor->actionId() != actionId || m_editor->isDraft())
            m_editor->showAction(actionId);
        updateActions();
        return true;
    }
    return false;
}

void ActionPlanPage::newAction(const QString& elementId, const QString& strandId) {
    if (!m_document || m_document->isReadOnly())
        return;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->clear();
    }
    m_editor->startNew(elementId, strandId);
    updateActions();
}

void ActionPlanPage::removeCurrentAction() {
    const qint64 id = currentActionId();
    if (!m_document || m_document->isReadOnly() || id == 0)
        return;
    const Action* action = m_model->actionById(id);
    const QString title = action ? action->title : QString();
    if (!m_confirm(tr("Remove the action \"%1\" with its progress notes? Evidence linked to it "
                      "stays in the file. You can undo this with Edit > Undo.")
                       .arg(title)))
        return;
    const QModelIndex below = m_view->indexBelow(m_view->currentIndex());
    const qint64 next = below.data(ActionTableModel::ActionIdRole).toLongLong();
    if (auto done = m_document->execute(std::make_unique<RemoveActionCommand>(*m_document, id));
        !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    if (next == 0 || !selectAction(next))
        m_editor->showAction(0);
    updateActions();
}

void ActionPlanPage::setConfirmation(std::function<bool(const QString&)> confirm) {
    m_confirm = std::move(confirm);
}

void ActionPlanPage::navigateTo(const QVariant& target) {
    if (!m_document)
        return;
    if (target.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = target.toMap();
        if (map.value(QStringLiteral("create")).toBool())
            newAction(map.value(QStringLiteral("element")).toString(),
                      map.value(QStringLiteral("strand")).toString());
        else if (map.contains(QStringLiteral("id")))
            navigateTo(map.value(QStringLiteral("id")));
        return;
    }
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (!ok || id == 0)
        return;
    if (!selectAction(id) && m_model->actionById(id)) {
        m_search->clear();
        m_overdue->setChecked(false);
        for (QComboBox* combo : {m_strand, m_element, m_status, m_owner})
            combo->setCurrentIndex(0);
        selectAction(id);
    }
}

bool ActionPlanPage::find(const QString& text) {
    const QString needle = text.trimmed();
    if (!m_document || needle.isEmpty())
        return false;
    const QModelIndexList rows = rowsInViewOrder();
    if (rows.isEmpty())
        return false;
    int start = 0;
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i] == current) {
            start = i + 1;
            break;
        }
    }
    for (int step = 0; step < rows.size(); ++step) {
        const QModelIndex row = rows[(start + step) % rows.size()];
        if (row.data(ActionTableModel::SearchTextRole)
                .toString()
                .contains(needle, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(row);
            m_view->scrollTo(row);
            return true;
        }
    }
    return false;
}

bool ActionPlanPage::eventFilter(QObject* watched, QEvent* event) {
    // Delete in the table removes the chosen action (after asking).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            removeCurrentAction();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ActionPlanPage::saveLayout() {
    Preferences::setState(headerKey, m_view->header()->saveState());
    Preferences::setState(splitterKey, m_splitter->saveState());
}

} // namespace equimark
