#include "models/SummaryListModel.h"

#include "editing/SchoolDocument.h"
#include "storage/AccreditationRepository.h"

#include <QLocale>

namespace equimark {

namespace {

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

bool SummaryListModel::Row::operator==(const Row& other) const {
    const auto sameSummary = [](const std::optional<AccreditationSummary>& a,
                                const std::optional<AccreditationSummary>& b) {
        if (a.has_value() != b.has_value())
            return false;
        if (!a)
            return true;
        return a->id == b->id && a->status == b->status && a->submittedOn == b->submittedOn &&
               a->verifiedOn == b->verifiedOn && a->verifiedBy == b->verifiedBy;
    };
    return strandId == other.strandId && strandName == other.strandName &&
           sameSummary(summary, other.summary) && standing.state == other.standing.state &&
           standing.awardedOn == other.standing.awardedOn;
}

SummaryListModel::SummaryListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate()) {}

void SummaryListModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::summaryChanged, this, &SummaryListModel::refresh);
        connect(m_document, &SchoolDocument::reloaded, this, &SummaryListModel::reload);
    }
    reload();
}

void SummaryListModel::setToday(const QDate& today) {
    m_today = today;
    refresh();
}

std::vector<SummaryListModel::Row> SummaryListModel::load() const {
    std::vector<Row> rows;
    if (!m_document)
        return rows;
    AccreditationRepository repository(m_document->file());
    auto summaries = repository.summaries();
    auto mark = repository.markStatus(m_today);
    for (const auto& strand : m_document->equalityMark().strands) {
        Row row;
        row.strandId = strand.id;
        row.strandName = strand.name;
        row.standing.strandId = strand.id;
        if (summaries) {
            // summaries() is in the order they were started: the last one is the latest.
            for (const auto& summary : *summaries) {
                if (summary.strandId == strand.id)
                    row.summary = summary;
            }
        }
        if (mark) {
            if (const auto* standing = mark->strand(strand.id))
                row.standing = *standing;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void SummaryListModel::reload() {
    beginResetModel();
    m_rows = load();
    endResetModel();
}

void SummaryListModel::refresh() {
    auto rows = load();
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i]) {
            m_rows[i] = std::move(rows[i]); // keeps the content (outcomes) current too
            continue;
        }
        m_rows[i] = std::move(rows[i]);
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SummaryListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SummaryListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SummaryListModel::badgeText(const StrandStanding& standing) {
    switch (standing.state) {
    case StrandBadgeState::Current:
        return tr("Awarded %1, valid to %2")
            .arg(shortDate(standing.awardedOn), shortDate(standing.validUntil));
    case StrandBadgeState::Expired:
        return tr("Expired %1 (awarded %2)")
            .arg(shortDate(standing.validUntil.addDays(1)), shortDate(standing.awardedOn));
    case StrandBadgeState::None:
        break;
    }
    return tr("No badge yet");
}

QVariant SummaryListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case StrandIdRole:
        return row.strandId;
    case SummaryIdRole:
        return row.summary ? row.summary->id : qint64(0);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StrandColumn:
            return row.strandName;
        case BadgeColumn:
            return badgeText(row.standing);
        case StatusColumn:
            return row.summary ? summaryStatusLabel(row.summary->status) : tr("Not started");
        case SubmittedColumn:
            return row.summary ? shortDate(row.summary->submittedOn) : QString();
        case VerifiedColumn:
            return row.summary ? shortDate(row.summary->verifiedOn) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case BadgeColumn:
            return row.standing.awardedOn;
        case StatusColumn:
            return row.summary ? static_cast<int>(row.summary->status) + 1 : 0;
        case SubmittedColumn:
            return row.summary ? row.summary->submittedOn : QDate();
        case VerifiedColumn:
            return row.summary ? row.summary->verifiedOn : QDate();
        default:
            return index.row();
        }
    default:
        return {};
    }
}

QVariant SummaryListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StrandColumn:
        return tr("Strand");
    case BadgeColumn:
        return tr("Badge");
    case StatusColumn:
        return tr("Summary");
    case SubmittedColumn:
        return tr("Submitted");
    case VerifiedColumn:
        return tr("Verified");
    default:
        return {};
    }
}

int SummaryListModel::rowForStrand(const QString& strandId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].strandId == strandId)
            return static_cast<int>(i);
    }
    return -1;
}

QString SummaryListModel::strandId(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].strandId
                                        : QString();
}

std::optional<AccreditationSummary> SummaryListModel::summary(int row) const {
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].summary;
}

StrandStanding SummaryListModel::standing(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[static_cast<std::size_t>(row)].standing;
}

} // namespace equimark
