#pragma once

#include "analysis/OutcomeAnalysis.h"

#include <QAbstractTableModel>
#include <QHash>

namespace equimark {

// One measure in one year: a row per ethnic group with figures, then all pupils. Shows the
// counts, the rate or average, the gap to all other pupils, the risk ratio with its interval
// and, for the ambitions' focus groups, the target. With `shared` on, small numbers and what
// is worked out from them read "c", as in every export.
class OutcomeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        CountColumn,
        BaseColumn,
        ValueColumn,
        GapColumn,
        RiskColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role { GroupCodeRole = Qt::UserRole + 1, HiddenRole, SortRole };

    explicit OutcomeTableModel(QObject* parent = nullptr);

    // `analysis` must outlive the model's use of it (the page owns both).
    void show(const OutcomeAnalysis* analysis, const QString& measureId, const QString& year,
              bool shared);
    const MeasureYear& figures() const { return m_figures; }
    int rowOfGroup(const QString& groupCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const GroupOutcome& row(int index) const;
    QString cellText(const GroupOutcome& outcome, int column) const;

    const OutcomeAnalysis* m_analysis = nullptr;
    MeasureYear m_figures;
    QHash<QString, Target::Status> m_targets; // focus groups, worked out once per show()
    bool m_shared = true;
};

} // namespace equimark
