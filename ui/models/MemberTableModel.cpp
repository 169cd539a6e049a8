#include "models/MemberTableModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/UpdateMemberCommand.h"
#include "models/PlainToolTip.h"
#include "storage/ReferenceGroupRepository.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace equimark {

namespace {

bool same(const Member& a, const Member& b) {
    return a.id == b.id && a.name == b.name && a.role == b.role && a.notes == b.notes &&
           a.joinedOn == b.joinedOn && a.leftOn == b.leftOn;
}

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Tooltips take rich text when it looks like HTML: user text always goes in escaped.

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MemberTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::membersChanged, this, &MemberTableModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &MemberTableModel::reload);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reload();
}

void MemberTableModel::reload() {
    beginResetModel();
    m_members.clear();
    if (m_document) {
        if (auto members = ReferenceGroupRepository(m_document->file()).members())
            m_members = std::move(*members);
        else
            emit editFailed(members.errorMessage());
    }
    endResetModel();
}

// One edit changes one member: update just the rows that differ.
void MemberTableModel::refresh() {
    if (!m_document)
        return;
    auto fresh = ReferenceGroupRepository(m_document->file()).members();
    if (!fresh) {
        emit editFailed(fresh.errorMessage());
        return;
    }
    QSet<qint64> freshIds;
    for (const auto& member : *fresh)
        freshIds.insert(member.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_members[std::size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_members.erase(m_members.begin() + row);
            endRemoveRows();
        }
    }
    for (const auto& member : *fresh) {
        const int row = rowOf(member.id);
        if (row < 0) {
            beginInsertRows({}, rowCount(), rowCount());
            m_members.push_back(member);
            endInsertRows();
        } else if (!same(m_members[std::size_t(row)], member)) {
            m_members[std::size_t(row)] = member;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int MemberTableModel::rowOf(qint64 memberId) const {
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].id == memberId)
            return int(i);
    }
    return -1;
}

const Member* MemberTableModel::memberAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_members[std::size_t(row)] : nullptr;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members[std::size_t(index.row())];
    const bool current = member.isCurrent(QDate::currentDate());
    switch (role) {
    case IdRole:
        return member.id;
    case CurrentRole:
        return current;
    case Qt::ForegroundRole:
        if (!current)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (!current && member.leftOn.isValid())
            return plainToolTip(
                tr("%1 left the group on %2.")
                    .arg(member.name, QLocale().toString(member.leftOn, QLocale::LongFormat)));
        if (index.column() == NotesColumn && !member.notes.isEmpty())
            return plainToolTip(member.notes);
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole &&
        role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == SortRole ? member.name.toLower() : member.name;
    case RoleColumn:
        if (role == Qt::EditRole)
            return int(member.role);
        if (role == SortRole)
            return int(member.role);
        return memberRoleLabel(member.role);
    case JoinedColumn:
        if (role == Qt::EditRole)
            return member.joinedOn;
        if (role == SortRole)
            return member.joinedOn.toString(Qt::ISODate);
        if (role == Qt::AccessibleTextRole && !member.joinedOn.isValid())
            return tr("Not known");
        return shortDate(member.joinedOn);
    case LeftColumn:
        if (role == Qt::EditRole)
            return member.leftOn;
        if (role == SortRole)
            return member.leftOn.toString(Qt::ISODate);
        if (role == Qt::AccessibleTextRole && !member.leftOn.isValid())
            return tr("Still a member");
        return shortDate(member.leftOn);
    case NotesColumn:
        return role == Qt::EditRole ? member.notes : firstLine(member.notes);
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool MemberTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Member member = m_members[std::size_t(index.row())];
    switch (index.column()) {
    case NameColumn:
        member.name = value.toString().trimmed();
        break;
    case RoleColumn: {
        const int role = value.toInt();
        if (role < int(MemberRole::SeniorLeader) || role > int(MemberRole::Other))
            return false;
        member.role = MemberRole(role);
        break;
    }
    case JoinedColumn:
        member.joinedOn = value.toDate();
        break;
    case LeftColumn:
        member.leftOn = value.toDate();
        break;
    case NotesColumn:
        member.notes = value.toString();
        break;
    default:
        return false;
    }
    if (same(member, m_members[std::size_t(index.row())]))
        return true;
    if (auto done = m_document->execute(std::make_unique<UpdateMemberCommand>(*m_document, member));
        !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
