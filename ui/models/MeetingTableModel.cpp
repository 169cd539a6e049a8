#include "models/MeetingTableModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/ReferenceGroupRepository.h"

#include <QLocale>
#include <QSet>

namespace equimark {

namespace {

bool same(const Meeting& a, const Meeting& b) {
    return a.id == b.id && a.heldOn == b.heldOn && a.attendeeIds == b.attendeeIds &&
           a.notes == b.notes && a.decisions == b.decisions;
}

// Tooltips take rich text when it looks like HTML: user text always goes in escaped.

QString firstLine(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

MeetingTableModel::MeetingTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MeetingTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::meetingsChanged, this, &MeetingTableModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &MeetingTableModel::reload);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reload();
}

void MeetingTableModel::reload() {
    beginResetModel();
    m_meetings.clear();
    if (m_document) {
        if (auto meetings = ReferenceGroupRepository(m_document->file()).meetings())
            m_meetings = std::move(*meetings);
        else
            emit loadFailed(meetings.errorMessage());
    }
    endResetModel();
}

void MeetingTableModel::refresh() {
    if (!m_document)
        return;
    auto fresh = ReferenceGroupRepository(m_document->file()).meetings();
    if (!fresh) {
        emit loadFailed(fresh.errorMessage());
        return;
    }
    QSet<qint64> freshIds;
    for (const auto& meeting : *fresh)
        freshIds.insert(meeting.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_meetings[std::size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_meetings.erase(m_meetings.begin() + row);
            endRemoveRows();
        }
    }
    for (const auto& meeting : *fresh) {
        const int row = rowOf(meeting.id);
        if (row < 0) {
            beginInsertRows({}, rowCount(), rowCount());
            m_meetings.push_back(meeting);
            endInsertRows();
        } else if (!same(m_meetings[std::size_t(row)], meeting)) {
            m_meetings[std::size_t(row)] = meeting;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int MeetingTableModel::rowOf(qint64 meetingId) const {
    for (std::size_t i = 0; i < m_meetings.size(); ++i) {
        if (m_meetings[i].id == meetingId)
            return int(i);
    }
    return -1;
}

const Meeting* MeetingTableModel::meetingAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_meetings[std::size_t(row)] : nullptr;
}

int MeetingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting& meeting = m_meetings[std::size_t(index.row())];
    if (role == IdRole)
        return meeting.id;
    switch (index.column()) {
    case DateColumn:
        if (role == SortRole)
            return meeting.heldOn.toString(Qt::ISODate);
        if (role == Qt::DisplayRole)
            return QLocale().toString(meeting.heldOn, QLocale::ShortFormat);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return QLocale().toString(meeting.heldOn, QLocale::LongFormat);
        return {};
    case AttendeesColumn:
        if (role == SortRole)
            return meeting.attendeeIds.size();
        if (role == Qt::DisplayRole)
            return QString::number(meeting.attendeeIds.size());
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 attended").arg(meeting.attendeeIds.size());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DecisionsColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return firstLine(meeting.decisions);
        if (role == Qt::ToolTipRole && !meeting.decisions.trimmed().isEmpty())
            return plainToolTip(meeting.decisions.trimmed());
        return {};
    default:
        return {};
    }
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AttendeesColumn:
        return tr("Attended");
    case DecisionsColumn:
        return tr("Decisions");
    default:
        return {};
    }
}

} // namespace equimark
