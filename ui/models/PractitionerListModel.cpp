#include "models/PractitionerListModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/UpdatePractitionerCommand.h"
#include "storage/PortfolioRepository.h"

namespace equimark {

namespace {

bool same(const Practitioner& a, const Practitioner& b) {
    return a.id == b.id && a.name == b.name && a.role == b.role;
}

} // namespace

PractitionerListModel::PractitionerListModel(QObject* parent)
    : RowDiffModel(parent) {}

void PractitionerListModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
        connect(m_document, &SchoolDocument::practitionersChanged, this,
                &PractitionerListModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &PractitionerListModel::reload);
    }
    reload();
}

void PractitionerListModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        if (auto rows = PortfolioRepository(m_document->file()).practitioners())
            m_rows = std::move(*rows);
        else
            emit editFailed(rows.errorMessage());
    }
    endResetModel();
}

void PractitionerListModel::refresh() {
    if (!m_document)
        return;
    auto fresh = PortfolioRepository(m_document->file()).practitioners();
    if (!fresh) {
        emit editFailed(fresh.errorMessage());
        return;
    }
    applyRowDiff(*this, m_rows, std::move(*fresh), same, ColumnCount);
}

int PractitionerListModel::rowOf(qint64 practitionerId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == practitionerId)
            return int(i);
    }
    return -1;
}

const Practitioner* PractitionerListModel::practitionerAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[std::size_t(row)] : nullptr;
}

int PractitionerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PractitionerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PractitionerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Practitioner& practitioner = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return practitioner.id;
    if (role == Qt::ToolTipRole && index.column() == RoleColumn && practitioner.role.isEmpty())
        return tr("No role recorded yet: double-click to enter one.");
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole &&
        role != Qt::AccessibleTextRole)
        return {};
    const QString& text = index.column() == NameColumn ? practitioner.name : practitioner.role;
    if (role == SortRole)
        return text.toLower();
    if (role == Qt::AccessibleTextRole && text.isEmpty())
        return tr("Not recorded");
    return text;
}

QVariant PractitionerListModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

Qt::ItemFlags PractitionerListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags result = RowDiffModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool PractitionerListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_document || m_document->isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Practitioner practitioner = m_rows[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn)
        practitioner.name = text;
    else if (index.column() == RoleColumn)
        practitioner.role = text;
    else
        return false;
    if (same(practitioner, m_rows[std::size_t(index.row())]))
        return true;
    if (auto done = m_document->execute(
            std::make_unique<UpdatePractitionerCommand>(*m_document, practitioner));
        !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
