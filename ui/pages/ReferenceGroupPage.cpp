#include "pages/ReferenceGroupPage.h"

#include "Preferences.h"
#include "editing/SchoolDocument.h"
#include "editing/commands/AddMeetingCommand.h"
#include "editing/commands/AddMemberCommand.h"
#include "editing/commands/RemoveMeetingCommand.h"
#include "editing/commands/RemoveMemberCommand.h"
#include "editing/commands/UpdateMeetingCommand.h"
#include "editing/commands/UpdateSchoolCommand.h"
#include "models/MeetingTableModel.h"
#include "models/MemberTableModel.h"
#include "storage/ReferenceGroupRepository.h"
#include "storage/SchoolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace equimark {

namespace {

constexpr MemberRole allRoles[] = {
    MemberRole::SeniorLeader, MemberRole::Teacher, MemberRole::SupportStaff, MemberRole::Governor,
    MemberRole::ParentCarer,  MemberRole::Pupil,   MemberRole::Other};

// Dates before this mean "not set" in the editors: a QDateEdit cannot be empty.
const QDate notSetDate(1990, 1, 1);

void fillRoles(QComboBox* combo) {
    for (auto role : allRoles)
        combo->addItem(memberRoleLabel(role), int(role));
}

// Role as a combo box, dates as date editors that can also say "not set".
class MemberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        switch (index.column()) {
        case MemberTableModel::RoleColumn: {
            auto* combo = new QComboBox(parent);
            fillRoles(combo);
            combo->setAccessibleName(MemberTableModel::tr("Role"));
            return combo;
        }
        case MemberTableModel::JoinedColumn:
        case MemberTableModel::LeftColumn: {
            auto* edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            edit->setMinimumDate(notSetDate);
            edit->setSpecialValueText(index.column() == MemberTableModel::LeftColumn
                                          ? MemberTableModel::tr("Still a member")
                                          : MemberTableModel::tr("Not known"));
            edit->setAccessibleName(index.column() == MemberTableModel::LeftColumn
                                        ? MemberTableModel::tr("Left the group on")
                                        : MemberTableModel::tr("Joined the group on"));
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        } else if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
            const QDate date = index.data(Qt::EditRole).toDate();
            edit->setDate(date.isValid() ? date : notSetDate);
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
        } else if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
            const QDate date = edit->date();
            model->setData(index, date <= notSetDate ? QDate() : date, Qt::EditRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }
};

QString roleCount(MemberRole role, int count) {
    switch (role) {
    case MemberRole::SeniorLeader:
        return count == 1 ? ReferenceGroupPage::tr("1 senior leader")
                          : ReferenceGroupPage::tr("%1 senior leaders").arg(count);
    case MemberRole::Teacher:
        return count == 1 ? ReferenceGroupPage::tr("1 teacher")
                          : ReferenceGroupPage::tr("%1 teachers").arg(count);
    case MemberRole::SupportStaff:
        return count == 1 ? ReferenceGroupPage::tr("1 member of support staff")
                          : ReferenceGroupPage::tr("%1 support staff").arg(count);
    case MemberRole::Governor:
        return count == 1 ? ReferenceGroupPage::tr("1 governor")
                          : ReferenceGroupPage::tr("%1 governors").arg(count);
    case MemberRole::ParentCarer:
        return count == 1 ? ReferenceGroupPage::tr("1 parent or carer")
                          : ReferenceGroupPage::tr("%1 parents or carers").arg(count);
    case MemberRole::Pupil:
        return count == 1 ? ReferenceGroupPage::tr("1 pupil")
                          : ReferenceGroupPage::tr("%1 pupils").arg(count);
    case MemberRole::Other:
        break;
    }
    return count == 1 ? ReferenceGroupPage::tr("1 other")
                      : ReferenceGroupPage::tr("%1 others").arg(count);
}

QString rolePlural(MemberRole role) {
    switch (role) {
    case MemberRole::Teacher:
        return ReferenceGroupPage::tr("teachers");
    case MemberRole::SupportStaff:
        return ReferenceGroupPage::tr("support staff");
    case MemberRole::Governor:
        return ReferenceGroupPage::tr("governors");
    case MemberRole::ParentCarer:
        return ReferenceGroupPage::tr("parents or carers");
    default:
        return {};
    }
}

void restoreHeader(QHeaderView* header, const QString& key) {
    const QByteArray state = Preferences::state(key);
    if (!state.isEmpty())
        header->restoreState(state);
}

} // namespace

ReferenceGroupPage::ReferenceGroupPage(QWidget* parent)
    : Page(parent)
    , m_members(new MemberTableModel(this))
    , m_meetings(new MeetingTableModel(this))
    , m_memberProxy(new QSortFilterProxyModel(this))
    , m_meetingProxy(new QSortFilterProxyModel(this)) {
    m_memberProxy->setSourceModel(m_members);
    m_memberProxy->setSortRole(MemberTableModel::SortRole);
    m_memberProxy->setDynamicSortFilter(true);
    m_meetingProxy->setSourceModel(m_meetings);
    m_meetingProxy->setSortRole(MeetingTableModel::SortRole);
    m_meetingProxy->setDynamicSortFilter(true);

    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Equality Reference Group"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    // The warning: icon and words, never colour alone.
    m_warning = new QFrame(this);
    m_warning->setObjectName(QStringLiteral("seniorLeaderWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::ToolTipBase);
    m_warning->setForegroundRole(QPalette::ToolTipText);
    auto* warningLayout = new QHBoxLayout(m_warning);
    auto* warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAccessibleName(tr("Warning"));
    auto* warningText =
        new QLabel(tr("The group has no senior leader. It is essential that the group includes "
                      "a member of the senior leadership team: add one below, or change a "
                      "member's role to Senior leader."),
                   m_warning);
    warningText->setTextFormat(Qt::PlainText);
    warningText->setWordWrap(true);
    warningText->setForegroundRole(QPalette::ToolTipText);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(warningText, 1);
    m_warning->setAccessibleName(tr("Warning: the group has no senior leader"));
    m_warning->setAccessibleDescription(warningText->text());
    m_warning->hide();
    layout->addWidget(m_warning);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* frequencyRow = new QHBoxLayout;
    auto* frequencyLabel = new QLabel(tr("Meeting &frequency:"), this);
    m_frequency = new QLineEdit(this);
    m_frequency->setObjectName(QStringLiteral("meetingFrequency"));
    m_frequency->setPlaceholderText(tr("e.g. Once every half term"));
    m_frequency->setAccessibleName(tr("Meeting frequency"));
    m_frequency->setMaxLength(200);
    frequencyLabel->setBuddy(m_frequency);
    frequencyRow->addWidget(frequencyLabel);
    frequencyRow->addWidget(m_frequency, 1);
    layout->addLayout(frequencyRow);
    connect(m_frequency, &QLineEdit::editingFinished, this, &ReferenceGroupPage::commitFrequency);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createMembersPanel());
    m_splitter->addWidget(createMeetingsPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    if (const QByteArray state = Preferences::state(QStringLiteral("referenceGroup/splitter"));
        !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state =
            Preferences::state(QStringLiteral("referenceGroup/meetingSplitter"));
        !state.isEmpty())
        m_meetingSplitter->restoreState(state);
    restoreHeader(m_memberView->horizontalHeader(), QStringLiteral("referenceGroup/members"));
    restoreHeader(m_meetingView->horizontalHeader(), QStringLiteral("referenceGroup/meetings"));

    connect(m_members, &MemberTableModel::editFailed, this, &ReferenceGroupPage::reportError);
    connect(m_meetings, &MeetingTableModel::loadFailed, this, &ReferenceGroupPage::reportError);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_members, signal, this, &ReferenceGroupPage::updateGroupState);
    connect(m_members, &QAbstractItemModel::dataChanged, this,
            &ReferenceGroupPage::updateGroupState);
    connect(m_members, &QAbstractItemModel::modelReset, this,
            &ReferenceGroupPage::updateGroupState);
    // Attendee names follow the members; a meeting's fields follow undo and redo.
    connect(m_members, &QAbstractItemModel::dataChanged, this, &ReferenceGroupPage::showMeeting);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &ReferenceGroupPage::showMeeting);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &ReferenceGroupPage::showMeeting);
    connect(m_meetings, &QAbstractItemModel::dataChanged, this, &ReferenceGroupPage::showMeeting);
    connect(m_meetings, &QAbstractItemModel::modelReset, this, &ReferenceGroupPage::showMeeting);
    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferenceGroupPage::showMeeting);
    connect(m_meetings, &QAbstractItemModel::rowsRemoved, this, &ReferenceGroupPage::showMeeting);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReferenceGroupPage::updateEditable);

    updateEditable();
    showMeeting();
}

ReferenceGroupPage::~ReferenceGroupPage() {
    Preferences::setState(QStringLiteral("referenceGroup/splitter"), m_splitter->saveState());
    Preferences::setState(QStringLiteral("referenceGroup/meetingSplitter"),
                          m_meetingSplitter->saveState());
    Preferences::setState(QStringLiteral("referenceGroup/members"),
                          m_memberView->horizontalHeader()->saveState());
    Preferences::setState(QStringLiteral("referenceGroup/meetings"),
                          m_meetingView->horizontalHeader()->saveState());
}

QWidget* ReferenceGroupPage::createMembersPanel() {
    auto* box = new QGroupBox(tr("Members"), this);
    auto* layout = new QVBoxLayout(box);

    auto* addRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), box);
    m_newName = new QLineEdit(box);
    m_newName->setObjectName(QStringLiteral("newMemberName"));
    m_newName->setPlaceholderText(tr("Name of the new member"));
    m_newName->setAccessibleName(tr("Name of the new member"));
    nameLabel->setBuddy(m_newName);
    m_newRole = new QComboBox(box);
    m_newRole->setObjectName(QStringLiteral("newMemberRole"));
    m_newRole->setAccessibleName(tr("Role of the new member"));
    m_newRole->setToolTip(tr("The part the new member plays in the school"));
    fillRoles(m_newRole);
    m_addMember = new QPushButton(tr("&Add member"), box);
    m_addMember->setObjectName(QStringLiteral("addMember"));
    m_addMember->setToolTip(tr("Add the person named to the group, joining today"));
    addRow->addWidget(nameLabel);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(m_addMember);
    layout->addLayout(addRow);
    connect(m_addMember, &QPushButton::clicked, this, &ReferenceGroupPage::addMember);
    connect(m_newName, &QLineEdit::returnPressed, this, &ReferenceGroupPage::addMember);
    connect(m_newName, &QLineEdit::textChanged, this, &ReferenceGroupPage::updateEditable);

    m_memberView = new QTableView(box);
    m_memberView->setObjectName(QStringLiteral("memberTable"));
    m_memberView->setAccessibleName(tr("Members of the reference group"));
    m_memberView->setAccessibleDescription(tr(
        "Everyone in the group, with role and dates; double-click or press F2 to change a cell"));
    m_memberView->setModel(m_memberProxy);
    m_memberView->setItemDelegate(new MemberDelegate(m_memberView));
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_memberView->setSortingEnabled(true);
    m_memberView->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_memberView->setAlternatingRowColors(true);
    m_memberView->setWordWrap(false);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setColumnWidth(MemberTableModel::NameColumn, 180);
    m_memberView->setColumnWidth(MemberTableModel::RoleColumn, 130);
    m_memberView->setColumnWidth(MemberTableModel::JoinedColumn, 90);
    m_memberView->setColumnWidth(MemberTableModel::LeftColumn, 90);
    m_memberView->installEventFilter(this);
    layout->addWidget(m_memberView, 1);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Double-click a cell to change it. A member who steps down keeps "
                               "their record: set the date they left."),
                            box);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_removeMember = new QPushButton(tr("&Remove"), box);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    m_removeMember->setToolTip(tr("Remove the selected members and their attendance (Delete)"));
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_removeMember);
    layout->addLayout(buttons);
    connect(m_removeMember, &QPushButton::clicked, this,
            &ReferenceGroupPage::removeSelectedMembers);
    return box;
}

QWidget* ReferenceGroupPage::createMeetingsPanel() {
    auto* box = new QGroupBox(tr("Meetings"), this);
    auto* layout = new QVBoxLayout(box);
    m_meetingSplitter = new QSplitter(Qt::Vertical, box);
    m_meetingSplitter->setChildrenCollapsible(false);

    auto* listPanel = new QWidget(m_meetingSplitter);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_meetingView = new QTableView(listPanel);
    m_meetingView->setObjectName(QStringLiteral("meetingTable"));
    m_meetingView->setAccessibleName(tr("Meetings of the reference group"));
    m_meetingView->setAccessibleDescription(
        tr("Every meeting of the group; choose one to see and change its details below"));
    m_meetingView->setModel(m_meetingProxy);
    m_meetingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingView->setSortingEnabled(true);
    m_meetingView->sortByColumn(MeetingTableModel::DateColumn, Qt::DescendingOrder);
    m_meetingView->setAlternatingRowColors(true);
    m_meetingView->setWordWrap(false);
    // Small enough minimums that the page fits a laptop at 150 % scaling; the splitter
    // gives them room on any larger screen.
    m_meetingView->setMinimumHeight(fontMetrics().height() * 6);
    m_meetingView->verticalHeader()->hide();
    m_meetingView->horizontalHeader()->setStretchLastSection(true);
    m_meetingView->setColumnWidth(MeetingTableModel::DateColumn, 90);
    m_meetingView->setColumnWidth(MeetingTableModel::AttendeesColumn, 70);
    m_meetingView->installEventFilter(this);
    listLayout->addWidget(m_meetingView, 1);
    auto* buttons = new QHBoxLayout;
    m_addMeeting = new QPushButton(tr("Add &meeting"), listPanel);
    m_addMeeting->setObjectName(QStringLiteral("addMeeting"));
    m_addMeeting->setToolTip(tr("Record a meeting held today; change its date below"));
    m_removeMeeting = new QPushButton(tr("Remo&ve meeting"), listPanel);
    m_removeMeeting->setObjectName(QStringLiteral("removeMeeting"));
    m_removeMeeting->setToolTip(tr("Remove the chosen meeting and its attendance (Delete)"));
    buttons->addStretch(1);
    buttons->addWidget(m_addMeeting);
    buttons->addWidget(m_removeMeeting);
    listLayout->addLayout(buttons);
    connect(m_addMeeting, &QPushButton::clicked, this, &ReferenceGroupPage::addMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, &ReferenceGroupPage::removeMeeting);

    auto* detail = new QWidget(m_meetingSplitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_noMeeting = new QLabel(tr("Select a meeting to see who came and what was decided."), detail);
    m_noMeeting->setTextFormat(Qt::PlainText);
    m_noMeeting->setWordWrap(true);
    m_noMeeting->setAlignment(Qt::AlignCenter);
    m_noMeeting->setForegroundRole(QPalette::PlaceholderText);
    detailLayout->addWidget(m_noMeeting);

    m_meetingEditor = new QWidget(detail);
    auto* form = new QFormLayout(m_meetingEditor);
    form->setContentsMargins(0, 0, 0, 0);
    m_meetingDate = new QDateEdit(m_meetingEditor);
    m_meetingDate->setObjectName(QStringLiteral("meetingDate"));
    m_meetingDate->setCalendarPopup(true);
    m_meetingDate->setAccessibleName(tr("Date of the meeting"));
    m_meetingDate->setToolTip(tr("The day the group met"));
    form->addRow(tr("&Date:"), m_meetingDate);
    connect(m_meetingDate, &QDateEdit::editingFinished, this, &ReferenceGroupPage::commitMeeting);

    auto* attendeesBox = new QVBoxLayout;
    m_attendees = new QListWidget(m_meetingEditor);
    m_attendees->setObjectName(QStringLiteral("meetingAttendees"));
    m_attendees->setAccessibleName(tr("Members who attended"));
    m_attendees->setAccessibleDescription(
        tr("Tick each member who came; press Space to tick or untick"));
    m_attendees->setMinimumHeight(fontMetrics().height() * 3 + 8);
    m_attendeeCount = new QLabel(m_meetingEditor);
    m_attendeeCount->setTextFormat(Qt::PlainText);
    attendeesBox->addWidget(m_attendees, 1);
    attendeesBox->addWidget(m_attendeeCount);
    auto* attendeesLabel = new QLabel(tr("A&ttended:"), m_meetingEditor);
    attendeesLabel->setBuddy(m_attendees);
    form->addRow(attendeesLabel, attendeesBox);
    connect(m_attendees, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitMeeting();
    });

    m_notes = new QPlainTextEdit(m_meetingEditor);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setAccessibleName(tr("Notes of the meeting"));
    m_notes->setAccessibleDescription(tr("What was discussed"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 2 + 12);
    m_notes->installEventFilter(this);
    form->addRow(tr("&Notes:"), m_notes);
    m_decisions = new QPlainTextEdit(m_meetingEditor);
    m_decisions->setObjectName(QStringLiteral("meetingDecisions"));
    m_decisions->setAccessibleName(tr("Decisions of the meeting"));
    m_decisions->setAccessibleDescription(tr("What the group decided, and who will do what"));
    m_decisions->setTabChangesFocus(true);
    m_decisions->setMinimumHeight(fontMetrics().height() * 2 + 12);
    m_decisions->installEventFilter(this);
    form->addRow(tr("D&ecisions:"), m_decisions);
    detailLayout->addWidget(m_meetingEditor, 1);

    m_meetingSplitter->addWidget(listPanel);
    m_meetingSplitter->addWidget(detail);
    m_meetingSplitter->setStretchFactor(0, 2);
    m_meetingSplitter->setStretchFactor(1, 3);
    layout->addWidget(m_meetingSplitter);
    return box;
}

QString ReferenceGroupPage::staticTitle() {
    return tr("Reference group");
}

QIcon ReferenceGroupPage::icon() const {
    return QIcon::fromTheme(QStringLiteral("system-users"));
}

void ReferenceGroupPage::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // First, so that nothing below reads a file that is going away.
        connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
        connect(m_document, &SchoolDocument::schoolChanged, this, &ReferenceGroupPage::showSchool);
        connect(m_document, &SchoolDocument::reloaded, this, &ReferenceGroupPage::showSchool);
        connect(m_document, &SchoolDocument::reloaded, this, &ReferenceGroupPage::updateGroupState);
    }
    m_members->setDocument(document);
    m_meetings->setDocument(document);
    showSchool();
    updateGroupState();
    if (m_meetingProxy->rowCount() > 0)
        m_meetingView->setCurrentIndex(m_meetingProxy->index(0, 0));
    showMeeting();
    updateEditable();
}

bool ReferenceGroupPage::editable() const {
    return m_document && !m_document->isReadOnly();
}

void ReferenceGroupPage::reportError(const QString& message) {
    emit errorOccurred(message);
}

void ReferenceGroupPage::updateEditable() {
    const bool canEdit = editable();
    m_frequency->setReadOnly(!canEdit);
    m_frequency->setEnabled(m_document != nullptr);
    m_newName->setEnabled(canEdit);
    m_newRole->setEnabled(canEdit);
    m_addMember->setEnabled(canEdit && !m_newName->text().trimmed().isEmpty());
    m_removeMember->setEnabled(canEdit && m_memberView->selectionModel()->hasSelection());
    m_addMeeting->setEnabled(canEdit);
    m_removeMeeting->setEnabled(canEdit && currentMeetingId() != 0);
    m_meetingDate->setReadOnly(!canEdit);
    m_notes->setReadOnly(!canEdit);
    m_decisions->setReadOnly(!canEdit);
    for (int i = 0; i < m_attendees->count(); ++i) {
        QListWidgetItem* item = m_attendees->item(i);
        item->setFlags(canEdit ? item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                               : (item->flags() & ~Qt::ItemIsUserCheckable));
    }
}

bool ReferenceGroupPage::isSeniorLeaderWarningShown() const {
    return !m_warning->isHidden();
}

void ReferenceGroupPage::updateGroupState() {
    if (!m_document) {
        m_warning->hide();
        m_summary->clear();
        return;
    }
    const QDate today = QDate::currentDate();
    auto hasLeader = ReferenceGroupRepository(m_document->file()).hasSeniorLeader(today);
    m_warning->setVisible(hasLeader.ok() && !*hasLeader);

    std::map<MemberRole, int> counts;
    int current = 0;
    for (const auto& member : m_members->members()) {
        if (!member.isCurrent(today))
            continue;
        ++current;
        ++counts[member.role];
    }
    if (current == 0) {
        m_summary->setText(tr("The group has no members yet. The programme recommends a range "
                              "of people: a senior leader, teachers, support staff, governors, "
                              "parents and carers, and possibly pupils."));
        return;
    }
    QStringList parts;
    for (auto role : allRoles) {
        if (counts[role] > 0)
            parts << roleCount(role, counts[role]);
    }
    const QString makeUp = parts.join(QStringLiteral(", "));
    QString text = current == 1 ? tr("1 current member: %1.").arg(makeUp)
                                : tr("%1 current members: %2.").arg(current).arg(makeUp);
    QStringList missing;
    for (auto role : {MemberRole::Teacher, MemberRole::SupportStaff, MemberRole::Governor,
                      MemberRole::ParentCarer}) {
        if (counts[role] == 0)
            missing << rolePlural(role);
    }
    if (!missing.isEmpty())
        text += QLatin1Char(' ') +
                tr("The programme recommends a range of people; not yet on the group: %1.")
                    .arg(missing.join(QStringLiteral(", ")));
    m_summary->setText(text);
}

void ReferenceGroupPage::showSchool() {
    if (!m_document) {
        m_frequency->clear();
        return;
    }
    auto school = SchoolRepository(m_document->file()).load();
    if (!school)
        return reportError(school.errorMessage());
    if (m_frequency->text() != school->meetingFrequency)
        m_frequency->setText(school->meetingFrequency);
}

void ReferenceGroupPage::commitFrequency() {
    if (!editable())
        return;
    auto school = SchoolRepository(m_document->file()).load();
    if (!school)
        return reportError(school.errorMessage());
    const QString frequency = m_frequency->text().trimmed();
    if (frequency == school->meetingFrequency)
        return;
    school->meetingFrequency = frequency;
    if (auto done =
            m_document->execute(std::make_unique<UpdateSchoolCommand>(*m_document, *school));
        !done)
        reportError(done.errorMessage());
}

void ReferenceGroupPage::addMember() {
    if (!editable())
        return;
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty())
        return;
    Member member;
    member.name = name;
    member.role = MemberRole(m_newRole->currentData().toInt());
    member.joinedOn = QDate::currentDate();
    auto command = std::make_unique<AddMemberCommand>(*m_document, member);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done)
        return reportError(done.errorMessage()); // the typed name stays for another try
    selectMember(added->memberId());
    m_newName->clear();
    m_newRole->setCurrentIndex(0);
}

void ReferenceGroupPage::removeSelectedMembers() {
    if (!editable())
        return;
    QList<std::pair<qint64, QString>> chosen;
    for (const QModelIndex& index : m_memberView->selectionModel()->selectedRows())
        chosen << std::make_pair(
            index.data(MemberTableModel::IdRole).toLongLong(),
            index.siblingAtColumn(MemberTableModel::NameColumn).data().toString());
    if (chosen.size() > 1)
        m_document->undoStack()->beginMacro(tr("Remove %1 members").arg(chosen.size()));
    for (const auto& [id, name] : chosen) {
        if (auto done =
                m_document->execute(std::make_unique<RemoveMemberCommand>(*m_document, id, name));
            !done) {
            reportError(done.errorMessage());
            break;
        }
    }
    if (chosen.size() > 1)
        m_document->undoStack()->endMacro();
}

qint64 ReferenceGroupPage::currentMeetingId() const {
    const QModelIndex current = m_meetingView->currentIndex();
    return current.isValid() ? current.data(MeetingTableModel::IdRole).toLongLong() : 0;
}

void ReferenceGroupPage::selectMeeting(qint64 meetingId) {
    const int row = m_meetings->rowOf(meetingId);
    if (row < 0)
        return;
    const QModelIndex index = m_meetingProxy->mapFromSource(m_meetings->index(row, 0));
    m_meetingView->setCurrentIndex(index);
    m_meetingView->scrollTo(index);
}

void ReferenceGroupPage::selectMember(qint64 memberId) {
    const int row = m_members->rowOf(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_memberProxy->mapFromSource(m_members->index(row, 0));
    m_memberView->setCurrentIndex(index);
    m_memberView->scrollTo(index);
}

void ReferenceGroupPage::addMeeting() {
    if (!editable())
        return;
    Meeting meeting;
    meeting.heldOn = QDate::currentDate();
    auto command = std::make_unique<AddMeetingCommand>(*m_document, meeting);
    auto* added = command.get();
    if (auto done = m_document->execute(std::move(command)); !done)
        return reportError(done.errorMessage());
    selectMeeting(added->meetingId());
    m_meetingDate->setFocus();
}

void ReferenceGroupPage::removeMeeting() {
    const qint64 id = currentMeetingId();
    if (!editable() || id == 0)
        return;
    if (auto done = m_document->execute(std::make_unique<RemoveMeetingCommand>(*m_document, id));
        !done)
        reportError(done.errorMessage());
}

void ReferenceGroupPage::fillAttendees(const QList<qint64>& attendeeIds) {
    m_attendees->clear();
    const QDate today = QDate::currentDate();
    std::vector<const Member*> shown;
    for (const auto& member : m_members->members()) {
        // Former members appear only for the meetings they came to.
        if (member.isCurrent(today) || attendeeIds.contains(member.id))
            shown.push_back(&member);
    }
    std::sort(shown.begin(), shown.end(), [](const Member* a, const Member* b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Member* member : shown) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(member->name, memberRoleLabel(member->role)), m_attendees);
        item->setData(Qt::UserRole, member->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(attendeeIds.contains(member->id) ? Qt::Checked : Qt::Unchecked);
    }
    m_attendeeCount->setText(tr("%1 of %2 attended").arg(attendeeIds.size()).arg(shown.size()));
}

void ReferenceGroupPage::showMeeting() {
    const qint64 id = currentMeetingId();
    const int row = m_meetings->rowOf(id);
    const Meeting* meeting = row >= 0 ? m_meetings->meetingAt(row) : nullptr;
    m_noMeeting->setVisible(meeting == nullptr);
    m_meetingEditor->setVisible(meeting != nullptr);
    if (!meeting) {
        updateEditable();
        return;
    }
    m_loading = true;
    if (m_meetingDate->date() != meeting->heldOn)
        m_meetingDate->setDate(meeting->heldOn);
    fillAttendees(meeting->attendeeIds);
    // Leave alone what the user is typing in; it is committed when they leave the field.
    if (!m_notes->hasFocus() && m_notes->toPlainText() != meeting->notes)
        m_notes->setPlainText(meeting->notes);
    if (!m_decisions->hasFocus() && m_decisions->toPlainText() != meeting->decisions)
        m_decisions->setPlainText(meeting->decisions);
    m_loading = false;
    updateEditable();
}

void ReferenceGroupPage::commitMeeting() {
    if (m_loading || !editable())
        return;
    const qint64 id = currentMeetingId();
    const int row = m_meetings->rowOf(id);
    const Meeting* current = row >= 0 ? m_meetings->meetingAt(row) : nullptr;
    if (!current)
        return;
    Meeting meeting = *current;
    meeting.heldOn = m_meetingDate->date();
    meeting.notes = m_notes->toPlainText();
    meeting.decisions = m_decisions->toPlainText();
    meeting.attendeeIds.clear();
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            meeting.attendeeIds << m_attendees->item(i)->data(Qt::UserRole).toLongLong();
    }
    std::sort(meeting.attendeeIds.begin(), meeting.attendeeIds.end());
    QList<qint64> before = current->attendeeIds;
    std::sort(before.begin(), before.end());
    if (meeting.heldOn == current->heldOn && meeting.notes == current->notes &&
        meeting.decisions == current->decisions && meeting.attendeeIds == before)
        return;
    if (auto done =
            m_document->execute(std::make_unique<UpdateMeetingCommand>(*m_document, meeting));
        !done)
        reportError(done.errorMessage());
}

bool ReferenceGroupPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut && (watched == m_notes || watched == m_decisions)) {
        commitMeeting();
    } else if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            // An open cell editor takes its own keys; these reach the table only.
            if (watched == m_memberView) {
                removeSelectedMembers();
                return true;
            }
            if (watched == m_meetingView) {
                removeMeeting();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void ReferenceGroupPage::navigateTo(const QVariant& target) {
    const QString text = target.toString();
    if (text.startsWith(QStringLiteral("meeting/"))) {
        selectMeeting(text.mid(8).toLongLong());
        m_meetingView->setFocus();
        return;
    }
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (ok) {
        selectMember(id);
        m_memberView->setFocus();
    }
}

bool ReferenceGroupPage::find(const QString& text) {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    // Members in the order shown, then meetings; starting after what is selected now.
    struct Hit {
        bool meeting;
        int proxyRow;
    };
    std::vector<Hit> order;
    for (int row = 0; row < m_memberProxy->rowCount(); ++row)
        order.push_back({false, row});
    for (int row = 0; row < m_meetingProxy->rowCount(); ++row)
        order.push_back({true, row});
    if (order.empty())
        return false;
    std::size_t start = 0;
    if (m_meetingView->hasFocus() && m_meetingView->currentIndex().isValid())
        start = std::size_t(m_memberProxy->rowCount() + m_meetingView->currentIndex().row()) + 1;
    else if (m_memberView->currentIndex().isValid())
        start = std::size_t(m_memberView->currentIndex().row()) + 1;
    for (std::size_t step = 0; step < order.size(); ++step) {
        const Hit& hit = order[(start + step) % order.size()];
        if (hit.meeting) {
            const QModelIndex index = m_meetingProxy->index(hit.proxyRow, 0);
            const Meeting* meeting =
                m_meetings->meetingAt(m_meetingProxy->mapToSource(index).row());
            if (meeting && (meeting->notes.contains(needle, Qt::CaseInsensitive) ||
                            meeting->decisions.contains(needle, Qt::CaseInsensitive) ||
                            index.data().toString().contains(needle, Qt::CaseInsensitive))) {
                m_meetingView->setCurrentIndex(index);
                m_meetingView->setFocus();
                return true;
            }
        } else {
            const QModelIndex index = m_memberProxy->index(hit.proxyRow, 0);
            const Member* member = m_members->memberAt(m_memberProxy->mapToSource(index).row());
            if (member && (member->name.contains(needle, Qt::CaseInsensitive) ||
                           member->notes.contains(needle, Qt::CaseInsensitive) ||
                           memberRoleLabel(member->role).contains(needle, Qt::CaseInsensitive))) {
                m_memberView->setCurrentIndex(index);
                m_memberView->setFocus();
                return true;
            }
        }
    }
    return false;
}

} // namespace equimark
