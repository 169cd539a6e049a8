#include "models/OutcomeTableModel.h"

#include "analysis/EthnicGroup.h"
#include "analysis/OutcomeMeasure.h"
#include "reports/OutcomeCharts.h"

#include <QFont>
#include <QLocale>

namespace equimark {

namespace {
const QString Dash = QStringLiteral("\u2013");
}

OutcomeTableModel::OutcomeTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void OutcomeTableModel::show(const OutcomeAnalysis* analysis, const QString& measureId,
                             const QString& year, bool shared) {
    beginResetModel();
    m_analysis = analysis;
    m_figures = analysis ? analysis->of(measureId, year) : MeasureYear{};
    m_shared = shared;
    m_targets.clear();
    if (analysis && m_figures.measure && m_figures.measure->comparesGroups()) {
        for (const auto& group : m_figures.groups) {
            if (EthnicGroup::find(group.groupCode)->focus())
                m_targets.insert(group.groupCode, analysis->target(measureId, group.groupCode));
        }
    }
    endResetModel();
}

int OutcomeTableModel::rowOfGroup(const QString& groupCode) const {
    for (int i = 0; i < rowCount(); ++i) {
        if (row(i).groupCode == groupCode)
            return i;
    }
    return -1;
}

int OutcomeTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_figures.measure)
        return 0;
    return int(m_figures.groups.size()) + 1;
}

int OutcomeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const GroupOutcome& OutcomeTableModel::row(int index) const {
    return index < int(m_figures.groups.size()) ? m_figures.groups[std::size_t(index)]
                                                : m_figures.school;
}

QString OutcomeTableModel::cellText(const GroupOutcome& outcome, int column) const {
    const OutcomeMeasure& measure = *m_figures.measure;
    const bool hidden = m_shared && outcome.hidden();
    const QString c = QStringLiteral("c");
    switch (column) {
    case GroupColumn: {
        const EthnicGroup* group = EthnicGroup::find(outcome.groupCode);
        return group ? group->name() : m_figures.measure->everyoneName();
    }
    case CountColumn:
        return m_shared && outcome.countHidden ? c : QLocale().toString(outcome.count);
    case BaseColumn:
        return m_shared && outcome.baseHidden ? c : QLocale().toString(outcome.base);
    case ValueColumn:
        return hidden          ? c
               : outcome.value ? OutcomeCharts::valueText(measure, *outcome.value)
                               : Dash;
    case GapColumn:
        return hidden                ? c
               : outcome.gapToOthers ? OutcomeCharts::gapText(measure, *outcome.gapToOthers)
                                     : Dash;
    case RiskColumn:
        if (hidden)
            return c;
        if (!outcome.riskRatio)
            return Dash;
        return tr("%1 (%2–%3)")
            .arg(QLocale().toString(outcome.riskRatio->ratio, 'f', 2),
                 QLocale().toString(outcome.riskRatio->lower, 'f', 2),
                 QLocale().toString(outcome.riskRatio->upper, 'f', 2));
    case TargetColumn: {
        const EthnicGroup* group = EthnicGroup::find(outcome.groupCode);
        if (!group || !m_targets.contains(outcome.groupCode))
            return {};
        return Target::label(m_targets.value(outcome.groupCode));
    }
    }
    return {};
}

QVariant OutcomeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_figures.measure)
        return {};
    const GroupOutcome& outcome = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(outcome, index.column());
    case Qt::ToolTipRole:
        if (m_shared && outcome.hidden())
            return tr("Suppressed: fewer than %1, or a figure that would let a small one be "
                      "worked out. Untick \"Hide small numbers\" to see it.")
                .arg(m_analysis ? m_analysis->threshold() : 5);
        if (index.column() == RiskColumn && outcome.riskRatio)
            return outcome.riskRatio->significant()
                       ? tr("The 95% interval leaves out 1: unlikely to be chance alone.")
                       : tr("The 95% interval includes 1: could be chance.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == GroupColumn || index.column() == TargetColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const EthnicGroup* group = EthnicGroup::find(outcome.groupCode);
        if (!group || group->focus()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    case GroupCodeRole:
        return outcome.groupCode;
    case HiddenRole:
        return outcome.hidden();
    default:
        return {};
    }
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const OutcomeMeasure* measure = m_figures.measure;
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case CountColumn:
        return measure ? measure->countName() : tr("Count");
    case BaseColumn:
        return measure ? measure->baseName() : tr("Base");
    case ValueColumn:
        return measure && !measure->isPercentage() ? tr("Per pupil") : tr("Rate");
    case GapColumn:
        return tr("Gap to others");
    case RiskColumn:
        return tr("Risk ratio (95%)");
    case TargetColumn:
        return tr("Target");
    }
    return {};
}

} // namespace equimark
