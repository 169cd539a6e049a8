#include "pages/TrainingProgrammesPanel.h"

#include "analysis/ProgrammeEvaluation.h"
#include "domain/Action.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "models/IdListModel.h"
#include "models/RatingTableModel.h"
#include "storage/ActionRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/CommitOnFocusOut.h"
#include "widgets/FindNextRow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

// A rating as a spin box: 0 shows "Not given".
class RatingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 5);
        spin->setSpecialValueText(TrainingProgrammesPanel::tr("Not given"));
        spin->setAccessibleName(index.column() == RatingTableModel::BeforeColumn
                                    ? TrainingProgrammesPanel::tr("Confidence before")
                                    : TrainingProgrammesPanel::tr("Confidence after"));
        return spin;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toInt());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        model->setData(index, static_cast<QSpinBox*>(editor)->value(), Qt::EditRole);
    }
};

QPlainTextEdit* textArea(QWidget* parent, const QString& name, const QString& description) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(48);
    return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TrainingProgrammesPanel::TrainingProgrammesPanel(QWidget* parent)
    : QWidget(parent)
    , m_programmes(new IdListModel(false, this))
    , m_actions(new IdListModel(true, this))
    , m_ratings(new RatingTableModel(this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(tr("Add programme"), this))
    , m_remove(new QPushButton(tr("Remove programme"), this))
    , m_editor(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_aims(textArea(this, tr("Aims"), tr("What the programme sets out to do")))
    , m_approach(textArea(this, tr("How leaders changed their approach"),
                          tr("What leaders now do differently because of the programme")))
    , m_embedding(textArea(this, tr("How the learning is embedded"),
                           tr("How the learning shows in everyday practice; link the actions "
                              "that carry it on the Linked actions tab")))
    , m_actionList(new QListView(this))
    , m_ratingView(new QTableView(this))
    , m_evaluation(new QLabel(this)) {
    m_list->setModel(m_programmes);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Programmes"));
    m_list->setAccessibleDescription(tr("Training programmes; the selected one is edited on "
                                        "the right"));
    m_add->setToolTip(tr("Add a training programme"));
    m_remove->setToolTip(tr("Remove the selected programme; its sessions and case studies stay "
                            "(Edit > Undo puts it back)"));
    m_title->setAccessibleName(tr("Programme title"));
    m_title->setToolTip(tr("What the programme is called"));
    m_provider->setAccessibleName(tr("Programme provider"));
    m_provider->setToolTip(tr("Who runs the programme"));

    auto* details = new QWidget(m_editor);
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Title:"), m_title, details), m_title);
    form->addRow(buddyLabel(tr("Pro&vider:"), m_provider, details), m_provider);
    form->addRow(buddyLabel(tr("&Aims:"), m_aims, details), m_aims);
    m_editor->addTab(details, tr("Details"));

    auto* impact = new QWidget(m_editor);
    auto* impactLayout = new QVBoxLayout(impact);
    impactLayout->addWidget(
        buddyLabel(tr("How &leaders changed their approach:"), m_approach, impact));
    impactLayout->addWidget(m_approach, 1);
    impactLayout->addWidget(buddyLabel(tr("How the learning is &embedded:"), m_embedding, impact));
    impactLayout->addWidget(m_embedding, 1);
    m_editor->addTab(impact, tr("Impact"));

    m_actionList->setModel(m_actions);
    m_actionList->setWordWrap(true);
    m_actionList->setResizeMode(QListView::Adjust);
    m_actionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actionList->setAccessibleName(tr("Linked actions"));
    m_actionList->setAccessibleDescription(
        tr("Actions in the action plan that embed the learning: Space ticks one"));
    m_editor->addTab(m_actionList, tr("Linked actions"));

    auto* ratings = new QWidget(m_editor);
    auto* ratingLayout = new QVBoxLayout(ratings);
    m_evaluation->setWordWrap(true);
    m_evaluation->setTextFormat(Qt::PlainText);
    m_ratingView->setModel(m_ratings);
    m_ratingView->setItemDelegateForColumn(RatingTableModel::BeforeColumn,
                                           new RatingDelegate(m_ratingView));
    m_ratingView->setItemDelegateForColumn(RatingTableModel::AfterColumn,
                                           new RatingDelegate(m_ratingView));
    m_ratingView->verticalHeader()->hide();
    m_ratingView->horizontalHeader()->setSectionResizeMode(RatingTableModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_ratingView->setAccessibleName(tr("Confidence ratings"));
    m_ratingView->setAccessibleDescription(
        tr("Each participant's confidence before and after, 1 to 5: press F2 to enter one. "
           "Reports show only the totals."));
    ratingLayout->addWidget(m_evaluation);
    ratingLayout->addWidget(m_ratingView, 1);
    m_editor->addTab(ratings, tr("Ratings"));
    m_editor->setAccessibleName(tr("Programme editor"));

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

    connect(m_add, &QPushButton::clicked, this, &TrainingProgrammesPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &TrainingProgrammesPanel::remove);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrainingProgrammesPanel::showProgramme);
    connect(m_actions, &IdListModel::toggled, this, &TrainingProgrammesPanel::toggleAction);
    connect(m_ratings, &RatingTableModel::editFailed, this,
            &TrainingProgrammesPanel::errorOccurred);
    for (QLineEdit* edit : {m_title, m_provider})
        connect(edit, &QLineEdit::editingFinished, this, &TrainingProgrammesPanel::commit);
    for (QPlainTextEdit* edit : {m_aims, m_approach, m_embedding})
        CommitOnFocusOut::install(edit, [this] { commit(); });
    showProgramme();
}

void TrainingProgrammesPanel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_ratings->setDocument(document);
    if (m_document) {
        connect(m_document, &SchoolDocument::trainingChanged, this,
                &TrainingProgrammesPanel::reload);
        connect(m_document, &SchoolDocument::actionAdded, this, &TrainingProgrammesPanel::reload);
        connect(m_document, &SchoolDocument::actionChanged, this, &TrainingProgrammesPanel::reload);
        connect(m_document, &SchoolDocument::actionRemoved, this, &TrainingProgrammesPanel::reload);
    }
    reload();
    if (m_programmes->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_programmes->index(0));
}

qint64 TrainingProgrammesPanel::currentProgrammeId() const {
    return m_list->currentIndex().data(IdListModel::IdRole).toLongLong();
}

void TrainingProgrammesPanel::reload() {
    std::vector<IdListModel::Item> items;
    if (m_document) {
        if (auto programmes = ProgrammeRepository(m_document->file()).programmes()) {
            for (const auto& programme : *programmes)
                items.push_back({programme.id, programme.title, programme.aims, false});
        }
    }
    m_programmes->setItems(std::move(items));
    showProgramme();
}

QString TrainingProgrammesPanel::evaluationText() const {
    return m_evaluation->text();
}

void TrainingProgrammesPanel::showProgramme() {
    const qint64 id = currentProgrammeId();
    m_ratings->setProgramme(id);
    std::optional<TrainingProgramme> programme;
    int threshold = Suppression::DefaultThreshold;
    if (m_document && id > 0) {
        ProgrammeRepository repository(m_document->file());
        if (auto found = repository.programme(id))
            programme = *found;
        if (auto setting = OutcomeRepository(m_document->file()).suppressionThreshold())
            threshold = *setting;
    }
    m_filling = true;
    const auto fill = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
        edit->document()->setModified(false);
    };
    m_title->setText(programme ? programme->title : QString());
    m_provider->setText(programme ? programme->provider : QString());
    m_title->setCursorPosition(0);
    m_provider->setCursorPosition(0);
    fill(m_aims, programme ? programme->aims : QString());
    fill(m_approach, programme ? programme->leadersApproach : QString());
    fill(m_embedding, programme ? programme->embedding : QString());

    std::vector<IdListModel::Item> actions;
    if (m_document && programme) {
        if (auto all = ActionRepository(m_document->file()).all()) {
            for (const auto& action : *all)
                actions.push_back(
                    {action.id, action.title,
                     tr("%1 — %2").arg(action.title, actionStatusLabel(action.status)),
                     programme->actionIds.contains(action.id)});
        }
    }
    m_actions->setItems(std::move(actions));

    if (programme) {
        const auto evaluation = ProgrammeEvaluation::compute(programme->ratings);
        const auto shared = evaluation.shared(threshold);
        if (evaluation.paired == 0)
            m_evaluation->setText(tr("No participant has rated both before and after yet."));
        else if (!shared.meansShown)
            m_evaluation->setText(
                tr("Fewer than %1 participants have rated both before and after, so the means "
                   "are suppressed in what is shared.")
                    .arg(threshold));
        else
            m_evaluation->setText(
                tr("%1 participants rated both: mean confidence %2 before, %3 after (change "
                   "%4). Reports show only these totals.")
                    .arg(evaluation.paired)
                    .arg(QLocale().toString(evaluation.meanBefore, 'f', 1),
                         QLocale().toString(evaluation.meanAfter, 'f', 1),
                         QLocale().toString(evaluation.meanChange, 'f', 1)));
    } else {
        m_evaluation->setText(tr("Choose or add a programme."));
    }
    m_filling = false;
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && programme);
    for (QWidget* field : std::initializer_list<QWidget*>{m_title, m_provider, m_aims, m_approach,
                                                          m_embedding, m_actionList, m_ratingView})
        field->setEnabled(programme.has_value());
    for (QPlainTextEdit* edit : {m_aims, m_approach, m_embedding})
        edit->setReadOnly(!editable);
    m_title->setReadOnly(!editable);
    m_provider->setReadOnly(!editable);
}

void TrainingProgrammesPanel::commit() {
    if (m_filling || !m_document || m_document->isReadOnly())
        return;
    auto programme = ProgrammeRepository(m_document->file()).programme(currentProgrammeId());
    if (!programme)
        return;
    TrainingProgramme changed = *programme;
    changed.title = m_title->text();
    changed.provider = m_provider->text();
    changed.aims = m_aims->toPlainText();
    changed.leadersApproach = m_approach->toPlainText();
    changed.embedding = m_embedding->toPlainText();
    if (changed.title.trimmed() == programme->title &&
        changed.provider.trimmed() == programme->provider &&
        changed.aims.trimmed() == programme->aims &&
        changed.leadersApproach.trimmed() == programme->leadersApproach &&
        changed.embedding.trimmed() == programme->embedding)
        return;
    if (auto done = m_document->execute(ProgrammeCommand::update(*m_document, changed)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingProgrammesPanel::toggleAction(qint64 actionId, bool linked) {
    if (!m_document || m_document->isReadOnly())
        return;
    auto programme = ProgrammeRepository(m_document->file()).programme(currentProgrammeId());
    if (!programme)
        return;
    if (linked)
        programme->actionIds << actionId;
    else
        programme->actionIds.removeAll(actionId);
    if (auto done = m_document->execute(ProgrammeCommand::update(*m_document, *programme)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingProgrammesPanel::add() {
    if (!m_document)
        return;
    TrainingProgramme programme;
    programme.title = tr("New training programme");
    auto command = ProgrammeCommand::add(*m_document, programme);
    auto* adding = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    const int row = m_programmes->rowOf(adding->recordId());
    if (row >= 0)
        m_list->setCurrentIndex(m_programmes->index(row));
    m_editor->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

void TrainingProgrammesPanel::remove() {
    const qint64 id = currentProgrammeId();
    if (!m_document || id <= 0)
        return;
    if (auto done = m_document->execute(ProgrammeCommand::remove(*m_document, id)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingProgrammesPanel::selectProgramme(qint64 id) {
    const int row = m_programmes->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_programmes->index(row));
}

bool TrainingProgrammesPanel::find(const QString& text) {
    return findNextRow(m_list, [&](int row) {
        return m_programmes->items()[std::size_t(row)].text.contains(text, Qt::CaseInsensitive);
    });
}

} // namespace equimark
