#include "models/CharterCriteriaModel.h"

#include "editing/SchoolDocument.h"
#include "models/PlainToolTip.h"
#include "storage/CharterRepository.h"
#include "storage/FrameworkRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace equimark {

namespace {

constexpr quintptr SectionNode = 0;

// A row of small boxes, as many filled as the level is above the lowest one: a step scale
// that reads without colour (the label beside it says the word).
QPixmap levelChip(int rank, int steps) {
    const QPalette palette = QGuiApplication::palette();
    const int box = 9;
    const int gap = 2;
    const int width = steps * box + (steps - 1) * gap + 2;
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(width, box + 2) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < steps; ++i) {
        const QRectF rect(1 + i * (box + gap), 1, box - 1, box - 1);
        // Text colour, not Highlight: the chip must stay readable on a selected row.
        painter.setPen(QPen(palette.color(QPalette::Text), 1));
        painter.setBrush(i < rank ? palette.color(QPalette::Text) : Qt::transparent);
        painter.drawRoundedRect(rect, 2, 2);
    }
    return pixmap;
}

} // namespace

CharterCriteriaModel::CharterCriteriaModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void CharterCriteriaModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SchoolDocument::charterChanged, this,
                &CharterCriteriaModel::refreshCriterion);
        connect(m_document, &SchoolDocument::reloaded, this, &CharterCriteriaModel::reload);
        connect(m_document, &SchoolDocument::frameworksChanged, this,
                &CharterCriteriaModel::reload);
        // Removing an evidence item or an action removes its links too; their return on undo
        // brings the links back.
        connect(m_document, &SchoolDocument::evidenceRemoved, this,
                &CharterCriteriaModel::refreshAll);
        connect(m_document, &SchoolDocument::evidenceAdded, this,
                &CharterCriteriaModel::refreshAll);
        connect(m_document, &SchoolDocument::actionRemoved, this,
                &CharterCriteriaModel::refreshAll);
        connect(m_document, &SchoolDocument::actionAdded, this, &CharterCriteriaModel::refreshAll);
    }
    reload();
}

void CharterCriteriaModel::reload() {
    beginResetModel();
    m_framework.reset();
    m_judgements.clear();
    m_loadError.clear();
    if (m_document) {
        auto framework =
            FrameworkRepository(m_document->file()).ofKind(Framework::Kind::RaceCharter);
        if (framework) {
            m_framework = std::move(*framework);
            auto judgements = CharterRepository(m_document->file()).judgements(m_framework->id);
            if (judgements)
                m_judgements = std::move(*judgements);
            else
                m_loadError = judgements.errorMessage();
        } else if (framework.error().code != Error::Code::NotFound) {
            m_loadError = framework.errorMessage();
        }
    }
    endResetModel();
    emit reloaded();
}

int CharterCriteriaModel::judgementIndex(const QString& criterionId) const {
    for (std::size_t i = 0; i < m_judgements.size(); ++i) {
        if (m_judgements[i].criterionId == criterionId)
            return static_cast<int>(i);
    }
    return -1;
}

void CharterCriteriaModel::refreshCriterion(const QString& frameworkId,
                                            const QString& criterionId) {
    if (!m_document || !m_framework || frameworkId != m_framework->id || criterionId.isEmpty())
        return; // the award status has no row here
    auto fresh = CharterRepository(m_document->file()).judgement(frameworkId, criterionId);
    if (!fresh)
        return;
    const int at = judgementIndex(criterionId);
    if (at < 0)
        m_judgements.push_back(*fresh);
    else
        m_judgements[static_cast<std::size_t>(at)] = *fresh;
    const QModelIndex row = indexOfCriterion(criterionId);
    if (!row.isValid())
        return;
    emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    const QModelIndex section = row.parent();
    emit dataChanged(section, section.siblingAtColumn(ColumnCount - 1));
}

void CharterCriteriaModel::refreshAll() {
    if (!m_document || !m_framework)
        return;
    auto fresh = CharterRepository(m_document->file()).judgements(m_framework->id);
    if (!fresh || fresh->size() != m_judgements.size()) {
        reload();
        return;
    }
    for (std::size_t i = 0; i < fresh->size(); ++i) {
        CriterionJudgement& old = m_judgements[i];
        const CriterionJudgement& now = (*fresh)[i];
        const bool changed = old.criterionId != now.criterionId || old.levelId != now.levelId ||
                             old.evidenceIds != now.evidenceIds || old.actionIds != now.actionIds ||
                             old.evidenceNotes != now.evidenceNotes;
        old = now;
        if (!changed)
            continue;
        const QModelIndex row = indexOfCriterion(now.criterionId);
        if (row.isValid()) {
            emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
            emit dataChanged(row.parent(), row.parent().siblingAtColumn(ColumnCount - 1));
        }
    }
}

QModelIndex CharterCriteriaModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionNode);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CharterCriteriaModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == SectionNode)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, SectionNode);
}

int CharterCriteriaModel::rowCount(const QModelIndex& parent) const {
    if (!m_framework)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_framework->sections.size());
    if (parent.internalId() != SectionNode || parent.column() != 0)
        return 0;
    return static_cast<int>(m_framework->sections[std::size_t(parent.row())].criteria.size());
}

int CharterCriteriaModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags CharterCriteriaModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString CharterCriteriaModel::levelLabel(const QString& levelId) const {
    if (levelId.isEmpty())
        return tr("Not judged yet");
    if (m_framework) {
        if (const auto* level = m_framework->rubricLevel(levelId))
            return level->label;
    }
    return levelId;
}

QVariant CharterCriteriaModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_framework)
        return {};
    if (index.internalId() == SectionNode)
        return sectionData(index.row(), index.column(), role);
    return criterionData(int(index.internalId()) - 1, index.row(), index.column(), role);
}

QVariant CharterCriteriaModel::sectionData(int sectionRow, int column, int role) const {
    const CharterSection& section = m_framework->sections[std::size_t(sectionRow)];
    int judged = 0;
    int evidence = 0;
    int actions = 0;
    for (const auto& criterion : section.criteria) {
        const CriterionJudgement found = judgement(criterion.id);
        judged += found.levelId.isEmpty() ? 0 : 1;
        evidence += int(found.evidenceIds.size());
        actions += int(found.actionIds.size());
    }
    const int total = int(section.criteria.size());
    switch (role) {
    case SectionIdRole:
        return section.id;
    case CriterionIdRole:
        return QString();
    case SortRole:
        return sectionRow;
    case SearchTextRole:
        return section.name;
    case Qt::FontRole:
        if (column == CriterionColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case CriterionColumn:
            return tr("%1  %2").arg(section.id, section.name);
        case LevelColumn:
            return tr("%1 of %2 judged").arg(judged).arg(total);
        case EvidenceColumn:
            return evidence;
        case ActionsColumn:
            return actions;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == CriterionColumn)
            return plainToolTip(tr("Section %1: %2").arg(section.id, section.name));
        return {};
    case Qt::TextAlignmentRole:
        if (column == EvidenceColumn || column == ActionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CharterCriteriaModel::criterionData(int sectionRow, int criterionRow, int column,
                                             int role) const {
    const CharterSection& section = m_framework->sections[std::size_t(sectionRow)];
    const CharterCriterion& criterion = section.criteria[std::size_t(criterionRow)];
    const CriterionJudgement found = judgement(criterion.id);
    const int rank = m_framework->rubricRank(found.levelId);
    const auto* level = m_framework->rubricLevel(found.levelId);
    const QString criterionText = criterion.textKnown
                                      ? criterion.text
                                      : tr("Wording not entered yet (%1)").arg(criterion.text);
    switch (role) {
    case CriterionIdRole:
        return criterion.id;
    case SectionIdRole:
        return section.id;
    case LevelIdRole:
        return found.levelId;
    case LevelRankRole:
        return rank;
    case TextKnownRole:
        return criterion.textKnown;
    case SearchTextRole:
        return QStringList{criterion.id, criterion.text, found.evidenceNotes}.join(u'\n');
    case SortRole:
        switch (column) {
        case LevelColumn:
            return rank;
        case EvidenceColumn:
            return int(found.evidenceIds.size());
        case ActionsColumn:
            return int(found.actionIds.size());
        default:
            return criterionRow;
        }
    case Qt::DisplayRole:
        switch (column) {
        case CriterionColumn:
            return tr("%1  %2").arg(criterion.id, criterionText);
        case LevelColumn:
            return levelLabel(found.levelId);
        case EvidenceColumn:
            return int(found.evidenceIds.size());
        case ActionsColumn:
            return int(found.actionIds.size());
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        switch (column) {
        case CriterionColumn:
            return tr("Criterion %1: %2").arg(criterion.id, criterionText);
        case LevelColumn:
            return tr("Judged %1").arg(levelLabel(found.levelId));
        case EvidenceColumn:
            return tr("%n evidence item(s)", nullptr, int(found.evidenceIds.size()));
        case ActionsColumn:
            return tr("%n action(s)", nullptr, int(found.actionIds.size()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case CriterionColumn:
            if (!criterion.textKnown)
                return plainToolTip(
                    tr("The official wording of criterion %1 has not been entered yet. Use "
                       "\"Complete the wording\" to enter it from the RACE Charter Mark "
                       "documents.")
                        .arg(criterion.id));
            return plainToolTip(criterion.text);
        case LevelColumn:
            if (!level)
                return plainToolTip(tr("Not judged yet"));
            return plainToolTip(tr("%1: %2").arg(level->label, level->description));
        default:
            return {};
        }
    case Qt::FontRole:
        if (column == CriterionColumn && !criterion.textKnown) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == CriterionColumn && !criterion.textKnown) ||
            (column == LevelColumn && !level))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::DecorationRole:
        if (column == LevelColumn && level && m_framework->rubric.size() > 1)
            return levelChip(rank, int(m_framework->rubric.size()) - 1);
        return {};
    case Qt::TextAlignmentRole:
        if (column == EvidenceColumn || column == ActionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CharterCriteriaModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case LevelColumn:
        return tr("Level");
    case EvidenceColumn:
        return tr("Evidence");
    case ActionsColumn:
        return tr("Actions");
    default:
        return {};
    }
}

QModelIndex CharterCriteriaModel::indexOfCriterion(const QString& criterionId, int column) const {
    if (!m_framework)
        return {};
    for (std::size_t s = 0; s < m_framework->sections.size(); ++s) {
        const auto& criteria = m_framework->sections[s].criteria;
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            if (criteria[c].id == criterionId)
                return index(int(c), column, index(int(s), 0));
        }
    }
    return {};
}

QString CharterCriteriaModel::criterionId(const QModelIndex& index) const {
    return index.isValid() ? index.data(CriterionIdRole).toString() : QString();
}

CriterionJudgement CharterCriteriaModel::judgement(const QString& criterionId) const {
    const int at = judgementIndex(criterionId);
    if (at >= 0)
        return m_judgements[static_cast<std::size_t>(at)];
    CriterionJudgement empty;
    empty.criterionId = criterionId;
    return empty;
}

} // namespace equimark
