#include "models/CoverageMatrixModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "models/PortfolioWatch.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"

#include <QApplication>
#include <QFont>
#include <QStyle>
#include <algorithm>
#include <utility>

namespace equimark {

namespace {

QString elided(const QString& text, int length) {
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

std::vector<qint64> idsOf(const std::vector<ImpactItem>& items) {
    std::vector<qint64> ids;
    for (const auto& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace

CoverageMatrixModel::CoverageMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CoverageMatrixModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_portfolioId = 0;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
        watchPortfolio(
            m_document, this, m_portfolioId, [this] { refresh(); }, [this] { setPortfolio(0); });
        connect(m_document, &SchoolDocument::frameworksChanged, this, &CoverageMatrixModel::reload);
        connect(m_document, &SchoolDocument::reloaded, this, &CoverageMatrixModel::reload);
    }
    reload();
}

void CoverageMatrixModel::setPortfolio(qint64 portfolioId) {
    if (portfolioId == m_portfolioId)
        return;
    m_portfolioId = portfolioId;
    reload();
}

void CoverageMatrixModel::reload() {
    beginResetModel();
    m_framework = Framework{};
    m_items.clear();
    m_rows.clear();
    m_coverage = PortfolioCoverage{};
    if (m_document && m_portfolioId != 0) {
        PortfolioRepository repository(m_document->file());
        auto portfolio = repository.portfolio(m_portfolioId);
        auto items = repository.impactItems(m_portfolioId);
        if (portfolio && items) {
            if (auto framework =
                    FrameworkRepository(m_document->file()).byId(portfolio->frameworkId)) {
                m_framework = std::move(*framework);
                m_items = std::move(*items);
                m_coverage = PortfolioCoverage::compute(m_framework, *portfolio, m_items);
            } else {
                emit loadFailed(framework.errorMessage());
            }
        } else {
            emit loadFailed(portfolio ? items.errorMessage() : portfolio.errorMessage());
        }
    }
    buildRows();
    endResetModel();
}

void CoverageMatrixModel::buildRows() {
    for (const LpStandard& standard : m_framework.lpStandards)
        m_rows.push_back(
            {standard.id, standard.name, standard.description, true, standard.textKnown});
    for (const CharterSection& section : m_framework.sections) {
        for (const CharterCriterion& criterion : section.criteria)
            m_rows.push_back(
                {criterion.id, criterion.text, section.name, false, criterion.textKnown});
    }
}

// One edit maps or adds one item: insert or remove its column, then repaint the rows whose
// coverage moved; a reset only when the items changed wholesale (an undo of several).
void CoverageMatrixModel::refresh() {
    if (!m_document || m_portfolioId == 0)
        return;
    PortfolioRepository repository(m_document->file());
    auto portfolio = repository.portfolio(m_portfolioId);
    auto fresh = repository.impactItems(m_portfolioId);
    if (!portfolio || !fresh) {
        emit loadFailed(portfolio ? fresh.errorMessage() : portfolio.errorMessage());
        return;
    }
    if (portfolio->frameworkId != m_framework.id) {
        reload();
        return;
    }
    const std::vector<qint64> before = idsOf(m_items);
    const std::vector<qint64> after = idsOf(*fresh);
    PortfolioCoverage coverage = PortfolioCoverage::compute(m_framework, *portfolio, *fresh);

    if (before != after) {
        std::size_t at = 0;
        while (at < before.size() && at < after.size() && before[at] == after[at])
            ++at;
        const int column = FirstItemColumn + int(at);
        if (after.size() == before.size() + 1 &&
            std::equal(before.begin() + std::ptrdiff_t(at), before.end(),
                       after.begin() + std::ptrdiff_t(at) + 1)) {
            beginInsertColumns({}, column, column);
            m_items = std::move(*fresh);
            endInsertColumns();
        } else if (before.size() == after.size() + 1 &&
                   std::equal(after.begin() + std::ptrdiff_t(at), after.end(),
                              before.begin() + std::ptrdiff_t(at) + 1)) {
            beginRemoveColumns({}, column, column);
            m_items = std::move(*fresh);
            endRemoveColumns();
        } else {
            beginResetModel();
            m_items = std::move(*fresh);
            m_coverage = std::move(coverage);
            endResetModel();
            return;
        }
    } else {
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (m_items[i].title != (*fresh)[i].title)
                emit headerDataChanged(Qt::Horizontal, FirstItemColumn + int(i),
                                       FirstItemColumn + int(i));
        }
        m_items = std::move(*fresh);
    }
    const PortfolioCoverage old = std::exchange(m_coverage, std::move(coverage));
    const int last = columnCount() - 1;
    for (int row = 0; row < rowCount(); ++row) {
        const bool standard = m_rows[std::size_t(row)].standard;
        const auto& list = standard ? old.byStandard : old.byCriterion;
        const int offset = standard ? 0 : standardRowCount();
        const std::size_t at = std::size_t(row - offset);
        const QList<qint64> previous = at < list.size() ? list[at].second : QList<qint64>();
        if (previous != itemsFor(row) || before != after)
            emit dataChanged(index(row, TotalColumn), index(row, last));
    }
}

const QList<qint64>& CoverageMatrixModel::itemsFor(int row) const {
    static const QList<qint64> none;
    const bool standard = m_rows[std::size_t(row)].standard;
    const auto& list = standard ? m_coverage.byStandard : m_coverage.byCriterion;
    const std::size_t at = std::size_t(row - (standard ? 0 : standardRowCount()));
    return at < list.size() ? list[at].second : none;
}

int CoverageMatrixModel::rowOf(const QString& id, bool standard) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].standard == standard && m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int CoverageMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstItemColumn + int(m_items.size());
}

QVariant CoverageMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const QList<qint64>& items = itemsFor(index.row());
    const bool none = items.isEmpty();
    switch (role) {
    case IdRole:
        return row.id;
    case IsStandardRole:
        return row.standard;
    case NoEvidenceRole:
        return none;
    default:
        break;
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2").arg(row.id, elided(row.name, 60));
        case Qt::AccessibleTextRole:
            return row.standard ? tr("LP standard %1 %2").arg(row.id, row.name)
                                : tr("RACE criterion %1 %2").arg(row.id, row.name);
        case Qt::ToolTipRole: {
            QString text = row.standard ? tr("LP standard %1: %2").arg(row.id, row.name)
                                        : tr("RACE Charter criterion %1: %2").arg(row.id, row.name);
            if (!row.textKnown)
                text += QLatin1Char('\n') + tr("The official wording is not entered yet.");
            return plainToolTip(text);
        }
        case Qt::FontRole: {
            if (!none)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (index.column() == TotalColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return none ? tr("None yet") : QString::number(items.size());
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            if (none)
                return row.standard ? tr("No evidence of impact for this standard yet")
                                    : tr("No evidence of impact for this criterion yet");
            return items.size() == 1 ? tr("1 item of evidence")
                                     : tr("%1 items of evidence").arg(items.size());
        case Qt::DecorationRole:
            if (none)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return {};
        case Qt::FontRole: {
            if (!none)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const ImpactItem& item = m_items[std::size_t(index.column() - FirstItemColumn)];
    const bool mapped = items.contains(item.id);
    switch (role) {
    case MappedRole:
        return mapped;
    case ItemIdRole:
        return item.id;
    case Qt::DisplayRole:
        return mapped ? QStringLiteral("\u2713") : QString();
    case Qt::AccessibleTextRole:
        return mapped ? tr("%1 is evidence for %2").arg(item.title, row.id)
                      : tr("%1 is not mapped to %2").arg(item.title, row.id);
    case Qt::ToolTipRole:
        return mapped ? plainToolTip(tr("\"%1\" is evidence for %2.").arg(item.title, row.id))
                      : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("LP standard or RACE criterion")) : QVariant();
    if (section == TotalColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Evidence")) : QVariant();
    const ImpactItem& item = m_items[std::size_t(section - FirstItemColumn)];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(section - FirstItemColumn + 1).arg(elided(item.title, 14));
    case Qt::ToolTipRole:
        return plainToolTip(item.title);
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

} // namespace equimark
