#include "pages/TrainingSessionsPanel.h"

#include "domain/TrainingTopic.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "models/AttendanceTableModel.h"
#include "models/TrainingSessionTableModel.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"
#include "widgets/FindNextRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void tidyTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
}

} // namespace

TrainingSessionsPanel::TrainingSessionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new TrainingSessionTableModel(this))
    , m_attendance(new AttendanceTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add session"), this))
    , m_remove(new QPushButton(tr("Remove session"), this))
    , m_editor(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_topic(new QComboBox(this))
    , m_refresher(new QCheckBox(tr("A refresher"), this))
    , m_programme(new QComboBox(this))
    , m_provider(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_counts(new QLabel(this))
    , m_offerAll(new QPushButton(tr("Offer to everyone in post"), this))
    , m_attendanceView(new QTableView(this)) {
    m_view->setModel(m_model);
    tidyTable(m_view);
    // Topic, audience and who was offered are in the editor beside the list (and the tooltip says
    // whether the topic counts): the list keeps to what fits a small screen.
    m_view->setColumnHidden(TrainingSessionTableModel::AudienceColumn, true);
    m_view->setColumnHidden(TrainingSessionTableModel::TopicColumn, true);
    m_view->setColumnHidden(TrainingSessionTableModel::OfferedColumn, true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TrainingSessionTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Training sessions"));
    m_view->setAccessibleDescription(tr("Newest first. The selected session is edited on the "
                                        "right."));
    m_add->setToolTip(tr("Add a training session dated today, then fill in its details"));
    m_remove->setToolTip(tr("Remove the selected session with its attendance (Edit > Undo puts "
                            "it back)"));

    m_title->setAccessibleName(tr("Session title"));
    m_title->setToolTip(tr("What the session is called"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date held"));
    m_date->setToolTip(tr("The day the session is or was held"));
    for (const auto& id : TrainingTopic::ids())
        m_topic->addItem(TrainingTopic::counts(id)
                             ? TrainingTopic::labelOf(id)
                             : tr("%1 (does not count)").arg(TrainingTopic::labelOf(id)),
                         id);
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setToolTip(tr("Race equality, anti-racist leadership and unconscious bias count "
                           "towards coverage; the other topics are recorded only"));
    m_refresher->setAccessibleName(tr("A refresher"));
    m_refresher->setToolTip(tr("Ticked when the session refreshes earlier training"));
    m_programme->setAccessibleName(tr("Programme"));
    m_programme->setToolTip(tr("The programme this session belongs to, if any"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setToolTip(tr("Who delivers the session"));
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->setToolTip(tr("Who the session is for, e.g. whole staff or governors"));

    auto* details = new QWidget(m_editor);
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Title:"), m_title, details), m_title);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_refresher);
    dateRow->addStretch();
    form->addRow(buddyLabel(tr("&Date:"), m_date, details), dateRow);
    form->addRow(buddyLabel(tr("T&opic:"), m_topic, details), m_topic);
    form->addRow(buddyLabel(tr("Pro&gramme:"), m_programme, details), m_programme);
    form->addRow(buddyLabel(tr("Pro&vider:"), m_provider, details), m_provider);
    form->addRow(buddyLabel(tr("A&udience:"), m_audience, details), m_audience);
    m_editor->addTab(details, tr("Details"));

    auto* attendance = new QWidget(m_editor);
    auto* attendanceLayout = new QVBoxLayout(attendance);
    m_counts->setWordWrap(true);
    m_offerAll->setToolTip(tr("Offer this session to everyone in post on its date who has not "
                              "been offered it"));
    m_attendanceView->setModel(m_attendance);
    tidyTable(m_attendanceView);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::NameColumn,
                                                               QHeaderView::Stretch);
    m_attendanceView->setAccessibleName(tr("Attendance"));
    m_attendanceView->setAccessibleDescription(
        tr("Everyone in post on the session's date: Space ticks Offered or Attended in the "
           "current cell."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_offerAll);
    attendanceLayout->addLayout(top);
    attendanceLayout->addWidget(m_attendanceView, 1);
    m_editor->addTab(attendance, tr("Attendance"));
    m_editor->setAccessibleName(tr("Session editor"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &TrainingSessionsPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &TrainingSessionsPanel::remove);
    connect(m_offerAll, &QPushButton::clicked, this, &TrainingSessionsPanel::offerToEveryone);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TrainingSessionsPanel::showSession);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrainingSessionsPanel::showSession);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrainingSessionsPanel::showSession);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingSessionsPanel::showSession);
    connect(m_attendance, &AttendanceTableModel::editFailed, this,
            &TrainingSessionsPanel::errorOccurred);
    for (QLineEdit* edit : {m_title, m_provider, m_audience})
        connect(edit, &QLineEdit::editingFinished, this, &TrainingSessionsPanel::commit);
    connect(m_date, &QDateEdit::editingFinished, this, &TrainingSessionsPanel::commit);
    connect(m_topic, &QComboBox::activated, this, &TrainingSessionsPanel::commit);
    connect(m_programme, &QComboBox::activated, this, &TrainingSessionsPanel::commit);
    connect(m_refresher, &QCheckBox::toggled, this, &TrainingSessionsPanel::commit);
    showSession();
}

void TrainingSessionsPanel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    m_attendance->setDocument(document);
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this,
                &TrainingSessionsPanel::fillProgrammes);
    fillProgrammes();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    showSession();
}

qint64 TrainingSessionsPanel::currentSessionId() const {
    const auto* session = m_model->sessionAt(m_view->currentIndex().row());
    return session ? session->id : 0;
}

void TrainingSessionsPanel::selectSession(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, TrainingSessionTableModel::TitleColumn));
}

void TrainingSessionsPanel::fillProgrammes() {
    const qint64 current = m_programme->currentData().toLongLong();
    const QSignalBlocker blocker(m_programme);
    m_programme->clear();
    m_programme->addItem(tr("Not part of a programme"), qint64(0));
    if (m_document) {
        if (auto programmes = ProgrammeRepository(m_document->file()).programmes()) {
            for (const auto& programme : *programmes)
                m_programme->addItem(programme.title, programme.id);
        }
    }
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(current)));
    showSession();
}

void TrainingSessionsPanel::showSession() {
    const TrainingSession* session = m_model->sessionAt(m_view->currentIndex().row());
    m_attendance->setSession(session ? session->id : 0);
    m_filling = true;
    if (session) {
        m_title->setText(session->title);
        m_date->setDate(session->heldOn);
        m_topic->setCurrentIndex(std::max(0, m_topic->findData(session->topic)));
        m_refresher->setChecked(session->refresher);
        m_programme->setCurrentIndex(std::max(0, m_programme->findData(session->programmeId)));
        m_provider->setText(session->provider);
        m_audience->setText(session->audience);
        for (QLineEdit* edit : {m_title, m_provider, m_audience}) {
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        }
        const int inPost = m_attendance->rowCount();
        m_counts->setText(tr("Offered to %1 of the %2 people in post on the day; %3 attended.")
                              .arg(int(session->attendance.size()))
                              .arg(inPost)
                              .arg(session->attendedCount()));
    } else {
        for (QLineEdit* edit : {m_title, m_provider, m_audience})
            edit->clear();
        m_counts->setText(tr("Choose a session to see who was offered it."));
    }
    m_filling = false;
    updateState();
}

void TrainingSessionsPanel::updateState() {
    const bool editable = m_document && !m_document->isReadOnly();
    const bool chosen = currentSessionId() > 0;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && chosen);
    for (QWidget* field : std::initializer_list<QWidget*>{m_title, m_date, m_topic, m_refresher,
                                                          m_programme, m_provider, m_audience})
        field->setEnabled(editable && chosen);
    m_offerAll->setEnabled(editable && chosen && m_attendance->notOfferedCount() > 0);
}

void TrainingSessionsPanel::commit() {
    if (m_filling || !m_document)
        return;
    const TrainingSession* current = m_model->sessionAt(m_view->currentIndex().row());
    if (!current)
        return;
    TrainingSession session = *current;
    session.title = m_title->text();
    session.heldOn = m_date->date();
    session.topic = m_topic->currentData().toString();
    session.refresher = m_refresher->isChecked();
    session.programmeId = m_programme->currentData().toLongLong();
    session.provider = m_provider->text();
    session.audience = m_audience->text();
    if (session.title.trimmed() == current->title && session.heldOn == current->heldOn &&
        session.topic == current->topic && session.refresher == current->refresher &&
        session.programmeId == current->programmeId &&
        session.provider.trimmed() == current->provider &&
        session.audience.trimmed() == current->audience)
        return;
    if (auto done = m_document->execute(TrainingSessionCommand::update(*m_document, session));
        !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingSessionsPanel::add() {
    if (!m_document)
        return;
    TrainingSession session;
    session.title = tr("New training session");
    session.heldOn = QDate::currentDate();
    auto command = TrainingSessionCommand::add(*m_document, session);
    auto* adding = command.get();
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit errorOccurred(done.errorMessage());
        return;
    }
    selectSession(adding->recordId());
    m_editor->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

void TrainingSessionsPanel::remove() {
    const qint64 id = currentSessionId();
    if (!m_document || id <= 0)
        return;
    if (auto done = m_document->execute(TrainingSessionCommand::remove(*m_document, id)); !done)
        emit errorOccurred(done.errorMessage());
}

void TrainingSessionsPanel::offerToEveryone() {
    m_attendance->offerToEveryone();
    showSession();
}

bool TrainingSessionsPanel::find(const QString& text) {
    return findNextRow(
        m_view,
        [&](int row) {
            const auto* session = m_model->sessionAt(row);
            return session->title.contains(text, Qt::CaseInsensitive) ||
                   session->audience.contains(text, Qt::CaseInsensitive) ||
                   session->provider.contains(text, Qt::CaseInsensitive);
        },
        TrainingSessionTableModel::TitleColumn);
}

} // namespace equimark
