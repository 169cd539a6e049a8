#include "models/AttendanceTableModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "storage/TrainingRepository.h"

namespace equimark {

AttendanceTableModel::AttendanceTableModel(QObject* parent)
    : RowDiffModel(parent) {}

void AttendanceTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this, &AttendanceTableModel::reload);
    m_sessionId = 0;
    reload();
}

void AttendanceTableModel::setSession(qint64 sessionId) {
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    diffReset([this] { m_rows.clear(); });
    reload();
}

void AttendanceTableModel::reload() {
    std::vector<Row> fresh;
    m_session = TrainingSession{};
    if (m_document && m_sessionId > 0) {
        TrainingRepository training(m_document->file());
        auto session = training.session(m_sessionId);
        auto people = training.people();
        if (session && people) {
            m_session = *session;
            for (const auto& person : *people) {
                const Attendance* row = session->attendanceOf(person.id);
                if (!row && !person.inPostDuring(session->heldOn, session->heldOn))
                    continue;
                fresh.push_back(
                    {person.id, person.name, person.body, row != nullptr, row && row->attended});
            }
        }
    }
    applyRowDiff(
        *this, m_rows, std::move(fresh),
        [](const Row& a, const Row& b) {
            return a.name == b.name && a.body == b.body && a.offered == b.offered &&
                   a.attended == b.attended;
        },
        ColumnCount);
}

bool AttendanceTableModel::write(const std::vector<Row>& rows) {
    if (!m_document || m_sessionId <= 0)
        return false;
    TrainingSession session = m_session;
    // People not listed (no longer in the file's view of the date) keep their rows.
    std::vector<Attendance> attendance;
    for (const auto& row : session.attendance) {
        bool listed = false;
        for (const auto& shown : rows)
            listed |= shown.id == row.personId;
        if (!listed)
            attendance.push_back(row);
    }
    for (const auto& row : rows) {
        if (row.offered || row.attended)
            attendance.push_back({row.id, row.attended});
    }
    session.attendance = attendance;
    if (auto done = m_document->execute(TrainingSessionCommand::update(*m_document, session));
        !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

bool AttendanceTableModel::offerToEveryone() {
    std::vector<Row> rows = m_rows;
    for (auto& row : rows)
        row.offered = true;
    return write(rows);
}

int AttendanceTableModel::notOfferedCount() const {
    int count = 0;
    for (const auto& row : m_rows)
        count += row.offered ? 0 : 1;
    return count;
}

int AttendanceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(row.name)
                                                                         : QVariant();
    case BodyColumn:
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole
                   ? QVariant(bodyLabel(row.body))
                   : QVariant();
    case OfferedColumn:
        if (role == Qt::CheckStateRole)
            return row.offered ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return row.offered ? tr("Offered") : tr("Not offered");
        return {};
    case AttendedColumn:
        if (role == Qt::CheckStateRole)
            return row.attended ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return row.attended ? tr("Attended") : tr("Did not attend");
        return {};
    }
    return {};
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BodyColumn:
        return tr("Body");
    case OfferedColumn:
        return tr("Offered");
    case AttendedColumn:
        return tr("Attended");
    }
    return {};
}

Qt::ItemFlags AttendanceTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = RowDiffModel::flags(index);
    if (m_document && !m_document->isReadOnly() &&
        (index.column() == OfferedColumn || index.column() == AttendedColumn))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool AttendanceTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= int(m_rows.size()))
        return false;
    std::vector<Row> rows = m_rows;
    Row& row = rows[std::size_t(index.row())];
    const bool checked = value.toInt() == Qt::Checked;
    if (index.column() == OfferedColumn) {
        row.offered = checked;
        if (!checked)
            row.attended = false;
    } else if (index.column() == AttendedColumn) {
        row.attended = checked;
        if (checked)
            row.offered = true;
    } else {
        return false;
    }
    return write(rows);
}

} // namespace equimark
