#include "models/EvidenceTableModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/EvidenceRepository.h"

#include <QLocale>
#include <QSet>

namespace equimark {

namespace {

bool sameAttachments(const std::vector<Attachment>& a, const std::vector<Attachment>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].fileName != b[i].fileName || a[i].size != b[i].size)
            return false;
    }
    return true;
}

bool same(const EvidenceItem& a, const EvidenceItem& b) {
    return a.id == b.id && a.title == b.title && a.kind == b.kind && a.datedOn == b.datedOn &&
           a.description == b.description && a.statementIds == b.statementIds &&
           a.actionIds == b.actionIds && a.strandIds == b.strandIds &&
           sameAttachments(a.attachments, b.attachments);
}

} // namespace

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EvidenceTableModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::evidenceAdded, this, &EvidenceTableModel::added);
        connect(m_document, &SchoolDocument::evidenceChanged, this, &EvidenceTableModel::changed);
        connect(m_document, &SchoolDocument::evidenceRemoved, this, &EvidenceTableModel::removed);
        connect(m_document, &SchoolDocument::actionRemoved, this, &EvidenceTableModel::refresh);
        connect(m_document, &SchoolDocument::actionAdded, this, &EvidenceTableModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &EvidenceTableModel::reload);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    reload();
}

void EvidenceTableModel::reload() {
    beginResetModel();
    m_items.clear();
    if (m_document) {
        if (auto items = EvidenceRepository(m_document->file()).all())
            m_items = std::move(*items);
        else
            emit loadFailed(items.errorMessage());
    }
    endResetModel();
}

void EvidenceTableModel::refresh() {
    if (!m_document)
        return;
    auto fresh = EvidenceRepository(m_document->file()).all();
    if (!fresh) {
        emit loadFailed(fresh.errorMessage());
        return;
    }
    QSet<qint64> freshIds;
    for (const auto& item : *fresh)
        freshIds.insert(item.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!freshIds.contains(m_items[std::size_t(row)].id)) {
            beginRemoveRows({}, row, row);
            m_items.erase(m_items.begin() + row);
            endRemoveRows();
        }
    }
    for (auto& item : *fresh) {
        const int row = rowOf(item.id);
        if (row < 0) {
            beginInsertRows({}, rowCount(), rowCount());
            m_items.push_back(std::move(item));
            endInsertRows();
        } else if (!same(m_items[std::size_t(row)], item)) {
            m_items[std::size_t(row)] = std::move(item);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void EvidenceTableModel::added(qint64 evidenceId) {
    if (!m_document || rowOf(evidenceId) >= 0)
        return changed(evidenceId);
    auto item = EvidenceRepository(m_document->file()).byId(evidenceId);
    if (!item)
        return;
    beginInsertRows({}, rowCount(), rowCount());
    m_items.push_back(std::move(*item));
    endInsertRows();
}

void EvidenceTableModel::changed(qint64 evidenceId) {
    if (!m_document)
        return;
    const int row = rowOf(evidenceId);
    if (row < 0)
        return added(evidenceId);
    auto item = EvidenceRepository(m_document->file()).byId(evidenceId);
    if (!item)
        return removed(evidenceId);
    m_items[std::size_t(row)] = std::move(*item);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EvidenceTableModel::removed(qint64 evidenceId) {
    const int row = rowOf(evidenceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
}

int EvidenceTableModel::rowOf(qint64 evidenceId) const {
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == evidenceId)
            return int(i);
    }
    return -1;
}

const EvidenceItem* EvidenceTableModel::itemAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_items[std::size_t(row)] : nullptr;
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceTableModel::strandNames(const EvidenceItem& item) const {
    QStringList names;
    for (const auto& id : item.strandIds) {
        const Strand* strand = m_document ? m_document->equalityMark().strand(id) : nullptr;
        names << (strand ? strand->name : id);
    }
    return names.join(QStringLiteral(", "));
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceItem& item = m_items[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return item.id;
    case KindRole:
        return evidenceKindId(item.kind);
    case StrandIdsRole:
        return item.strandIds;
    case SearchTextRole: {
        QStringList parts{item.title, item.description, evidenceKindLabel(item.kind)};
        for (const auto& attachment : item.attachments)
            parts << attachment.fileName;
        return parts.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    const int actions = int(item.actionIds.size());
    const int files = int(item.attachments.size());
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return item.title;
        if (role == SortRole)
            return item.title.toLower();
        if (role == Qt::ToolTipRole && !item.description.trimmed().isEmpty())
            return plainToolTip(item.description.trimmed());
        return {};
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole)
            return evidenceKindLabel(item.kind);
        return {};
    case DateColumn:
        if (role == SortRole)
            return item.datedOn.toString(Qt::ISODate);
        if (role == Qt::DisplayRole)
            return item.datedOn.isValid() ? QLocale().toString(item.datedOn, QLocale::ShortFormat)
                                          : QString();
        if (role == Qt::AccessibleTextRole)
            return item.datedOn.isValid() ? QLocale().toString(item.datedOn, QLocale::LongFormat)
                                          : tr("Undated");
        return {};
    case StrandsColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole ||
            role == Qt::ToolTipRole)
            return strandNames(item);
        return {};
    case ActionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return actions;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return actions == 1 ? tr("Supports 1 action") : tr("Supports %1 actions").arg(actions);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AttachmentsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return files;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return files == 1 ? tr("1 file attached") : tr("%1 files attached").arg(files);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Type");
    case DateColumn:
        return tr("Date");
    case StrandsColumn:
        return tr("Strands");
    case ActionsColumn:
        return tr("Actions");
    case AttachmentsColumn:
        return tr("Files");
    default:
        return {};
    }
}

} // namespace equimark
