#include "models/AuditGridModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/AuditRepository.h"
#include "widgets/RagDelegate.h"

#include <QCollator>
#include <algorithm>

namespace equimark {

AuditGridModel::AuditGridModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditGridModel::setAudit(SchoolDocument* document, qint64 auditId) {
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_auditId = document ? auditId : 0;
    if (document) {
        m_connections << connect(document, &SchoolDocument::judgementChanged, this,
                                 [this](qint64 changedAudit, const QString& statementId) {
                                     if (changedAudit == m_auditId)
                                         recountCell(statementId);
                                 });
        m_connections << connect(document, &SchoolDocument::delegationsChanged, this,
                                 [this](qint64 changedAudit) {
                                     if (changedAudit == m_auditId)
                                         reloadDelegations();
                                 });
        m_connections << connect(document, &SchoolDocument::reloaded, this,
                                 &AuditGridModel::reload);
    }
    reload();
}

void AuditGridModel::setHighlightDelegate(const QString& name) {
    if (m_highlight == name)
        return;
    m_highlight = name;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {RagDelegate::DimmedRole});
}

void AuditGridModel::reload() {
    beginResetModel();
    m_elements.clear();
    m_strands.clear();
    m_cells.clear();
    m_delegations.clear();
    if (m_document && m_auditId > 0) {
        const Framework& mark = m_document->equalityMark();
        m_elements = mark.elements;
        m_strands = mark.strands;
        m_cells.assign(m_elements.size() * m_strands.size(), Cell{});
        auto judgements = AuditRepository(m_document->file()).judgementsByStatement(m_auditId);
        for (int row = 0; row < int(m_elements.size()); ++row) {
            for (int column = 0; column < int(m_strands.size()); ++column) {
                Cell& c = cell(row, column);
                for (const auto* statement :
                     mark.statementsFor(m_elements[row].id, m_strands[column].id)) {
                    ++c.total;
                    if (!judgements)
                        continue;
                    switch (judgements->value(statement->id).rating) {
                    case Rating::Red:
                        ++c.red;
                        break;
                    case Rating::Amber:
                        ++c.amber;
                        break;
                    case Rating::Green:
                        ++c.green;
                        break;
                    case Rating::None:
                        break;
                    }
                }
            }
        }
        if (auto delegations = AuditRepository(m_document->file()).delegations(m_auditId))
            m_delegations = std::move(*delegations);
    }
    endResetModel();
}

void AuditGridModel::recountCell(const QString& statementId) {
    if (!m_document)
        return;
    const Framework& mark = m_document->equalityMark();
    const AuditStatement* statement = mark.statement(statementId);
    if (!statement)
        return;
    const QModelIndex at = indexOf(statement->elementId, statement->strandId);
    if (!at.isValid())
        return;
    Cell counted;
    QStringList ids;
    for (const auto* s : mark.statementsFor(statement->elementId, statement->strandId))
        ids << s->id;
    counted.total = int(ids.size());
    // One read for the cell: this runs after every judgement.
    auto judgements = AuditRepository(m_document->file()).judgementsOf(m_auditId, ids);
    if (!judgements)
        return;
    for (const auto& judgement : *judgements) {
        counted.red += judgement.rating == Rating::Red;
        counted.amber += judgement.rating == Rating::Amber;
        counted.green += judgement.rating == Rating::Green;
    }
    cell(at.row(), at.column()) = counted;
    emit dataChanged(at, at);
}

void AuditGridModel::reloadDelegations() {
    if (!m_document)
        return;
    auto delegations = AuditRepository(m_document->file()).delegations(m_auditId);
    m_delegations = delegations ? std::move(*delegations) : std::vector<Delegation>();
    // A delegation may cover a row, a column or a cell: tell the views about every cell,
    // but only the roles that depend on delegations.
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {RagDelegate::DelegatesRole, RagDelegate::DimmedRole, Qt::ToolTipRole,
                          Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole});
}

int AuditGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_elements.size());
}

int AuditGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_strands.size());
}

QStringList AuditGridModel::delegatesFor(const QModelIndex& index) const {
    QStringList result;
    if (!index.isValid() || index.row() >= int(m_elements.size()) ||
        index.column() >= int(m_strands.size()))
        return result;
    for (const auto& d : m_delegations) {
        if (d.covers(m_elements[index.row()].id, m_strands[index.column()].id) &&
            !result.contains(d.delegate))
            result << d.delegate;
    }
    return result;
}

std::vector<Delegation> AuditGridModel::delegationsCovering(const QModelIndex& index) const {
    std::vector<Delegation> result;
    if (!index.isValid())
        return result;
    for (const auto& d : m_delegations) {
        if (d.covers(m_elements[index.row()].id, m_strands[index.column()].id))
            result.push_back(d);
    }
    return result;
}

QStringList AuditGridModel::delegateNames() const {
    QStringList names;
    for (const auto& d : m_delegations) {
        if (!names.contains(d.delegate))
            names << d.delegate;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

bool AuditGridModel::dimmed(const QModelIndex& index) const {
    if (m_highlight.isEmpty())
        return false;
    return !delegatesFor(index).contains(m_highlight, Qt::CaseInsensitive);
}

QVariant AuditGridModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell& c = cell(index.row(), index.column());
    const Element& element = m_elements[index.row()];
    const Strand& strand = m_strands[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 of %2").arg(c.judged()).arg(c.total);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2: %3 of %4 statements judged (%5 green, %6 amber, %7 red, "
                          "%8 not yet judged).")
                           .arg(element.name, strand.name)
                           .arg(c.judged())
                           .arg(c.total)
                           .arg(c.green)
                           .arg(c.amber)
                           .arg(c.red)
                           .arg(c.total - c.judged());
        const QStringList who = delegatesFor(index);
        if (!who.isEmpty())
            text += QLatin1Char(' ') + tr("Delegated to %1.").arg(who.join(QStringLiteral(", ")));
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case RagDelegate::CountsRole:
        return QVariantList{c.red, c.amber, c.green, c.total - c.judged()};
    case RagDelegate::DelegatesRole:
        return delegatesFor(index);
    case RagDelegate::DimmedRole:
        return dimmed(index);
    case ElementIdRole:
        return element.id;
    case StrandIdRole:
        return strand.id;
    case JudgedRole:
        return c.judged();
    case TotalRole:
        return c.total;
    default:
        break;
    }
    return {};
}

QVariant AuditGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < int(m_strands.size())) {
        if (role == Qt::DisplayRole)
            return m_strands[size_t(section)].name;
        if (role == Qt::ToolTipRole)
            return plainToolTip(m_strands[size_t(section)].name + QStringLiteral(": ") +
                                m_strands[size_t(section)].description);
        if (role == StrandIdRole)
            return m_strands[size_t(section)].id;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < int(m_elements.size())) {
        if (role == Qt::DisplayRole)
            return m_elements[size_t(section)].name;
        if (role == Qt::ToolTipRole)
            return plainToolTip(m_elements[size_t(section)].name + QStringLiteral(": ") +
                                m_elements[size_t(section)].description);
        if (role == ElementIdRole)
            return m_elements[size_t(section)].id;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QModelIndex AuditGridModel::indexOf(const QString& elementId, const QString& strandId) const {
    int row = -1;
    int column = -1;
    for (int r = 0; r < int(m_elements.size()); ++r) {
        if (m_elements[size_t(r)].id == elementId)
            row = r;
    }
    for (int c = 0; c < int(m_strands.size()); ++c) {
        if (m_strands[size_t(c)].id == strandId)
            column = c;
    }
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

QString AuditGridModel::elementId(int row) const {
    return row >= 0 && row < int(m_elements.size()) ? m_elements[size_t(row)].id : QString();
}

QString AuditGridModel::strandId(int column) const {
    return column >= 0 && column < int(m_strands.size()) ? m_strands[size_t(column)].id : QString();
}

} // namespace equimark
