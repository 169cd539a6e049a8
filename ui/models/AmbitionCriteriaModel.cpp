#include "models/AmbitionCriteriaModel.h"

#include "domain/AcademicYear.h"
#include "domain/Rating.h"
#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/AmbitionRepository.h"
#include "storage/FrameworkRepository.h"
#include "widgets/RagStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace equimark {

namespace {

constexpr quintptr AmbitionNode = 0;

// The chip's colour: green for met, amber for developing, grey for not started (the RAG
// colours of the whole app, so they follow a dark palette too). The word is always beside it.
QColor statusColour(const QString& statusId) {
    const QPalette palette = QGuiApplication::palette();
    if (statusId == u"met")
        return RagStyle::fill(Rating::Green, palette);
    if (statusId == u"developing")
        return RagStyle::fill(Rating::Amber, palette);
    return RagStyle::fill(Rating::None, palette);
}

} // namespace

AmbitionCriteriaModel::AmbitionCriteriaModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_year(AcademicYear::containing(QDate::currentDate()).toString()) {}

void AmbitionCriteriaModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::ambitionChanged, this,
                &AmbitionCriteriaModel::refreshCriterion);
        connect(m_document, &SchoolDocument::reloaded, this, &AmbitionCriteriaModel::reload);
        connect(m_document, &SchoolDocument::frameworksChanged, this,
                &AmbitionCriteriaModel::reload);
        // Removing an evidence item or an action removes its links too.
        for (auto signal : {&SchoolDocument::evidenceAdded, &SchoolDocument::evidenceRemoved,
                            &SchoolDocument::actionAdded, &SchoolDocument::actionRemoved})
            connect(m_document, signal, this, &AmbitionCriteriaModel::refreshAll);
    }
    reload();
}

void AmbitionCriteriaModel::setYear(const QString& year) {
    if (year == m_year || !AmbitionRepository::isYear(year))
        return;
    m_year = year;
    reload();
}

QString AmbitionCriteriaModel::lastYear() const {
    const auto parsed = AcademicYear::parse(m_year);
    return parsed ? parsed->previous().toString() : QString();
}

void AmbitionCriteriaModel::reload() {
    beginResetModel();
    m_framework.reset();
    m_judgements.clear();
    m_lastYear.clear();
    m_loadError.clear();
    if (m_document) {
        auto framework = FrameworkRepository(m_document->file()).ofKind(Framework::Kind::Ambitions);
        if (framework)
            m_framework = std::move(*framework);
        else if (framework.error().code != Error::Code::NotFound)
            m_loadError = framework.errorMessage();
        readJudgements();
    }
    endResetModel();
    emit reloaded();
}

void AmbitionCriteriaModel::readJudgements() {
    if (!m_document || !m_framework)
        return;
    AmbitionRepository repository(m_document->file());
    auto now = repository.judgements(m_framework->id, m_year);
    auto before = repository.judgements(m_framework->id, lastYear());
    if (!now || !before) {
        m_loadError = !now ? now.errorMessage() : before.errorMessage();
        m_framework.reset();
        return;
    }
    m_judgements = std::move(*now);
    m_lastYear = std::move(*before);
}

void AmbitionCriteriaModel::refreshAll() {
    if (!m_framework)
        return;
    readJudgements();
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex ambition = index(row, 0);
        emit dataChanged(ambition, index(row, ColumnCount - 1));
        const int children = rowCount(ambition);
        if (children > 0)
            emit dataChanged(index(0, 0, ambition), index(children - 1, ColumnCount - 1, ambition));
    }
}

void AmbitionCriteriaModel::refreshCriterion(const QString& frameworkId, const QString& criterionId,
                                             const QString& year) {
    if (!m_framework || frameworkId != m_framework->id || (year != m_year && year != lastYear()))
        return;
    const int at = position(criterionId);
    if (at < 0)
        return;
    auto stored = AmbitionRepository(m_document->file()).judgement(frameworkId, criterionId, year);
    if (!stored)
        return;
    (year == m_year ? m_judgements : m_lastYear)[std::size_t(at)] = std::move(*stored);
    const QModelIndex first = indexOfCriterion(criterionId, 0);
    emit dataChanged(first, indexOfCriterion(criterionId, ColumnCount - 1));
    emit dataChanged(first.parent(), first.parent().siblingAtColumn(ColumnCount - 1));
}

int AmbitionCriteriaModel::position(const QString& criterionId) const {
    for (std::size_t i = 0; i < m_judgements.size(); ++i) {
        if (m_judgements[i].criterionId == criterionId)
            return int(i);
    }
    return -1;
}

QModelIndex AmbitionCriteriaModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, AmbitionNode);
    // Criterion rows carry their ambition's row + 1 as internal id.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AmbitionCriteriaModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == AmbitionNode)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, AmbitionNode);
}

int AmbitionCriteriaModel::rowCount(const QModelIndex& parent) const {
    if (!m_framework || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_framework->ambitions.size());
    if (parent.internalId() != AmbitionNode)
        return 0;
    return int(m_framework->ambitions[std::size_t(parent.row())].criteria.size());
}

int AmbitionCriteriaModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

Qt::ItemFlags AmbitionCriteriaModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AmbitionCriteriaModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CriterionColumn:
            return tr("Ambition and success criterion");
        case StatusColumn:
            return m_year;
        case LastYearColumn:
            return lastYear();
        case EvidenceColumn:
            return tr("Evidence");
        case ActionsColumn:
            return tr("Actions");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Where the school stands in %1").arg(m_year);
        case LastYearColumn:
            return tr("The status judged in %1, as a reminder; nothing is copied").arg(lastYear());
        case EvidenceColumn:
            return tr("Evidence items linked this year");
        case ActionsColumn:
            return tr("Actions linked this year");
        }
    }
    return {};
}

QVariant AmbitionCriteriaModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_framework)
        return {};
    if (index.internalId() == AmbitionNode)
        return ambitionData(index.row(), index.column(), role);
    return criterionData(int(index.internalId()) - 1, index.row(), index.column(), role);
}

std::vector<AmbitionSummary> AmbitionCriteriaModel::summaries() const {
    if (!m_framework)
        return {};
    return AmbitionSummary::compute(*m_framework, m_judgements);
}

QString AmbitionCriteriaModel::statusLabel(const QString& statusId) const {
    return m_framework ? ambitionStatusLabel(*m_framework, statusId) : statusId;
}

QVariant AmbitionCriteriaModel::ambitionData(int ambitionRow, int column, int role) const {
    const Ambition& ambition = m_framework->ambitions[std::size_t(ambitionRow)];
    if (role == AmbitionIdRole)
        return ambition.id;
    if (role == SearchTextRole)
        return ambition.title;
    const auto all = summaries();
    const AmbitionSummary& summary = all[std::size_t(ambitionRow)];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (column == CriterionColumn)
            return tr("%1. %2").arg(ambition.number).arg(ambition.title);
        if (column == StatusColumn)
            return tr("%1 of %2 met").arg(summary.met).arg(summary.criteria);
        if (column == LastYearColumn && role == Qt::AccessibleTextRole)
            return QString();
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn)
            return tr("%1 met, %2 developing, %3 not started in %4")
                .arg(summary.met)
                .arg(summary.developing)
                .arg(summary.notStarted)
                .arg(m_year);
        return plainToolTip(ambition.summary);
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant AmbitionCriteriaModel::criterionData(int ambitionRow, int criterionRow, int column,
                                              int role) const {
    const Ambition& ambition = m_framework->ambitions[std::size_t(ambitionRow)];
    const AmbitionCriterion& criterion = ambition.criteria[std::size_t(criterionRow)];
    const int at = position(criterion.id);
    if (at < 0)
        return {};
    const AmbitionJudgement& now = m_judgements[std::size_t(at)];
    const AmbitionJudgement& before = m_lastYear[std::size_t(at)];
    switch (role) {
    case CriterionIdRole:
        return criterion.id;
    case AmbitionIdRole:
        return ambition.id;
    case StatusIdRole:
        return now.statusId;
    case SearchTextRole:
        return QString(criterion.id + QLatin1Char(' ') + criterion.text + QLatin1Char(' ') +
                       now.evidenceNotes);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case CriterionColumn:
            return criterion.text;
        case StatusColumn:
            return statusLabel(now.statusId);
        case LastYearColumn:
            return statusLabel(before.statusId);
        case EvidenceColumn:
            return QString::number(now.evidenceIds.size());
        case ActionsColumn:
            return QString::number(now.actionIds.size());
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusColour(now.statusId);
        return {};
    case Qt::ForegroundRole:
        if (column == LastYearColumn)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (column == CriterionColumn)
            return plainToolTip(criterion.text);
        if (column == LastYearColumn)
            return tr("%1 in %2").arg(statusLabel(before.statusId), lastYear());
        return {};
    case Qt::TextAlignmentRole:
        if (column == EvidenceColumn || column == ActionsColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    return {};
}

QModelIndex AmbitionCriteriaModel::indexOfCriterion(const QString& criterionId, int column) const {
    if (!m_framework)
        return {};
    for (std::size_t a = 0; a < m_framework->ambitions.size(); ++a) {
        const auto& criteria = m_framework->ambitions[a].criteria;
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            if (criteria[c].id == criterionId)
                return index(int(c), column, index(int(a), 0));
        }
    }
    return {};
}

QString AmbitionCriteriaModel::criterionId(const QModelIndex& index) const {
    return index.data(CriterionIdRole).toString();
}

AmbitionJudgement AmbitionCriteriaModel::judgement(const QString& criterionId) const {
    const int at = position(criterionId);
    return at < 0 ? AmbitionJudgement{} : m_judgements[std::size_t(at)];
}

AmbitionJudgement AmbitionCriteriaModel::lastYearJudgement(const QString& criterionId) const {
    const int at = position(criterionId);
    return at < 0 ? AmbitionJudgement{} : m_lastYear[std::size_t(at)];
}

} // namespace equimark
