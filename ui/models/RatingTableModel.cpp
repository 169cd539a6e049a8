#include "models/RatingTableModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/TrainingEditCommand.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"

#include <set>

namespace equimark {

RatingTableModel::RatingTableModel(QObject* parent)
    : RowDiffModel(parent) {}

void RatingTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &SchoolDocument::trainingChanged, this, &RatingTableModel::reload);
    m_programmeId = 0;
    reload();
}

void RatingTableModel::setProgramme(qint64 programmeId) {
    if (programmeId == m_programmeId)
        return;
    m_programmeId = programmeId;
    diffReset([this] { m_rows.clear(); });
    reload();
}

void RatingTableModel::reload() {
    std::vector<Row> fresh;
    if (m_document && m_programmeId > 0) {
        TrainingRepository training(m_document->file());
        auto programme = ProgrammeRepository(m_document->file()).programme(m_programmeId);
        auto people = training.people();
        auto sessions = training.sessions();
        if (programme && people && sessions) {
            std::set<qint64> participants;
            for (const auto& session : *sessions) {
                if (session.programmeId != m_programmeId)
                    continue;
                for (const auto& row : session.attendance)
                    participants.insert(row.personId);
            }
            for (const auto& person : *people) {
                Row row{person.id, person.name, 0, 0};
                bool rated = false;
                for (const auto& rating : programme->ratings) {
                    if (rating.personId == person.id) {
                        row.before = rating.before;
                        row.after = rating.after;
                        rated = true;
                    }
                }
                if (rated || participants.count(person.id))
                    fresh.push_back(row);
            }
        }
    }
    applyRowDiff(
        *this, m_rows, std::move(fresh),
        [](const Row& a, const Row& b) {
            return a.name == b.name && a.before == b.before && a.after == b.after;
        },
        ColumnCount);
}

int RatingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(row.name)
                                                                         : QVariant();
    const int value = index.column() == BeforeColumn ? row.before : row.after;
    if (role == Qt::EditRole)
        return value;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return value > 0 ? QString::number(value) : tr("Not given");
    return {};
}

QVariant RatingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case BeforeColumn:
        return tr("Before (1–5)");
    case AfterColumn:
        return tr("After (1–5)");
    }
    return {};
}

Qt::ItemFlags RatingTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = RowDiffModel::flags(index);
    if (m_document && !m_document->isReadOnly() && index.column() != NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RatingTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(m_rows.size()) ||
        index.column() == NameColumn || !m_document)
        return false;
    auto programme = ProgrammeRepository(m_document->file()).programme(m_programmeId);
    if (!programme) {
        emit editFailed(programme.errorMessage());
        return false;
    }
    const Row& row = m_rows[std::size_t(index.row())];
    ProgrammeRating rating{row.id, row.before, row.after};
    (index.column() == BeforeColumn ? rating.before : rating.after) = value.toInt();
    bool found = false;
    for (auto& existing : programme->ratings) {
        if (existing.personId == row.id) {
            existing = rating;
            found = true;
        }
    }
    if (!found)
        programme->ratings.push_back(rating);
    if (auto done = m_document->execute(ProgrammeCommand::update(*m_document, *programme)); !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
