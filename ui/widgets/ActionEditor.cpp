#include "widgets/ActionEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/AddActionCommand.h"
#include "editing/commands/AddProgressNoteCommand.h"
#include "editing/commands/RemoveProgressNoteCommand.h"
#include "editing/commands/UpdateActionCommand.h"
#include "models/PlainToolTip.h"
#include "models/ProgressNoteModel.h"
#include "storage/ActionRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/OptionalDate.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

constexpr int StrandIdRole = Qt::UserRole + 1;

} // namespace

ActionEditor::ActionEditor(QWidget* parent)
    : QWidget(parent) {
    buildUi();
    updateEnabled();
}

void ActionEditor::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);

    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);

    m_placeholder = new QLabel(tr("Choose an action in the plan to see and edit its details, or "
                                  "press \"New action\" (Ctrl+N) to add one."),
                               this);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setForegroundRole(QPalette::ToolTipText);
    m_error->setMargin(6);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    outer->addWidget(m_error);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setAccessibleName(tr("Action title"));
    m_title->setPlaceholderText(tr("What will be done"));
    form->addRow(tr("&Title:"), m_title);

    m_strands = new QListWidget(m_form);
    m_strands->setObjectName(QStringLiteral("actionStrands"));
    m_strands->setAccessibleName(tr("Equality strands"));
    m_strands->setFlow(QListView::LeftToRight);
    m_strands->setWrapping(true);
    m_strands->setResizeMode(QListView::Adjust);
    m_strands->setSpacing(2);
    m_strands->setMaximumHeight(m_strands->fontMetrics().height() * 4 + 12);
    m_strands->setToolTip(tr("Tick every equality strand the action serves."));
    m_strands->setAccessibleDescription(m_strands->toolTip());
    form->addRow(tr("St&rands:"), m_strands);

    m_element = new QComboBox(m_form);
    m_element->setObjectName(QStringLiteral("actionElement"));
    m_element->setAccessibleName(tr("Element"));
    m_element->setToolTip(tr("The element of the Equality Mark the action belongs to"));
    form->addRow(tr("&Element:"), m_element);

    m_sip = new QLineEdit(m_form);
    m_sip->setObjectName(QStringLiteral("actionSip"));
    m_sip->setAccessibleName(tr("School Improvement Plan priority"));
    m_sip->setPlaceholderText(tr("e.g. SIP 2: reading for pleasure"));
    form->addRow(tr("SIP &priority:"), m_sip);

    m_owner = new QComboBox(m_form);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setToolTip(
        tr("Who leads the action: choose a member of the reference group or type a name"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Owner:"), m_owner);

    auto dateRow = [this](QCheckBox*& has, QDateEdit*& edit, const QString& name,
                          const QString& objectName) {
        auto* row = new QWidget(m_form);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        has = makeOptionalDateCheck(row, objectName, tr("Has a %1").arg(name), tr("Set"));
        edit = makeOptionalDateEdit(row, objectName, name);
        layout->addWidget(has);
        layout->addWidget(edit, 1);
        return row;
    };
    form->addRow(tr("&Start:"),
                 dateRow(m_hasStart, m_start, tr("start date"), QStringLiteral("actionStart")));
    form->addRow(tr("&Due:"),
                 dateRow(m_hasDue, m_due, tr("due date"), QStringLiteral("actionDue")));

    m_criteria = new QPlainTextEdit(m_form);
    m_criteria->setObjectName(QStringLiteral("actionCriteria"));
    m_criteria->setAccessibleName(tr("Success criteria"));
    m_criteria->setAccessibleDescription(tr("How the group will know the action has worked"));
    m_criteria->setTabChangesFocus(true);
    m_criteria->setFixedHeight(m_criteria->fontMetrics().height() * 4 + 12);
    form->addRow(tr("Success &criteria:"), m_criteria);

    m_cost = new QLineEdit(m_form);
    m_cost->setObjectName(QStringLiteral("actionCost"));
    m_cost->setAccessibleName(tr("Resources and cost"));
    m_cost->setPlaceholderText(tr("e.g. £450, two staff meetings"));
    form->addRow(tr("Resources/c&ost:"), m_cost);

    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(
        tr("Where the action stands: not started, in progress, complete or dropped"));
    for (auto status : {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete,
                        ActionStatus::Dropped})
        m_status->addItem(actionStatusLabel(status), static_cast<int>(status));
    form->addRow(tr("Stat&us:"), m_status);

    m_impact = new QPlainTextEdit(m_form);
    m_impact->setObjectName(QStringLiteral("actionImpact"));
    m_impact->setAccessibleName(tr("Impact and outcome"));
    m_impact->setAccessibleDescription(
        tr("What changed for pupils, staff or families because of the action"));
    m_impact->setTabChangesFocus(true);
    m_impact->setFixedHeight(m_impact->fontMetrics().height() * 4 + 12);
    form->addRow(tr("&Impact/outcome:"), m_impact);

    m_progressSection = new QWidget(m_form);
    auto* progress = new QVBoxLayout(m_progressSection);
    progress->setContentsMargins(0, 0, 0, 0);
    m_noteModel = new ProgressNoteModel(this);
    m_notes = new QTableView(m_progressSection);
    m_notes->setObjectName(QStringLiteral("actionNotes"));
    m_notes->setAccessibleName(tr("Progress notes"));
    m_notes->setAccessibleDescription(
        tr("Each review of the action, with its date and who wrote it; choose one to remove it"));
    m_notes->setModel(m_noteModel);
    m_notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notes->setWordWrap(true);
    m_notes->verticalHeader()->hide();
    m_notes->horizontalHeader()->setSectionResizeMode(ProgressNoteModel::Date,
                                                      QHeaderView::ResizeToContents);
    m_notes->horizontalHeader()->setSectionResizeMode(ProgressNoteModel::Note,
                                                      QHeaderView::Stretch);
    m_notes->horizontalHeader()->setSectionResizeMode(ProgressNoteModel::Author,
                                                      QHeaderView::ResizeToContents);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 6);
    progress->addWidget(m_notes);
    auto* addRow = new QHBoxLayout;
    m_noteDate = new QDateEdit(QDate::currentDate(), m_progressSection);
    m_noteDate->setObjectName(QStringLiteral("noteDate"));
    m_noteDate->setCalendarPopup(true);
    m_noteDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_noteDate->setAccessibleName(tr("Date of the new progress note"));
    m_noteDate->setToolTip(tr("The day the progress was reviewed"));
    m_noteText = new QLineEdit(m_progressSection);
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setAccessibleName(tr("New progress note"));
    m_noteText->setPlaceholderText(tr("What has happened since the last review"));
    m_addNote = new QPushButton(tr("&Add note"), m_progressSection);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setToolTip(tr("Add the note typed beside it to the action's progress"));
    m_removeNote = new QPushButton(tr("Remove note"), m_progressSection);
    m_removeNote->setObjectName(QStringLiteral("removeNote"));
    m_removeNote->setToolTip(tr("Remove the chosen progress note"));
    addRow->addWidget(m_noteDate);
    addRow->addWidget(m_noteText, 1);
    addRow->addWidget(m_addNote);
    addRow->addWidget(m_removeNote);
    progress->addLayout(addRow);
    form->addRow(tr("Progress:"), m_progressSection);

    m_evidence = new QLabel(m_form);
    m_evidence->setObjectName(QStringLiteral("actionEvidence"));
    m_evidence->setAccessibleName(tr("Linked evidence"));
    m_evidence->setTextFormat(Qt::RichText); // built from escaped titles only
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    form->addRow(tr("Evidence:"), m_evidence);

    outer->addWidget(m_form);

    m_draftButtons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_draftButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    m_create = new QPushButton(tr("&Add action"), m_draftButtons);
    m_create->setObjectName(QStringLiteral("createAction"));
    m_create->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), m_draftButtons);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    buttons->addWidget(m_create);
    buttons->addWidget(m_cancel);
    outer->addWidget(m_draftButtons);
    outer->addStretch(1);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(Field::Title); });
    connect(m_strands, &QListWidget::itemChanged, this, [this] { commit(Field::Strands); });
    connect(m_element, &QComboBox::activated, this, [this] { commit(Field::Element); });
    connect(m_sip, &QLineEdit::editingFinished, this, [this] { commit(Field::Sip); });
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(Field::Owner); });
    connect(m_owner, &QComboBox::activated, this, [this] { commit(Field::Owner); });
    auto dateSignals = [this](QCheckBox* has, QDateEdit* edit, Field field) {
        connectOptionalDate(this, has, edit, m_filling, [this, field] { commit(field); });
    };
    dateSignals(m_hasStart, m_start, Field::Start);
    dateSignals(m_hasDue, m_due, Field::Due);
    m_criteria->installEventFilter(this);
    m_impact->installEventFilter(this);
    connect(m_cost, &QLineEdit::editingFinished, this, [this] { commit(Field::Cost); });
    connect(m_status, &QComboBox::activated, this, [this] { commit(Field::Status); });
    connect(m_addNote, &QPushButton::clicked, this, &ActionEditor::addNote);
    connect(m_noteText, &QLineEdit::returnPressed, this, &ActionEditor::addNote);
    connect(m_removeNote, &QPushButton::clicked, this, &ActionEditor::removeNote);
    connect(m_notes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionEditor::updateEnabled);
    connect(m_evidence, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("evidence:")))
            emit navigateRequested(QStringLiteral("evidence"), QVariant(link.mid(9).toLongLong()));
    });
    connect(m_create, &QPushButton::clicked, this, &ActionEditor::createDraft);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_draft = false;
        showAction(0);
        emit draftCancelled();
    });

    setTabOrder(m_title, m_strands);
    setTabOrder(m_strands, m_element);
    setTabOrder(m_element, m_sip);
    setTabOrder(m_sip, m_owner);
    setTabOrder(m_owner, m_hasStart);
    setTabOrder(m_hasStart, m_start);
    setTabOrder(m_start, m_hasDue);
    setTabOrder(m_hasDue, m_due);
    setTabOrder(m_due, m_criteria);
    setTabOrder(m_criteria, m_cost);
    setTabOrder(m_cost, m_status);
    setTabOrder(m_status, m_impact);
    setTabOrder(m_impact, m_notes);
    setTabOrder(m_notes, m_noteDate);
    setTabOrder(m_noteDate, m_noteText);
    setTabOrder(m_noteText, m_addNote);
    setTabOrder(m_addNote, m_removeNote);
    setTabOrder(m_removeNote, m_evidence);
    setTabOrder(m_evidence, m_create);
    setTabOrder(m_create, m_cancel);
}

void ActionEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_noteModel->setDocument(document);
    m_draft = false;
    m_actionId = 0;
    m_filling = true;
    m_strands->clear();
    m_element->clear();
    m_element->addItem(tr("No element"), QString());
    if (m_document) {
        const Framework& framework = m_document->equalityMark();
        for (const auto& strand : framework.strands) {
            auto* item = new QListWidgetItem(strand.name, m_strands);
            item->setData(StrandIdRole, strand.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(plainToolTip(strand.description));
        }
        for (const auto& element : framework.elements)
            m_element->addItem(element.name, element.id);
        connect(m_document, &SchoolDocument::actionChanged, this, [this](qint64 id) {
            if (id == m_actionId && !m_draft)
                refresh();
        });
        connect(m_document, &SchoolDocument::actionAdded, this, [this](qint64 id) {
            if (id == m_actionId && !m_draft)
                refresh();
        });
        connect(m_document, &SchoolDocument::actionRemoved, this, [this](qint64 id) {
            if (id == m_actionId && !m_draft)
                showAction(0);
        });
        connect(m_document, &SchoolDocument::reloaded, this, [this] {
            if (!m_draft)
                refresh();
        });
        auto evidence = [this] { refreshEvidence(); };
        connect(m_document, &SchoolDocument::evidenceAdded, this, evidence);
        connect(m_document, &SchoolDocument::evidenceChanged, this, evidence);
        connect(m_document, &SchoolDocument::evidenceRemoved, this, evidence);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            m_actionId = 0;
            m_draft = false;
            updateEnabled();
        });
    }
    m_filling = false;
    showAction(0);
}

void ActionEditor::setOwnerSuggestions(const QStringList& owners) {
    m_ownerSuggestions = owners;
    const QString typed = m_owner->currentText();
    m_filling = true;
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItems(owners);
    m_owner->setCurrentIndex(-1);
    m_owner->setEditText(typed);
    m_filling = false;
}

void ActionEditor::showAction(qint64 actionId) {
    m_draft = false;
    m_actionId = actionId;
    clearError();
    m_noteModel->setActionId(actionId);
    refresh();
}

void ActionEditor::startNew(const QString& elementId, const QString& strandId) {
    m_draft = true;
    m_actionId = 0;
    clearError();
    m_noteModel->setActionId(0);
    Action draft;
    draft.elementId = elementId;
    if (!strandId.isEmpty())
        draft.strandIds = {strandId};
    fill(draft);
    m_heading->setText(tr("New action"));
    updateEnabled();
    m_title->setFocus(Qt::OtherFocusReason);
}

void ActionEditor::refresh() {
    if (m_draft)
        return;
    if (!m_document || m_actionId == 0) {
        fill(Action{});
        m_heading->setText(tr("Action details"));
        updateEnabled();
        return;
    }
    auto action = ActionRepository(m_document->file()).byId(m_actionId);
    if (!action) {
        m_actionId = 0;
        fill(Action{});
        updateEnabled();
        return;
    }
    fill(*action);
    m_heading->setText(action->title);
    updateEnabled();
}

void ActionEditor::fill(const Action& action) {
    m_filling = true;
    m_title->setText(action.title);
    m_title->setCursorPosition(0);
    for (int row = 0; row < m_strands->count(); ++row) {
        auto* item = m_strands->item(row);
        item->setCheckState(action.strandIds.contains(item->data(StrandIdRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    const int element = m_element->findData(action.elementId);
    m_element->setCurrentIndex(element >= 0 ? element : 0);
    m_sip->setText(action.sipPriority);
    {
        const QSignalBlocker blocker(m_owner);
        m_owner->setCurrentIndex(m_owner->findText(action.owner));
        m_owner->setEditText(action.owner);
    }
    showOptionalDate(m_hasStart, m_start, action.startOn);
    showOptionalDate(m_hasDue, m_due, action.dueOn);
    if (m_criteria->toPlainText() != action.successCriteria)
        m_criteria->setPlainText(action.successCriteria);
    m_cost->setText(action.cost);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(action.status)));
    if (m_impact->toPlainText() != action.impact)
        m_impact->setPlainText(action.impact);
    m_noteText->clear();
    m_noteDate->setDate(QDate::currentDate());
    m_filling = false;
    refreshEvidence();
}

void ActionEditor::refreshEvidence() {
    if (!m_document || m_actionId == 0 || m_draft) {
        m_evidence->setText(
            m_draft ? tr("Evidence can be linked once the action is added.").toHtmlEscaped()
                    : QString());
        return;
    }
    auto evidence = EvidenceRepository(m_document->file()).evidenceForAction(m_actionId);
    if (!evidence) {
        m_evidence->setText(evidence.errorMessage().toHtmlEscaped());
        return;
    }
    if (evidence->empty()) {
        m_evidence->setText(
            tr("No evidence is linked to this action yet. Link it from the Evidence page.")
                .toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const auto& item : *evidence) {
        QString line = QStringLiteral("<a href=\"evidence:%1\">%2</a>")
                           .arg(item.id)
                           .arg(item.title.toHtmlEscaped());
        QString detail = evidenceKindLabel(item.kind);
        if (item.datedOn.isValid())
            detail += QStringLiteral(", ") + QLocale().toString(item.datedOn, QLocale::ShortFormat);
        lines << line + QStringLiteral(" (") + detail.toHtmlEscaped() + QStringLiteral(")");
    }
    m_evidence->setText(lines.join(QStringLiteral("<br>")));
}

void ActionEditor::updateEnabled() {
    const bool hasAction = m_document && (m_draft || m_actionId != 0);
    const bool editable = hasAction && !m_document->isReadOnly();
    m_placeholder->setVisible(!hasAction);
    m_form->setVisible(hasAction);
    m_heading->setVisible(hasAction);
    m_draftButtons->setVisible(m_draft);
    m_create->setEnabled(editable);

    for (QLineEdit* edit : {m_title, m_sip, m_cost})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit* edit : {m_criteria, m_impact})
        edit->setReadOnly(!editable);
    m_strands->setEnabled(editable);
    m_element->setEnabled(editable);
    m_owner->setEnabled(editable);
    m_status->setEnabled(editable);
    m_hasStart->setEnabled(editable);
    m_hasDue->setEnabled(editable);
    m_start->setEnabled(editable && m_hasStart->isChecked());
    m_due->setEnabled(editable && m_hasDue->isChecked());

    const bool notesEditable = editable && !m_draft;
    m_progressSection->setEnabled(!m_draft);
    m_noteDate->setEnabled(notesEditable);
    m_noteText->setReadOnly(!notesEditable);
    m_addNote->setEnabled(notesEditable);
    m_removeNote->setEnabled(notesEditable && m_notes->selectionModel()->hasSelection());
}

bool ActionEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_criteria)
            commit(Field::Criteria);
        else if (watched == m_impact)
            commit(Field::Impact);
    }
    return QWidget::eventFilter(watched, event);
}

Action ActionEditor::fromWidgets(Action action) const {
    action.title = m_title->text();
    action.strandIds.clear();
    for (int row = 0; row < m_strands->count(); ++row) {
        if (m_strands->item(row)->checkState() == Qt::Checked)
            action.strandIds << m_strands->item(row)->data(StrandIdRole).toString();
    }
    action.elementId = m_element->currentData().toString();
    action.sipPriority = m_sip->text();
    action.owner = m_owner->currentText();
    action.startOn = optionalDate(m_hasStart, m_start);
    action.dueOn = optionalDate(m_hasDue, m_due);
    action.successCriteria = m_criteria->toPlainText();
    action.cost = m_cost->text();
    action.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    action.impact = m_impact->toPlainText();
    return action;
}

void ActionEditor::commit(Field field) {
    if (m_filling || m_draft || !m_document || m_actionId == 0 || m_document->isReadOnly())
        return;
    auto stored = ActionRepository(m_document->file()).byId(m_actionId);
    if (!stored) {
        showError(stored.errorMessage());
        return;
    }
    const Action typed = fromWidgets(*stored);
    Action changed = *stored;
    QString text;
    bool differs = false;
    switch (field) {
    case Field::Title:
        changed.title = typed.title;
        differs = typed.title.trimmed() != stored->title;
        text = tr("Change action title");
        break;
    case Field::Strands: {
        changed.strandIds = typed.strandIds;
        QStringList a = typed.strandIds;
        QStringList b = stored->strandIds;
        a.sort();
        b.sort();
        differs = a != b;
        text = tr("Change action strands");
        break;
    }
    case Field::Element:
        changed.elementId = typed.elementId;
        differs = typed.elementId != stored->elementId;
        text = tr("Change action element");
        break;
    case Field::Sip:
        changed.sipPriority = typed.sipPriority;
        differs = typed.sipPriority.trimmed() != stored->sipPriority;
        text = tr("Change SIP priority");
        break;
    case Field::Owner:
        changed.owner = typed.owner;
        differs = typed.owner.trimmed() != stored->owner;
        text = tr("Change action owner");
        break;
    case Field::Start:
        changed.startOn = typed.startOn;
        differs = typed.startOn != stored->startOn;
        text = tr("Change start date");
        break;
    case Field::Due:
        changed.dueOn = typed.dueOn;
        differs = typed.dueOn != stored->dueOn;
        text = tr("Change due date");
        break;
    case Field::Criteria:
        changed.successCriteria = typed.successCriteria;
        differs = typed.successCriteria != stored->successCriteria;
        text = tr("Change success criteria");
        break;
    case Field::Cost:
        changed.cost = typed.cost;
        differs = typed.cost.trimmed() != stored->cost;
        text = tr("Change resources and cost");
        break;
    case Field::Status:
        changed.status = typed.status;
        differs = typed.status != stored->status;
        text = tr("Change action status to %1").arg(actionStatusLabel(typed.status));
        break;
    case Field::Impact:
        changed.impact = typed.impact;
        differs = typed.impact != stored->impact;
        text = tr("Change impact");
        break;
    }
    if (!differs)
        return;
    if (auto done =
            m_document->execute(std::make_unique<UpdateActionCommand>(*m_document, changed, text));
        !done) {
        showError(done.errorMessage());
        return;
    }
    clearError();
}

void ActionEditor::createDraft() {
    if (!m_document || !m_draft || m_document->isReadOnly())
        return;
    const Action draft = fromWidgets(Action{});
    auto command = std::make_unique<AddActionCommand>(*m_document, draft);
    AddActionCommand* added = command.get();
    // Leaving draft mode first lets the table's actionAdded handling see a settled editor.
    m_draft = false;
    if (auto done = m_document->execute(std::move(command)); !done) {
        m_draft = true;
        showError(done.errorMessage());
        return;
    }
    const qint64 id = added->actionId();
    showAction(id);
    emit actionCreated(id);
}

void ActionEditor::addNote() {
    if (!m_document || m_draft || m_actionId == 0 || m_document->isReadOnly())
        return;
    if (auto done = m_document->execute(std::make_unique<AddProgressNoteCommand>(
            *m_document, m_actionId, m_noteDate->date(), m_noteText->text()));
        !done) {
        showError(done.errorMessage());
        return;
    }
    clearError();
    m_noteText->clear();
    m_notes->scrollToBottom();
}

void ActionEditor::removeNote() {
    if (!m_document || m_actionId == 0 || m_document->isReadOnly())
        return;
    const QModelIndexList rows = m_notes->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 noteId = m_noteModel->noteId(rows.front().row());
    if (auto done = m_document->execute(
            std::make_unique<RemoveProgressNoteCommand>(*m_document, m_actionId, noteId));
        !done) {
        showError(done.errorMessage());
        return;
    }
    clearError();
}

void ActionEditor::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    emit errorOccurred(message);
}

void ActionEditor::clearError() {
    m_error->clear();
    m_error->hide();
}

QString ActionEditor::errorText() const {
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

} // namespace equimark
