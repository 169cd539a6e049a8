#include "models/SummaryGridModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/AuditRepository.h"
#include "storage/SummaryGridRepository.h"

#include <utility>

namespace equimark {

SummaryGridModel::SummaryGridModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SummaryGridModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_auditId = 0;
    load();
    endResetModel();
    if (!m_document)
        return;
    connect(m_document, &SchoolDocument::gridCellChanged, this,
            &SummaryGridModel::onGridCellChanged);
    connect(m_document, &SchoolDocument::judgementChanged, this,
            &SummaryGridModel::onJudgementChanged);
    connect(m_document, &SchoolDocument::reloaded, this, &SummaryGridModel::reload);
}

void SummaryGridModel::setAudit(qint64 auditId) {
    m_auditId = auditId;
    reload();
}

void SummaryGridModel::reload() {
    beginResetModel();
    const bool loaded = load();
    endResetModel();
    if (!loaded)
        emit loadFailed(m_lastError);
}

bool SummaryGridModel::load() {
    m_cells.clear();
    m_framework = Framework();
    m_previousAuditId = 0;
    m_previousYear.reset();
    m_lastError.clear();
    if (!m_document || m_auditId <= 0)
        return true;

    SchoolFile& file = m_document->file();
    AuditRepository audits(file);
    SummaryGridRepository grid(file);
    auto mark = audits.framework(m_auditId);
    if (!mark) {
        m_lastError = mark.errorMessage();
        return false;
    }
    auto counts = grid.counts(m_auditId);
    auto cells = grid.cells(m_auditId);
    auto previous = grid.previousYearRatings(m_auditId);
    auto previousAudit = audits.previousAudit(m_auditId);
    for (const QString& error : {counts.errorMessage(), cells.errorMessage(),
                                 previous.errorMessage(), previousAudit.errorMessage()}) {
        if (!error.isEmpty()) {
            m_lastError = error;
            return false;
        }
    }

    QHash<GridKey, GridCell> agreed;
    for (const GridCell& cell : *cells)
        agreed.insert(GridKey(cell.elementId, cell.strandId), cell);
    m_framework = **mark;
    if (*previousAudit) {
        m_previousAuditId = (*previousAudit)->id;
        m_previousYear = (*previousAudit)->year;
    }
    m_cells.reserve(m_framework.elements.size() * m_framework.strands.size());
    for (const Element& element : m_framework.elements) {
        for (const Strand& strand : m_framework.strands) {
            const GridKey key(element.id, strand.id);
            CellData data;
            data.counts = counts->value(key);
            data.suggested = suggestedRating(data.counts);
            data.cell = agreed.value(key);
            data.cell.elementId = element.id;
            data.cell.strandId = strand.id;
            data.previous = previous->value(key, Rating::None);
            m_cells.push_back(std::move(data));
        }
    }
    return true;
}

void SummaryGridModel::fail(const QString& message) {
    m_lastError = message;
    emit loadFailed(message);
}

void SummaryGridModel::onGridCellChanged(qint64 auditId, const QString& elementId,
                                         const QString& strandId) {
    const QModelIndex index = indexOf(elementId, strandId);
    if (!index.isValid() || !m_document)
        return;
    SummaryGridRepository grid(m_document->file());
    if (auditId == m_auditId) {
        auto cell = grid.cell(auditId, elementId, strandId);
        if (!cell)
            return fail(cell.errorMessage());
        at(index)->cell = std::move(*cell);
    } else if (auditId == m_previousAuditId && m_previousAuditId > 0) {
        auto cell = grid.cell(auditId, elementId, strandId);
        if (!cell)
            return fail(cell.errorMessage());
        at(index)->previous = cell->agreed;
    } else {
        return;
    }
    emit dataChanged(index, index);
}

void SummaryGridModel::onJudgementChanged(qint64 auditId, const QString& statementId) {
    if (auditId != m_auditId || !m_document)
        return;
    const AuditStatement* statement = m_framework.statement(statementId);
    if (!statement)
        return;
    const QModelIndex index = indexOf(statement->elementId, statement->strandId);
    if (!index.isValid())
        return;
    // Only this cell's statements are read again: a judgement moves one cell's suggestion.
    AuditRepository audits(m_document->file());
    CellCounts counts;
    for (const AuditStatement* s :
         m_framework.statementsFor(statement->elementId, statement->strandId)) {
        auto judgement = audits.judgement(auditId, s->id);
        if (!judgement)
            return fail(judgement.errorMessage());
        counts.add(judgement->rating);
    }
    CellData* data = at(index);
    if (data->counts == counts)
        return;
    data->counts = counts;
    data->suggested = suggestedRating(counts);
    emit dataChanged(index, index);
}

const SummaryGridModel::CellData* SummaryGridModel::at(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return nullptr;
    return &m_cells[size_t(index.row()) * m_framework.strands.size() + size_t(index.column())];
}

SummaryGridModel::CellData* SummaryGridModel::at(const QModelIndex& index) {
    return const_cast<CellData*>(std::as_const(*this).at(index));
}

QString SummaryGridModel::elementId(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return m_framework.elements[size_t(row)].id;
}

QString SummaryGridModel::strandId(int column) const {
    if (column < 0 || column >= columnCount())
        return {};
    return m_framework.strands[size_t(column)].id;
}

QModelIndex SummaryGridModel::indexOf(const QString& elementId, const QString& strandId) const {
    int row = -1;
    for (size_t i = 0; i < m_framework.elements.size(); ++i) {
        if (m_framework.elements[i].id == elementId)
            row = int(i);
    }
    int column = -1;
    for (size_t i = 0; i < m_framework.strands.size(); ++i) {
        if (m_framework.strands[i].id == strandId)
            column = int(i);
    }
    if (row < 0 || column < 0 || m_cells.empty())
        return {};
    return index(row, column);
}

GridCell SummaryGridModel::cell(const QModelIndex& index) const {
    const CellData* data = at(index);
    return data ? data->cell : GridCell();
}

CellCounts SummaryGridModel::counts(const QModelIndex& index) const {
    const CellData* data = at(index);
    return data ? data->counts : CellCounts();
}

Rating SummaryGridModel::suggested(const QModelIndex& index) const {
    const CellData* data = at(index);
    return data ? data->suggested : Rating::None;
}

Trend SummaryGridModel::trend(const CellData& data) const {
    return compareRatings(data.previous, data.cell.agreed);
}

QString SummaryGridModel::trendText(Trend trend) const {
    if (!m_previousYear)
        return {};
    const QString year = m_previousYear->toString();
    switch (trend) {
    case Trend::Improved:
        return tr("Improved since %1").arg(year);
    case Trend::Declined:
        return tr("Declined since %1").arg(year);
    case Trend::Same:
        return tr("Same as %1").arg(year);
    case Trend::Unknown:
        break;
    }
    return {};
}

namespace {
bool differs(Rating agreed, Rating suggested) {
    return agreed != Rating::None && suggested != Rating::None && agreed != suggested;
}
} // namespace

SummaryGridModel::Summary SummaryGridModel::summary() const {
    Summary result;
    for (const CellData& data : m_cells) {
        ++result.cells;
        if (data.cell.agreed != Rating::None)
            ++result.agreed;
        if (differs(data.cell.agreed, data.suggested))
            ++result.differing;
        const Trend change = trend(data);
        if (change == Trend::Improved)
            ++result.improved;
        else if (change == Trend::Declined)
            ++result.declined;
    }
    return result;
}

QString SummaryGridModel::accessibleText(const QModelIndex& index, const CellData& data) const {
    const Element& element = m_framework.elements[size_t(index.row())];
    const Strand& strand = m_framework.strands[size_t(index.column())];
    QStringList parts;
    parts << tr("%1, %2").arg(element.name, strand.name);
    parts << (data.cell.agreed == Rating::None
                  ? tr("Not agreed")
                  : tr("Agreed %1").arg(ratingLabel(data.cell.agreed)));
    parts << (data.suggested == Rating::None ? tr("No suggestion")
                                             : tr("Suggested %1").arg(ratingLabel(data.suggested)));
    if (differs(data.cell.agreed, data.suggested))
        parts << tr("Differs from the suggestion");
    if (const QString change = trendText(trend(data)); !change.isEmpty())
        parts << change;
    return parts.join(QStringLiteral("; "));
}

int SummaryGridModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_cells.empty())
        return 0;
    return int(m_framework.elements.size());
}

int SummaryGridModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_cells.empty())
        return 0;
    return int(m_framework.strands.size());
}

QVariant SummaryGridModel::data(const QModelIndex& index, int role) const {
    const CellData* data = at(index);
    if (!data)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return data->cell.agreed == Rating::None ? tr("Not agreed")
                                                 : ratingLabel(data->cell.agreed);
    case Qt::AccessibleTextRole:
        return accessibleText(index, *data);
    case Qt::ToolTipRole: {
        // Plain text tooltips: rationales are the group's own words.
        QString tip =
            accessibleText(index, *data).replace(QStringLiteral("; "), QStringLiteral("\n"));
        tip += u'\n' + suggestionReason(data->counts);
        if (!data->cell.rationale.isEmpty())
            tip += u'\n' + tr("Rationale: %1").arg(data->cell.rationale);
        return plainToolTip(tip);
    }
    case ElementIdRole:
        return data->cell.elementId;
    case StrandIdRole:
        return data->cell.strandId;
    case AgreedRole:
        return int(data->cell.agreed);
    case SuggestedRole:
        return int(data->suggested);
    case DiffersRole:
        return differs(data->cell.agreed, data->suggested);
    case TrendRole:
        return int(trend(*data));
    case PreviousRole:
        return int(data->previous);
    case RationaleRole:
        return data->cell.rationale;
    case ReasonRole:
        return suggestionReason(data->counts);
    case CountsRole:
        return QVariantList{data->counts.red, data->counts.amber, data->counts.green,
                            data->counts.unjudged};
    case AgreedByRole:
        return data->cell.agreedBy;
    case AgreedAtRole:
        return data->cell.agreedAt;
    case TrendTextRole:
        return trendText(trend(*data));
    default:
        break;
    }
    return {};
}

QVariant SummaryGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Strand& strand = m_framework.strands[size_t(section)];
        if (role == Qt::ToolTipRole && !strand.description.isEmpty())
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(strand.name.toHtmlEscaped(), strand.description.toHtmlEscaped());
        return strand.name;
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Element& element = m_framework.elements[size_t(section)];
    if (role == Qt::ToolTipRole && !element.description.isEmpty())
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(element.name.toHtmlEscaped(), element.description.toHtmlEscaped());
    return element.name;
}

Qt::ItemFlags SummaryGridModel::flags(const QModelIndex& index) const {
    if (!at(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

} // namespace equimark
