#include "widgets/AmbitionEditor.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeAnalysis.h"
#include "analysis/OutcomeMeasure.h"
#include "domain/AcademicYear.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/SetAmbitionJudgementCommand.h"
#include "models/PlainToolTip.h"
#include "reports/OutcomesReport.h"
#include "storage/AmbitionRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/FlowLayout.h"
#include "widgets/PlainLabel.h"
#include "widgets/RefreshWhenShown.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

namespace {

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

AmbitionEditor::AmbitionEditor(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_form(new QWidget)
    , m_where(plainLabel(m_form))
    , m_text(plainLabel(m_form))
    , m_measure(plainLabel(m_form))
    , m_figures(new QPushButton(tr("&Show the Figures"), m_form))
    , m_statusBox(new QGroupBox(m_form))
    , m_statuses(new QButtonGroup(this))
    , m_lastYear(plainLabel(m_form))
    , m_judgedBy(plainLabel(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_tabs(new QTabWidget(m_form))
    , m_evidenceSearch(new QLineEdit(m_form))
    , m_evidence(new QStandardItemModel(this))
    , m_evidenceView(new QListView(m_form))
    , m_evidenceCount(plainLabel(m_form))
    , m_actions(new QStandardItemModel(this))
    , m_actionView(new QListView(m_form))
    , m_raise(new QPushButton(tr("&Raise an Action\u2026"), m_form))
    , m_link(new QPushButton(tr("Lin&k an Action\u2026"), m_form))
    , m_open(new QPushButton(tr("&Open in Action Plan"), m_form))
    , m_unlink(new QPushButton(tr("&Unlink"), m_form)) {
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_where->setAccessibleName(tr("Ambition"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_text->setFont(big);
    m_text->setAccessibleName(tr("Success criterion"));
    m_measure->setAccessibleName(tr("Outcome measure"));
    m_measure->setWordWrap(true);
    m_figures->setAccessibleName(tr("Show the figures for this outcome measure"));
    m_figures->setAccessibleDescription(
        tr("Opens the Outcomes page at the measure this success criterion names"));
    m_figures->setToolTip(m_figures->accessibleDescription());
    connect(m_figures, &QPushButton::clicked, this, [this] {
        const AmbitionCriterion* criterion =
            m_framework ? ambitionCriterion(*m_framework, m_criterionId) : nullptr;
        if (criterion && !criterion->measure.isEmpty())
            emit navigateRequested(QStringLiteral("outcomes"), criterion->measure);
    });
    auto* measureRow = new QHBoxLayout;
    measureRow->setContentsMargins(0, 0, 0, 0);
    measureRow->addWidget(m_measure, 1);
    measureRow->addWidget(m_figures);

    m_statusBox->setAccessibleName(tr("Status of the success criterion this year"));
    m_statuses->setExclusive(true);
    connect(m_statuses, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        if (m_loading)
            return;
        if (!setStatus(button->property("statusId").toString()))
            showJudgement(); // back to the stored status
    });
    m_lastYear->setForegroundRole(QPalette::PlaceholderText);
    m_lastYear->setAccessibleName(tr("Status last year"));
    m_judgedBy->setForegroundRole(QPalette::PlaceholderText);
    auto* statusLayout = new QVBoxLayout(m_statusBox);
    statusLayout->setContentsMargins(8, 4, 8, 4);
    statusLayout->addWidget(m_lastYear);

    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Evidence notes"));
    m_notes->setAccessibleDescription(
        tr("What shows where the school stands on this criterion this year; saved when you "
           "leave the box or press Ctrl+Return"));
    m_notes->setPlaceholderText(tr("What shows where the school stands: what you saw, where it "
                                   "is kept, who to ask. Saved when you leave the box or press "
                                   "Ctrl+Return."));
    m_notes->setMinimumHeight(fontMetrics().height() * 3 + 12);
    m_notes->setMaximumHeight(fontMetrics().height() * 6);
    m_notes->installEventFilter(this);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_notesDirty = true;
    });
    auto* notesLabel = new QLabel(tr("Evidence &notes:"), m_form);
    notesLabel->setBuddy(m_notes);

    // Evidence from the shared store, ticked to link.
    m_evidenceSearch->setPlaceholderText(tr("Filter the evidence store"));
    m_evidenceSearch->setAccessibleName(tr("Filter the evidence items"));
    m_evidenceSearch->setAccessibleDescription(
        tr("Shows only the evidence items whose title contains this text; linked items stay"));
    m_evidenceSearch->setClearButtonEnabled(true);
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setAccessibleName(tr("Evidence items linked to the criterion"));
    m_evidenceView->setAccessibleDescription(
        tr("The school's evidence store; tick an item (Space) to link it to this criterion for "
           "this year"));
    m_evidenceView->setUniformItemSizes(true);
    m_evidenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceView->setMinimumHeight(fontMetrics().height() * 3);
    m_evidenceCount->setForegroundRole(QPalette::PlaceholderText);
    connect(m_evidenceSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        Q_UNUSED(text)
        filterEvidence();
    });
    connect(m_evidence, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (m_loading)
            return;
        const bool on = item->checkState() == Qt::Checked;
        const qint64 id = item->data(IdRole).toLongLong();
        // Queued: the edit refills this very list, which must not happen inside its own signal.
        QMetaObject::invokeMethod(
            this,
            [this, id, on] {
                if (!setEvidenceLinked(id, on))
                    fillEvidence();
            },
            Qt::QueuedConnection);
    });

    m_actionView->setModel(m_actions);
    m_actionView->setAccessibleName(tr("Actions in the action plan for this criterion"));
    m_actionView->setAccessibleDescription(
        tr("The actions linked to this criterion this year; Return opens one on the Action plan "
           "page"));
    m_actionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionView->setWordWrap(true);
    m_actionView->setMinimumHeight(fontMetrics().height() * 3);
    m_raise->setAccessibleName(tr("Raise an action for this criterion in the action plan"));
    m_raise->setAccessibleDescription(tr("Adds an action to the school's action plan under the "
                                         "race strand, linked to this criterion for this year"));
    m_raise->setToolTip(m_raise->accessibleDescription());
    m_link->setAccessibleName(tr("Link an existing action to this criterion"));
    m_link->setAccessibleDescription(tr("Choose an action already in the action plan"));
    m_open->setAccessibleName(tr("Open the chosen action on the Action plan page"));
    m_open->setAccessibleDescription(tr("Shows the action with all its details"));
    m_unlink->setAccessibleName(tr("Unlink the chosen action from this criterion"));
    m_unlink->setAccessibleDescription(tr("The action stays in the action plan"));
    m_unlink->setToolTip(m_unlink->accessibleDescription());
    connect(m_raise, &QPushButton::clicked, this, &AmbitionEditor::raiseWithDialog);
    connect(m_link, &QPushButton::clicked, this, &AmbitionEditor::linkWithDialog);
    connect(m_open, &QPushButton::clicked, this, &AmbitionEditor::openCurrentAction);
    connect(m_actionView, &QListView::activated, this, &AmbitionEditor::openCurrentAction);
    connect(m_actionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AmbitionEditor::updateEnabled);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentActionId())
            unlinkAction(id);
    });
    // Wraps in a narrow pane rather than widening it past the window.
    auto* actionButtons = new FlowLayout;
    actionButtons->setContentsMargins(0, 0, 0, 0);
    actionButtons->addWidget(m_raise);
    actionButtons->addWidget(m_link);
    actionButtons->addWidget(m_open);
    actionButtons->addWidget(m_unlink);

    auto* evidenceTab = new QWidget(m_tabs);
    auto* evidenceLayout = new QVBoxLayout(evidenceTab);
    evidenceLayout->setContentsMargins(4, 4, 4, 4);
    evidenceLayout->addWidget(m_evidenceSearch);
    evidenceLayout->addWidget(m_evidenceView, 1);
    evidenceLayout->addWidget(m_evidenceCount);
    m_tabs->addTab(evidenceTab, QString());
    auto* actionsTab = new QWidget(m_tabs);
    auto* actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->setContentsMargins(4, 4, 4, 4);
    actionsLayout->addWidget(m_actionView, 1);
    actionsLayout->addLayout(actionButtons);
    m_tabs->addTab(actionsTab, QString());
    m_tabs->setMinimumHeight(fontMetrics().height() * 8);

    auto* layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_where);
    layout->addWidget(m_text);
    layout->addLayout(measureRow);
    layout->addWidget(m_statusBox);
    layout->addWidget(m_judgedBy);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_tabs, 2);

    // On a small screen the pane scrolls rather than squeezing the lists.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty, 1);
    outer->addWidget(scroll, 1);

    setTabOrder(m_figures, m_notes);
    setTabOrder(m_notes, m_tabs);
    setTabOrder(m_tabs, m_evidenceSearch);
    setTabOrder(m_evidenceSearch, m_evidenceView);
    setTabOrder(m_evidenceView, m_actionView);
    setTabOrder(m_actionView, m_raise);
    setTabOrder(m_raise, m_link);
    setTabOrder(m_link, m_open);
    setTabOrder(m_open, m_unlink);
    setCriterion({});
}

void AmbitionEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::ambitionChanged, this,
                [this](const QString& frameworkId, const QString& criterionId, const QString&) {
                    // Last year's edits show in the hint, so any year reloads.
                    if (m_framework && frameworkId == m_framework->id &&
                        criterionId == m_criterionId)
                        reload();
                });
        if (!m_reloadWhenShown)
            m_reloadWhenShown = new RefreshWhenShown(this, [this] { reload(); });
        for (auto signal : {&SchoolDocument::evidenceAdded, &SchoolDocument::evidenceChanged,
                            &SchoolDocument::evidenceRemoved, &SchoolDocument::actionAdded,
                            &SchoolDocument::actionChanged, &SchoolDocument::actionRemoved})
            connect(m_document, signal, this, [this] { m_reloadWhenShown->request(); });
        connect(m_document, &SchoolDocument::reloaded, this, [this] { reload(); });
        connect(m_document, &SchoolDocument::outcomesChanged, this,
                [this] { m_reloadWhenShown->request(); });
    }
    reload();
}

QString AmbitionEditor::targetsText(const OutcomeMeasure& measure) const {
    // The target the criterion sets ("in line with all other groups"), judged from the
    // figures as they may be shared, for each of the focus groups.
    if (!m_document || !measure.comparesGroups())
        return {};
    auto analysis = OutcomesReport::analysisOf(m_document->file());
    if (!analysis || analysis->years(measure.id()).isEmpty())
        return u'\n' + tr("No figures yet: import them on the Outcomes page.");
    QStringList parts;
    for (const auto& group : EthnicGroup::all()) {
        if (group.focus())
            parts << tr("%1: %2").arg(group.name(),
                                      Target::label(analysis->target(measure.id(), group.code())));
    }
    return u'\n' + tr("Target (%1): %2")
                       .arg(analysis->years(measure.id()).back(), parts.join(QStringLiteral("; ")));
}

void AmbitionEditor::setFramework(const std::optional<Framework>& framework) {
    m_framework = framework;
    buildStatuses();
    if (m_framework && !ambitionCriterion(*m_framework, m_criterionId))
        m_criterionId.clear();
    reload();
}

void AmbitionEditor::setYear(const QString& year) {
    if (year == m_year)
        return;
    if (m_notesDirty)
        commitNotes();
    m_year = year;
    m_notesDirty = false;
    reload();
}

void AmbitionEditor::setCriterion(const QString& criterionId) {
    if (criterionId == m_criterionId && !criterionId.isEmpty())
        return;
    m_criterionId = criterionId;
    m_notesDirty = false;
    m_evidenceSearch->clear();
    reload();
}

void AmbitionEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateEnabled();
}

bool AmbitionEditor::editable() const {
    return m_document && !m_document->isReadOnly() && !m_readOnly && m_framework &&
           ambitionCriterion(*m_framework, m_criterionId) && AmbitionRepository::isYear(m_year);
}

void AmbitionEditor::buildStatuses() {
    for (auto* button : m_statuses->buttons()) {
        m_statuses->removeButton(button);
        delete button;
    }
    if (m_statusRow) {
        delete m_statusRow;
        m_statusRow = nullptr;
    }
    if (!m_framework)
        return;
    m_statusRow = new QWidget(m_statusBox);
    auto* row = new FlowLayout(m_statusRow);
    row->setContentsMargins(0, 0, 0, 0);
    int number = 1;
    for (const auto& status : m_framework->statuses) {
        auto* button = new QRadioButton(status.label, m_statusRow);
        button->setProperty("statusId", status.id);
        // Alt, not Ctrl: Ctrl+1 to Ctrl+9 go to the pages (the Go menu), as on the audit.
        const QKeySequence key(Qt::ALT | Qt::Key(Qt::Key_0 + number));
        if (number <= 9)
            button->setShortcut(key);
        const QString keyText = key.toString(QKeySequence::NativeText);
        button->setToolTip(tr("%1 (%2)").arg(status.label, keyText));
        button->setAccessibleName(tr("Status: %1").arg(status.label));
        button->setAccessibleDescription(
            status.description.isEmpty()
                ? tr("Mark the criterion as %1 this year (%2)").arg(status.label, keyText)
                : tr("%1 (%2)").arg(status.description, keyText));
        m_statuses->addButton(button);
        row->addWidget(button);
        ++number;
    }
    static_cast<QVBoxLayout*>(m_statusBox->layout())->insertWidget(0, m_statusRow);
    // Built after the rest: put the choice where it is read, between the measure and the notes.
    QWidget* previous = m_figures;
    for (auto* button : m_statuses->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_notes);
}

QRadioButton* AmbitionEditor::statusButton(const QString& statusId) const {
    for (auto* button : m_statuses->buttons()) {
        if (button->property("statusId").toString() == statusId)
            return qobject_cast<QRadioButton*>(button);
    }
    return nullptr;
}

void AmbitionEditor::reload() {
    m_judgement = AmbitionJudgement();
    m_judgement.criterionId = m_criterionId;
    m_judgement.year = m_year;
    const AmbitionCriterion* criterion =
        m_framework && m_document ? ambitionCriterion(*m_framework, m_criterionId) : nullptr;
    AmbitionJudgement before;
    if (criterion && AmbitionRepository::isYear(m_year)) {
        AmbitionRepository repository(m_document->file());
        if (auto stored = repository.judgement(m_framework->id, m_criterionId, m_year))
            m_judgement = std::move(*stored);
        const auto previous = AcademicYear::parse(m_year)->previous().toString();
        if (auto stored = repository.judgement(m_framework->id, m_criterionId, previous))
            before = std::move(*stored);
    }
    m_empty->setVisible(!criterion);
    m_scroll->setVisible(criterion != nullptr);
    if (!criterion) {
        m_empty->setText(m_framework && m_document
                             ? tr("Choose a success criterion in the list to judge it.")
                             : QString());
        updateEnabled();
        return;
    }
    const Ambition* ambition = ambitionOfCriterion(*m_framework, m_criterionId);
    m_where->setText(tr("Ambition %1: %2").arg(ambition->number).arg(ambition->title));
    m_text->setText(criterion->text);
    const OutcomeMeasure* measure = OutcomeMeasure::find(criterion->measure);
    m_measure->setVisible(measure != nullptr);
    m_figures->setVisible(measure != nullptr);
    if (measure) {
        m_measure->setText(tr("Outcome measure: %1").arg(measure->name()) + targetsText(*measure));
        m_measure->setToolTip(plainToolTip(measure->definition()));
    }
    m_statusBox->setTitle(tr("Status in %1").arg(m_year));
    m_lastYear->setText(
        tr("Last year (%1): %2")
            .arg(before.year, ambitionStatusLabel(*m_framework, before.statusId)) +
        (before.evidenceNotes.trimmed().isEmpty()
             ? QString()
             : QStringLiteral(" \u2014 ") + before.evidenceNotes.simplified().left(120)));
    m_lastYear->setWordWrap(true);
    showJudgement();
    fillEvidence();
    fillActions();
    updateEnabled();
}

void AmbitionEditor::showJudgement() {
    m_loading = true;
    if (auto* button = statusButton(m_judgement.statusId))
        button->setChecked(true);
    if (!m_notesDirty && m_notes->toPlainText() != m_judgement.evidenceNotes)
        m_notes->setPlainText(m_judgement.evidenceNotes);
    if (m_judgement.judgedAt.isValid() && !m_judgement.judgedBy.isEmpty())
        m_judgedBy->setText(
            tr("Last judged by %1, %2")
                .arg(m_judgement.judgedBy,
                     QLocale().toString(m_judgement.judgedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_judgedBy->setText(m_judgement.judgedAt.isValid() ? QString()
                                                           : tr("Not judged this year yet."));
    m_loading = false;
}

void AmbitionEditor::fillEvidence() {
    m_loading = true;
    m_evidence->clear();
    if (m_document && !m_criterionId.isEmpty()) {
        if (auto items = EvidenceRepository(m_document->file()).all()) {
            std::vector<const EvidenceItem*> ordered;
            for (const auto& item : *items)
                ordered.push_back(&item);
            // What is linked comes first, so it is seen without scrolling.
            std::stable_partition(ordered.begin(), ordered.end(), [this](const EvidenceItem* e) {
                return m_judgement.evidenceIds.contains(e->id);
            });
            for (const auto* item : ordered) {
                const QString date = shortDate(item->datedOn);
                auto* row = new QStandardItem(
                    date.isEmpty() ? item->title : tr("%1 (%2)").arg(item->title, date));
                row->setData(item->id, IdRole);
                row->setCheckable(true);
                row->setEditable(false);
                row->setCheckState(m_judgement.evidenceIds.contains(item->id) ? Qt::Checked
                                                                              : Qt::Unchecked);
                row->setToolTip(plainToolTip(item->description.left(400)));
                m_evidence->appendRow(row);
            }
        }
    }
    m_loading = false;
    m_tabs->setTabText(0, tr("E&vidence (%1)").arg(m_judgement.evidenceIds.size()));
    filterEvidence();
}

// The evidence store filtered by the search text; linked items always stay in view.
void AmbitionEditor::filterEvidence() {
    const QString needle = m_evidenceSearch->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_evidence->rowCount(); ++row) {
        const QStandardItem* item = m_evidence->item(row);
        const bool show = needle.isEmpty() || item->checkState() == Qt::Checked ||
                          item->text().contains(needle, Qt::CaseInsensitive);
        m_evidenceView->setRowHidden(row, !show);
        shown += show ? 1 : 0;
    }
    if (m_evidence->rowCount() == 0)
        m_evidenceCount->setText(tr("The evidence store is empty: add evidence on the Evidence "
                                    "page, then tick it here."));
    else
        m_evidenceCount->setText(tr("%1 linked; showing %2 of %3 items")
                                     .arg(m_judgement.evidenceIds.size())
                                     .arg(shown)
                                     .arg(m_evidence->rowCount()));
}

void AmbitionEditor::updateEnabled() {
    const bool can = editable();
    for (auto* button : m_statuses->buttons())
        button->setEnabled(can);
    m_notes->setReadOnly(!can);
    m_loading = true;
    for (int i = 0; i < m_evidence->rowCount(); ++i)
        m_evidence->item(i)->setCheckable(can);
    m_loading = false;
    m_raise->setEnabled(can);
    m_link->setEnabled(can);
    m_open->setEnabled(currentActionId() != 0);
    m_unlink->setEnabled(can && currentActionId() != 0);
}

bool AmbitionEditor::write(AmbitionJudgement judgement) {
    if (!editable())
        return false;
    judgement.criterionId = m_criterionId;
    judgement.year = m_year;
    const Status done = m_document->execute(
        std::make_unique<SetAmbitionJudgementCommand>(*m_document, m_framework->id, judgement));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

bool AmbitionEditor::setStatus(const QString& statusId) {
    AmbitionJudgement judgement = m_judgement;
    judgement.statusId = statusId;
    // A note typed but not yet saved goes with the status, so nothing is lost.
    if (m_notesDirty)
        judgement.evidenceNotes = m_notes->toPlainText();
    if (!write(judgement))
        return false;
    m_notesDirty = false;
    return true;
}

bool AmbitionEditor::commitNotes() {
    if (!m_notesDirty)
        return true;
    if (m_notes->toPlainText() == m_judgement.evidenceNotes) {
        m_notesDirty = false;
        return true;
    }
    AmbitionJudgement judgement = m_judgement;
    judgement.evidenceNotes = m_notes->toPlainText();
    if (!write(judgement))
        return false; // the typed notes stay in the box
    m_notesDirty = false;
    return true;
}

bool AmbitionEditor::setEvidenceLinked(qint64 evidenceId, bool linked) {
    AmbitionJudgement judgement = m_judgement;
    judgement.evidenceIds.removeAll(evidenceId);
    if (linked)
        judgement.evidenceIds << evidenceId;
    return write(judgement);
}

bool AmbitionEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_notes) {
        if (event->type() == QEvent::FocusOut && m_notesDirty)
            commitNotes();
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commitNotes();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace equimark
