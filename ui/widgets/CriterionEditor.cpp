#include "widgets/CriterionEditor.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/RaiseCharterActionCommand.h"
#include "editing/commands/SetCriterionJudgementCommand.h"
#include "models/PlainToolTip.h"
#include "storage/ActionRepository.h"
#include "storage/CharterRepository.h"
#include "storage/EvidenceRepository.h"
#include "widgets/PlainLabel.h"
#include "widgets/RefreshWhenShown.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace equimark {

namespace {

const QString RaceStrand = QStringLiteral("race");

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

CriterionEditor::CriterionEditor(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_form(new QWidget)
    , m_where(plainLabel(m_form))
    , m_text(plainLabel(m_form))
    , m_unknown(plainLabel(m_form))
    , m_levelBox(new QGroupBox(tr("&Level reached"), m_form))
    , m_levels(new QButtonGroup(this))
    , m_levelLayout(new QVBoxLayout)
    , m_levelHelp(plainLabel(m_form))
    , m_judgedBy(plainLabel(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_evidenceSearch(new QLineEdit(m_form))
    , m_evidence(new QListWidget(m_form))
    , m_evidenceCount(plainLabel(m_form))
    , m_actions(new QListWidget(m_form))
    , m_raise(new QPushButton(tr("&Raise an Action\u2026"), m_form))
    , m_link(new QPushButton(tr("Lin&k an Action\u2026"), m_form))
    , m_open(new QPushButton(tr("&Open in Action Plan"), m_form))
    , m_unlink(new QPushButton(tr("&Unlink"), m_form))
    , m_guidance(new QLabel(m_form)) {
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Choose a criterion in the list to judge it."));

    m_where->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_text->setFont(big);
    m_text->setAccessibleName(tr("Criterion"));
    m_unknown->setForegroundRole(QPalette::PlaceholderText);
    m_unknown->setText(tr("The official wording of this criterion has not been entered yet. "
                          "Use \"Complete the Wording\" above to enter it from the RACE Charter "
                          "Mark documents; until then it does not count towards an award."));

    m_levelBox->setLayout(m_levelLayout);
    m_levelBox->setAccessibleName(tr("Level reached on the self-evaluation rubric"));
    m_levelHelp->setForegroundRole(QPalette::PlaceholderText);
    m_levelHelp->setAccessibleName(tr("What the chosen level means"));
    m_levelLayout->addWidget(m_levelHelp);
    m_levels->setExclusive(true);
    connect(m_levels, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        if (m_loading)
            return;
        if (!setLevel(button->property("levelId").toString()))
            showJudgement(); // back to the stored level
    });
    m_judgedBy->setForegroundRole(QPalette::PlaceholderText);

    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Evidence notes"));
    m_notes->setPlaceholderText(
        tr("What shows the school has reached this level: what you saw, where it is kept, who "
           "to ask. Saved when you leave the box or press Ctrl+Return."));
    m_notes->setMinimumHeight(fontMetrics().height() * 4 + 12);
    m_notes->setMaximumHeight(fontMetrics().height() * 7);
    m_notes->installEventFilter(this);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_notesDirty = true;
    });
    auto* notesLabel = new QLabel(tr("Evidence &notes:"), m_form);
    notesLabel->setBuddy(m_notes);

    m_evidenceSearch->setPlaceholderText(tr("Filter the evidence store"));
    m_evidenceSearch->setAccessibleName(tr("Filter the evidence items"));
    m_evidenceSearch->setClearButtonEnabled(true);
    m_evidence->setAccessibleName(tr("Evidence items linked to the criterion"));
    m_evidence->setUniformItemSizes(true);
    m_evidence->setMinimumHeight(fontMetrics().height() * 4);
    m_evidenceCount->setForegroundRole(QPalette::PlaceholderText);
    connect(m_evidenceSearch, &QLineEdit::textChanged, this, &CriterionEditor::filterEvidence);
    connect(m_evidence, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading)
            return;
        const bool on = item->checkState() == Qt::Checked;
        if (!setEvidenceLinked(item->data(Qt::UserRole).toLongLong(), on))
            fillEvidence();
    });

    m_actions->setAccessibleName(tr("Actions in the action plan for this criterion"));
    m_actions->setMinimumHeight(fontMetrics().height() * 3);
    m_actions->setWordWrap(true);
    m_raise->setAccessibleName(tr("Raise an action for this criterion in the action plan"));
    m_raise->setToolTip(tr("Adds an action to the school's action plan under the race strand, "
                           "so the same work counts for the Equality Mark and the RACE Charter"));
    m_link->setAccessibleName(tr("Link an existing action to this criterion"));
    m_open->setAccessibleName(tr("Open the chosen action on the Action plan page"));
    m_unlink->setAccessibleName(tr("Unlink the chosen action from this criterion"));
    m_unlink->setToolTip(tr("The action stays in the action plan"));
    connect(m_raise, &QPushButton::clicked, this, &CriterionEditor::raiseWithDialog);
    connect(m_link, &QPushButton::clicked, this, &CriterionEditor::linkWithDialog);
    connect(m_open, &QPushButton::clicked, this, &CriterionEditor::openCurrentAction);
    connect(m_actions, &QListWidget::itemActivated, this, &CriterionEditor::openCurrentAction);
    connect(m_actions, &QListWidget::currentRowChanged, this, &CriterionEditor::updateEnabled);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentActionId())
            unlinkAction(id);
    });
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_raise);
    actionButtons->addWidget(m_link);
    actionButtons->addStretch();
    actionButtons->addWidget(m_open);
    actionButtons->addWidget(m_unlink);

    m_guidance->setTextFormat(Qt::RichText); // built from escaped framework text only
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setAccessibleName(tr("Lead Practitioner mapping for this criterion"));
    // Evidence, actions and the LP mapping share a tab box, so the notes keep their room.
    m_tabs = new QTabWidget(m_form);
    auto* evidenceTab = new QWidget(m_tabs);
    auto* evidenceLayout = new QVBoxLayout(evidenceTab);
    evidenceLayout->addWidget(m_evidenceSearch);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addWidget(m_evidenceCount);
    m_tabs->addTab(evidenceTab, QString());
    auto* actionsTab = new QWidget(m_tabs);
    auto* actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addLayout(actionButtons);
    m_tabs->addTab(actionsTab, QString());
    auto* guidanceTab = new QWidget(m_tabs);
    auto* guidanceLayout = new QVBoxLayout(guidanceTab);
    guidanceLayout->addWidget(m_guidance);
    guidanceLayout->addStretch();
    m_tabs->addTab(guidanceTab, tr("LP &mapping"));
    m_tabs->setTabToolTip(2, tr("The Lead Practitioner standards the published mapping links to "
                                "this criterion (guidance for portfolios)"));
    m_tabs->setMinimumHeight(fontMetrics().height() * 9);

    auto* layout = new QVBoxLayout(m_form);
    layout->addWidget(m_where);
    layout->addWidget(m_text);
    layout->addWidget(m_unknown);
    layout->addWidget(m_levelBox);
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

    setTabOrder(m_notes, m_evidenceSearch);
    setTabOrder(m_evidenceSearch, m_evidence);
    setTabOrder(m_evidence, m_actions);
    setTabOrder(m_actions, m_raise);
    setTabOrder(m_raise, m_link);
    setTabOrder(m_link, m_open);
    setTabOrder(m_open, m_unlink);
    setCriterion({});
}

void CriterionEditor::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::charterChanged, this,
                [this](const QString& frameworkId, const QString& criterionId) {
                    if (m_framework && frameworkId == m_framework->id &&
                        criterionId == m_criterionId && !criterionId.isEmpty())
                        reload();
                });
        if (!m_reloadWhenShown)
            m_reloadWhenShown = new RefreshWhenShown(this, [this] { reload(); });
        for (auto signal : {&SchoolDocument::evidenceAdded, &SchoolDocument::evidenceChanged,
                            &SchoolDocument::evidenceRemoved, &SchoolDocument::actionAdded,
                            &SchoolDocument::actionChanged, &SchoolDocument::actionRemoved})
            connect(m_document, signal, this, [this] { m_reloadWhenShown->request(); });
        connect(m_document, &SchoolDocument::reloaded, this, [this] { reload(); });
    }
    reload();
}

void CriterionEditor::setFramework(const std::optional<Framework>& framework) {
    m_framework = framework;
    buildLevels();
    if (m_framework && !m_framework->criterion(m_criterionId))
        m_criterionId.clear();
    reload();
}

void CriterionEditor::setCriterion(const QString& criterionId) {
    if (criterionId == m_criterionId && !criterionId.isEmpty())
        return;
    m_criterionId = criterionId;
    m_notesDirty = false;
    m_evidenceSearch->clear();
    reload();
}

void CriterionEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateEnabled();
}

bool CriterionEditor::editable() const {
    return m_document && !m_document->isReadOnly() && !m_readOnly && m_framework &&
           m_framework->criterion(m_criterionId);
}

void CriterionEditor::buildLevels() {
    for (auto* button : m_levels->buttons()) {
        m_levels->removeButton(button);
        delete button;
    }
    if (!m_framework)
        return;
    auto* row = new QWidget(m_levelBox);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString& id, const QString& label, const QString& description) {
        auto* button = new QRadioButton(label, row);
        button->setProperty("levelId", id);
        button->setToolTip(plainToolTip(description));
        button->setAccessibleName(tr("Level: %1").arg(label));
        button->setAccessibleDescription(description);
        m_levels->addButton(button);
        rowLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, &CriterionEditor::updateLevelHelp);
    };
    add(QString(), tr("Not judged"), tr("No judgement recorded yet."));
    for (const auto& level : m_framework->rubric)
        add(level.id, level.label, level.description);
    rowLayout->addStretch();
    // The previous row widget (if any) went with its buttons' parent above; put the new one
    // before the help text.
    if (auto* old = m_levelBox->findChild<QWidget*>(QStringLiteral("levelRow"))) {
        m_levelLayout->removeWidget(old);
        old->deleteLater();
    }
    row->setObjectName(QStringLiteral("levelRow"));
    m_levelLayout->insertWidget(0, row);
}

QRadioButton* CriterionEditor::levelButton(const QString& levelId) const {
    for (auto* button : m_levels->buttons()) {
        if (button->property("levelId").toString() == levelId)
            return qobject_cast<QRadioButton*>(button);
    }
    return nullptr;
}

void CriterionEditor::reload() {
    m_judgement = CriterionJudgement();
    m_judgement.criterionId = m_criterionId;
    const CharterCriterion* criterion =
        m_framework && m_document ? m_framework->criterion(m_criterionId) : nullptr;
    if (criterion) {
        auto stored =
            CharterRepository(m_document->file()).judgement(m_framework->id, m_criterionId);
        if (stored)
            m_judgement = std::move(*stored);
    }
    m_empty->setVisible(!criterion);
    m_scroll->setVisible(criterion != nullptr);
    if (!criterion) {
        m_empty->setText(m_framework && m_document
                             ? tr("Choose a criterion in the list to judge it.")
                             : QString());
        updateEnabled();
        return;
    }
    QString section;
    for (const auto& s : m_framework->sections) {
        for (const auto& c : s.criteria) {
            if (c.id == m_criterionId)
                section = s.name;
        }
    }
    m_where->setText(tr("Criterion %1 \u2014 %2").arg(criterion->id, section));
    m_text->setText(criterion->text);
    QFont font = m_text->font();
    font.setItalic(!criterion->textKnown);
    m_text->setFont(font);
    m_unknown->setVisible(!criterion->textKnown);
    showJudgement();
    fillEvidence();
    fillActions();
    showGuidance();
    updateEnabled();
}

void CriterionEditor::showJudgement() {
    m_loading = true;
    if (auto* button = levelButton(m_judgement.levelId))
        button->setChecked(true);
    if (!m_notesDirty && m_notes->toPlainText() != m_judgement.evidenceNotes)
        m_notes->setPlainText(m_judgement.evidenceNotes);
    if (m_judgement.judgedAt.isValid() && !m_judgement.judgedBy.isEmpty())
        m_judgedBy->setText(
            tr("Last judged by %1, %2")
                .arg(m_judgement.judgedBy,
                     QLocale().toString(m_judgement.judgedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_judgedBy->setText(m_judgement.levelId.isEmpty() ? tr("Not judged yet.") : QString());
    m_loading = false;
    updateLevelHelp();
}

void CriterionEditor::updateLevelHelp() {
    const QAbstractButton* checked = m_levels->checkedButton();
    const QString id = checked ? checked->property("levelId").toString() : QString();
    const LevelDefinition* level = m_framework ? m_framework->rubricLevel(id) : nullptr;
    m_levelHelp->setText(level ? level->description
                               : tr("Choose the level the school has reached. Hover over a "
                                    "level to read what it means."));
}

void CriterionEditor::fillEvidence() {
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
                auto* row = new QListWidgetItem(
                    date.isEmpty() ? item->title : tr("%1 (%2)").arg(item->title, date),
                    m_evidence);
                row->setData(Qt::UserRole, item->id);
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                const bool on = m_judgement.evidenceIds.contains(item->id);
                row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                row->setToolTip(plainToolTip(item->description.left(400)));
            }
        }
    }
    m_loading = false;
    m_tabs->setTabText(0, tr("E&vidence (%1)").arg(m_judgement.evidenceIds.size()));
    filterEvidence();
}

void CriterionEditor::filterEvidence() {
    const QString needle = m_evidenceSearch->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_evidence->count(); ++i) {
        QListWidgetItem* item = m_evidence->item(i);
        const bool show = item->checkState() == Qt::Checked || needle.isEmpty() ||
                          item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!show);
        shown += show ? 1 : 0;
    }
    if (m_evidence->count() == 0)
        m_evidenceCount->setText(
            tr("The evidence store is empty: add evidence on the Evidence page, then tick it "
               "here."));
    else
        m_evidenceCount->setText(tr("%1 linked; showing %2 of %3 items")
                                     .arg(m_judgement.evidenceIds.size())
                                     .arg(shown)
                                     .arg(m_evidence->count()));
}

void CriterionEditor::fillActions() {
    const qint64 keep = currentActionId();
    m_actions->clear();
    if (m_document && !m_judgement.actionIds.isEmpty()) {
        if (auto actions = ActionRepository(m_document->file()).all()) {
            for (const auto& action : *actions) {
                if (!m_judgement.actionIds.contains(action.id))
                    continue;
                QString text =
                    tr("%1 \u2014 %2").arg(action.title, actionStatusLabel(action.status));
                if (action.dueOn.isValid())
                    text += tr(", due %1").arg(shortDate(action.dueOn));
                auto* row = new QListWidgetItem(text, m_actions);
                row->setData(Qt::UserRole, action.id);
                row->setToolTip(plainToolTip(
                    action.owner.isEmpty() ? action.title
                                           : tr("%1 (owner: %2)").arg(action.title, action.owner)));
                if (action.id == keep)
                    m_actions->setCurrentItem(row);
            }
        }
    }
    m_tabs->setTabText(1, tr("Ac&tions (%1)").arg(m_judgement.actionIds.size()));
    if (m_actions->count() == 0) {
        auto* row = new QListWidgetItem(tr("No actions yet. Raise one to plan the work for this "
                                           "criterion."),
                                        m_actions);
        row->setFlags(Qt::NoItemFlags);
        row->setData(Qt::UserRole, qint64(0));
    }
    updateEnabled();
}

void CriterionEditor::showGuidance() {
    const CharterCriterion* criterion =
        m_framework ? m_framework->criterion(m_criterionId) : nullptr;
    if (!criterion || criterion->lpMapping.empty()) {
        m_guidance->setText(
            tr("The published mapping names no Lead Practitioner standard for this criterion.")
                .toHtmlEscaped());
        return;
    }
    QString html;
    for (const auto& mapping : criterion->lpMapping) {
        const LpStandard* standard = m_framework->lpStandard(mapping.standardId);
        const QString name =
            standard ? tr("%1 %2").arg(standard->id, standard->name) : mapping.standardId;
        html += QStringLiteral("<p><b>%1</b><br>%2 %3<br>%4 %5</p>")
                    .arg(name.toHtmlEscaped(), tr("Element:").toHtmlEscaped(),
                         mapping.element.toHtmlEscaped(), tr("Exemplar:").toHtmlEscaped(),
                         mapping.exemplar.isEmpty() ? tr("none given").toHtmlEscaped()
                                                    : mapping.exemplar.toHtmlEscaped());
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("As published in the RACE Lead Practitioner mapping; texts cut short in "
                        "the source are shown as published.")
                         .toHtmlEscaped());
    m_guidance->setText(html);
}

void CriterionEditor::updateEnabled() {
    const bool can = editable();
    for (auto* button : m_levels->buttons())
        button->setEnabled(can);
    m_notes->setReadOnly(!can);
    m_evidence->setEnabled(can || m_evidence->count() > 0);
    for (int i = 0; i < m_evidence->count(); ++i) {
        QListWidgetItem* item = m_evidence->item(i);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (can)
            flags |= Qt::ItemIsUserCheckable;
        if (item->flags() != flags) {
            const bool wasLoading = m_loading;
            m_loading = true;
            item->setFlags(flags);
            m_loading = wasLoading;
        }
    }
    m_raise->setEnabled(can);
    m_link->setEnabled(can);
    m_open->setEnabled(currentActionId() != 0);
    m_unlink->setEnabled(can && currentActionId() != 0);
}

qint64 CriterionEditor::currentActionId() const {
    const QListWidgetItem* item = m_actions->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool CriterionEditor::write(CriterionJudgement judgement) {
    if (!editable())
        return false;
    judgement.criterionId = m_criterionId;
    const Status done = m_document->execute(
        std::make_unique<SetCriterionJudgementCommand>(*m_document, m_framework->id, judgement));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    return true;
}

bool CriterionEditor::setLevel(const QString& levelId) {
    CriterionJudgement judgement = m_judgement;
    judgement.levelId = levelId;
    // A note typed but not yet saved goes with the level, so nothing is lost.
    if (m_notesDirty)
        judgement.evidenceNotes = m_notes->toPlainText();
    if (!write(judgement))
        return false;
    m_notesDirty = false;
    return true;
}

bool CriterionEditor::commitNotes() {
    if (!m_notesDirty)
        return true;
    if (m_notes->toPlainText() == m_judgement.evidenceNotes) {
        m_notesDirty = false;
        return true;
    }
    CriterionJudgement judgement = m_judgement;
    judgement.evidenceNotes = m_notes->toPlainText();
    if (!write(judgement))
        return false; // the typed notes stay in the box
    m_notesDirty = false;
    return true;
}

bool CriterionEditor::setEvidenceLinked(qint64 evidenceId, bool linked) {
    CriterionJudgement judgement = m_judgement;
    judgement.evidenceIds.removeAll(evidenceId);
    if (linked)
        judgement.evidenceIds << evidenceId;
    std::sort(judgement.evidenceIds.begin(), judgement.evidenceIds.end());
    return write(judgement);
}

bool CriterionEditor::linkAction(qint64 actionId) {
    if (m_judgement.actionIds.contains(actionId))
        return true;
    CriterionJudgement judgement = m_judgement;
    judgement.actionIds << actionId;
    std::sort(judgement.actionIds.begin(), judgement.actionIds.end());
    return write(judgement);
}

bool CriterionEditor::unlinkAction(qint64 actionId) {
    CriterionJudgement judgement = m_judgement;
    judgement.actionIds.removeAll(actionId);
    return write(judgement);
}

Action CriterionEditor::draftAction() const {
    Action action;
    const CharterCriterion* criterion =
        m_framework ? m_framework->criterion(m_criterionId) : nullptr;
    if (criterion)
        action.title = criterion->textKnown
                           ? tr("RACE Charter %1: %2").arg(criterion->id, criterion->text)
                           : tr("RACE Charter %1").arg(criterion->id);
    action.strandIds << RaceStrand;
    action.startOn = QDate::currentDate();
    action.successCriteria =
        criterion ? tr("RACE Charter criterion %1 judged at a higher level at the next "
                       "self-evaluation.")
                        .arg(criterion->id)
                  : QString();
    return action;
}

Result<qint64> CriterionEditor::raiseAction(const Action& draft) {
    if (!editable())
        return Error::make(Error::Code::ReadOnly, tr("This school file is open read-only."));
    if (m_notesDirty)
        commitNotes();
    auto command = std::make_unique<RaiseCharterActionCommand>(*m_document, m_framework->id,
                                                               m_criterionId, draft);
    RaiseCharterActionCommand* raised = command.get();
    const Status done = m_document->execute(std::move(command));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return done.error();
    }
    return raised->actionId();
}

void CriterionEditor::raiseWithDialog() {
    if (!editable())
        return;
    Action draft = draftAction();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Raise an Action for Criterion %1").arg(m_criterionId));
    auto* title = new QLineEdit(draft.title, &dialog);
    title->setAccessibleName(tr("Title of the action"));
    title->setMaxLength(300);
    title->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* owner = new QLineEdit(&dialog);
    owner->setAccessibleName(tr("Owner of the action"));
    auto* hasDue = new QCheckBox(tr("&Due by:"), &dialog);
    auto* due = new QDateEdit(QDate::currentDate().addMonths(3), &dialog);
    due->setCalendarPopup(true);
    due->setAccessibleName(tr("Due date of the action"));
    due->setEnabled(false);
    connect(hasDue, &QCheckBox::toggled, due, &QWidget::setEnabled);
    auto* note = new QLabel(tr("The action goes into the school's action plan under the race "
                               "strand, linked to criterion %1, so it counts for the Equality "
                               "Mark and the RACE Charter Mark. Add the rest of its details on "
                               "the Action plan page.")
                                .arg(m_criterionId),
                            &dialog);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto* error = new QLabel(&dialog);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setFrameShape(QFrame::StyledPanel);
    error->setAutoFillBackground(true);
    error->setBackgroundRole(QPalette::ToolTipBase);
    error->setForegroundRole(QPalette::ToolTipText);
    error->setMargin(6);
    error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Owner:"), owner);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(hasDue);
    dueRow->addWidget(due);
    dueRow->addStretch();
    form->addRow(QString(), dueRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to Action Plan"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    qint64 created = 0;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Action action = draft;
        action.title = title->text().trimmed();
        action.owner = owner->text().trimmed();
        action.dueOn = hasDue->isChecked() ? due->date() : QDate();
        if (action.dueOn.isValid() && action.startOn.isValid() && action.dueOn < action.startOn)
            action.startOn = action.dueOn;
        auto done = raiseAction(action);
        if (!done) {
            error->setText(done.errorMessage());
            error->show();
            return;
        }
        created = *done;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || created == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Action Added"),
        tr("The action is in the action plan. Open it on the Action plan page to add its "
           "owner, dates and success criteria?"),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Close);
    if (answer == QMessageBox::Open)
        emit navigateRequested(QStringLiteral("action-plan"), created);
}

void CriterionEditor::linkWithDialog() {
    if (!editable() || !m_document)
        return;
    auto actions = ActionRepository(m_document->file()).all();
    if (!actions) {
        emit errorOccurred(actions.errorMessage());
        return;
    }
    QStringList titles;
    QList<qint64> ids;
    for (const auto& action : *actions) {
        if (m_judgement.actionIds.contains(action.id))
            continue;
        titles << tr("%1 \u2014 %2").arg(action.title, actionStatusLabel(action.status));
        ids << action.id;
    }
    if (titles.isEmpty()) {
        QMessageBox::information(this, tr("Link an Action"),
                                 tr("Every action in the action plan is already linked to this "
                                    "criterion, or the plan is empty."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link an Action"),
        tr("Action from the school's action plan that serves criterion %1:").arg(m_criterionId),
        titles, 0, false, &ok);
    if (!ok)
        return;
    const auto at = titles.indexOf(chosen);
    if (at >= 0)
        linkAction(ids[at]);
}

void CriterionEditor::openCurrentAction() {
    if (const qint64 id = currentActionId())
        emit navigateRequested(QStringLiteral("action-plan"), id);
}

bool CriterionEditor::eventFilter(QObject* watched, QEvent* event) {
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
