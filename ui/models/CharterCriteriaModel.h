#pragma once

#include "domain/CharterEvaluation.h"
#include "domain/Framework.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <optional>
#include <vector>

namespace equimark {

class SchoolDocument;

// The RACE Charter Mark criteria of the file's race-charter framework, grouped by section (a
// section is a parent row, its criteria the children), with the school's judgement of each:
// rubric level (a small chip of filled steps beside the label, drawn from the palette),
// number of linked evidence items and actions. One criterion's edit updates just its row and
// its section's; a reset happens only when the file is reloaded or the framework's wording
// changes.
class CharterCriteriaModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { CriterionColumn, LevelColumn, EvidenceColumn, ActionsColumn, ColumnCount };
    enum Role {
        CriterionIdRole = Qt::UserRole + 1, // empty on section rows
        SectionIdRole,
        LevelIdRole,   // rubric level id; empty when not judged
        LevelRankRole, // -1 when not judged, then 0 = the lowest rubric level
        TextKnownRole, // false while the official wording is not entered
        SearchTextRole,
        SortRole,
    };

    explicit CharterCriteriaModel(QObject* parent = nullptr);

    void setDocument(SchoolDocument* document);
    // The race-charter framework stored in the file; nullopt when the file has none.
    const std::optional<Framework>& framework() const { return m_framework; }
    QString frameworkId() const { return m_framework ? m_framework->id : QString(); }
    // Errors met while reading the file (shown by the page instead of an empty table).
    QString loadError() const { return m_loadError; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QModelIndex indexOfCriterion(const QString& criterionId, int column = 0) const;
    QString criterionId(const QModelIndex& index) const;
    // The stored judgement of a criterion (empty level and links when never judged).
    CriterionJudgement judgement(const QString& criterionId) const;
    const std::vector<CriterionJudgement>& judgements() const { return m_judgements; }

    // The label shown for a rubric level id ("Not judged yet" for an empty one).
    QString levelLabel(const QString& levelId) const;

signals:
    // The stored framework or the judgements were read again (after a reset).
    void reloaded();

private:
    void reload();
    void refreshCriterion(const QString& frameworkId, const QString& criterionId);
    void refreshAll();
    int judgementIndex(const QString& criterionId) const;
    QVariant sectionData(int sectionRow, int column, int role) const;
    QVariant criterionData(int sectionRow, int criterionRow, int column, int role) const;

    QPointer<SchoolDocument> m_document;
    std::optional<Framework> m_framework;
    std::vector<CriterionJudgement> m_judgements; // framework order
    QString m_loadError;
};

} // namespace equimark
