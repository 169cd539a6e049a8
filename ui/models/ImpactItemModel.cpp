#include "models/ImpactItemModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "models/PortfolioWatch.h"
#include "storage/PortfolioRepository.h"

#include <QLocale>

namespace equimark {

namespace {

bool same(const ImpactItem& a, const ImpactItem& b) {
    return a.id == b.id && a.title == b.title && a.withWhom == b.withWhom && a.impact == b.impact &&
           a.howKnown == b.howKnown && a.startedOn == b.startedOn && a.endedOn == b.endedOn &&
           a.criterionIds == b.criterionIds && a.standardIds == b.standardIds &&
           a.evidenceIds == b.evidenceIds;
}

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

ImpactItemModel::ImpactItemModel(QObject* parent)
    : RowDiffModel(parent) {}

void ImpactItemModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_portfolioId = 0;
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
        watchPortfolio(
            m_document, this, m_portfolioId, [this] { refresh(); }, [this] { setPortfolio(0); });
        connect(m_document, &SchoolDocument::reloaded, this, &ImpactItemModel::reload);
    }
    reload();
}

void ImpactItemModel::setPortfolio(qint64 portfolioId) {
    if (portfolioId == m_portfolioId)
        return;
    m_portfolioId = portfolioId;
    reload();
}

void ImpactItemModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_document && m_portfolioId != 0) {
        if (auto items = PortfolioRepository(m_document->file()).impactItems(m_portfolioId))
            m_rows = std::move(*items);
        else
            emit loadFailed(items.errorMessage());
    }
    endResetModel();
}

void ImpactItemModel::refresh() {
    if (!m_document || m_portfolioId == 0)
        return;
    auto fresh = PortfolioRepository(m_document->file()).impactItems(m_portfolioId);
    if (!fresh) {
        emit loadFailed(fresh.errorMessage());
        return;
    }
    applyRowDiff(*this, m_rows, std::move(*fresh), same, ColumnCount);
}

int ImpactItemModel::rowOf(qint64 itemId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == itemId)
            return int(i);
    }
    return -1;
}

const ImpactItem* ImpactItemModel::itemAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[std::size_t(row)] : nullptr;
}

int ImpactItemModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImpactItemModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactItemModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImpactItem& item = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return item.id;
    const bool text = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case TitleColumn:
        if (text)
            return item.title;
        if (role == SortRole)
            return item.title.toLower();
        if (role == Qt::ToolTipRole && !item.impact.isEmpty())
            return plainToolTip(tr("Impact: %1").arg(item.impact));
        return {};
    case WithWhomColumn:
        if (text || role == SortRole)
            return item.withWhom;
        return {};
    case DatesColumn:
        if (role == SortRole)
            return item.startedOn.toString(Qt::ISODate);
        if (!text)
            return {};
        if (item.startedOn.isValid() && item.endedOn.isValid() && item.endedOn != item.startedOn)
            return tr("%1 to %2").arg(shortDate(item.startedOn), shortDate(item.endedOn));
        if (item.startedOn.isValid())
            return shortDate(item.startedOn);
        if (item.endedOn.isValid())
            return tr("until %1").arg(shortDate(item.endedOn));
        return role == Qt::AccessibleTextRole ? tr("Not dated") : QString();
    case MappedColumn: {
        QStringList ids = item.criterionIds;
        ids << item.standardIds;
        if (role == SortRole)
            return ids.size();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return ids.isEmpty() ? tr("Not mapped to any criterion or standard yet")
                                 : tr("RACE criteria: %1. LP standards: %2.")
                                       .arg(item.criterionIds.isEmpty()
                                                ? tr("none")
                                                : item.criterionIds.join(QStringLiteral(", ")),
                                            item.standardIds.isEmpty()
                                                ? tr("none")
                                                : item.standardIds.join(QStringLiteral(", ")));
        if (role == Qt::DisplayRole)
            return ids.isEmpty() ? tr("Not mapped") : ids.join(QStringLiteral(", "));
        return {};
    }
    default:
        return {};
    }
}

QVariant ImpactItemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowDiffModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("What was done");
    case WithWhomColumn:
        return tr("With whom");
    case DatesColumn:
        return tr("When");
    case MappedColumn:
        return tr("Mapped to");
    default:
        return {};
    }
}

} // namespace equimark
