#include "models/NetworkMeetingListModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/VisitRepository.h"

#include <QLocale>

namespace equimark {

NetworkMeetingListModel::NetworkMeetingListModel(QObject* parent)
    : RowDiffModel(parent) {}

void NetworkMeetingListModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::visitsChanged, this,
                &NetworkMeetingListModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &NetworkMeetingListModel::reload);
    }
    reload();
}

void NetworkMeetingListModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        if (auto meetings = VisitRepository(m_document->file()).networkMeetings())
            m_rows = std::move(*meetings);
    }
    endResetModel();
}

void NetworkMeetingListModel::refresh() {
    if (!m_document)
        return;
    auto meetings = VisitRepository(m_document->file()).networkMeetings();
    if (!meetings)
        return;
    const auto same = [](const NetworkMeeting& a, const NetworkMeeting& b) {
        return a.heldOn == b.heldOn && a.representative1 == b.representative1 &&
               a.representative2 == b.representative2 && a.notes == b.notes;
    };
    applyRowDiff(*this, m_rows, std::move(*meetings), same, ColumnCount);
}

int NetworkMeetingListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NetworkMeetingListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkMeetingListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkMeeting& meeting = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return meeting.id;
    if (role == Qt::ToolTipRole) {
        const QString text =
            index.column() == NotesColumn ? meeting.notes : data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(meeting.heldOn, QStringLiteral("d MMM yyyy"));
    case RepresentativesColumn: {
        QStringList names;
        for (const auto& name : {meeting.representative1, meeting.representative2})
            if (!name.isEmpty())
                names << name;
        return names.join(QStringLiteral(", "));
    }
    case NotesColumn:
        return meeting.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant NetworkMeetingListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RepresentativesColumn:
        return tr("Representatives");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

const NetworkMeeting* NetworkMeetingListModel::meeting(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int NetworkMeetingListModel::rowForId(qint64 id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace equimark
