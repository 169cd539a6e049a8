#include "pages/TrainingCasesPanel.h"

#include "domain/EvidenceItem.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "models/IdListModel.h"
#include "storage/CaseStudyRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/CommitOnFocusOut.h"
#include "widgets/FindNextRow.h"
#include "widgets/OptionalDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace equimark {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TrainingCasesPanel::TrainingCasesPanel(QWidget* parent)
    : QWidget(parent)
    , m_cases(new IdListModel(false, this))
    , m_evidence(new IdListModel(true, this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(tr("Add case study"), this))
    , m_remove(new QPushButton(tr("Remove case study"), this))
    , m_editor(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_hasDate(makeOptionalDateCheck(this, QStringLiteral("caseDate"), tr("Has a date")))
    , m_date(makeOptionalDateEdit(this, QStringLiteral("caseDate"), tr("Case study date")))
    , m_programme(new QComboBox(this))
    , m_story(new QPlainTextEdit(this))
    , m_evidenceList(new QListView(this)) {
    m_list->setModel(m_cases);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Case studies"));
    m_list->setAccessibleDescription(tr("Case studies of positive action; the selected one is "
                                        "edited on the right"));
    m_add->setToolTip(tr("Add a case study of positive action"));
    m_remove->setToolTip(tr("Remove the selected case study (Edit > Undo puts it back)"));
    m_title->setAccessibleName(tr("Case study title"));
    m_title->setToolTip(tr("What the case study is about"));
    m_hasDate->setToolTip(tr("Tick to give the case study a date"));
    m_date->setToolTip(tr("When it happened"));
    m_programme->setAccessibleName(tr("Case study programme"));
    m_programme->setToolTip(tr("The programme the case study came from, if any"));
    m_story->setAccessibleName(tr("Story"));
    m_story->setAccessibleDescription(tr("What was done, for whom, and what changed"));
    m_story->setTabChangesFocus(true);
    m_story->setMinimumHeight(60);

    auto* story = new QWidget(m_editor);
    auto* form = new QFormLayout(story);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Title:"), m_title, story), m_title);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    form->addRow(buddyLabel(tr("&Date:"), m_hasDate, story), dateRow);
    form->addRow(buddyLabel(tr("Pro&gramme:"), m_programme, story), m_programme);
    form->addRow(buddyLabel(tr("&Story:"), m_story, story), m_story);
    m_editor->addTab(story, tr("Story"));
    m_evidenceList->setModel(m_evidence);
    m_evidenceList->setWordWrap(true);
    m_evidenceList->setResizeMode(QListView::Adjust);
    m_evidenceList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_evidenceList->setAccessibleName(tr("Linked evidence"));
    m_evidenceList->setAccessibleDescription(
        tr("Items of the evidence store that show the case study: Space ticks one"));
    m_editor->addTab(m_evidenceList, tr("Evidence"));
    m_editor->setAccessibleName(tr("Case study editor"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &TrainingCasesPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &TrainingCasesPanel::remove);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrainingCasesPanel::showCase);
    connect(m_evidence, &IdListModel::toggled, this, &TrainingCasesPanel::toggleEvidence);
    connect(m_title, &QLineEdit::editingFinished, this, &TrainingCasesPanel::commit);
    connect(m_programme, &QComboBox::activated, this, &TrainingCasesPanel::commit);
    connectOptionalDate(this, m_hasDate, m_date, m_filling, [this] { commit(); });
    CommitOnFocusOut::install(m_story, [this] { commit(); });
    showCase();
}

void TrainingCasesPanel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::trainingChanged, this, &TrainingCasesPanel::reload);
        connect(m_document, &SchoolDocument::evidenceAdded, this, &TrainingCasesPanel::reload);
        connect(m_document, &SchoolDocument::evidenceChanged, this, &TrainingCasesPanel::reload);
        connect(m_document, &SchoolDocument::evidenceRemoved, this, &TrainingCasesPanel::reload);
    }
    reload();
    if (m_cases->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_cases->index(0));
}

qint64 TrainingCasesPanel::currentCaseId() const {
    return m_list->currentIndex().data(IdListModel::IdRole).toLongLong();
}

void TrainingCasesPanel::reload() {
    std::vector<IdListModel::Item> items;
    m_filling = true;
    const qint64 programme = m_programme->currentData().toLongLong();
    m_programme->clear();
    m_programme->addItem(tr("Not tied to a programme"), qint64(0));
    if (m_document) {
        ProgrammeRepository repository(m_document->file());
        if (auto cases = CaseStudyRepository(m_document->file()).caseStudies()) {
            for (const auto& caseStudy : *cases)
                items.push_back({caseStudy.id, caseStudy.title, caseStudy.story, false});
        }
        if (auto programmes = repository.programmes()) {
            for (const auto& each : *programmes)
                m_programme->addItem(each.title, each.id);
        }
    }
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(programme)));
    m_filling = false;
    m_cases->setItems(std::move(items));
    showCase();
}

void TrainingCasesPanel::showCase() {
    std::optional<CaseStudy> found;
    if (m_document && currentCaseId() > 0) {
        if (auto caseStudy = CaseStudyRepository(m_document->file()).caseStudy(currentCaseId()))
            found = *caseStudy;
    }
    m_filling = true;
    m_title->setText(found ? found->title : QString());
    m_title->setCursorPosition(0);
    showOptionalDate(m_hasDate, m_date, found ? found->datedOn : QDate());
    m_programme->setCurrentIndex(
        std::max(0, m_programme->findData(found ? found->programmeId : qint64(0))));
    if (m_story->toPlainText() != (found ? found->story : QString()))
        m_story->setPlainText(found ? found->story : QString());
    m_story->document()->setModified(false);
    std::vector<IdListModel::Item> evidence;
    if (m_document && found) {
        if (auto all = EvidenceRepository(m_document->file()).all()) {
            for (const auto& item : *all)
                evidence.push_back(
                    {item.id, item.title, item.description, found->evidenceIds.contains(item.id)});
        }
    }
    m_evidence->setItems(std::move(evidence));
    m_filling = false;
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && found);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_title, m_hasDate, m_programme, m_story, m_evidenceList})
        field->setEnabled(found.has_value());
    m_date->setEnabled(found && m_hasDate->isChecked());
    m_title->setReadOnly(!editable);
    m_story->setReadOnly(!editable);
}

void TrainingCasesPanel::commit() {
    if (m_filling || !m_document || m_document->isReadOnly())
        return;
    auto current = CaseStudyRepository(m_document->file()).caseStudy(currentCaseId());
    if (!current)
        return;
    CaseStudy changed = *current;
    changed.title = m_title->text();
    changed.datedOn = optionalDate(m_hasDate, m_date);
    changed.programmeId = m_programme->currentData().toLongLong();
    changed.story = m_story->toPlainText();
    if (changed.title.trimmed() == current->title && changed.datedOn == current->datedOn &&
        changed.programmeId == current->programmeId && changed.story.trimmed() == current->story)
        return;
    if (auto done = m_document->execute(CaseStudyCommand::update(*m_document, changed)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingCasesPanel::toggleEvidence(qint64 evidenceId, bool linked) {
    if (!m_document || m_document->isReadOnly())
        return;
    auto current = CaseStudyRepository(m_document->file()).caseStudy(currentCaseId());
    if (!current)
        return;
    if (linked)
        current->evidenceIds << evidenceId;
    else
        current->evidenceIds.removeAll(evidenceId);
    if (auto done = m_document->execute(CaseStudyCommand::update(*m_document, *current)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingCasesPanel::add() {
    if (!m_document)
        return;
    CaseStudy caseStudy;
    caseStudy.title = tr("New case study");
    caseStudy.datedOn = QDate::currentDate();
    auto command = CaseStudyCommand::add(*m_document, caseStudy);
    auto* adding = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    const int row = m_cases->rowOf(adding->recordId());
    if (row >= 0)
        m_list->setCurrentIndex(m_cases->index(row));
    m_editor->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

void TrainingCasesPanel::remove() {
    const qint64 id = currentCaseId();
    if (!m_document || id <= 0)
        return;
    if (auto done = m_document->execute(CaseStudyCommand::remove(*m_document, id)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingCasesPanel::selectCase(qint64 id) {
    const int row = m_cases->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_cases->index(row));
}

bool TrainingCasesPanel::find(const QString& text) {
    return findNextRow(m_list, [&](int row) {
        const auto& item = m_cases->items()[std::size_t(row)];
        return item.text.contains(text, Qt::CaseInsensitive) ||
               item.toolTip.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace equimark
