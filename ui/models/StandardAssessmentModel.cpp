#include "models/StandardAssessmentModel.h"

#include "editing/SchoolDocument.h"
#include "editing/commands/UpdatePortfolioCommand.h"
#include "models/PlainToolTip.h"
#include "storage/FrameworkRepository.h"
#include "storage/PortfolioRepository.h"

#include <QFont>
#include <utility>

namespace equimark {

namespace {

// Group rows carry 0; a standard's row carries its group's row + 1.
constexpr quintptr groupRowId = 0;

StandardAssessment assessmentOf(const Portfolio& portfolio, const QString& standardId) {
    if (const StandardAssessment* found = portfolio.assessment(standardId))
        return *found;
    StandardAssessment none;
    none.standardId = standardId;
    return none;
}

} // namespace

StandardAssessmentModel::StandardAssessmentModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void StandardAssessmentModel::setDocument(SchoolDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_portfolio = Portfolio{};
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
        connect(m_document, &SchoolDocument::portfolioChanged, this, [this](qint64 id) {
            if (id == m_portfolio.id)
                refresh();
        });
        connect(m_document, &SchoolDocument::portfolioRemoved, this, [this](qint64 id) {
            if (id == m_portfolio.id)
                setPortfolio(0);
        });
        // New wording may rename standards or move them between groups.
        connect(m_document, &SchoolDocument::frameworksChanged, this,
                &StandardAssessmentModel::reload);
        connect(m_document, &SchoolDocument::reloaded, this, &StandardAssessmentModel::reload);
    }
    reload();
}

void StandardAssessmentModel::setPortfolio(qint64 portfolioId) {
    m_portfolio = Portfolio{};
    m_portfolio.id = portfolioId;
    reload();
}

void StandardAssessmentModel::reload() {
    beginResetModel();
    const qint64 id = m_portfolio.id;
    m_portfolio = Portfolio{};
    m_framework = Framework{};
    m_groups.clear();
    if (m_document && id != 0) {
        PortfolioRepository portfolios(m_document->file());
        if (auto portfolio = portfolios.portfolio(id)) {
            m_portfolio = std::move(*portfolio);
            if (auto framework =
                    FrameworkRepository(m_document->file()).byId(m_portfolio.frameworkId))
                m_framework = std::move(*framework);
            else
                emit editFailed(framework.errorMessage());
        }
    }
    buildGroups();
    endResetModel();
}

void StandardAssessmentModel::buildGroups() {
    for (const LpGroup& group : m_framework.lpGroups)
        m_groups.push_back({group.name, {}});
    Group others{tr("Other standards"), {}};
    for (const LpStandard& standard : m_framework.lpStandards) {
        bool placed = false;
        for (std::size_t i = 0; i < m_framework.lpGroups.size(); ++i) {
            if (m_framework.lpGroups[i].id == standard.groupId) {
                m_groups[i].standards.push_back(&standard);
                placed = true;
                break;
            }
        }
        if (!placed)
            others.standards.push_back(&standard);
    }
    if (!others.standards.empty())
        m_groups.push_back(std::move(others));
}

// One edit changes one standard: tell views about just the rows whose values moved.
void StandardAssessmentModel::refresh() {
    if (!m_document || m_portfolio.id == 0)
        return;
    auto fresh = PortfolioRepository(m_document->file()).portfolio(m_portfolio.id);
    if (!fresh) {
        emit editFailed(fresh.errorMessage());
        return;
    }
    if (fresh->frameworkId != m_portfolio.frameworkId) {
        reload();
        return;
    }
    const Portfolio old = std::exchange(m_portfolio, std::move(*fresh));
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        for (std::size_t s = 0; s < m_groups[g].standards.size(); ++s) {
            const QString& id = m_groups[g].standards[s]->id;
            const StandardAssessment before = assessmentOf(old, id);
            const StandardAssessment after = assessmentOf(m_portfolio, id);
            if (before.level != after.level || before.note != after.note) {
                const QModelIndex parent = index(int(g), 0);
                emit dataChanged(index(int(s), LevelColumn, parent),
                                 index(int(s), NoteColumn, parent));
            }
        }
    }
}

QModelIndex StandardAssessmentModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StandardAssessmentModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int StandardAssessmentModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupRowId && parent.column() == 0 && parent.row() >= 0 &&
        parent.row() < int(m_groups.size()))
        return int(m_groups[std::size_t(parent.row())].standards.size());
    return 0;
}

int StandardAssessmentModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent)
    return ColumnCount;
}

const LpStandard* StandardAssessmentModel::standardAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == groupRowId)
        return nullptr;
    const auto group = std::size_t(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= int(m_groups[group].standards.size()))
        return nullptr;
    return m_groups[group].standards[std::size_t(index.row())];
}

QModelIndex StandardAssessmentModel::indexOf(const QString& standardId, int column) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        for (std::size_t s = 0; s < m_groups[g].standards.size(); ++s) {
            if (m_groups[g].standards[s]->id == standardId)
                return index(int(s), column, index(int(g), 0));
        }
    }
    return {};
}

QVariant StandardAssessmentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LpStandard* standard = standardAt(index);
    if (!standard) {
        // An LP group heading.
        const auto row = std::size_t(index.row());
        if (index.column() != StandardColumn || row >= m_groups.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_groups[row].name;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const StandardAssessment assessment = assessmentOf(m_portfolio, standard->id);
    if (role == StandardIdRole)
        return standard->id;
    if (role == LevelIdRole)
        return selfAssessmentId(assessment.level);
    switch (index.column()) {
    case StandardColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 %2").arg(standard->id, standard->name);
        if (role == Qt::ToolTipRole) {
            QString text = standard->description;
            if (!standard->textKnown)
                text = tr("The wording of this standard is not public. Enter it from the "
                          "official LP booklet on the RACE Charter page.");
            return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
        }
        if (role == Qt::FontRole && !standard->textKnown) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case LevelColumn:
        if (role == Qt::EditRole)
            return selfAssessmentId(assessment.level);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return assessment.level == SelfAssessment::NotAssessed
                       ? (role == Qt::DisplayRole ? QString() : tr("Not assessed yet"))
                       : selfAssessmentLabel(assessment.level);
        if (role == Qt::ToolTipRole)
            return tr("Your own rating on Equimark's scale (not yet, developing, secure, "
                      "strength); it is not an official SSAT scale. Double-click to change.");
        return {};
    case NoteColumn:
        if (role == Qt::DisplayRole)
            return assessment.note.section(QLatin1Char('\n'), 0, 0);
        if (role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return assessment.note;
        if (role == Qt::ToolTipRole && !assessment.note.isEmpty())
            return plainToolTip(assessment.note);
        return {};
    default:
        return {};
    }
}

QVariant StandardAssessmentModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case StandardColumn:
        return tr("LP standard");
    case LevelColumn:
        return tr("Self-assessment");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags StandardAssessmentModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (standardAt(index) && index.column() != StandardColumn && m_document &&
        !m_document->isReadOnly())
        result |= Qt::ItemIsEditable;
    // Only an LP group's first column has children.
    if (standardAt(index) || index.column() != StandardColumn)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

bool StandardAssessmentModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_document || m_document->isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const LpStandard* standard = standardAt(index);
    if (!standard || index.column() == StandardColumn)
        return false;
    StandardAssessment assessment = assessmentOf(m_portfolio, standard->id);
    const StandardAssessment before = assessment;
    QString text;
    if (index.column() == LevelColumn) {
        const auto level = selfAssessmentFromId(value.toString());
        if (!level)
            return false;
        assessment.level = *level;
        text = tr("Rate %1 as %2")
                   .arg(standard->id, *level == SelfAssessment::NotAssessed
                                          ? tr("not assessed")
                                          : selfAssessmentLabel(*level));
    } else {
        assessment.note = value.toString();
        text = tr("Change the note on %1").arg(standard->id);
    }
    if (assessment.level == before.level && assessment.note == before.note)
        return true;

    // Assessments are kept in framework order, and only for standards with something said.
    Portfolio portfolio = m_portfolio;
    portfolio.assessments.clear();
    for (const LpStandard& each : m_framework.lpStandards) {
        const StandardAssessment current =
            each.id == standard->id ? assessment : assessmentOf(m_portfolio, each.id);
        if (current.level != SelfAssessment::NotAssessed || !current.note.trimmed().isEmpty())
            portfolio.assessments.push_back(current);
    }
    auto command = std::make_unique<UpdatePortfolioCommand>(*m_document, portfolio);
    command->setText(text); // names the change in Edit > Undo
    if (auto done = m_document->execute(std::move(command)); !done) {
        emit editFailed(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace equimark
