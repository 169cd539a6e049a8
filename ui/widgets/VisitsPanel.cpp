#include "widgets/VisitsPanel.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/NetworkMeetingCommand.h"
#include "editing/commands/VisitCommand.h"
#include "models/NetworkMeetingListModel.h"
#include "models/VisitListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace equimark {

namespace {

constexpr std::array<MetWith, 5> MetWithOrder = {MetWith::Pupils, MetWith::Staff, MetWith::Parents,
                                                 MetWith::Governors, MetWith::Other};

QPlainTextEdit* textEdit(const QString& accessibleName, int lines) {
    auto* edit = new QPlainTextEdit;
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * lines + 12);
    return edit;
}

QDateEdit* dateEdit(const QString& accessibleName) {
    auto* edit = new QDateEdit(QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QTableView* tableView(const QString& accessibleName) {
    auto* view = new QTableView;
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    return view;
}

} // namespace

VisitsPanel::VisitsPanel(QWidget* parent)
    : QWidget(parent)
    , m_visits(new VisitListModel(this))
    , m_network(new NetworkMeetingListModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget;
    tabs->addTab(buildVisitTab(), tr("Advisory and accreditation visits"));
    tabs->addTab(buildNetworkTab(), tr("Network meetings"));
    layout->addWidget(tabs);
    updateState();
}

QWidget* VisitsPanel::buildVisitTab() {
    m_visitSplitter = new QSplitter(Qt::Horizontal);
    m_visitSplitter->setObjectName(QStringLiteral("visitSplitter"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    m_visitView = tableView(tr("Visits"));
    m_visitView->setModel(m_visits);
    leftLayout->addWidget(m_visitView);
    auto* buttons = new QHBoxLayout;
    m_addVisit = new QPushButton(tr("&Add visit"));
    m_addVisit->setAccessibleName(tr("Add a visit"));
    m_removeVisit = new QPushButton(tr("Re&move visit"));
    m_removeVisit->setAccessibleName(tr("Remove the visit"));
    buttons->addWidget(m_addVisit);
    buttons->addWidget(m_removeVisit);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    m_visitSplitter->addWidget(left);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_visitForm = new QWidget;
    auto* form = new QFormLayout(m_visitForm);
    m_visitDate = dateEdit(tr("Date of the visit"));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of visit"));
    m_kind->addItem(visitKindLabel(VisitKind::Advisory), visitKindId(VisitKind::Advisory));
    m_kind->addItem(visitKindLabel(VisitKind::Accreditation),
                    visitKindId(VisitKind::Accreditation));
    m_advisor = new QLineEdit;
    m_advisor->setAccessibleName(tr("Advisor"));
    m_focus = new QLineEdit;
    m_focus->setAccessibleName(tr("Focus of the visit"));
    m_walk = textEdit(tr("Learning environment walk"), 3);
    form->addRow(tr("&Date:"), m_visitDate);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Ad&visor:"), m_advisor);
    form->addRow(tr("&Focus:"), m_focus);
    form->addRow(tr("Learning environment &walk:"), m_walk);
    auto* heardTitle = new QLabel(tr("Meetings held (what was heard; leave empty if the advisor "
                                     "did not meet the group):"));
    heardTitle->setWordWrap(true);
    form->addRow(heardTitle);
    for (std::size_t i = 0; i < MetWithOrder.size(); ++i) {
        m_heard[i] = textEdit(tr("What was heard from %1").arg(metWithLabel(MetWithOrder[i])), 2);
        form->addRow(metWithLabel(MetWithOrder[i]) + QLatin1Char(':'), m_heard[i]);
    }
    m_outcomes = textEdit(tr("Outcomes of the visit"), 2);
    m_nextSteps = textEdit(tr("Next steps"), 2);
    form->addRow(tr("&Outcomes:"), m_outcomes);
    form->addRow(tr("&Next steps:"), m_nextSteps);
    m_saveVisit = new QPushButton(tr("A&pply changes"));
    m_saveVisit->setAccessibleName(tr("Apply the changes to the visit"));
    form->addRow(QString(), m_saveVisit);
    scroll->setWidget(m_visitForm);
    m_visitSplitter->addWidget(scroll);
    m_visitSplitter->setStretchFactor(0, 2);
    m_visitSplitter->setStretchFactor(1, 3);
    m_visitSplitter->restoreState(
        Preferences::state(QStringLiteral("accreditation/visitSplitter")));
    connect(m_visitSplitter, &QSplitter::splitterMoved, this, [this] {
        Preferences::setState(QStringLiteral("accreditation/visitSplitter"),
                              m_visitSplitter->saveState());
    });

    connect(m_visitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitsPanel::showVisit);
    connect(m_visits, &QAbstractItemModel::dataChanged, this, &VisitsPanel::showVisit);
    connect(m_visits, &QAbstractItemModel::modelReset, this, &VisitsPanel::showVisit);
    connect(m_addVisit, &QPushButton::clicked, this, [this] { addVisit(QDate::currentDate()); });
    connect(m_saveVisit, &QPushButton::clicked, this, &VisitsPanel::saveVisit);
    connect(m_removeVisit, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Remove the visit"),
                                  tr("Remove this visit and what was recorded at it?")) ==
            QMessageBox::Yes)
            removeVisit();
    });
    return m_visitSplitter;
}

QWidget* VisitsPanel::buildNetworkTab() {
    m_networkSplitter = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    m_networkView = tableView(tr("Network meetings"));
    m_networkView->setModel(m_network);
    leftLayout->addWidget(m_networkView);
    auto* buttons = new QHBoxLayout;
    m_addMeeting = new QPushButton(tr("Add &meeting"));
    m_addMeeting->setAccessibleName(tr("Add a network meeting"));
    m_removeMeeting = new QPushButton(tr("Remo&ve meeting"));
    m_removeMeeting->setAccessibleName(tr("Remove the network meeting"));
    buttons->addWidget(m_addMeeting);
    buttons->addWidget(m_removeMeeting);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    m_networkSplitter->addWidget(left);

    m_networkForm = new QWidget;
    auto* form = new QFormLayout(m_networkForm);
    m_heldOn = dateEdit(tr("Date of the network meeting"));
    m_rep1 = new QLineEdit;
    m_rep1->setAccessibleName(tr("First representative"));
    m_rep2 = new QLineEdit;
    m_rep2->setAccessibleName(tr("Second representative"));
    m_notes = textEdit(tr("Notes of the network meeting"), 6);
    form->addRow(tr("&Date:"), m_heldOn);
    form->addRow(tr("&Representative:"), m_rep1);
    form->addRow(tr("S&econd representative:"), m_rep2);
    form->addRow(tr("N&otes:"), m_notes);
    m_saveMeeting = new QPushButton(tr("A&pply changes"));
    m_saveMeeting->setAccessibleName(tr("Apply the changes to the network meeting"));
    form->addRow(QString(), m_saveMeeting);
    m_networkSplitter->addWidget(m_networkForm);
    m_networkSplitter->setStretchFactor(0, 2);
    m_networkSplitter->setStretchFactor(1, 3);
    m_networkSplitter->restoreState(
        Preferences::state(QStringLiteral("accreditation/networkSplitter")));
    connect(m_networkSplitter, &QSplitter::splitterMoved, this, [this] {
        Preferences::setState(QStringLiteral("accreditation/networkSplitter"),
                              m_networkSplitter->saveState());
    });

    connect(m_networkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitsPanel::showNetworkMeeting);
    connect(m_network, &QAbstractItemModel::dataChanged, this, &VisitsPanel::showNetworkMeeting);
    connect(m_network, &QAbstractItemModel::modelReset, this, &VisitsPanel::showNetworkMeeting);
    connect(m_addMeeting, &QPushButton::clicked, this,
            [this] { addNetworkMeeting(QDate::currentDate()); });
    connect(m_saveMeeting, &QPushButton::clicked, this, &VisitsPanel::saveNetworkMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Remove the network meeting"),
                                  tr("Remove this network meeting and its notes?")) ==
            QMessageBox::Yes)
            removeNetworkMeeting();
    });
    return m_networkSplitter;
}

void VisitsPanel::setDocument(SchoolDocument* document) {
    m_document = document;
    m_visits->setDocument(document);
    m_network->setDocument(document);
    if (m_visits->rowCount() > 0)
        m_visitView->selectRow(0);
    if (m_network->rowCount() > 0)
        m_networkView->selectRow(0);
    updateState();
}

QPlainTextEdit* VisitsPanel::heardEdit(MetWith with) const {
    for (std::size_t i = 0; i < MetWithOrder.size(); ++i)
        if (MetWithOrder[i] == with)
            return m_heard[i];
    return nullptr;
}

qint64 VisitsPanel::selectedVisitId() const {
    const auto* visit = m_visits->visit(m_visitView->currentIndex().row());
    return visit ? visit->id : 0;
}

qint64 VisitsPanel::selectedMeetingId() const {
    const auto* meeting = m_network->meeting(m_networkView->currentIndex().row());
    return meeting ? meeting->id : 0;
}

void VisitsPanel::selectVisit(qint64 id) {
    const int row = m_visits->rowForId(id);
    if (row >= 0)
        m_visitView->selectRow(row);
    showVisit();
}

void VisitsPanel::selectMeeting(qint64 id) {
    const int row = m_network->rowForId(id);
    if (row >= 0)
        m_networkView->selectRow(row);
    showNetworkMeeting();
}

void VisitsPanel::showVisit() {
    const Visit* visit = m_visits->visit(m_visitView->currentIndex().row());
    const Visit empty;
    const Visit& shown = visit ? *visit : empty;
    m_visitDate->setDate(shown.visitedOn.isValid() ? shown.visitedOn : QDate::currentDate());
    m_kind->setCurrentIndex(m_kind->findData(visitKindId(shown.kind)));
    m_advisor->setText(shown.advisor);
    m_focus->setText(shown.focus);
    m_walk->setPlainText(shown.walkNotes);
    for (std::size_t i = 0; i < MetWithOrder.size(); ++i) {
        QStringList heard;
        for (const auto& meeting : shown.meetings)
            if (meeting.with == MetWithOrder[i])
                heard << meeting.heard;
        m_heard[i]->setPlainText(heard.join(QStringLiteral("\n\n")));
    }
    m_outcomes->setPlainText(shown.outcomes);
    m_nextSteps->setPlainText(shown.nextSteps);
    updateState();
}

void VisitsPanel::showNetworkMeeting() {
    const NetworkMeeting* meeting = m_network->meeting(m_networkView->currentIndex().row());
    const NetworkMeeting empty;
    const NetworkMeeting& shown = meeting ? *meeting : empty;
    m_heldOn->setDate(shown.heldOn.isValid() ? shown.heldOn : QDate::currentDate());
    m_rep1->setText(shown.representative1);
    m_rep2->setText(shown.representative2);
    m_notes->setPlainText(shown.notes);
    updateState();
}

void VisitsPanel::updateState() {
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasVisit = selectedVisitId() != 0;
    const bool hasMeeting = selectedMeetingId() != 0;
    m_addVisit->setEnabled(writable);
    m_removeVisit->setEnabled(writable && hasVisit);
    m_saveVisit->setEnabled(writable && hasVisit);
    m_visitForm->setEnabled(writable && hasVisit);
    m_addMeeting->setEnabled(writable);
    m_removeMeeting->setEnabled(writable && hasMeeting);
    m_saveMeeting->setEnabled(writable && hasMeeting);
    m_networkForm->setEnabled(writable && hasMeeting);
}

bool VisitsPanel::addVisit(const QDate& on) {
    if (!m_document)
        return false;
    Visit visit;
    visit.visitedOn = on;
    visit.advisor = Preferences::userName();
    auto command = std::make_unique<VisitCommand>(*m_document, VisitCommand::Kind::Add, visit);
    auto* raw = command.get();
    const auto done = m_document->execute(std::move(command));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    selectVisit(raw->visitId());
    m_focus->setFocus();
    return true;
}

bool VisitsPanel::saveVisit() {
    const qint64 id = selectedVisitId();
    if (!m_document || id == 0)
        return false;
    Visit visit;
    visit.id = id;
    visit.visitedOn = m_visitDate->date();
    visit.kind = visitKindFromId(m_kind->currentData().toString()).value_or(VisitKind::Advisory);
    visit.advisor = m_advisor->text();
    visit.focus = m_focus->text();
    visit.walkNotes = m_walk->toPlainText();
    for (std::size_t i = 0; i < MetWithOrder.size(); ++i) {
        const QString heard = m_heard[i]->toPlainText().trimmed();
        if (heard.isEmpty())
            continue;
        VisitMeeting meeting;
        meeting.with = MetWithOrder[i];
        meeting.heard = heard;
        visit.meetings.push_back(meeting);
    }
    visit.outcomes = m_outcomes->toPlainText();
    visit.nextSteps = m_nextSteps->toPlainText();
    const auto done = m_document->execute(
        std::make_unique<VisitCommand>(*m_document, VisitCommand::Kind::Update, visit));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    selectVisit(id);
    return true;
}

bool VisitsPanel::removeVisit() {
    const qint64 id = selectedVisitId();
    if (!m_document || id == 0)
        return false;
    Visit visit;
    visit.id = id;
    const auto done = m_document->execute(
        std::make_unique<VisitCommand>(*m_document, VisitCommand::Kind::Remove, visit));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    showVisit();
    return true;
}

bool VisitsPanel::addNetworkMeeting(const QDate& on) {
    if (!m_document)
        return false;
    NetworkMeeting meeting;
    meeting.heldOn = on;
    meeting.representative1 = Preferences::userName();
    auto command = std::make_unique<NetworkMeetingCommand>(
        *m_document, NetworkMeetingCommand::Kind::Add, meeting);
    auto* raw = command.get();
    const auto done = m_document->execute(std::move(command));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    selectMeeting(raw->meetingId());
    m_notes->setFocus();
    return true;
}

bool VisitsPanel::saveNetworkMeeting() {
    const qint64 id = selectedMeetingId();
    if (!m_document || id == 0)
        return false;
    NetworkMeeting meeting;
    meeting.id = id;
    meeting.heldOn = m_heldOn->date();
    meeting.representative1 = m_rep1->text();
    meeting.representative2 = m_rep2->text();
    meeting.notes = m_notes->toPlainText();
    const auto done = m_document->execute(std::make_unique<NetworkMeetingCommand>(
        *m_document, NetworkMeetingCommand::Kind::Update, meeting));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    selectMeeting(id);
    return true;
}

bool VisitsPanel::removeNetworkMeeting() {
    const qint64 id = selectedMeetingId();
    if (!m_document || id == 0)
        return false;
    NetworkMeeting meeting;
    meeting.id = id;
    const auto done = m_document->execute(std::make_unique<NetworkMeetingCommand>(
        *m_document, NetworkMeetingCommand::Kind::Remove, meeting));
    if (!done) {
        emit errorOccurred(done.errorMessage());
        return false;
    }
    showNetworkMeeting();
    return true;
}

} // namespace equimark
