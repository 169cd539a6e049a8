#include "models/VisitListModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "models/RowDiff.h"
#include "storage/VisitRepository.h"

#include <QLocale>

namespace equimark {

VisitListModel::VisitListModel(QObject* parent)
    : RowDiffModel(parent) {}

void VisitListModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::visitsChanged, this, &VisitListModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &VisitListModel::reload);
    }
    reload();
}

void VisitListModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        if (auto visits = VisitRepository(m_document->file()).visits())
            m_rows = std::move(*visits);
    }
    endResetModel();
}

void VisitListModel::refresh() {
    if (!m_document)
        return;
    auto visits = VisitRepository(m_document->file()).visits();
    if (!visits)
        return;
    const auto same = [](const Visit& a, const Visit& b) {
        return a.visitedOn == b.visitedOn && a.kind == b.kind && a.advisor == b.advisor &&
               a.focus == b.focus && a.walkNotes == b.walkNotes && a.outcomes == b.outcomes &&
               a.nextSteps == b.nextSteps && a.meetings.size() == b.meetings.size();
    };
    applyRowDiff(*this, m_rows, std::move(*visits), same, ColumnCount);
}

int VisitListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& visit = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return visit.id;
    if (role == Qt::ToolTipRole) {
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(visit.visitedOn, QStringLiteral("d MMM yyyy"));
    case KindColumn:
        return visitKindLabel(visit.kind);
    case AdvisorColumn:
        return visit.advisor;
    case FocusColumn:
        return visit.focus;
    default:
        return {};
    }
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case AdvisorColumn:
        return tr("Advisor");
    case FocusColumn:
        return tr("Focus");
    default:
        return {};
    }
}

const Visit* VisitListModel::visit(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int VisitListModel::rowForId(qint64 id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace equimark
